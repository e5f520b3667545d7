import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { serviceOrmOptions } from '@party/database';
import type { Role } from '@party/contracts';
import { hashPassword } from './auth/password';
import { loadGatewayEnv } from './config/gateway-env';
import { gatewayOrm } from './gateway.orm';
import { User } from './users/user.entity';

/** The demo users of the README. Existing users are left as they are (run it as often as you like). */
export const DEMO_USERS: { username: string; fullName: string; roles: Role[] }[] = [
  { username: 'admin', fullName: 'Quản trị hệ thống', roles: ['admin'] },
  { username: 'bantochuc', fullName: 'Nguyễn Thị Minh Hằng (Ban Tổ chức)', roles: ['org_board'] },
  { username: 'ubkt', fullName: 'Trần Văn Quang (Ủy ban Kiểm tra)', roles: ['inspection'] },
  { username: 'thuongvu', fullName: 'Lê Hoàng Nam (Ban Thường vụ)', roles: ['standing'] },
  { username: 'viewer', fullName: 'Phạm Thu Trang (chỉ xem)', roles: ['viewer'] },
];

export async function seedDemoUsers(orm: MikroORM, password: string): Promise<string[]> {
  const em = orm.em.fork();
  const existing = new Set((await em.find(User, { username: { $in: DEMO_USERS.map((u) => u.username) } })).map((u) => u.username));
  const created: string[] = [];
  for (const u of DEMO_USERS.filter((d) => !existing.has(d.username))) {
    em.persist(em.create(User, { ...u, passwordHash: await hashPassword(password), orgScopeId: null, active: true }));
    created.push(u.username);
  }
  await em.flush();
  return created;
}

if (require.main === module) {
  (async () => {
    const env = loadGatewayEnv();
    if (!env.DEMO_PASSWORD) throw new Error('DEMO_PASSWORD is required to seed the demo users (npm start writes one to .data/demo-password)');
    const orm = await MikroORM.init(serviceOrmOptions(gatewayOrm, { databaseUrl: env.DATABASE_URL, schema: env.DB_SCHEMA, poolMax: 2 }));
    try {
      const created = await seedDemoUsers(orm, env.DEMO_PASSWORD);
      console.log(`[gateway] demo users: ${created.length ? `created ${created.join(', ')}` : 'already there'}`);
    } finally {
      await orm.close();
    }
  })().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
