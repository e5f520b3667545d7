import { Random } from '@party/testing';
import { GRASSROOTS_2023, Level, PlannedSubject, planRatings2023, quotaOf } from './rating-plan';

/** The levels the demo proposes and decides for 2023: the reference figures, the quota, the disqualifiers. */
let n = 0;
const id = () => `00000000-0000-7000-8000-${String(++n).padStart(12, '0')}`;
const org = (orgKind: string, peerGroup: string, maxLevel: Level = 'excellent'): PlannedSubject => ({ kind: 'org', personId: null, orgId: id(), orgKind, peerGroup, maxLevel });
const member = (peerGroup: string, maxLevel: Level = 'excellent'): PlannedSubject => ({ kind: 'member', personId: id(), orgId: id(), orgKind: 'dependent_cell', peerGroup, maxLevel });

const grassroots = Array.from({ length: 151 }, (_, i) => org(i % 2 ? 'grassroots_cell' : 'grassroots_committee', 'tccsd'));
const cells = Array.from({ length: 75 }, (_, g) => Array.from({ length: 5 + (g % 8) }, () => org('dependent_cell', `chi-bo-truc-thuoc:${g}`))).flat();
const members = Array.from({ length: 151 }, (_, g) => Array.from({ length: 3 + ((g * 37) % 120) }, () => member(`dang-vien:${g}`))).flat();
const disciplined = [member('dang-vien:7', 'not_completed'), member('dang-vien:7', 'not_completed'), member('dang-vien:99', 'not_completed')];
const subjects = [...grassroots, ...cells, ...members, ...disciplined];

const count = (levels: Map<PlannedSubject, Level>, of: PlannedSubject[]) => {
  const c: Record<Level, number> = { excellent: 0, good: 0, completed: 0, not_completed: 0 };
  for (const s of of) c[levels.get(s) ?? 'not_completed']++;
  return c;
};

it('gives the 151 grassroots organizations the reference figures: 28 excellent, 115 good, 8 completed', () => {
  const { levels, grassrootsCapped } = planRatings2023(subjects, new Random(20238));
  expect(count(levels, grassroots)).toEqual({ excellent: GRASSROOTS_2023.excellent, good: GRASSROOTS_2023.good, completed: GRASSROOTS_2023.completed, not_completed: 0 });
  expect(GRASSROOTS_2023.excellent).toBeLessThanOrEqual(quotaOf(GRASSROOTS_2023.excellent + GRASSROOTS_2023.good));
  expect(grassrootsCapped).toBe(0);
  expect(levels.size).toBe(subjects.length);
});

it('keeps every peer group within its excellent quota, and the disciplined at not completed', () => {
  const { levels } = planRatings2023(subjects, new Random(20238));
  const groups = new Map<string, PlannedSubject[]>();
  for (const s of subjects) groups.set(s.peerGroup, [...(groups.get(s.peerGroup) ?? []), s]);
  for (const group of groups.values()) {
    const c = count(levels, group);
    expect(c.excellent).toBeLessThanOrEqual(quotaOf(c.excellent + c.good));
  }
  for (const s of disciplined) expect(levels.get(s)).toBe('not_completed');
  // plausible for the members: most good, some excellent, a few completed
  const m = count(levels, [...members, ...disciplined]);
  expect(m.excellent / members.length).toBeGreaterThan(0.08);
  expect(m.good).toBeGreaterThan(m.excellent);
  expect(m.completed).toBeGreaterThan(0);
});

it('caps a disqualified grassroots organization and says so', () => {
  const capped = [...grassroots.slice(1), org('grassroots_cell', 'tccsd', 'not_completed')];
  const { levels, grassrootsCapped } = planRatings2023(capped, new Random(1));
  expect(grassrootsCapped).toBe(1);
  expect(count(levels, capped)).toEqual({ excellent: 28, good: 114, completed: 8, not_completed: 1 });
});

it('draws the same levels from the same seed', () => {
  const a = planRatings2023(subjects, new Random(5));
  const b = planRatings2023(subjects, new Random(5));
  expect(subjects.map((s) => a.levels.get(s))).toEqual(subjects.map((s) => b.levels.get(s)));
});
