import { z } from 'zod';
import { PERMISSIONS, ROLES } from './roles';

/**
 * Who is asking, as a service reads it from a verified token. Services filter by
 * `orgScopeId` (null = the whole bloc) and check `permissions` themselves.
 */
export const principalSchema = z.object({
  userId: z.string(),
  username: z.string(),
  roles: z.array(z.enum(ROLES)),
  permissions: z.array(z.enum(PERMISSIONS)),
  orgScopeId: z.string().nullable(),
});
export type Principal = z.infer<typeof principalSchema>;

/**
 * The envelope of every request-reply command: the caller's signed access token (null: a health
 * probe), a correlation id, the payload. The principal is never in the message: each service
 * reads it from the token after checking the signature.
 */
export const requestSchema = z.object({
  token: z.string().nullable(),
  correlationId: z.string(),
  payload: z.unknown(),
});
export type ServiceRequest<T = unknown> = Omit<z.infer<typeof requestSchema>, 'payload'> & { payload: T };
