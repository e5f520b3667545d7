import { ApiError, DemoApi, inParallel, retryWhile } from '../api';
import { addDays, onWeekday } from '../dates';
import { Random } from '@party/testing';
import { DemoOrg, DemoTree } from './organizations';
import { StoryPlan } from './plan';
import { OpeningMember } from './roster';

/**
 * The Organization Board's committees (cấp ủy, ủy ban kiểm tra) of the term 2020-2025 and their
 * 2023 consolidation, as the reference report tells it: "Kịp thời kiện toàn đối với 56 đồng chí cấp
 * ủy, bí thư, phó bí thư tại 24 chi bộ, đảng bộ cơ sở … Kiện toàn bổ sung 02 đồng chí Ủy viên ban
 * Chấp hành Đảng bộ Khối, 01 đồng chí Ủy viên UBKT Đảng ủy Khối nhiệm kỳ 2020-2025".
 *
 * - The bloc's congress (August 2020) elects its Ban Chấp hành (33) and the UBKT (7, its chair a
 *   standing member); two Ủy viên leave in 2022 and one UBKT member, their seats filled in 2023.
 * - 44 grassroots organizations elect their committees at their 2020 congresses (a đảng bộ cơ sở its
 *   đảng ủy and UBKT, a chi bộ cơ sở its chi ủy); 24 of them are consolidated in 2023: in 16 the
 *   secretary leaves and the deputy takes over, a member filling the deputy's seat (2 people); in 8
 *   đảng bộ the secretary is replaced and the vacant seat filled, then a member relieved and
 *   replaced (3 people) — 56 people.
 * Holders are members who stay (`plan.free`: nobody who leaves or moves in the story), official on
 * the day, taken from the organization's own units. Recorded as `bantochuc` through the public API.
 */
const TERM = '2020-2025';
const BLOC_CONGRESS = '2020-08-12';

type Post = 'secretary' | 'deputy_secretary' | 'standing_member' | 'member' | 'inspection_chair' | 'inspection_deputy' | 'inspection_member';
interface Holder {
  person: OpeningMember;
  post: Post;
}
interface Item {
  mode: 'fill' | 'add' | 'replace';
  post: Post;
  person: OpeningMember;
  replaces?: OpeningMember;
  reason?: string;
}
interface Decision {
  number: string;
  date: string;
  body: 'superior_standing_committee' | 'own_committee';
  items: Item[];
}
interface CommitteePlan {
  org: { id: string; name: string };
  kind: 'executive' | 'inspection';
  electedOn: string;
  decisionNumber: string;
  decisionDate: string;
  seats: Partial<Record<Post, number>>;
  holders: Holder[];
  departures: { person: OpeningMember; reason: string; number: string; date: string; body: Decision['body'] }[];
  decisions: Decision[];
}

/** The cadre service copies the tree and the people from membership's events: what was recorded a moment ago may be on its way. */
const inFlight = (err: ApiError) => err.status === 422 && (err.body?.fields ?? []).some((f: { field: string }) => /(personId|orgId)$/.test(f.field));

const officialBy = (date: string) => (m: OpeningMember) => m.officialDate <= date;
let numberSeq = 0;
const decisionNumber = (r: Random, suffix: string) => `${r.int(100, 999) + ++numberSeq}-QĐ/${suffix}`;

/** The members of an organization's own units: a chi bộ cơ sở's, or a đảng bộ's chi bộ trực thuộc. */
function unitsOf(tree: DemoTree, org: DemoOrg): Set<string> {
  return org.kind === 'grassroots_committee' ? new Set(tree.dependentCells.filter((d) => d.parentId === org.id).map((d) => d.id)) : new Set([org.id]);
}

/** Two people: the secretary leaves, the deputy takes the post, a member of the organization fills the deputy's seat. */
function deputyTakesOver(r: Random, secretary: OpeningMember, deputy: OpeningMember, newcomer: OpeningMember): Decision {
  return {
    number: decisionNumber(r, 'ĐUK'),
    date: onWeekday(r.date('2023-02-06', '2023-11-24')),
    body: 'superior_standing_committee',
    items: [
      { mode: 'replace', post: 'secretary', person: deputy, replaces: secretary, reason: r.pick(['retired', 'transferred', 'transferred']) },
      { mode: 'fill', post: 'deputy_secretary', person: newcomer },
    ],
  };
}

/**
 * A grassroots organization's committees of 2020-2025 and, when `consolidation` says, its 2023
 * (`consolidated` false when too few members were left for it: elected only); null when its units
 * have too few members left even for the election (the next organization is taken instead).
 */
