import { useSystem } from '@party/service-kit/testing';
import { Random, TEST_DEMO_PASSWORD } from '@party/testing';
import { DemoApi } from '../api';
import { importOpeningMembers } from './members';
import { seedOrganizations } from './organizations';
import { FreeMembers, planStory } from './plan';
import type { OpeningMember, OpeningRoster } from './roster';
import { settledReport } from './settled-report';
import { recordVetting2023 } from './vetting';

/**
 * The demo's vetting story, recorded by the demo's own code through the public API of a whole
 * system of this file's own (every service a process), then read from the year-end report: 642
 * people named on letters to the police in 2023, 818 concluded on. The roster is the demo's, cut
 * to two ordinary members per unit (the story needs 900 people, not 8,000) to keep the file quick.
 */
const system = useSystem('demovet');
const log = () => undefined;

/** The demo roster, two ordinary members of each unit that stays. */
function smallRoster(roster: OpeningRoster): OpeningRoster {
  const byUnit = new Map<string, OpeningMember[]>();
  for (const [unit, members] of roster.byUnit) byUnit.set(unit, members.filter((m) => m.role === 'ordinary').slice(0, 2));
  return { members: [...byUnit.values()].flat(), byUnit, stayingUnits: roster.stayingUnits };
}

it('records 2023’s vetting, and the year-end report shows 642 requested and 818 concluded', async () => {
  const board = new DemoApi(`${system.base}/api`);
  await board.login('bantochuc', TEST_DEMO_PASSWORD);
  const r = new Random(2023);
  const tree = await seedOrganizations(board, r, log);
  const plan = planStory(r, tree);
  const roster = smallRoster(plan.roster);
  await importOpeningMembers(board, roster, log);
  const lines: string[] = [];
  await recordVetting2023(board, new Random(20237), tree, { ...plan, roster, free: new FreeMembers(roster) }, (m) => lines.push(m));
  expect(lines).toEqual(['2023: gửi 12 công văn xin ý kiến Công an cho 642 người; Ban Thường vụ kết luận tiêu chuẩn chính trị 818 người (2 không đủ)']);

  const expected = { 'vetting.requestsToPolice': 642, 'vetting.concluded': 818 };
  expect((await settledReport(board, 2023, expected)).metrics).toMatchObject(expected);
}, 900_000);
