import { z } from 'zod';

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
});
export type BaseEnv = z.infer<typeof baseEnvSchema>;

export class ConfigError extends Error {}

export function parseEnv<S extends z.ZodObject>(schema: S, env: Record<string, unknown> = process.env): z.infer<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message} (got ${JSON.stringify(env[String(i.path[0])])})`);
  throw new ConfigError(`Invalid environment:\n${lines.join('\n')}`);
}
