import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Consecutive failed logins for one username from one client address (known usernames or not,
 * so probing unknown names is slowed too). Past `LOCKOUT_FAILURES` the address must wait before
 * trying that username again, longer after each further failure; a success deletes the row. Keyed
 * by address too, so a stranger's failures never keep the clerk out from the clerk's own machine.
 */
@Entity({ tableName: 'login_attempt' })
@Index({ properties: ['username'] })
export class LoginAttempt {
  @PrimaryKey({ type: 'text' })
  username!: string;

  @PrimaryKey({ type: 'text' })
  clientIp!: string;

  @Property({ type: 'integer' })
  consecutiveFailures!: number;

  @Property({ type: 'timestamptz', nullable: true })
  lockedUntil: Date | null = null;

  @Property({ type: 'timestamptz' })
  lastFailureAt!: Date;
}
