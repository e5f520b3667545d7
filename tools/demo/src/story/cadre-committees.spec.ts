import { useSystem } from '@party/service-kit/testing';
import { Random, TEST_DEMO_PASSWORD } from '@party/testing';
import { DemoApi } from '../api';
import { identity } from '../people';
import { recordCommittees2023 } from './cadre-committees';
import { importOpeningMembers } from './members';
import { DemoOrg, DemoTree } from './organizations';
import { FreeMembers, StoryPlan } from './plan';
import { OpeningMember, OpeningRoster } from './roster';
import { settledReport } from './settled-report';

/**
 * The demo's committees story, recorded by the demo's own code through the public API of a whole
 * system of this file's own (every service a process), on a bloc smaller than the demo's — 28 đảng
 * bộ cơ sở with two chi bộ trực thuộc of eight members each, 28 chi bộ cơ sở of six — then read
 * from the cadre summary and the year-end report: 56 people at 24 grassroots organizations, 2 added
 * to the bloc's Ban Chấp hành and 1 to its UBKT.
 */
const system = useSystem('democommittees');
const log = () => undefined;
const SIZE = 28;

async function smallBloc(api: DemoApi): Promise<DemoTree> {
  const est = (kind: string, name: string, parentId: string | null) => api.post<{ id: string }>('/orgs', { kind, name, parentId, effectiveOn: '2005-01-03', decisionNumber: `QĐ ${name}` }).then((x) => x.id);
  const blocId = await est('bloc_committee', 'Đảng bộ Khối Doanh nghiệp tỉnh', null);
  const org = async (kind: DemoOrg['kind'], name: string, parentId: string): Promise<DemoOrg> => ({ id: await est(kind, name, parentId), name, kind, parentId, establishedOn: '2005-01-03' });
  const committees: DemoOrg[] = [];
  const cells: DemoOrg[] = [];
  const dependentCells: DemoOrg[] = [];
  for (let i = 0; i < SIZE; i++) {
    const c = await org('grassroots_committee', `Đảng bộ Công ty ${i + 1}`, blocId);
    committees.push(c);
    for (const dept of ['Phòng Kỹ thuật', 'Phòng Kinh doanh']) dependentCells.push(await org('dependent_cell', `Chi bộ ${dept} — Công ty ${i + 1}`, c.id));
    cells.push(await org('grassroots_cell', `Chi bộ Công ty ${SIZE + i + 1}`, blocId));
  }
  return { blocId, committees, cells, dependentCells, activeUnits: [...cells, ...dependentCells], handedOver: [], dissolved: [] };
}

function smallRoster(r: Random, tree: DemoTree): OpeningRoster {
  const members: OpeningMember[] = tree.activeUnits.flatMap((unit) =>
    Array.from({ length: unit.kind === 'dependent_cell' ? 8 : 6 }, (_, i) => ({
      ...identity(r, ['1970-01-01', '1990-12-31']),
      orgId: unit.id,
      admissionDecisionDate: '2010-03-01',
      admissionDecisionNumber: `${100 + i}-QĐ/ĐU`,
      ceremonyDate: '2010-03-15',
      officialDate: '2011-03-15',
      card: null,
      role: 'ordinary' as const,
      badges: [],
    })),
  );
  const byUnit = new Map<string, OpeningMember[]>();
  for (const m of members) byUnit.set(m.orgId, [...(byUnit.get(m.orgId) ?? []), m]);
  return { members, byUnit, stayingUnits: tree.activeUnits };
}

it('records the 2020-2025 committees and the 2023 consolidations: 56 people at 24 organizations, 2 and 1 at the bloc', async () => {
  const board = new DemoApi(`${system.base}/api`);
  await board.login('bantochuc', TEST_DEMO_PASSWORD);
  const tree = await smallBloc(board);
  const roster = smallRoster(new Random(7), tree);
  await importOpeningMembers(board, roster, log);
  // only what the committees story reads of the plan
  const plan = { roster, free: new FreeMembers(roster) } as unknown as StoryPlan;
  await recordCommittees2023(board, new Random(20235), tree, plan, log);

  const summary = await board.get<{ grassroots: { people: number; orgs: number }; bloc: { executive: { added: number }; inspection: { added: number } }; text: { vi: string } }>('/cadre/consolidations/summary?year=2023');
  expect(summary).toMatchObject({ grassroots: { people: 56, orgs: 24 }, bloc: { executive: { added: 2 }, inspection: { added: 1 } } });
  expect(summary.text.vi).toBe('Kiện toàn đối với 56 đồng chí cấp ủy, bí thư, phó bí thư tại 24 chi bộ, đảng bộ cơ sở. Kiện toàn bổ sung 02 đồng chí Ủy viên Ban Chấp hành Đảng bộ Khối, 01 đồng chí Ủy viên UBKT Đảng ủy Khối nhiệm kỳ 2020-2025.');
  const committees = await board.get<{ total: number }>('/cadre/committees?term=2020-2025&pageSize=1');
  expect(committees.total).toBeGreaterThanOrEqual(2 + 22 * 2 + 22);

  const expected = { 'cadre.consolidated.people': 56, 'cadre.consolidated.orgs': 24, 'cadre.blocCommittee.added': 2, 'cadre.blocInspectionCommittee.added': 1 };
  expect((await settledReport(board, 2023, expected)).metrics).toMatchObject(expected);
}, 600_000);
