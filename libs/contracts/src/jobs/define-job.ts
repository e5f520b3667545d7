import { z } from 'zod';

/**
 * A background job as a contract between whoever queues it (reporting's schedules, the gateway)
 * and the worker that runs it: its name, its queue, its payload schema, and the inputs that
 * make its id. Same inputs → same id → BullMQ keeps one job (a repeat is a no-op); a new
 * input watermark → a new id → it runs anew (ARCHITECTURE.md, "Jobs").
 */
export interface JobDefinition<S extends z.ZodObject = z.ZodObject> {
  name: string;
  queue: string;
  schema: S;
  idParts: (payload: z.infer<S>) => (string | number | null)[];
}

export type JobPayload<D> = D extends JobDefinition<infer S> ? z.infer<S> : never;

export function defineJob<S extends z.ZodObject>(def: JobDefinition<S>): JobDefinition<S> {
  if (!/^[a-z][a-zA-Z]*(\.[a-z][a-zA-Z]*)+$/.test(def.name)) throw new Error(`Job names are dotted lowerCamelCase: ${def.name}`);
  return def;
}

/**
 * `reports.yearEnd~2023~org123~w456`. BullMQ refuses ids with ':' (unless exactly three parts)
 * and integer ids, so parts are joined with '~' and the name always leads.
 */
export function deterministicJobId<D extends JobDefinition>(def: D, payload: JobPayload<D>): string {
  const parts = def.idParts(payload).map((p) => (p === null ? 'all' : String(p).replace(/[^A-Za-z0-9_.-]/g, '_')));
  return [def.name, ...parts].join('~');
}

export const REPORT_QUEUE = 'reports';
