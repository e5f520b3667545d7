import { useSystem } from '@party/service-kit/testing';
import { Random, TEST_DEMO_PASSWORD } from '@party/testing';
import { DemoApi } from '../api';
import { recordPlanning2023 } from './cadre-planning';
import { importOpeningMembers } from './members';
import { seedOrganizations } from './organizations';
import { FreeMembers, planStory } from './plan';
import type { OpeningMember, OpeningRoster } from './roster';
import { settledReport } from './settled-report';

/**
 * The demo's planning chapter, recorded by the demo's own code through the public API of a whole
 * system of this file's own (every service a process): the 2025-2030 plans of 2022, the 2023
 * review, the 2023 confidence votes; then read from the year-end report and the Standing
 * Committee's worklist. The roster is cut to four ordinary members per unit to keep the file quick.
 */
const system = useSystem('demoplan');

function smallRoster(roster: OpeningRoster): OpeningRoster {
  const byUnit = new Map<string, OpeningMember[]>();
  for (const [unit, members] of roster.byUnit) byUnit.set(unit, members.filter((m) => m.role === 'ordinary').slice(0, 4));
  return { members: [...byUnit.values()].flat(), byUnit, stayingUnits: roster.stayingUnits };
}

it('records the plans, the 2023 review and votes; the report counts them by their dates', async () => {
  const board = new DemoApi(`${system.base}/api`);
  await board.login('bantochuc', TEST_DEMO_PASSWORD);
  const r = new Random(2023);
  const tree = await seedOrganizations(board, r, () => undefined);
  const plan = planStory(r, tree);
  const roster = smallRoster(plan.roster);
  await importOpeningMembers(board, roster, () => undefined);
  const lines: string[] = [];
  await recordPlanning2023(board, new Random(20236), tree, { ...plan, roster, free: new FreeMembers(roster) }, (m) => lines.push(m));
  expect(lines).toEqual([
    'quy hoạch nhiệm kỳ 2025-2030: 10 đồng chí cho 4 chức danh chủ chốt của Đảng ủy Khối, 12 đảng bộ cơ sở (bí thư, phó bí thư, chủ nhiệm UBKT)',
    '2023: rà soát bổ sung quy hoạch nhiệm kỳ 2020-2025 và 2025-2030 (318-QĐ/ĐUK): 2 đưa ra, 8 bổ sung',
    '2023: lấy phiếu tín nhiệm 9 chức danh Bí thư, Phó Bí thư, Ủy viên Ban Thường vụ Đảng ủy Khối; 1 bí thư đảng bộ cơ sở có trên 1/2 phiếu tín nhiệm thấp chờ Ban Thường vụ xem xét',
  ]);

  const standing = new DemoApi(`${system.base}/api`);
  await standing.login('thuongvu', TEST_DEMO_PASSWORD);
  const flagged = await standing.get<{ items: { result: string; sheet: { low: string } }[] }>('/cadre/confidence-votes/flagged');
  expect(flagged.items).toEqual([expect.objectContaining({ result: 'relief_to_consider', sheet: expect.objectContaining({ low: '7/12 = 58,3%' }) })]);
  const blocPlans = await board.get<{ items: { post: string; inPlan: number }[] }>(`/cadre/planning/plans?orgId=${tree.blocId}&term=2025-2030`);
  expect(blocPlans.items.map((p) => [p.post, p.inPlan])).toEqual([['secretary', 2], ['deputy_secretary', 3], ['standing_member', 3], ['inspection_chair', 2]]);

  const y23 = await settledReport(board, 2023, { 'cadre.planning.added': 8, 'cadre.planning.removed': 2, 'cadre.planning.reviews': 1, 'cadre.votes.held': 10, 'cadre.votes.flagged': 1 });
  const y22 = await settledReport(board, 2022, { 'cadre.planning.added': 70 });
  const keys = ['cadre.planning.added', 'cadre.planning.removed', 'cadre.planning.reviews', 'cadre.votes.held', 'cadre.votes.flagged'];
  expect(keys.map((k) => y23.metrics[k])).toEqual([8, 2, 1, 10, 1]);
  expect(keys.map((k) => y22.metrics[k])).toEqual([70, 0, 0, 0, 0]);
}, 900_000);
