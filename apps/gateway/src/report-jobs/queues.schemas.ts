import { z } from 'zod';

/** The admin's queue dashboard: what BullMQ holds in the `reports` queue. */
export const QUEUE_STATES = ['waiting', 'active', 'delayed', 'completed', 'failed', 'prioritized'] as const;

export const queueOverviewSchema = z.object({
  queue: z.string(),
  prefix: z.string(),
  counts: z.record(z.string(), z.number().int()).describe('Jobs by state.'),
  workers: z.number().int().describe('Workers connected to the queue now.'),
  schedulers: z.array(
    z.object({ key: z.string(), name: z.string(), pattern: z.string().nullable(), timeZone: z.string().nullable(), next: z.string().nullable().meta({ format: 'date-time' }) }).meta({ id: 'QueueScheduler' }),
  ),
});

export const listQueueJobsSchema = z.object({
  state: z.enum(QUEUE_STATES).default('failed'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListQueueJobsInput = z.infer<typeof listQueueJobsSchema>;

export const queueJobSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    state: z.string(),
    progress: z.number(),
    attemptsMade: z.number().int(),
    attempts: z.number().int(),
    data: z.record(z.string(), z.unknown()),
    createdAt: z.string().meta({ format: 'date-time' }),
    startedAt: z.string().nullable().meta({ format: 'date-time' }),
    finishedAt: z.string().nullable().meta({ format: 'date-time' }),
    failedReason: z.string().nullable(),
  })
  .meta({ id: 'QueueJob' });

export const queueJobsSchema = z.object({ items: z.array(queueJobSchema) });
export const queueJobRetriedSchema = z.object({ id: z.string(), state: z.string() });
