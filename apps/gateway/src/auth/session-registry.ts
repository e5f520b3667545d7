import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { NatsConnection, Subscription } from 'nats';
import type { AccessClaims, SessionCheck } from '@party/auth';
import type { NatsNames } from '@party/contracts';
import { NATS_CONNECTION, NATS_NAMES } from '@party/service-kit';
import { GATEWAY_ENV, GatewayEnv } from '../config/gateway-env';
import { EndedSession } from './ended-session.entity';
import { permissionsOf, type Permission } from '@party/contracts';
import { publicUser, User } from '../users/user.entity';

interface Standing {
  version: number;
  active: boolean;
  /** What `GET /auth/me` answers for the user, kept with the standing it changes with (null: not read yet). */
  view: CurrentUserView | null;
}

export type CurrentUserView = ReturnType<typeof publicUser> & { permissions: Permission[] };

const currentUserView = (user: User): CurrentUserView => ({ ...publicUser(user), permissions: permissionsOf(user.roles) });

/** What one gateway tells the others when a user or a session changes. */
type Change = { userId: string } | { sessionId: string };

/** The whole table again this often: the safety net for a change message lost while NATS was away. */
export const RELOAD_EVERY_MS = 30_000;

/**
 * Which access tokens still speak for their user, answered from memory: every user's token
 * version and active flag (and what `/auth/me` says of them), and the sessions ended by logout while their access tokens could still
 * be unexpired. A request costs two Map lookups, no query (a user this gateway has never seen, one
 * query, then remembered). A change made here updates this gateway's maps before the answer goes
 * out, so the very next request sees it; other gateway replicas hear of it over NATS core
 * (`<prefix>.gateway.sessions.changed`) within milliseconds, and reload everything every 30 s.
 */
@Injectable()
export class SessionRegistry implements SessionCheck, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Sessions');
  private readonly users = new Map<string, Standing>();
  /** sessionId → when it ended (ms). */
  private readonly ended = new Map<string, number>();
  /** Users changed while a full reload was reading: the reload must not put back what it read before. */
  private readonly touched = new Map<string, number>();
  private changes = 0;
  private subscription?: Subscription;
  private timer?: NodeJS.Timeout;
  /** Queries made to answer a request (users this gateway had not seen): how the cost is measured. */
  loadsOnRequest = 0;

  constructor(
    private readonly em: EntityManager,
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(NATS_NAMES) private readonly names: NatsNames,
    @Inject(GATEWAY_ENV) private readonly env: GatewayEnv,
  ) {}

  private get subject(): string {
    return this.names.subject('gateway.sessions.changed');
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.reloadAll();
    this.subscription = this.nc.subscribe(this.subject, {
      callback: (err, msg) => {
        if (err) return;
        try {
          void this.applyRemote(msg.json<Change>());
        } catch {
          /* not ours */
        }
      },
    });
    this.timer = setInterval(() => void this.reloadAll().catch((err) => this.logger.warn(`reload: ${String(err)}`)), RELOAD_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
    this.subscription?.unsubscribe();
  }

  isCurrent(claims: AccessClaims): boolean | Promise<boolean> {
    if (this.ended.has(claims.sid)) return false;
    const standing = this.users.get(claims.sub);
    if (standing) return standing.active && standing.version === claims.ver;
    this.loadsOnRequest++;
    return this.loadUser(claims.sub).then((s) => !!s && s.active && s.version === claims.ver);
  }

  /**
   * A user just logged in or refreshed here: known without a query. Only news is taken (a user not
   * yet known, or a later version), so a login that read the row just before a change cannot put back the old standing.
   */
  remember(user: Pick<User, 'id' | 'tokenVersion' | 'active'>): void {
    const known = this.users.get(user.id);
    if (!known || user.tokenVersion > known.version) this.users.set(user.id, { version: user.tokenVersion, active: user.active, view: null });
  }

  /**
   * The signed-in user as `GET /auth/me` answers, from memory: the page every screen asks first
   * costs no query. It changes only with the user, and every change of a user goes through
   * `userChanged` here (and over NATS to the other gateways), a login too (its time).
   */
  async currentUser(userId: string): Promise<CurrentUserView | null> {
    const known = this.users.get(userId);
    if (known?.view) return known.active ? known.view : null;
    this.loadsOnRequest++;
    const standing = await this.loadUser(userId);
    return standing?.active ? standing.view : null;
  }

  /** After a committed change of the user (deactivated, new password, roles, scope, sessions revoked). */
  async userChanged(userId: string): Promise<void> {
    this.touch(userId);
    await this.loadUser(userId);
    this.publish({ userId });
  }

  /** After a logout committed. */
  sessionEnded(sessionId: string): void {
    this.ended.set(sessionId, Date.now());
    this.publish({ sessionId });
  }

  private publish(change: Change): void {
    try {
      this.nc.publish(this.subject, JSON.stringify(change));
    } catch (err) {
      // the others catch up at their next full reload
      this.logger.warn(`could not tell the other gateways: ${String(err)}`);
    }
  }

  private async applyRemote(change: Change): Promise<void> {
    if ('sessionId' in change && typeof change.sessionId === 'string') this.ended.set(change.sessionId, Date.now());
    else if ('userId' in change && typeof change.userId === 'string') {
      this.touch(change.userId);
      await this.loadUser(change.userId).catch((err) => this.logger.warn(`reload of a user: ${String(err)}`));
    }
  }

  private touch(userId: string): void {
    this.touched.set(userId, ++this.changes);
  }

  private async loadUser(userId: string): Promise<Standing | null> {
    const user = await this.em.fork().findOne(User, { id: userId });
    if (!user) {
      this.users.delete(userId);
      return null;
    }
    const standing = { version: user.tokenVersion, active: user.active, view: currentUserView(user) };
    this.users.set(userId, standing);
    return standing;
  }

  /** Every user, and the logouts recent enough to matter; logouts older than an access token's life are forgotten. */
  async reloadAll(): Promise<void> {
    const started = this.changes;
    const em = this.em.fork();
    const ttlMs = this.env.ACCESS_TOKEN_TTL_SECONDS * 1000;
    const since = new Date(Date.now() - ttlMs - 60_000);
    const [users, ended] = await Promise.all([
      em.find(User, {}),
      em.find(EndedSession, { endedAt: { $gt: since } }),
    ]);
    for (const u of users) if ((this.touched.get(u.id) ?? 0) <= started) this.users.set(u.id, { version: u.tokenVersion, active: u.active, view: currentUserView(u) });
    for (const [id, seq] of this.touched) if (seq <= started) this.touched.delete(id);
    for (const e of ended) if (!this.ended.has(e.sessionId)) this.ended.set(e.sessionId, e.endedAt.getTime());
    for (const [sid, at] of this.ended) if (at < since.getTime()) this.ended.delete(sid);
    await em.nativeDelete(EndedSession, { endedAt: { $lte: since } });
  }
}
