import { Injectable } from '@nestjs/common';
import { EntityManager, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { DomainError, Principal } from '@party/contracts';
import { AuditEntry } from '@party/database';
import { AuthService } from '../auth/auth.service';
import { hashPassword } from '../auth/password';
import { CreateUserInput, ListUsersInput, UpdateUserInput } from './users.schemas';
import { PublicUser, publicUser, User } from './user.entity';

const USER = { vi: 'người dùng', en: 'User' };

@Injectable()
export class UsersService {
  constructor(
    private readonly em: EntityManager,
    private readonly auth: AuthService,
  ) {}

  async list(input: ListUsersInput) {
    const where = input.q
      ? { $or: [{ username: { $ilike: `%${input.q}%` } }, { fullName: { $ilike: `%${input.q}%` } }] }
      : {};
    const [items, total] = await this.em.fork().findAndCount(User, where, {
      orderBy: { [input.sort]: input.order, id: 'asc' },
      limit: input.pageSize,
      offset: (input.page - 1) * input.pageSize,
    });
    return { items: items.map(publicUser), total, page: input.page, pageSize: input.pageSize };
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
    return this.em.fork().transactional(async (em) => {
      const user = await em.findOne(User, { id });
      if (!user) throw DomainError.notFound(USER);
      const before = publicUser(user);
      const roles = input.roles ?? user.roles;
      const orgScopeId = input.orgScopeId !== undefined ? input.orgScopeId : input.roles ? null : user.orgScopeId;
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
      // a new password, lost access or changed roles end the sessions held so far
      if (input.password !== undefined || input.active === false || input.roles) await this.auth.revokeAllSessions(user.id, em);
      em.persist(this.audit(em, actor, 'user.updated', user.id, before, publicUser(user)));
      return publicUser(user);
    });
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
