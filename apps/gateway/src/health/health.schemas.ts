import { z } from 'zod';
import { BACKEND_SERVICES } from '@party/contracts';

const upDown = z.enum(['up', 'down']);

export const systemHealthSchema = z.object({
  status: z.enum(['up', 'down', 'seeding']),
  services: z.record(z.enum(BACKEND_SERVICES), upDown),
  infra: z.object({ postgres: upDown, nats: upDown, redis: upDown }),
  /** Open bulk loads (the demo story, a migration): the figures are not to be read yet. */
  bulkLoads: z.array(z.object({ label: z.string(), startedAt: z.iso.datetime() })).optional(),
});
export type SystemHealth = z.infer<typeof systemHealthSchema>;
