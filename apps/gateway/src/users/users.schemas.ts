import { z } from 'zod';
import { bilingual, listQuery, paged, ROLE_DEFINITIONS, ROLES } from '@party/contracts';

const password = z
  .string()
  .min(8, bilingual('Mật khẩu cần ít nhất 8 ký tự', 'Password needs at least 8 characters'))
  .max(128)
  .refine((p) => /[A-Za-z]/.test(p) && /\d/.test(p), { message: bilingual('Mật khẩu cần có cả chữ và số', 'Password needs letters and digits') });

const roles = z
  .array(z.enum(ROLES, { message: bilingual(`Vai trò phải là một trong: ${ROLES.join(', ')}`, `Role must be one of: ${ROLES.join(', ')}`) }))
  .min(1, bilingual('Cần ít nhất một vai trò', 'At least one role is required'))
  .refine((r) => new Set(r).size === r.length, { message: bilingual('Vai trò bị lặp', 'Duplicate role') });

const orgScopeId = z.string().trim().min(1).max(64).nullable();

/** A scoped role (secretary) needs its organization; it cannot be mixed with whole-bloc roles. */
function scopeRule<T extends { roles?: (typeof ROLES)[number][]; orgScopeId?: string | null }>(schema: z.ZodType<T>) {
  return schema.superRefine((v, ctx) => {
    if (!v.roles) return;
    const scoped = v.roles.filter((r) => ROLE_DEFINITIONS[r].scoped);
    if (scoped.length && scoped.length !== v.roles.length) {
      ctx.addIssue({ code: 'custom', path: ['roles'], message: bilingual('Không thể kết hợp vai trò bí thư với vai trò toàn Khối', 'A scoped role cannot be combined with whole-bloc roles') });
    }
    if (scoped.length && !v.orgScopeId) {
      ctx.addIssue({ code: 'custom', path: ['orgScopeId'], message: bilingual('Bí thư cần tổ chức đảng phụ trách (orgScopeId)', 'A secretary needs the organization they are scoped to (orgScopeId)') });
    }
    if (!scoped.length && v.orgScopeId) {
      ctx.addIssue({ code: 'custom', path: ['orgScopeId'], message: bilingual('Chỉ vai trò bí thư mới giới hạn theo tổ chức', 'Only scoped roles take an orgScopeId') });
    }
  });
}

export const createUserSchema = scopeRule(
  z.object({
    username: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9._-]{3,32}$/, bilingual('Tên đăng nhập 3–32 ký tự: chữ không dấu, số, dấu chấm, gạch', 'Username: 3–32 of a-z, 0-9, dot, dash, underscore')),
    fullName: z.string().trim().min(1, bilingual('Vui lòng nhập họ tên', 'Full name is required')).max(120),
    password,
    roles,
    orgScopeId: orgScopeId.optional().default(null),
  }),
);
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const updateUserSchema = scopeRule(
  z
    .object({
      fullName: z.string().trim().min(1).max(120).optional(),
      password: password.optional(),
      roles: roles.optional(),
      orgScopeId: orgScopeId.optional(),
      active: z.boolean().optional(),
    })
    .strict()
    .refine((v) => Object.keys(v).length > 0, { message: bilingual('Không có gì để cập nhật', 'Nothing to update') }),
);
export type UpdateUserInput = z.infer<typeof updateUserSchema>;

export const listUsersSchema = z.object({
  q: z.string().trim().max(100).optional(),
  ...listQuery(['username', 'fullName', 'createdAt', 'lastLoginAt']),
});
export type ListUsersInput = z.infer<typeof listUsersSchema>;

/** A user as the admin pages see it: never the password hash. */
export const userSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  fullName: z.string(),
  roles: z.array(z.enum(ROLES)),
  /** The organization a scoped role (secretary) sees, with its subtree. */
  // the bound is also what keeps nestjs-zod 5.5 from writing a bare nullable string as an array (its issue #473)
  orgScopeId: z.string().max(64).nullable(),
  active: z.boolean(),
  /** The last successful login; null for an account never used. */
  lastLoginAt: z.iso.datetime().nullable(),
  /** Until when an address that failed too many logins in a row must wait before trying this username again (the latest such wait); null when none. */
  lockedUntil: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

// The page's items stay inline: nestjs-zod writes a nullable field differently in a component
// named by `.meta({ id })` and in a DTO's own schema, and refuses two `User`s that differ.
export const usersPageSchema = paged(userSchema);
