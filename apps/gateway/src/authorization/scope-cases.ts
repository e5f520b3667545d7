import { waitFor } from '@party/testing';
import type { ApiAs } from '../testing/gateway-harness';
import type { Tree, World } from '../testing/world';
import type { CaseRequest, Expected } from './route-cases';

/** What the written scope cases stand on, made once through the public API by the org board. */
export interface ScopeFixtures {
  world: World;
  tree: Tree;
  /** A fresh official member of `orgId` (cell1 inside the secretary's subtree, cb2 outside) on each call: a case's writes never disturb the next. */
  member(orgId: string): string;
  /** An internal transfer in transit from `orgId` (cell1 → cell2, or cb2 → another chi bộ cơ sở outside). */
  transferOf(orgId: string): string;
  /** A class the Board opened. */
  classId: string;
  /** A rating round of the whole bloc. */
  roundId: string;
}

const MEMBERS = 4;
const WHOLE_BLOC_TRAINING = 'training: a secretary enrolls and registers the people of their subtree; class-wide writes are the Board\'s';

/** `secretary`: a user scoped to `tree.db1`, to know when training's copy of the tree has the organizations. */
export async function makeScopeFixtures(world: World, tree: Tree, secretary: ApiAs): Promise<ScopeFixtures> {
  const pools = new Map<string, string[]>();
  for (const orgId of [tree.cell1, tree.cb2]) pools.set(orgId, await Promise.all(Array.from({ length: MEMBERS }, () => world.member({ orgId }))));
  const cb3 = await world.org({ kind: 'grassroots_cell', parentId: tree.bloc });
  const transfers = new Map<string, string>();
  for (const [from, to] of [[tree.cell1, tree.cell2], [tree.cb2, cb3]]) {
    const mover = await world.member({ orgId: from });
    transfers.set(from, (await world.api.post('/transfers/internal', { personId: mover, toOrgId: to, letterNumber: world.number('GGT'), departedOn: '2024-02-01' }).expect(201)).body.id);
  }
  const cls = (await world.api.post('/training/classes', { courseTypeCode: 'nhan-thuc-ve-dang', title: world.number('Lớp'), openedOn: '2024-03-01' }).expect(201)).body;
  const round = (await world.api.post('/rating/rounds', { year: 2019, deadlines: { selfRating: '2019-12-10', proposal: '2019-12-15', decision: '2019-12-25' } }).expect(201)).body;
  // training judges scope on its own copy of the tree, which arrives over JetStream: in scope once it has cell2
  let last = '';
  await waitFor(
    async () => {
      const res = await secretary.get(`/training/registrations?forYear=2024&orgId=${tree.cell2}`);
      last = `${res.status} ${JSON.stringify(res.body).slice(0, 200)}`;
      return res.status === 200;
    },
    { what: "training's copy of the tree" },
  ).catch((err) => {
    throw new Error(`${(err as Error).message}: ${last}`);
  });
  const next = new Map<string, number>();
  const take = <T>(map: Map<string, T>, orgId: string): T => {
    if (!map.has(orgId)) throw new Error(`no fixture for organization ${orgId}`);
    return map.get(orgId) as T;
  };
  return {
    world,
    tree,
    member: (orgId) => {
      const n = next.get(orgId) ?? 0;
      next.set(orgId, n + 1);
      return take(pools, orgId)[n % MEMBERS];
    },
    transferOf: (orgId) => take(transfers, orgId),
    classId: cls.id,
    roundId: round.id,
  };
}

export interface ScopeCase {
  /** The request naming `orgId` (inside or outside the scope), valid but for the scope. */
  request(f: ScopeFixtures, orgId: string): CaseRequest;
  /** What the scoped role gets inside its subtree; 'valid' (not refused, not a 400) unless the route is whole-bloc work. */
  inScope?: Expected;
  /** Why a scoped role is refused even inside its subtree. */
  why?: string;
}

/** Routes a scoped role is refused even inside its subtree, with the reason (the matrix expects 403). */
export const WHOLE_BLOC_ONLY: Readonly<Record<string, string>> = {
  'training.class.update': WHOLE_BLOC_TRAINING,
  'training.class.commitResultsUpload': WHOLE_BLOC_TRAINING,
};

/**
 * Routes whose out-of-scope answer is not yet 403, with what they answer now and why it is written
 * down instead of failing: the matrix expects exactly that answer, so fixing the route fails here
 * until the entry goes. Each is reported to the route's owner.
 */
export const KNOWN_SCOPE_GAPS: Readonly<Record<string, { outOfScope: number; note: string }>> = {};

