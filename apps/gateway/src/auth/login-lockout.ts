import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '@party/contracts';
import { GATEWAY_ENV, GatewayEnv } from '../config/gateway-env';

function hhmm(d: Date): string {
  return new Intl.DateTimeFormat('vi-VN', { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Ho_Chi_Minh' }).format(d);
}

export function lockedError(until: Date): DomainError {
  return new DomainError({
    code: 'locked',
    message: {
      vi: `Tài khoản tạm khóa do đăng nhập sai nhiều lần; vui lòng thử lại sau ${hhmm(until)}`,
      en: `Too many failed logins: this account is locked until ${until.toISOString()}`,
    },
  });
}

/**
 * Consecutive failures per username, counted atomically in PostgreSQL so that parallel
 * attempts (or several gateway replicas) cannot slip past the limit.
 */
@Injectable()
export class LoginLockout {
  constructor(
    private readonly em: EntityManager,
    @Inject(GATEWAY_ENV) private readonly env: GatewayEnv,
  ) {}

  private get table(): string {
    return `"${this.em.config.get('schema')}"."login_attempt"`;
  }

  async lockedUntil(username: string): Promise<Date | null> {
    const rows = await this.em.fork().execute<{ locked_until: Date | null }[]>(
      `select locked_until from ${this.table} where username = ? and locked_until > now()`,
      [username],
    );
    return rows[0]?.locked_until ? new Date(rows[0].locked_until) : null;
  }

  /** The names of `usernames` locked now, with the end of each lock (the users list shows them). */
  async lockedUntilMany(usernames: readonly string[]): Promise<Map<string, Date>> {
    if (usernames.length === 0) return new Map();
    const rows = await this.em.fork().execute<{ username: string; locked_until: Date }[]>(
      `select username, locked_until from ${this.table} where username in (${usernames.map(() => '?').join(', ')}) and locked_until > now()`,
      [...usernames],
    );
    return new Map(rows.map((r) => [r.username, new Date(r.locked_until)]));
  }

  /** Records one failure; returns the lock end when this failure locked the name. */
  async recordFailure(username: string): Promise<Date | null> {
    const [row] = await this.em.fork().execute<{ consecutive_failures: number; locked_until: Date | null }[]>(
      `insert into ${this.table} as a (username, consecutive_failures, locked_until, last_failure_at)
       values (?, 1, null, now())
       on conflict (username) do update set
         consecutive_failures = case when a.locked_until is not null and a.locked_until <= now() then 1 else a.consecutive_failures + 1 end,
         locked_until = case when a.locked_until is not null and a.locked_until <= now() then null else a.locked_until end,
         last_failure_at = now()
       returning consecutive_failures, locked_until`,
      [username],
    );
    if (row.consecutive_failures < this.env.LOCKOUT_FAILURES) return null;
    const [locked] = await this.em.fork().execute<{ locked_until: Date }[]>(
      `update ${this.table} set locked_until = now() + (? * interval '1 minute'), consecutive_failures = 0 where username = ? returning locked_until`,
      [this.env.LOCKOUT_MINUTES, username],
    );
    return new Date(locked.locked_until);
  }

  async reset(username: string): Promise<void> {
    await this.em.fork().execute(`delete from ${this.table} where username = ?`, [username]);
  }
}
