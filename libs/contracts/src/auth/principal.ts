import { z } from 'zod';
import { PERMISSIONS, ROLES } from './roles';

/**
 * Who is asking, as the gateway forwards it with every request to a service. Services filter by
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

/** The envelope of every request-reply command: the caller, a correlation id, the payload. */
export const requestSchema = z.object({
  principal: principalSchema.nullable(),
  correlationId: z.string(),
  payload: z.unknown(),
});
export type ServiceRequest<T = unknown> = Omit<z.infer<typeof requestSchema>, 'payload'> & { payload: T };
