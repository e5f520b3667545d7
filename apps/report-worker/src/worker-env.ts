import { z } from 'zod';
import { baseEnvSchema, requiredTokenKeyEnv } from '@party/service-kit';
import { DEFAULT_REPORT_RESULTS_DIR } from '@party/messaging';

/** The worker's environment, validated at boot. */
export const workerEnvSchema = baseEnvSchema.extend({
  /** Where the files of finished jobs are written (the gateway serves them from the same place). */
  REPORT_RESULTS_DIR: z.string().min(1).default(DEFAULT_REPORT_RESULTS_DIR),
  /** Jobs run at once by this process. */
  JOB_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(2),
  /**
   * How long a job's lock lives without renewal: a worker killed mid-job gives the job back to
   * another worker once it expires (BullMQ's stalled-job check), so it is retried, not lost.
   */
  JOB_LOCK_MS: z.coerce.number().int().min(1000).default(30_000),
  JOB_STALLED_CHECK_MS: z.coerce.number().int().min(1000).default(30_000),
  /** How long a call to another service may take (the year-end figures of a province take seconds). */
  SERVICE_TIMEOUT_MS: z.coerce.number().int().min(100).default(120_000),
  /** A pause between a job's steps: for failure drills (kill or cut Redis mid-job), 0 otherwise. */
  JOB_STEP_DELAY_MS: z.coerce.number().int().min(0).max(60_000).default(0),
  /**
   * The worker's own ES256 private key: it signs the worker's requests to the services, which hold
   * its public half (WORKER_PUBLIC_KEY) and give it only its fixed read-only principal.
   */
  WORKER_SIGNING_KEY: requiredTokenKeyEnv('private', 'WORKER_SIGNING_KEY is required: the report worker\'s ES256 private key (npm start generates one into .data/keys; npm run keys prints one)'),
});
export type WorkerEnv = z.infer<typeof workerEnvSchema>;
export const WORKER_ENV = Symbol('WORKER_ENV');
