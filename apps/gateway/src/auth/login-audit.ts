import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuditEntry } from '@party/database';

export type LoginAuditAction = 'login.failed' | 'login.locked' | 'login.refused';

export interface LoginAuditFacts {
  /** As typed, lower-cased (an unknown name is kept too: probing shows in the log). */
  username: string;
  userId?: string;
  clientIp: string;
  reason: 'unknown-user' | 'wrong-password' | 'inactive' | 'waiting';
  failures?: number;
  lockedUntil?: Date;
}

/**
 * Failed logins, the waits they start and the attempts refused while waiting, in the gateway's
 * audit log (`audit_log`, entity `login`, id the username): who tried which name from where. The
 * actor is unknown by nature, so `actorId` is `anonymous` and `actorName` the client address.
 * Bounded by the per-address login rate limit (LOGIN_RATE_LIMIT_PER_MINUTE).
 */
@Injectable()
export class LoginAudit {
  constructor(private readonly em: EntityManager) {}

  async record(action: LoginAuditAction, facts: LoginAuditFacts): Promise<void> {
    const em = this.em.fork();
    em.persist(
      em.create(AuditEntry, {
        actorId: 'anonymous',
        actorName: facts.clientIp,
        action,
        entity: 'login',
        entityId: facts.username,
        before: null,
        after: {
          userId: facts.userId ?? null,
          clientIp: facts.clientIp,
          reason: facts.reason,
          ...(facts.failures !== undefined ? { failures: facts.failures } : {}),
          ...(facts.lockedUntil ? { lockedUntil: facts.lockedUntil.toISOString() } : {}),
        },
      }),
    );
    await em.flush();
  }
}