function planGrassroots(r: Random, tree: DemoTree, plan: StoryPlan, org: DemoOrg, consolidation: 'none' | 'deputy' | 'three'): { committees: CommitteePlan[]; consolidated: boolean } | null {
  const units = unitsOf(tree, org);
  const electedOn = onWeekday(r.date('2020-04-06', '2020-06-26'));
  const inOrg = (m: OpeningMember) => units.has(m.orgId);
  const party = org.kind === 'grassroots_committee';
  const newcomers = consolidation === 'none' ? 0 : consolidation === 'deputy' ? 1 : 3;
  const size = party ? 7 + 2 : 3;
  let people: OpeningMember[];
  let fresh: OpeningMember[];
  try {
    people = plan.free.take(r, size, (m) => inOrg(m) && officialBy(electedOn)(m));
  } catch {
    return null;
  }
  try {
    fresh = plan.free.take(r, newcomers, inOrg);
  } catch {
    // elected, not consolidated: the caller takes another organization for the consolidation
    fresh = [];
    consolidation = 'none';
  }
  const [secretary, deputy, third, ...rest] = people;
  const recognised = { decisionNumber: decisionNumber(r, 'ĐUK'), decisionDate: onWeekday(addDays(electedOn, r.int(5, 15))) };
  const vacancy = consolidation === 'three' ? 1 : 0;
  const executive: CommitteePlan = {
    org,
    kind: 'executive',
    electedOn,
    ...recognised,
    seats: party ? { secretary: 1, deputy_secretary: 1, standing_member: 1, member: 4 + vacancy } : { secretary: 1, deputy_secretary: 1, member: 1 },
    holders: [
      { person: secretary, post: 'secretary' },
      { person: deputy, post: 'deputy_secretary' },
      ...(party ? [{ person: third, post: 'standing_member' as const }, ...rest.slice(0, 4).map((person) => ({ person, post: 'member' as const }))] : [{ person: third, post: 'member' as const }]),
    ],
    departures: [],
    decisions: [],
  };
  if (consolidation === 'deputy') executive.decisions.push(deputyTakesOver(r, secretary, deputy, fresh[0]));
  if (consolidation === 'three') {
    const replaced = rest[0];
    executive.decisions.push(
      {
        number: decisionNumber(r, 'ĐUK'),
        date: onWeekday(r.date('2023-02-06', '2023-06-30')),
        body: 'superior_standing_committee',
        items: [
          { mode: 'replace', post: 'secretary', person: fresh[0], replaces: secretary, reason: 'transferred' },
          { mode: 'fill', post: 'member', person: fresh[1] },
        ],
      },
      { number: decisionNumber(r, 'ĐUK'), date: onWeekday(r.date('2023-07-10', '2023-11-24')), body: 'superior_standing_committee', items: [{ mode: 'replace', post: 'member', person: fresh[2], replaces: replaced, reason: 'relieved' }] },
    );
  }
  const consolidated = consolidation !== 'none';
  if (!party) return { committees: [executive], consolidated };
  // the đảng bộ's UBKT, its chair the standing member, elected the same day
  const inspection: CommitteePlan = {
    org,
    kind: 'inspection',
    electedOn,
    ...recognised,
    seats: { inspection_chair: 1, inspection_member: 2 },
    holders: [{ person: third, post: 'inspection_chair' }, ...rest.slice(4, 6).map((person) => ({ person, post: 'inspection_member' as const }))],
    departures: [],
    decisions: [],
  };
  return { committees: [executive, inspection], consolidated };
}

/** The bloc's Ban Chấp hành and UBKT of 2020-2025, their 2022 departures and 2023 additions. */
function planBloc(r: Random, tree: DemoTree, plan: StoryPlan): CommitteePlan[] {
  const org = { id: tree.blocId, name: 'Đảng bộ Khối' };
  const recognised = { electedOn: BLOC_CONGRESS, decisionNumber: '1568-QĐ/TU', decisionDate: '2020-08-20' };
  const bch = plan.free.take(r, 33, officialBy(BLOC_CONGRESS));
  const [secretary, d1, d2, ...others] = bch;
  const standing = others.slice(0, 6);
  const members = others.slice(6);
  const ubkt = plan.free.take(r, 6, officialBy(BLOC_CONGRESS));
  const [added1, added2, addedUbkt] = plan.free.take(r, 3);
  const executive: CommitteePlan = {
    org,
    kind: 'executive',
    ...recognised,
    seats: { secretary: 1, deputy_secretary: 2, standing_member: 6, member: 24 },
    holders: [
      { person: secretary, post: 'secretary' },
      { person: d1, post: 'deputy_secretary' },
      { person: d2, post: 'deputy_secretary' },
      ...standing.map((person) => ({ person, post: 'standing_member' as const })),
      ...members.map((person) => ({ person, post: 'member' as const })),
    ],
    departures: [
      { person: members[3], reason: 'retired', number: '845-QĐ/TU', date: '2022-03-15', body: 'superior_standing_committee' },
      { person: members[11], reason: 'transferred', number: '1102-QĐ/TU', date: '2022-09-20', body: 'superior_standing_committee' },
    ],
    decisions: [
      {
        number: '2871-QĐ/TU',
        date: '2023-05-18',
        body: 'superior_standing_committee',
        items: [
          { mode: 'fill', post: 'member', person: added1 },
          { mode: 'fill', post: 'member', person: added2 },
        ],
      },
    ],
  };
  const inspection: CommitteePlan = {
    org,
    kind: 'inspection',
    ...recognised,
    seats: { inspection_chair: 1, inspection_deputy: 1, inspection_member: 5 },
    holders: [{ person: standing[0], post: 'inspection_chair' }, { person: ubkt[0], post: 'inspection_deputy' }, ...ubkt.slice(1).map((person) => ({ person, post: 'inspection_member' as const }))],
    departures: [{ person: ubkt[2], reason: 'transferred', number: '96-QĐ/ĐUK', date: '2022-11-08', body: 'own_committee' }],
    decisions: [{ number: '312-QĐ/ĐUK', date: '2023-07-20', body: 'own_committee', items: [{ mode: 'fill', post: 'inspection_member', person: addedUbkt }] }],
  };
  return [executive, inspection];
}

