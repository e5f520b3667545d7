import { ApiError, DemoApi, retryWhile } from '../api';
import { onWeekday } from '../dates';
import { Random } from '@party/testing';
import { DemoOrg, DemoTree } from './organizations';
import { StoryPlan } from './plan';
import { OpeningMember } from './roster';

/**
 * The Organization Board's cadre planning (reference report, 2023: "Rà soát bổ sung quy hoạch cấp
 * ủy, cán bộ cấp ủy trong toàn Đảng bộ Khối, nhiệm kỳ 2020-2025 và 2025-2030 … Triển khai việc lấy
 * phiếu tín nhiệm đối với các chức danh Bí thư, Phó Bí thư, Ủy viên Ban Thường vụ Đảng ủy Khối …
 * theo Quy định số 96-QĐ/TW"), through the public API as `bantochuc`:
 * - the 2025-2030 plans approved in the autumn of 2022: the bloc's key posts and those of twelve
 *   đảng bộ cơ sở (Quy định 50-QĐ/TW: at most 3 people a post, ages allowing a whole term);
 * - the 2023 review, one decision over both terms: two people out, their places filled, additions
 *   to the current term's plans;
 * - the 2023 confidence votes on the bloc's Secretary, Deputy Secretaries and Standing Committee
 *   members by its Executive Committee, and one at a đảng bộ cơ sở with more than 1/2 low, left
 *   for the Standing Committee to decide (its worklist is not empty in the demo).
 * The people are members who stay in the bloc all year (`plan.free`). A vote is for the holder of
 * the post on its day: the holders are read from the committees the story recorded; when it
 * recorded none (this chapter told alone), the committees voted on are elected here first.
 */
const PLAN_2025 = { bloc: { number: '156-QĐ/ĐUK', date: '2022-10-14' }, grassroots: '2022-11-' } as const;
const REVIEW = {
  title: 'Rà soát bổ sung quy hoạch cấp ủy, cán bộ cấp ủy trong toàn Đảng bộ Khối, nhiệm kỳ 2020-2025 và 2025-2030',
  decisionNumber: '318-QĐ/ĐUK',
  decidedOn: '2023-11-17',
};
const VOTES_ON = '2023-11-24';
const VOTES_PLAN = 'Kế hoạch số 41-KH/ĐUK ngày 02/10/2023 của Ban Thường vụ Đảng ủy Khối';
const TROUBLED_ON = '2023-12-05';
/** The congresses of 2020-2025, when this chapter elects what the committees chapter did not record. */
const CONGRESS = { bloc: { electedOn: '2020-08-12', decisionNumber: '1568-QĐ/TU', decisionDate: '2020-08-20' }, grassroots: { electedOn: '2020-05-15', decisionDate: '2020-05-25' } } as const;
const officialBy = (date: string) => (m: OpeningMember) => m.officialDate <= date;

/** Born so that a man can still work the whole term 2025-2030 (the rule uses a man's retirement age when the sex is not known), and not too young to lead. */
const cadreAge = (m: OpeningMember) => m.dateOfBirth >= '1968-01-01' && m.dateOfBirth <= '1990-12-31';

/** The cadre service copies people and organizations from membership's stream: one recorded a moment ago may still be on its way. */
const inFlight = (err: ApiError) =>
  err.status === 422 && /not in the membership records|No such party organization/.test(`${err.body?.message?.en ?? ''} ${(err.body?.fields ?? []).map((f: { en: string }) => f.en).join(' ')}`);

interface Holder {
  personId: string;
  post: 'secretary' | 'deputy_secretary' | 'standing_member';
}

/** The bloc's Secretary, Deputies and Standing Committee members on the vote's day, as the committees chapter recorded them; none when it did not. */
async function blocHolders(api: DemoApi, blocId: string): Promise<Holder[]> {
  try {
    const page = await api.get<{ items: { orgId: string; kind: string; post: string; person: { personId: string } }[] }>(`/cadre/committee-holders?orgId=${blocId}&kind=executive&asOf=${VOTES_ON}&pageSize=500`);
    return page.items
      .filter((h) => h.orgId === blocId && ['secretary', 'deputy_secretary', 'standing_member'].includes(h.post))
      .map((h) => ({ personId: h.person.personId, post: h.post as Holder['post'] }));
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) return [];
    throw err;
  }
}

