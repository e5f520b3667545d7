import { Entity, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { v7 as uuidv7 } from 'uuid';
import type { Role } from '@party/contracts';

@Entity({ tableName: 'app_user' })
export class User {
  [OptionalProps]?: 'id' | 'orgScopeId' | 'active' | 'createdAt' | 'updatedAt';

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

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

export function publicUser(u: User) {
  return {
    id: u.id,
    username: u.username,
    fullName: u.fullName,
    roles: u.roles,
    orgScopeId: u.orgScopeId,
    active: u.active,
    createdAt: u.createdAt.toISOString(),
    updatedAt: u.updatedAt.toISOString(),
  };
}
export type PublicUser = ReturnType<typeof publicUser>;
