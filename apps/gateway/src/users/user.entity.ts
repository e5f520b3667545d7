import { Entity, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { v7 as uuidv7 } from 'uuid';
import type { Role } from '@party/contracts';

@Entity({ tableName: 'app_user' })
export class User {
  [OptionalProps]?: 'id' | 'orgScopeId' | 'active' | 'tokenVersion' | 'lastLoginAt' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  /** Lower-case; what people type at the login form. */
  @Property({ type: 'text' })
  @Unique()
  username!: string;

  @Property({ type: 'text' })
  fullName!: string;

  /** argon2id */
  @Property({ type: 'text', hidden: true })
  passwordHash!: string;

  @Property({ type: 'text[]' })
  roles!: Role[];

  /** For scoped roles (secretary): the organization whose subtree the user sees. */
  @Property({ type: 'text', nullable: true })
  orgScopeId: string | null = null;

  @Property({ type: 'boolean' })
  active = true;

  /**
   * Carried by each access token (`ver`); raised when the account is deactivated, its password,
   * roles or scope change, or a stolen refresh token is detected, so every access token issued
   * before is refused on its next request (`SessionRegistry`), not when it runs out.
   */
  @Property({ type: 'integer', default: 0 })
  tokenVersion = 0;

  /** The last successful login: lets an admin spot accounts nobody uses any more. */
  @Property({ type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/**
 * What the admin pages and /me say about a user. `lockedUntil` is the latest wait an address
 * earned by failed logins for this username (`login_attempt`, per username and address), null when none.
 */
export function publicUser(u: User, lockedUntil: Date | null = null) {
  return {
    id: u.id,
    username: u.username,
    fullName: u.fullName,
    roles: u.roles,
    orgScopeId: u.orgScopeId,
    active: u.active,
    lastLoginAt: u.lastLoginAt ? u.lastLoginAt.toISOString() : null,
    lockedUntil: lockedUntil ? lockedUntil.toISOString() : null,
    createdAt: u.createdAt.toISOString(),
    updatedAt: u.updatedAt.toISOString(),
  };
}
export type PublicUser = ReturnType<typeof publicUser>;