const person = (f: ScopeFixtures) => {
  const { citizenId, fullName, dateOfBirth } = f.world.personFields();
  return { citizenId, fullName, dateOfBirth };
};

/**
 * Routes that name an organization in a body or beside another entity's id: the request is written
 * here, valid in every other respect so that only the scope can refuse it. A new such route fails
 * the matrix until it has its case.
 */
export const SCOPE_CASES: Record<string, ScopeCase> = {
  'membership.person.create': { request: (f, orgId) => ({ method: 'POST', url: 'people', body: f.world.personFields({ orgId }) }) },
  'membership.member.registerExisting': {
    request: (f, orgId) => ({ method: 'POST', url: 'members/existing', body: { ...f.world.personFields({ orgId }), admissionDecisionDate: '2005-03-01', ceremonyDate: '2005-03-20', officialDate: '2006-03-20' } }),
  },
  'membership.transfer.in': {
    request: (f, orgId) => ({
      method: 'POST',
      url: 'transfers/in',
      body: {
        person: { ...f.world.personFields(), admissionDecisionDate: '2005-03-01', ceremonyDate: '2005-03-20', officialDate: '2006-03-20' },
        fromCommittee: 'Đảng bộ tỉnh Bắc Ninh',
        toOrgId: orgId,
        letterNumber: f.world.number('GGT'),
        issuedOn: '2024-02-01',
        arrivedOn: '2024-02-05',
      },
    }),
  },
  // a transfer's scope is its member's organization (the sending side starts it, to anywhere in the bloc)
  'membership.transfer.startInternal': {
    request: (f, orgId) => ({ method: 'POST', url: 'transfers/internal', body: { personId: f.member(orgId), toOrgId: f.tree.cell2, letterNumber: f.world.number('GGT'), departedOn: '2024-02-01' } }),
  },
  'membership.transfer.startTemporary': {
    request: (f, orgId) => ({ method: 'POST', url: 'transfers/temporary', body: { personId: f.member(orgId), toCommittee: 'Đảng bộ Tổng công ty', purpose: 'work', letterNumber: f.world.number('GGT'), startOn: '2024-02-01', untilOn: '2024-08-01' } }),
  },
  // the letter may pass through any committee: the scope is the transfer's
  'membership.transfer.recordHop': { request: (f, orgId) => ({ method: 'POST', url: `transfers/${f.transferOf(orgId)}/hops`, body: { viaOrgId: f.tree.db1, receivedOn: '2024-02-02' } }) },
  'membership.rating.openRound': {
    request: (_f, orgId) => ({ method: 'POST', url: 'rating/rounds', body: { year: 2020, scopeOrgId: orgId, deadlines: { selfRating: '2020-12-10', proposal: '2020-12-15', decision: '2020-12-25' } } }),
  },
  'membership.rating.subjects': { request: (f, orgId) => ({ method: 'GET', url: `rating/rounds/${f.roundId}/subjects?orgId=${orgId}` }) },
  'membership.rating.summary': { request: (f, orgId) => ({ method: 'GET', url: `rating/rounds/${f.roundId}/summary?orgId=${orgId}` }) },
  'training.class.open': {
    request: (f, orgId) => ({ method: 'POST', url: 'training/classes', body: { courseTypeCode: 'nhan-thuc-ve-dang', title: f.world.number('Lớp'), openedOn: '2024-03-01', servedOrgIds: [orgId] } }),
    inScope: 403,
    why: WHOLE_BLOC_TRAINING,
  },
  'training.class.update': { request: (f, orgId) => ({ method: 'PATCH', url: `training/classes/${f.classId}`, body: { servedOrgIds: [orgId] } }), inScope: 403, why: WHOLE_BLOC_TRAINING },
  'training.enrollment.enroll': { request: (f, orgId) => ({ method: 'POST', url: `training/classes/${f.classId}/enrollments`, body: { person: person(f), orgId } }) },
  'training.registration.make': {
    request: (f, orgId) => ({ method: 'POST', url: 'training/registrations', body: { courseTypeCode: 'nhan-thuc-ve-dang', forYear: 2024, person: person(f), registeredOn: '2024-01-15', orgId } }),
  },
  'training.sending.make': {
    request: (f, orgId) => ({ method: 'POST', url: 'training/sendings', body: { courseTypeCode: 'trung-cap-llct', person: person(f), sentOn: '2024-01-15', institution: 'Trường Chính trị tỉnh', orgId } }),
    inScope: 403,
    why: 'training: sending people to a political school is the Board\'s',
  },
  'training.person.lacking': { request: (_f, orgId) => ({ method: 'POST', url: 'training/people/lacking', body: { orgId, courseTypeCode: 'nhan-thuc-ve-dang' } }) },
};
