import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { EntityManager } from '@mikro-orm/postgresql';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { DomainError } from '@party/contracts';
import { type AccessClaims, TOKEN_ALGORITHM } from '@party/auth';
import { GATEWAY_ENV, GatewayEnv } from '../config/gateway-env';
import { User } from '../users/user.entity';
import { LoginInput, TokenPair } from './auth.schemas';
import { EndedSession } from './ended-session.entity';
import { LoginAudit } from './login-audit';
import { lockedError, LoginLockout } from './login-lockout';
import { dummyPasswordHash, verifyPassword } from './password';
import { RefreshToken } from './refresh-token.entity';
import { SessionRegistry } from './session-registry';

const BAD_CREDENTIALS = new DomainError({
  code: 'unauthenticated',
  message: { vi: 'Tên đăng nhập hoặc mật khẩu không đúng', en: 'Wrong username or password' },
});

const BAD_REFRESH = new DomainError({
  code: 'unauthenticated',
  message: { vi: 'Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại', en: 'Session expired: please log in again' },
});

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

@Injectable()
export class AuthService {
  constructor(
    private readonly em: EntityManager,
    private readonly jwt: JwtService,
    private readonly lockout: LoginLockout,
    private readonly sessions: SessionRegistry,
    private readonly audit: LoginAudit,
    @Inject(GATEWAY_ENV) private readonly env: GatewayEnv,
  ) {}

  /** `clientIp`: the connection's address, or the one the trusted proxy names (`TRUST_PROXY`). */
  async login(input: LoginInput, clientIp: string): Promise<TokenPair> {
    const username = input.username.trim().toLowerCase();
    const lockedUntil = await this.lockout.lockedUntil(username, clientIp);
    if (lockedUntil) {
      await this.audit.record('login.refused', { username, clientIp, reason: 'waiting', lockedUntil });
      throw lockedError(lockedUntil);
    }

    const user = await this.em.fork().findOne(User, { username });
    const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
    if (!user || !ok || !user.active) {
      const { failures, lockedUntil: waitUntil } = await this.lockout.recordFailure(username, clientIp);
      const reason = !user ? 'unknown-user' : !ok ? 'wrong-password' : 'inactive';
      await this.audit.record('login.failed', { username, userId: user?.id, clientIp, reason, failures });
      if (waitUntil) {
        await this.audit.record('login.locked', { username, userId: user?.id, clientIp, reason, failures, lockedUntil: waitUntil });
        const seconds = Math.round((waitUntil.getTime() - Date.now()) / 1000);
        const wait = seconds >= 90 ? { vi: `${Math.round(seconds / 60)} phút`, en: `${Math.round(seconds / 60)} minutes` } : { vi: `${seconds} giây`, en: `${seconds} seconds` };
        throw new DomainError({
          code: 'unauthenticated',
          message: {
            vi: `${BAD_CREDENTIALS.body.message.vi}. Đã sai ${failures} lần liên tiếp từ máy này: vui lòng chờ ${wait.vi} rồi thử lại`,
            en: `${BAD_CREDENTIALS.body.message.en}. ${failures} failures in a row from this address: wait ${wait.en} before trying again`,
          },
        });
      }
      throw BAD_CREDENTIALS;
    }
    await this.lockout.reset(username, clientIp);
    // a plain update: the user read above may be stale, and its `updatedAt` is about the account, not its use
    await this.em.fork().nativeUpdate(User, { id: user.id }, { lastLoginAt: new Date() });
    const pair = await this.issue(user, uuidv7());
    // the login time is part of what /auth/me says: every gateway reads the user again
    await this.sessions.userChanged(user.id);
    return pair;
  }

  /**
   * Ends the session the access token belongs to: its refresh tokens are deleted (not revoked: a
   * tab that still tries one must not look like a thief and end the user's other sessions) and
   * every access token of it is refused from the next request on. Other sessions go on.
   */
  async logout(userId: string, sessionId: string): Promise<void> {
    await this.em.fork().transactional(async (em) => {
      await em.nativeDelete(RefreshToken, { userId, sessionId });
      await em.upsert(EndedSession, { sessionId, userId, endedAt: new Date() });
    });
    this.sessions.sessionEnded(sessionId);
  }

  async refresh(refreshToken: string): Promise<TokenPair> {
    const [id, secret] = refreshToken.split('.');
    if (!id || !secret || !/^[0-9a-f-]{36}$/.test(id)) throw BAD_REFRESH;
    const outcome = await this.em.fork().transactional(async (tx) => {
      const stored = await tx.findOne(RefreshToken, { id }, { lockMode: 4 /* pessimistic write */ });
      if (!stored) throw BAD_REFRESH;
      const matches = timingSafeEqual(Buffer.from(stored.secretHash), Buffer.from(sha256(secret)));
      if (!matches) throw BAD_REFRESH;
      if (stored.revokedAt) return { reusedBy: stored.userId, pair: null };
      if (stored.expiresAt <= new Date()) throw BAD_REFRESH;
      const user = await tx.findOne(User, { id: stored.userId });
      if (!user || !user.active) throw BAD_REFRESH;
      stored.revokedAt = new Date();
      return { reusedBy: null, pair: await this.issue(user, stored.sessionId, tx) };
    });
    if (outcome.pair) return outcome.pair;
    // a rotated token came back: someone else holds a copy, so every session of this user ends
    await this.revokeAllSessions(outcome.reusedBy as string);
    await this.sessions.userChanged(outcome.reusedBy as string);
    throw BAD_REFRESH;
  }

  async me(userId: string) {
    const user = await this.sessions.currentUser(userId);
    if (!user) throw BAD_REFRESH;
    return user;
  }

  /**
   * Every refresh token of the user revoked and the token version raised, so their access tokens
   * are refused too; inside the caller's transaction, which then tells the registry (`userChanged`).
   */
  async revokeAllSessions(userId: string, em: EntityManager = this.em.fork()): Promise<void> {
    await em.nativeUpdate(RefreshToken, { userId, revokedAt: null }, { revokedAt: new Date() });
    await em.execute(`update "${em.config.get('schema')}"."app_user" set token_version = token_version + 1 where id = ?`, [userId]);
  }

  private async issue(user: User, sessionId: string, em: EntityManager = this.em.fork()): Promise<TokenPair> {
    const claims: AccessClaims = { sub: user.id, username: user.username, roles: user.roles, orgScopeId: user.orgScopeId, sid: sessionId, ver: user.tokenVersion, typ: 'access' };
    const accessToken = await this.jwt.signAsync(claims, { expiresIn: this.env.ACCESS_TOKEN_TTL_SECONDS, algorithm: TOKEN_ALGORITHM });
    const secret = randomBytes(32).toString('base64url');
    const token = em.create(RefreshToken, {
      id: uuidv7(),
      userId: user.id,
      sessionId,
      secretHash: sha256(secret),
      expiresAt: new Date(Date.now() + this.env.REFRESH_TOKEN_TTL_DAYS * 86_400_000),
      createdAt: new Date(),
      revokedAt: null,
    });
    await em.persistAndFlush(token);
    this.sessions.remember(user);
    return { accessToken, refreshToken: `${token.id}.${secret}`, expiresIn: this.env.ACCESS_TOKEN_TTL_SECONDS, tokenType: 'Bearer' };
  }
}
