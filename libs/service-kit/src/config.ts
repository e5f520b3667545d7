import { z } from 'zod';
import { readTokenKey } from '@party/auth';

const checkKey = (kind: 'private' | 'public') => (text: string, ctx: z.RefinementCtx) => {
  const key = readTokenKey(text, kind);
  if (key instanceof Error) ctx.addIssue({ code: 'custom', message: key.message });
};

/** An optional key in the environment, checked at boot; its value is never printed. */
const tokenKey = (kind: 'private' | 'public') => z.string().superRefine(checkKey(kind)).optional();

/** A key an app cannot run without (the gateway's and the worker's private keys). */
export const requiredTokenKeyEnv = (kind: 'private' | 'public', missing: string) => z.string({ message: missing }).superRefine(checkKey(kind));

/**
 * The environment every backend app reads, validated at boot (like novu's and immich's EnvDto):
 * a bad value stops the app with a message that names the variable.
 */
export const baseEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_PRETTY: z.stringbool().default(false),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).default('postgresql://postgres@127.0.0.1:5432/party'),
  DB_SCHEMA: z.string().regex(/^[a-z_][a-z0-9_]*$/).optional(),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  NATS_URL: z.string().default('nats://127.0.0.1:4222'),
  NATS_PREFIX: z.string().regex(/^[A-Za-z0-9_-]*$/).default(''),
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).default('redis://127.0.0.1:6379'),
  QUEUE_PREFIX: z.string().regex(/^[A-Za-z0-9_-]+$/).default('party'),
  HTTP_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  /**
   * The address the HTTP listener binds: loopback unless told, so a service's /health and /metrics
   * (and the gateway) are not open to the network by accident; a container sets 0.0.0.0 where
   * another container must reach it (docker-compose.yml: the gateway, behind the portal's nginx).
   */
  HOST: z.union([z.ipv4(), z.ipv6(), z.literal('localhost')], { message: 'HOST must be an IP address to listen on (127.0.0.1, 0.0.0.0, ::1, ::) or localhost' }).default('127.0.0.1'),
  /** Overrides every consumer's batch size (1 = one transaction per event): an operations knob. */
  CONSUMER_BATCH_SIZE: z.coerce.number().int().min(1).max(1000).optional(),
  /** Checks every route's answer against its declared response schema (default: on under `NODE_ENV=test`), so the OpenAPI document cannot lie. */
  CHECK_RESPONSES: z.stringbool().optional(),
  /** The gateway's public key (ES256): the only signature under a user's token a service believes. Required by every service that answers routes. */
  JWT_PUBLIC_KEY: tokenKey('public'),
  /** The report worker's public key: its requests are believed with its fixed, read-only principal; absent, it is refused. */
  WORKER_PUBLIC_KEY: tokenKey('public'),
});
export type BaseEnv = z.infer<typeof baseEnvSchema>;

export class ConfigError extends Error {}

export function parseEnv<S extends z.ZodObject>(schema: S, env: Record<string, unknown> = process.env): z.infer<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const shown = (name: string) => (/KEY|SECRET|PASSWORD/.test(name) ? '(a value, not shown)' : `(got ${JSON.stringify(env[name])})`);
  const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message} ${shown(String(i.path[0]))}`);
  throw new ConfigError(`Invalid environment:\n${lines.join('\n')}`);
}
