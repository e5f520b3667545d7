import { z } from 'zod';
import { baseEnvSchema, parseEnv, requiredTokenKeyEnv } from '@party/service-kit';
import { DEFAULT_REPORT_RESULTS_DIR } from '@party/messaging';
import { parseTrustProxy, TrustProxy } from './trust-proxy';

/**
 * The demo users' password that earlier versions seeded by default and the README printed: anyone
 * could sign in as `admin` with it. `npm start` generates this machine's own into .data/demo-password.
 */
export const PASSWORDS_FROM_THE_REPOSITORY: readonly string[] = ['Demo@2023'];

export const gatewayEnvSchema = baseEnvSchema
  .extend({
    GATEWAY_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    /**
     * The gateway's private signing key (ECDSA P-256, ES256); the services hold only its public
     * half (JWT_PUBLIC_KEY). No key is written in the repository: `npm start` generates the pair
     * into .data/keys on its first run, `npm run keys` prints one for a deployment.
     */
    JWT_PRIVATE_KEY: requiredTokenKeyEnv('private', 'JWT_PRIVATE_KEY is required: the gateway\'s ES256 private key (npm start generates one into .data/keys; npm run keys prints one)'),
    /** A shared secret of earlier versions (HS256): anyone holding it could mint tokens, so it is refused, not ignored. */
    JWT_SECRET: z.undefined({ message: 'JWT_SECRET is no longer used (a shared secret lets whoever holds it mint tokens): remove it and set JWT_PRIVATE_KEY, the gateway\'s ES256 key (npm run keys)' }).optional(),
    ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(86_400).default(900),
    REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(7),
    CORS_ORIGINS: z.string().default('http://127.0.0.1:4200,http://localhost:4200'),
    /** Per IP, per minute; the issue asks that a person is never refused under 30. */
    LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(30).default(60),
    // per IP: a person never comes near; a bulk client (the demo seeder, an import script) may
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(60).default(6000),
    /** Whose X-Forwarded-For gives the client's address (see `parseTrustProxy`); nobody's by default. */
    TRUST_PROXY: z
      .string()
      .default('')
      .transform((raw, ctx): TrustProxy => {
        const parsed = parseTrustProxy(raw);
        if (parsed instanceof Error) {
          ctx.addIssue({ code: 'custom', message: parsed.message });
          return z.NEVER;
        }
        return parsed;
      }),
    /** Failures in a row, for one username from one address, before that address must wait. */
    LOCKOUT_FAILURES: z.coerce.number().int().min(1).default(5),
    /** The first wait; it doubles with each further failure. */
    LOCKOUT_DELAY_SECONDS: z.coerce.number().int().min(1).default(60),
    /** The longest wait. */
    LOCKOUT_MINUTES: z.coerce.number().int().min(1).default(15),
    SERVICE_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
    /** Where the report worker leaves the files of finished jobs; downloads are served from there. */
    REPORT_RESULTS_DIR: z.string().min(1).default(DEFAULT_REPORT_RESULTS_DIR),
    /** The seeded demo users' password; none by default, so no demo user can be seeded without choosing one. */
    DEMO_PASSWORD: z.string().min(8, 'DEMO_PASSWORD needs at least 8 characters').optional(),
  })
  .refine((env) => env.DEMO_PASSWORD === undefined || !PASSWORDS_FROM_THE_REPOSITORY.includes(env.DEMO_PASSWORD), {
    path: ['DEMO_PASSWORD'],
    message: 'DEMO_PASSWORD is the password written in the repository: choose another (npm start generates one into .data/demo-password)',
  });
export type GatewayEnv = z.infer<typeof gatewayEnvSchema>;

export const GATEWAY_ENV = Symbol('GATEWAY_ENV');

export function loadGatewayEnv(env: Record<string, unknown> = process.env): GatewayEnv {
  return parseEnv(gatewayEnvSchema as unknown as z.ZodObject, env) as GatewayEnv;
}
