import 'reflect-metadata';
import { DemoApi } from './api';
import { Random } from '@party/testing';
import { admitCohort } from './story/admissions';
import { importOpeningMembers } from './story/members';
import { recordLeaving, recordTransfers } from './story/movements';
import { seedOrganizationChanges2023, seedOrganizations } from './story/organizations';
import { planStory } from './story/plan';
import { recordOtherTraining2023, runClass } from './story/training';
import { recordCommittees2023 } from './story/cadre-committees';
import { recordPlanning2023 } from './story/cadre-planning';
import { recordInspection2023 } from './story/inspection';
import { recordRating2023 } from './story/rating';
import { recordVetting2023 } from './story/vetting';
import { awardBadges, convertProbationers, recordCards } from './story/year-2023';

/**
 * `npm run seed:demo`: the 2023 story of one bloc, through the gateway's public API only — never
 * the services' tables — so every figure of the demo comes out of recorded events. The bloc at
 * 31/12/2022 (organizations, 9,197 members of whom 248 admitted in 2022 and still probationary,
 * the classes of 2022), then its 2023 as the reference report tells it.
 */
/** The demo users' password: this machine's own (npm start sets it from .data/demo-password), never one written here. */
function demoPassword(): string {
  const password = process.env.DEMO_PASSWORD;
  if (!password) throw new Error("DEMO_PASSWORD is required: the demo users' password (npm start sets it from .data/demo-password)");
  return password;
}

async function main() {
  const api = new DemoApi(process.env.API_URL ?? 'http://127.0.0.1:3000/api');
  const r = new Random(2023);
  const started = Date.now();
  const log = (m: string) => console.log(`[demo] ${m} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (process.argv.includes('--reset')) {
    const { resetServices } = await import('./reset');
    await resetServices(log);
  }
  await api.login('bantochuc', demoPassword());
  const existing = await api.get<{ total: number }>('/orgs?kind=bloc_committee&pageSize=1');
  if (existing.total > 0) {
    log('the bloc is already there: nothing to do');
    return;
  }
  // while the story is recorded the system says "seeding": its figures are not to be read yet
  const admin = new DemoApi(process.env.API_URL ?? 'http://127.0.0.1:3000/api');
  await admin.login('admin', demoPassword());
  const load = await admin.post<{ id: string }>('/admin/bulk-loads', { label: 'Dữ liệu mẫu: Đảng bộ Khối năm 2023 (tools/demo)', expectedMinutes: 45 });
  try {
    await recordStory(api, r, log);
    await untilProjected(admin, log);
  } finally {
    await admin.post(`/admin/bulk-loads/${load.id}/end`, {});
  }
  log('done');
}

/** Waits until the reporting read model has applied every event (lag 0 on each of its consumers). */
async function untilProjected(admin: DemoApi, log: (m: string) => void): Promise<void> {
  const until = Date.now() + 10 * 60_000;
  for (;;) {
    const status = await admin.get<{ consumers: { lag: number }[] }>('/reports/status');
    const lag = status.consumers.reduce((a, c) => a + c.lag, 0);
    if (lag === 0) return log('báo cáo đã cập nhật mọi sự kiện');
    if (Date.now() > until) return log(`báo cáo còn ${lag} sự kiện chưa cập nhật sau 10 phút`);
    await new Promise((r) => setTimeout(r, 1000));
  }
}

async function recordStory(api: DemoApi, r: Random, log: (m: string) => void): Promise<void> {
  // ---- the bloc at 31/12/2022
  const tree = await seedOrganizations(api, r, log);
  const plan = planStory(r, tree);
  await importOpeningMembers(api, plan.roster, log);
  log(`${await awardBadges(api, plan, 'history')} huy hiệu các năm trước (theo sổ sách)`);
  for (const c of [...plan.classes2022.candidates, plan.classes2022.intermediate]) await runClass(api, c);
  await admitCohort(api, plan.admitted2022);
  log(`2022: ${plan.admitted2022.length} kết nạp (dự bị tại 31/12/2022)`);
  await runClass(api, plan.classes2022.newMembers);
  log('2022: 4 lớp');

  // ---- 2023
  const newOrgs = await seedOrganizationChanges2023(api, tree, log);
  for (const c of [...plan.classes2023.candidates, plan.classes2023.intermediate]) await runClass(api, c);
  await recordOtherTraining2023(api, plan.other2023);
  await admitCohort(api, plan.admitted2023);
  log(`2023: ${plan.admitted2023.length} kết nạp`);
  for (const c of plan.classes2023.newMembers) await runClass(api, c);
  log('2023: 3 lớp đối tượng kết nạp (305), 3 lớp đảng viên mới (313), 1 lớp trung cấp (79), cử đi học, đăng ký, tập huấn bí thư');
  await convertProbationers(api, plan.conversions);
  log(`2023: ${plan.conversions.length} chuyển đảng chính thức`);
  await recordCards(api, new Random(20231), plan);
  log(`2023: ${await awardBadges(api, plan, '2023')} huy hiệu; thẻ đảng`);
  const left = await api.get<{ total: number }>('/badges/eligible?occasion=2023-11-07&status=due&pageSize=1');
  if (left.total) log(`chú ý: còn ${left.total} mức huy hiệu đến hạn chưa trao tại 7/11/2023`);
  const staying = plan.roster.stayingUnits;
  await recordTransfers(api, new Random(20232), plan.roster, plan.free, { staying, tceCells: newOrgs.tceCells, toanAnh: newOrgs.toanAnh });
  await recordLeaving(api, new Random(20233), plan.free);
  log('2023: chuyển sinh hoạt, từ trần, xóa tên, ra khỏi Đảng');

  // cadre work: committees and their consolidation, planning and votes, vetting
  await recordCommittees2023(api, new Random(20235), tree, plan, log);
  await recordPlanning2023(api, new Random(20236), tree, plan, log);
  await recordVetting2023(api, new Random(20237), tree, plan, log);

  // the Inspection Committee's own work, as its clerk records it
  const ubkt = new DemoApi(process.env.API_URL ?? 'http://127.0.0.1:3000/api');
  await ubkt.login('ubkt', demoPassword());
  await recordInspection2023(ubkt, new Random(20234), tree, log);

  // the year's rating: the Board opens the round and proposes, the Standing Committee decides
  const thuongvu = new DemoApi(process.env.API_URL ?? 'http://127.0.0.1:3000/api');
  await thuongvu.login('thuongvu', demoPassword());
  await recordRating2023(api, thuongvu, 20238, log);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
