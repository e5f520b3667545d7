import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '@party/contracts';
import { GATEWAY_ENV, GatewayEnv } from '../config/gateway-env';

function hhmm(d: Date): string {
  return new Intl.DateTimeFormat('vi-VN', { hour: '2-digit', minute: '2-digit', second: '2-digit', timeZone: 'Asia/Ho_Chi_Minh' }).format(d);
}

export function lockedError(until: Date): DomainError {
  return new DomainError({
    code: 'locked',
    message: {
      vi: `Đăng nhập sai nhiều lần liên tiếp từ máy này; vui lòng thử lại sau ${hhmm(until)}`,
      en: `Too many failed logins in a row from this address: try again after ${until.toISOString()}`,
    },
  });
}

/** A run of failures older than this starts again from zero. */
const FORGET_AFTER_HOURS = 24;

/**
 * Progressive delay per username *and* client address, counted atomically in PostgreSQL so that
 * parallel attempts (or several gateway replicas) cannot slip past it: `LOCKOUT_FAILURES` failures
 * in a row make that address wait `LOCKOUT_DELAY_SECONDS`, each further failure twice as long, up
 * to `LOCKOUT_MINUTES`. The same username from another address is not delayed, so whoever guesses
 * a clerk's name cannot keep the clerk out; guessing from one address slows to a crawl.
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

  /** Until when this address must wait before trying this username again, or null. */
  async lockedUntil(username: string, clientIp: string): Promise<Date | null> {
    const rows = await this.em.fork().execute<{ locked_until: Date | null }[]>(
      `select locked_until from ${this.table} where username = ? and client_ip = ? and locked_until > now()`,
      [username, clientIp],
    );
    return rows[0]?.locked_until ? new Date(rows[0].locked_until) : null;
  }

  /** Of `usernames`, those some address must wait for now, with the latest end (the users list shows them). */
  async lockedUntilMany(usernames: readonly string[]): Promise<Map<string, Date>> {
    if (usernames.length === 0) return new Map();
    const rows = await this.em.fork().execute<{ username: string; locked_until: Date }[]>(
      `select username, max(locked_until) as locked_until from ${this.table}
       where username in (${usernames.map(() => '?').join(', ')}) and locked_until > now() group by username`,
      [...usernames],
    );
    return new Map(rows.map((r) => [r.username, new Date(r.locked_until)]));
  }

  async lockedUntilAny(username: string): Promise<Date | null> {
    return (await this.lockedUntilMany([username])).get(username) ?? null;
  }

  /** Records one failure; answers the count so far and, when this failure starts a wait, its end. */
  async recordFailure(username: string, clientIp: string): Promise<{ failures: number; lockedUntil: Date | null }> {
    const [row] = await this.em.fork().execute<{ consecutive_failures: number }[]>(
      `insert into ${this.table} as a (username, client_ip, consecutive_failures, locked_until, last_failure_at)
       values (?, ?, 1, null, now())
       on conflict (username, client_ip) do update set
         consecutive_failures = case when a.last_failure_at < now() - interval '${FORGET_AFTER_HOURS} hours' then 1 else a.consecutive_failures + 1 end,
         last_failure_at = now()
       returning consecutive_failures`,
      [username, clientIp],
    );
    const failures = row.consecutive_failures;
    const seconds = this.delaySeconds(failures);
    if (!seconds) return { failures, lockedUntil: null };
    const [locked] = await this.em.fork().execute<{ locked_until: Date }[]>(
      `update ${this.table} set locked_until = now() + (? * interval '1 second') where username = ? and client_ip = ? returning locked_until`,
      [seconds, username, clientIp],
    );
    return { failures, lockedUntil: new Date(locked.locked_until) };
  }

  /** The wait a run of `failures` earns: none below the threshold, then the first delay doubling, capped. */
  delaySeconds(failures: number): number {
    const { LOCKOUT_FAILURES: n, LOCKOUT_DELAY_SECONDS: first, LOCKOUT_MINUTES: max } = this.env;
    if (failures < n) return 0;
    return Math.min(first * 2 ** Math.min(20, failures - n), max * 60);
  }

  /** A success from this address: its count starts again. */
  async reset(username: string, clientIp: string): Promise<void> {
    await this.em.fork().execute(`delete from ${this.table} where username = ? and client_ip = ?`, [username, clientIp]);
  }

  /** The admin lifts every wait on this username, from every address. */
  async resetAll(username: string): Promise<void> {
    await this.em.fork().execute(`delete from ${this.table} where username = ?`, [username]);
  }
}
