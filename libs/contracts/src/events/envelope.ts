import { z } from 'zod';
import { localDate } from '../local-date';

export const actorSchema = z.object({
  userId: z.string().min(1),
  username: z.string().min(1),
});
export type Actor = z.infer<typeof actorSchema>;

/** The system itself (relays, imports, schedules) when no person acted. */
export const SYSTEM_ACTOR: Actor = { userId: 'system', username: 'system' };

/**
 * Every domain event travels in this envelope (ARCHITECTURE.md, "Two kinds of messages").
 * `occurredOn` is the local date on which the fact happened in the world — reports group by it;
 * `recordedAt` is only when it was typed in.
 */
export const envelopeSchema = z.object({
  id: z.uuid(),
  type: z.string().regex(/^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/),
  version: z.number().int().positive(),
  occurredOn: localDate,
  recordedAt: z.iso.datetime({ offset: true }),
  actor: actorSchema,
  orgId: z.string().nullable(),
  correlationId: z.string().min(1),
  data: z.unknown(),
});

export type Envelope<TData = unknown> = Omit<z.infer<typeof envelopeSchema>, 'data'> & { data: TData };