/** 44 grassroots organizations that existed at the 2020 congresses and stay all 2023: 24 consolidated (8 đảng bộ with three people, 4 đảng bộ and 12 chi bộ with two), 20 only elected. */
function planGrassrootsAll(r: Random, tree: DemoTree, plan: StoryPlan): CommitteePlan[] {
  const gone = new Set([...tree.dissolved, ...tree.handedOver].map((o) => o.id));
  // elected at the 2020 congresses: only organizations that existed by then (later ones elect at their first congress, not told here)
  const stays = (c: DemoOrg) => !gone.has(c.id) && c.establishedOn < '2020-04-06';
  const committees = tree.committees.filter(stays);
  const cells = tree.cells.filter(stays);
  const out: CommitteePlan[] = [];
  const fill = (pool: DemoOrg[], wanted: { kind: 'deputy' | 'three' | 'none'; count: number }[]) => {
    for (const w of wanted) {
      let done = 0;
      while (done < w.count) {
        const org = pool.shift();
        if (!org) throw new Error(`demo: not enough organizations with free members for the committees (${w.kind})`);
        const planned = planGrassroots(r, tree, plan, org, w.kind);
        if (planned === null) continue;
        // elected but too few left to consolidate it: it stays among the elected only
        out.push(...planned.committees);
        if (planned.consolidated || w.kind === 'none') done++;
      }
    }
  };
  fill(committees, [
    { kind: 'three', count: 8 },
    { kind: 'deputy', count: 4 },
    { kind: 'none', count: 10 },
  ]);
  fill(cells, [
    { kind: 'deputy', count: 12 },
    { kind: 'none', count: 10 },
  ]);
  return out;
}

async function record(api: DemoApi, c: CommitteePlan): Promise<void> {
  const { id } = await retryWhile(
    inFlight,
    () =>
      api.post<{ id: string }>('/cadre/committees', {
        orgId: c.org.id,
        kind: c.kind,
        term: TERM,
        electedOn: c.electedOn,
        decisionNumber: c.decisionNumber,
        decisionDate: c.decisionDate,
        seats: c.seats,
        holders: c.holders.map((h) => ({ personId: h.person.id, post: h.post })),
      }),
    300,
  );
  const changes = [
    ...c.departures.map((d) => ({ date: d.date, send: () => api.post(`/cadre/committees/${id}/departures`, { personId: d.person.id, reason: d.reason, decisionNumber: d.number, decisionDate: d.date, decidingBody: d.body }) })),
    ...c.decisions.map((d) => ({
      date: d.date,
      send: () =>
        api.post(`/cadre/committees/${id}/consolidations`, {
          decisionNumber: d.number,
          decisionDate: d.date,
          decidingBody: d.body,
          items: d.items.map((it) => ({ mode: it.mode, post: it.post, personId: it.person.id, ...(it.replaces ? { replacesPersonId: it.replaces.id, reason: it.reason } : {}) })),
        }),
    })),
  ].sort((a, b) => a.date.localeCompare(b.date));
  for (const change of changes) await retryWhile(inFlight, change.send);
}

export async function recordCommittees2023(api: DemoApi, r: Random, tree: DemoTree, plan: StoryPlan, log: (m: string) => void): Promise<void> {
  const committees = [...planBloc(r, tree, plan), ...planGrassrootsAll(r, tree, plan)];
  // the bloc's first: the longest wait for the cadre service to have caught up with membership
  await record(api, committees[0]);
  await inParallel(committees.slice(1), 4, (c) => record(api, c));
  const executive = committees.filter((c) => c.kind === 'executive').length;
  log(`nhiệm kỳ ${TERM}: ${executive} cấp ủy, ${committees.length - executive} ủy ban kiểm tra`);
  const summary = await api.get<{ text: { vi: string } }>('/cadre/consolidations/summary?year=2023');
  log(`2023: ${summary.text.vi}`);
}
