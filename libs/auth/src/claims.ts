import { z } from 'zod';
import { permissionsOf, Principal, ROLES } from '@party/contracts';

/** What an access token says. Permissions are derived from roles when it is read, never stored. */
export const accessClaimsSchema = z.object({
  sub: z.string(),
  username: z.string(),
  roles: z.array(z.enum(ROLES)),
  orgScopeId: z.string().nullable(),
  /** The login session (kept across refreshes): logout ends it. */
  sid: z.string(),
  /** The user's token version when issued: raised on deactivation and on changes of password, roles or scope. */
  ver: z.number().int(),
  typ: z.literal('access'),
});
export type AccessClaims = z.infer<typeof accessClaimsSchema>;

export function principalFromClaims(claims: AccessClaims): Principal {
  return {
    userId: claims.sub,
    username: claims.username,
    roles: claims.roles,
    permissions: permissionsOf(claims.roles),
    orgScopeId: claims.orgScopeId,
  };
}