/** The đảng bộ cơ sở of `candidates` whose secretary is recorded on `on`, the last one first; none when the committees chapter recorded none of them. */
async function grassrootsSecretaries(api: DemoApi, candidates: DemoOrg[], on: string): Promise<{ org: DemoOrg; personId: string }[]> {
  const page = await api.get<{ items: { orgId: string; kind: string; post: string; person: { personId: string } }[] }>(`/cadre/committee-holders?kind=executive&post=secretary&asOf=${on}&pageSize=500`);
  const secretaryOf = new Map(page.items.filter((h) => h.kind === 'executive' && h.post === 'secretary').map((h) => [h.orgId, h.person.personId]));
  return [...candidates].reverse().flatMap((org) => {
    const personId = secretaryOf.get(org.id);
    return personId ? [{ org, personId }] : [];
  });
}

/** An executive committee of 2020-2025 with these holders, for a vote when the committees chapter did not record one. */
function elect(api: DemoApi, orgId: string, congress: { electedOn: string; decisionNumber: string; decisionDate: string }, holders: Holder[]): Promise<unknown> {
  return retryWhile(inFlight, () => api.post('/cadre/committees', { orgId, kind: 'executive', term: '2020-2025', ...congress, holders }));
}

export async function recordPlanning2023(api: DemoApi, r: Random, tree: DemoTree, plan: StoryPlan, log: (m: string) => void): Promise<void> {
  const gone = new Set([...tree.dissolved, ...tree.handedOver].map((o) => o.id));
  const committees = tree.committees.filter((c) => !gone.has(c.id)).slice(-12);
  const unitsOf = (c: DemoOrg) => new Set(tree.dependentCells.filter((d) => d.parentId === c.id).map((d) => d.id));
  const take = (n: number, where: (m: OpeningMember) => boolean = () => true) => plan.free.take(r, n, (m) => cadreAge(m) && where(m));
  const planPost = (orgId: string, committeeKind: 'executive' | 'inspection', post: string, people: OpeningMember[], decisionNumber: string, decidedOn: string, seconds?: number) =>
    retryWhile(inFlight, () => api.post<{ ids: string[] }>('/cadre/planning/entries', { orgId, committeeKind, post, term: '2025-2030', personIds: people.map((m) => m.id), decisionNumber, decidedOn }), seconds);

  // ---- 2025-2030 plans, approved in the autumn of 2022
  const blocPlan = { secretary: take(2), deputy_secretary: take(3), standing_member: take(3), inspection_chair: take(2) };
  for (const [i, [post, people]] of Object.entries(blocPlan).entries()) {
    // the first: the longest wait for the cadre service to have caught up with membership (this chapter told alone)
    await planPost(tree.blocId, post === 'inspection_chair' ? 'inspection' : 'executive', post, people, PLAN_2025.bloc.number, PLAN_2025.bloc.date, i === 0 ? 300 : undefined);
  }
  const grassrootsPlans: { org: DemoOrg; deputies: string[] }[] = [];
  for (const [i, org] of committees.entries()) {
    const units = unitsOf(org);
    const mine = (n: number) => take(n, (m) => units.has(m.orgId));
    const number = `${160 + i}-QĐ/ĐUK`;
    const on = onWeekday(`${PLAN_2025.grassroots}${String(7 + i).padStart(2, '0')}`);
    await planPost(org.id, 'executive', 'secretary', mine(2), number, on);
    const deputies = await planPost(org.id, 'executive', 'deputy_secretary', mine(2), number, on);
    await planPost(org.id, 'inspection', 'inspection_chair', mine(1), number, on);
    grassrootsPlans.push({ org, deputies: deputies.ids });
  }
  log(`quy hoạch nhiệm kỳ 2025-2030: 10 đồng chí cho 4 chức danh chủ chốt của Đảng ủy Khối, ${committees.length} đảng bộ cơ sở (bí thư, phó bí thư, chủ nhiệm UBKT)`);

  // ---- the 2023 review over both terms
  const out = grassrootsPlans.slice(0, 2);
  const current = committees.slice(2, 6);
  const additions = [
    ...out.map(({ org }) => ({ orgId: org.id, term: '2025-2030', committeeKind: 'executive', post: 'deputy_secretary', personId: take(1, (m) => unitsOf(org).has(m.orgId))[0].id })),
    ...current.map((org) => ({ orgId: org.id, term: '2020-2025', committeeKind: 'executive', post: 'deputy_secretary', personId: take(1, (m) => unitsOf(org).has(m.orgId))[0].id })),
    ...take(2).map((m) => ({ orgId: tree.blocId, term: '2020-2025', committeeKind: 'executive', post: 'standing_member', personId: m.id })),
  ];
  const removals = [
    { entryId: out[0].deputies[0], reason: 'Hạn chế về năng lực, sức khỏe, không đáp ứng yêu cầu của chức danh quy hoạch' },
    { entryId: out[1].deputies[1], reason: 'Theo nguyện vọng cá nhân, xin ra khỏi quy hoạch' },
  ];
  await retryWhile(inFlight, () => api.post('/cadre/planning/reviews', { orgId: tree.blocId, terms: ['2020-2025', '2025-2030'], ...REVIEW, removals, additions }));
  log(`2023: rà soát bổ sung quy hoạch nhiệm kỳ 2020-2025 và 2025-2030 (${REVIEW.decisionNumber}): ${removals.length} đưa ra, ${additions.length} bổ sung`);

  // ---- the 2023 confidence votes (Quy định 96-QĐ/TW), by the bloc's Executive Committee
  let holders = await blocHolders(api, tree.blocId);
  if (!holders.length) {
    const posts: Holder['post'][] = ['secretary', 'deputy_secretary', 'deputy_secretary', ...Array<Holder['post']>(6).fill('standing_member')];
    holders = take(posts.length, officialBy(CONGRESS.bloc.electedOn)).map((m, i) => ({ personId: String(m.id), post: posts[i] }));
    await elect(api, tree.blocId, CONGRESS.bloc, holders);
  }
  for (const h of holders) {
    const low = r.int(0, 2);
    const normal = r.int(1, 6);
    await retryWhile(inFlight, () =>
      api.post('/cadre/confidence-votes', {
        personId: h.personId,
        orgId: tree.blocId,
        committeeKind: 'executive',
        post: h.post,
        heldOn: VOTES_ON,
        votingBody: 'Ban Chấp hành Đảng bộ Khối',
        reference: VOTES_PLAN,
        summoned: 33,
        attended: 31,
        high: 31 - normal - low,
        normal,
        low,
      }),
    );
  }
  // a đảng bộ cơ sở's secretary with more than half low confidence, the one holding the post that day: the Standing Committee's to decide
  const elected = tree.committees.filter((c) => !gone.has(c.id) && c.establishedOn < CONGRESS.grassroots.electedOn);
  let [troubled] = await grassrootsSecretaries(api, elected, TROUBLED_ON);
  if (!troubled) {
    const orgOfUnit = new Map(elected.flatMap((c) => [...unitsOf(c)].map((u) => [u, c] as const)));
    const [secretary] = take(1, (m) => orgOfUnit.has(m.orgId) && officialBy(CONGRESS.grassroots.electedOn)(m));
    const org = orgOfUnit.get(secretary.orgId) as DemoOrg;
    await elect(api, org.id, { ...CONGRESS.grassroots, decisionNumber: '412-QĐ/ĐUK' }, [{ personId: String(secretary.id), post: 'secretary' }]);
    troubled = { org, personId: String(secretary.id) };
  }
  await retryWhile(inFlight, () =>
    api.post('/cadre/confidence-votes', {
      personId: troubled.personId,
      orgId: troubled.org.id,
      committeeKind: 'executive',
      post: 'secretary',
      heldOn: TROUBLED_ON,
      votingBody: `Ban Chấp hành ${troubled.org.name}`,
      reference: VOTES_PLAN,
      summoned: 13,
      attended: 12,
      high: 2,
      normal: 3,
      low: 7,
    }),
  );
  log(`2023: lấy phiếu tín nhiệm ${holders.length} chức danh Bí thư, Phó Bí thư, Ủy viên Ban Thường vụ Đảng ủy Khối; 1 bí thư đảng bộ cơ sở có trên 1/2 phiếu tín nhiệm thấp chờ Ban Thường vụ xem xét`);
}
