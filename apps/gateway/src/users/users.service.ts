import { Injectable } from '@nestjs/common';
import { EntityManager, QueryOrder, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { DomainError, Principal } from '@party/contracts';
import { AuditEntry } from '@party/database';
import { AuthService } from '../auth/auth.service';
import { LoginLockout } from '../auth/login-lockout';
import { hashPassword } from '../auth/password';
import { SessionRegistry } from '../auth/session-registry';
import { CreateUserInput, ListUsersInput, UpdateUserInput } from './users.schemas';
import { userSearch } from './user-search';
import { PublicUser, publicUser, User } from './user.entity';

const USER = { vi: 'người dùng', en: 'User' };

@Injectable()
export class UsersService {
  constructor(
    private readonly em: EntityManager,
    private readonly auth: AuthService,
    private readonly lockout: LoginLockout,
    private readonly sessions: SessionRegistry,
  ) {}

  async list(input: ListUsersInput) {
    const where = input.q ? userSearch(input.q) : {};
    const [items, total] = await this.em.fork().findAndCount(User, where, {
      // never-logged-in accounts last when sorting by the last login, whichever the direction
      orderBy: { [input.sort]: input.sort === 'lastLoginAt' ? (input.order === 'desc' ? QueryOrder.DESC_NULLS_LAST : QueryOrder.ASC_NULLS_LAST) : input.order, id: 'asc' },
      limit: input.pageSize,
      offset: (input.page - 1) * input.pageSize,
    });
    const locks = await this.lockout.lockedUntilMany(items.map((u) => u.username));
    return { items: items.map((u) => publicUser(u, locks.get(u.username) ?? null)), total, page: input.page, pageSize: input.pageSize };
  }

  async get(id: string): Promise<PublicUser> {
    const user = await this.em.fork().findOne(User, { id });
    if (!user) throw DomainError.notFound(USER);
    return publicUser(user, await this.lockout.lockedUntilAny(user.username));
  }

  async create(input: CreateUserInput, actor: Principal): Promise<PublicUser> {
    const em = this.em.fork();
    const user = em.create(User, {
      username: input.username,
      fullName: input.fullName,
      passwordHash: await hashPassword(input.password),
      roles: input.roles,
      orgScopeId: input.orgScopeId ?? null,
      active: true,
    });
    em.persist(user);
    em.persist(this.audit(em, actor, 'user.created', user.id, null, publicUser(user)));
    try {
      await em.flush();
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) {
        throw new DomainError({
          code: 'conflict',
          message: { vi: `Tên đăng nhập "${input.username}" đã tồn tại`, en: `Username "${input.username}" is taken` },
          fields: [{ field: 'username', vi: 'Đã tồn tại', en: 'Already exists' }],
        });
      }
      throw err;
    }
    return publicUser(user);
  }

  async update(id: string, input: UpdateUserInput, actor: Principal): Promise<PublicUser> {
    return this.em.fork().transactional(async (em): Promise<User> => {
      const user = await em.findOne(User, { id });
      if (!user) throw DomainError.notFound(USER);
      const before = publicUser(user);
      const roles = input.roles ?? user.roles;
      const orgScopeId = input.orgScopeId !== undefined ? input.orgScopeId : input.roles ? null : user.orgScopeId;
      const rolesChanged = [...roles].sort().join() !== [...user.roles].sort().join();
      const scopeChanged = orgScopeId !== user.orgScopeId;
      if (roles.includes('secretary') && !orgScopeId) {
        throw DomainError.validation([{ field: 'orgScopeId', vi: 'Bí thư cần tổ chức đảng phụ trách', en: 'A secretary needs orgScopeId' }]);
      }
      if (user.id === actor.userId && (input.active === false || (input.roles && !input.roles.includes('admin')))) {
        throw DomainError.rule({
          vi: 'Không thể tự khóa tài khoản hoặc bỏ quyền quản trị của chính mình',
          en: 'You cannot deactivate yourself or remove your own admin role',
        });
      }
      if (input.fullName !== undefined) user.fullName = input.fullName;
      if (input.password !== undefined) user.passwordHash = await hashPassword(input.password);
      user.roles = roles;
      user.orgScopeId = orgScopeId;
      if (input.active !== undefined) user.active = input.active;
      // a new password, lost access, changed roles or scope end the sessions held so far: their
      // refresh tokens at once, their access tokens at their next request (the token version)
      if (input.password !== undefined || input.active === false || rolesChanged || scopeChanged) await this.auth.revokeAllSessions(user.id, em);
      em.persist(this.audit(em, actor, 'user.updated', user.id, before, publicUser(user)));
      return user;
    }).then(async (user) => {
      await this.sessions.userChanged(user.id);
      return publicUser(user, await this.lockout.lockedUntilAny(user.username));
    });
  }

  /**
   * Lifts the waits after failed logins before they run out, from every address (the official phoned
   * the admin), and starts the failure counts again. Unlocking an account that is not locked is no error.
   */
  async unlock(id: string, actor: Principal): Promise<PublicUser> {
    const em = this.em.fork();
    const user = await em.findOne(User, { id });
    if (!user) throw DomainError.notFound(USER);
    const lockedUntil = await this.lockout.lockedUntilAny(user.username);
    await this.lockout.resetAll(user.username);
    if (lockedUntil) {
      em.persist(this.audit(em, actor, 'user.unlocked', user.id, { lockedUntil: lockedUntil.toISOString() }, { lockedUntil: null }));
      await em.flush();
    }
    return publicUser(user);
  }

  private audit(em: EntityManager, actor: Principal, action: string, id: string, before: unknown, after: unknown): AuditEntry {
    return em.create(AuditEntry, {
      actorId: actor.userId,
      actorName: actor.username,
      action,
      entity: 'user',
      entityId: id,
      before,
      after,
    });
  }
}
