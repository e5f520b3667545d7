import { z } from 'zod';
import type { DeadLetter } from '@party/contracts';

/**
 * The dead-letter stream is read forward from a sequence number (`afterSeq`), not by page: retries
 * delete messages and leave gaps, so page N would shift under the reader.
 */
export const listDeadLettersSchema = z.object({
  afterSeq: z.coerce.number().int().min(0).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type ListDeadLettersInput = z.infer<typeof listDeadLettersSchema>;

export const deadLetterSchema = z.object({
  seq: z.number().int().describe('sequence in the dead-letter stream: the handle for a retry'),
  consumer: z.string(),
  sourceStream: z.string(),
  sourceSubject: z.string(),
  sourceSeq: z.number().int(),
  attempts: z.number().int(),
  error: z.string(),
  deadLetteredAt: z.string(),
  eventId: z.string().nullable().describe('null when the message was not a readable envelope'),
  eventType: z.string().nullable(),
  occurredOn: z.string().nullable(),
}) satisfies z.ZodType<DeadLetter>;

const deadLetterComponent = deadLetterSchema.meta({ id: 'DeadLetter' });

export const deadLettersPageSchema = z.object({
  items: z.array(deadLetterComponent),
  /** Every dead letter in the stream, not only this batch. */
  total: z.number().int(),
});

export const deadLetterRetriedSchema = z.object({ retried: deadLetterComponent });
