import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Consecutive failed logins per username (known or not, so probing unknown names is slowed
 * too). Five in a row lock the name for 15 minutes; a success deletes the row.
 */
@Entity({ tableName: 'login_attempt' })
export class LoginAttempt {
  @PrimaryKey({ type: 'text' })
  username!: string;

  @Property({ type: 'integer' })
  consecutiveFailures!: number;

  @Property({ type: 'timestamptz', nullable: true })
  lockedUntil: Date | null = null;

  @Property({ type: 'timestamptz' })
  lastFailureAt!: Date;
}
