import { randomInt } from 'node:crypto';
import { waitFor } from '@party/testing';
import type { ApiAs, TestGateway } from './gateway-harness';

/**
 * A test builds its own world through the public API, as immich's medium tests do with
 * `ctx.newUser()`: `world.org()`, `world.member()`, `world.candidate()`, `world.certify()`…
 * Every call makes fresh data (its own citizen ID, its own decision numbers), so a test never
 * depends on what another test made or on the order they run in. What a test asserts on (a
 * name, a date, a certificate number) it passes in; the rest is made up here.
 */
export interface OrgInput {
  kind: 'bloc_committee' | 'grassroots_committee' | 'grassroots_cell' | 'dependent_cell' | 'sub_committee' | string;
  name?: string;
  parentId?: string | null;
  effectiveOn?: string;
  decisionNumber?: string;
}

/** The usual bloc: a đảng bộ cơ sở with its chi bộ trực thuộc, and a chi bộ cơ sở beside it. */
export interface Tree {
  bloc: string;
  /** Đảng bộ Công ty Điện lực, under the bloc. */
  db1: string;
  /** Chi bộ Phòng Kỹ thuật, trực thuộc db1. */
  cell1: string;
  /** Chi bộ Công ty Xây lắp (cơ sở), under the bloc; absent with `cb2: false`. */
  cb2: string;
  /** Chi bộ Phòng Kinh doanh, trực thuộc db1; only with `cell2: true`. */
  cell2: string;
}

export interface PersonInput {
  fullName?: string;
  dateOfBirth?: string;
  gender?: 'male' | 'female';
  orgId?: string;
  [field: string]: unknown;
}

export interface MemberInput extends PersonInput {
  orgId: string;
  /**
   * The admission decision. With no dates at all: the books' usual member, decided 2005-03-01,
   * ceremony 2005-03-20, official 2006-03-20. With `admittedOn`: the ceremony that day unless given.
   */
  admittedOn?: string;
  /** `null` = not recorded. */
  ceremonyDate?: string | null;
  /** A year after the ceremony (the decision without one) unless given; `null` = still probationary. */
  officialDate?: string | null;
}

export interface CandidateInput extends PersonInput {
  orgId: string;
  /** Two official members who introduce the candidate (the first also mentors). */
  introducers: [string, string];
  /** The chi bộ's vote. */
  voteDate: string;
  /** The nomination; listed, vetted in the same year. The January of the year before the vote unless given. */
  nominatedOn?: string;
  votes?: { officialMembers: number; votesFor: number };
}

export interface ProbationerInput extends PersonInput {
  orgId: string;
  introducers: [string, string];
  /** The ceremony; probation runs 12 months from it. The pipeline (and the vote, on 1 December) is in the year before. */
  ceremonyDate: string;
}

export interface UserInput {
  roles: string[];
  orgScopeId?: string | null;
  username?: string;
  fullName?: string;
  password?: string;
}

/** How the world knows the service under test has taken in what another service published. */
export interface WorldHooks {
  /** The certificate the training service issued is in this service's copy. */
  certificateSeen?(personId: string, certificateNumber: string): Promise<boolean>;
}

/** The password of every user the world makes unless told otherwise. */
export const TEST_USER_PASSWORD = 'BiThu2023';

let worldSeq = 0;

export class World {
  /** Citizen IDs unique across test files and runs: a random 6-digit block per world, a counter inside. */
  private readonly idBase = randomInt(100_000, 999_999) * 1_000_000;
  private seq = 0;
  /** Digits only, so a made-up name never matches a search for letters. */
  private readonly tag = `${process.pid}${++worldSeq}`;
  private adminToken?: Promise<string>;
  /** The organization of each person this world recorded: where training counts their certificate. */
  private readonly orgOf = new Map<string, string>();

  constructor(
    private readonly gw: Pick<TestGateway, 'as' | 'login'>,
    /** Who makes the world: the org board unless the stack says otherwise. */
    readonly api: ApiAs,
    private readonly hooks: WorldHooks = {},
  ) {}

  private next(): number {
    return ++this.seq;
  }

  /** A decision number no other call of any world repeats. */
  number(prefix: string): string {
    return `${prefix} ${this.tag}-${this.next()}`;
  }

  async org(input: OrgInput): Promise<string> {
    const { kind, name = `${kind} ${this.tag}-${this.next()}`, parentId = null, effectiveOn = '2000-01-01', decisionNumber = this.number('QĐ') } = input;
    return (await this.api.post('/orgs', { kind, name, parentId, effectiveOn, decisionNumber }).expect(201)).body.id as string;
  }

  /** The usual bloc (see `Tree`), every organization established on `effectiveOn`. */
  async tree(input: { effectiveOn?: string; cb2?: boolean; cell2?: boolean } = {}): Promise<Tree> {
    const { effectiveOn = '2000-01-01', cb2 = true, cell2 = false } = input;
    const org = (kind: string, name: string, parentId: string | null) => this.org({ kind, name, parentId, effectiveOn, decisionNumber: `QĐ ${name}` });
    const bloc = await org('bloc_committee', 'Đảng bộ Khối', null);
    const db1 = await org('grassroots_committee', 'Đảng bộ Công ty Điện lực', bloc);
    const tree = { bloc, db1, cell1: await org('dependent_cell', 'Chi bộ Phòng Kỹ thuật', db1) } as Tree;
    if (cell2) tree.cell2 = await org('dependent_cell', 'Chi bộ Phòng Kinh doanh', db1);
    if (cb2) tree.cb2 = await org('grassroots_cell', 'Chi bộ Công ty Xây lắp', bloc);
    return tree;
  }

  /** The identity fields of a new person (not yet written). */
  personFields(input: PersonInput = {}): Record<string, unknown> {
    const n = this.next();
    return {
      fullName: `Người Thử ${this.tag}-${n}`,
      dateOfBirth: '1980-05-05',
      gender: 'male',
      citizenId: String(this.idBase + n).padStart(12, '0'),
      ethnicity: 'kinh',
      religion: 'none',
      hometown: 'Hà Nội',
      generalEducation: '12/12',
      ...input,
    };
  }

  /** A person who is not a member (masses): the start of a candidate. */
  async person(input: PersonInput & { orgId: string }): Promise<string> {
    const id = (await this.api.post('/people', this.personFields(input)).expect(201)).body.id as string;
    this.orgOf.set(id, input.orgId);
    return id;
  }

  /** A member recorded from the books (history, never an admission of the year). */
  async member(input: MemberInput): Promise<string> {
    const { admittedOn, ceremonyDate, officialDate, ...person } = input;
    const decided = admittedOn ?? '2005-03-01';
    const ceremony = ceremonyDate !== undefined ? ceremonyDate : admittedOn ? admittedOn : '2005-03-20';
    const from = ceremony ?? decided;
    const official = officialDate !== undefined ? officialDate : `${Number(from.slice(0, 4)) + 1}${from.slice(4)}`;
    const body = { ...this.personFields(person), admissionDecisionDate: decided, ceremonyDate: ceremony, ...(official ? { officialDate: official } : {}) };
    const id = (await this.api.post('/members/existing', body).expect(201)).body.id as string;
    this.orgOf.set(id, input.orgId);
    return id;
  }

  /** A candidate ready for the vote: nominated, listed with a mentor, vetted, introduced, resolution passed. */
  async candidate(input: CandidateInput): Promise<{ personId: string; candidateId: string }> {
    const { introducers, voteDate, nominatedOn, votes = { officialMembers: 9, votesFor: 8 }, ...person } = input;
    const year = nominatedOn ? Number(nominatedOn.slice(0, 4)) : Number(voteDate.slice(0, 4)) - 1;
    const personId = await this.person(person);
    const c = (await this.api.post('/candidates', { personId, nominatedBy: 'youth-union', nominatedOn: nominatedOn ?? `${year}-01-10` }).expect(201)).body;
    await this.api.post(`/candidates/${c.id}/sympathizer`, { listedOn: `${year}-02-01`, mentorPersonId: introducers[0] }).expect(200);
    await this.api.post(`/candidates/${c.id}/vetting`, { status: 'concluded', concludedOn: `${year}-06-01` }).expect(200);
    await this.api
      .post(`/candidates/${c.id}/introducers`, { introducers: introducers.map((id) => ({ kind: 'party_member', personId: id, togetherSince: `${year - 2}-01-01` })) })
      .expect(200);
    await this.api.post(`/candidates/${c.id}/resolution`, { voteDate, resolutionNumber: this.number('NQ'), ...votes }).expect(200);
    return { personId, candidateId: c.id as string };
  }

  /**
   * A certificate through the real training service: a class of the course type, the enrollment,
   * completion. Resolves once the service under test has it (`WorldHooks.certificateSeen`).
   */
  async certify(personId: string, courseTypeCode: string, issuedOn: string, certificateNumber = this.number('CN')): Promise<string> {
    const cls = (await this.api.post('/training/classes', { courseTypeCode, title: `Lớp ${courseTypeCode} ${certificateNumber}`, openedOn: `${issuedOn.slice(0, 8)}01` }).expect(201)).body;
    // named, not left to training's copy of membership's records, which may not have the person yet
    const orgId = this.orgOf.get(personId) ?? null;
    const enrollment = (await this.api.post(`/training/classes/${cls.id}/enrollments`, { person: { personId }, orgId }).expect(201)).body;
    await this.api.post(`/training/enrollments/${enrollment.id}/completion`, { completedOn: issuedOn, result: 'passed', certificateNumber }).expect(200);
    const seen = this.hooks.certificateSeen;
    if (seen) await this.caughtUp(() => seen(personId, certificateNumber), `certificate ${certificateNumber}`);
    return certificateNumber;
  }

  /** Admits a ready candidate; the ceremony on `ceremonyDate`. Answers the admission. */
  async admit(c: { candidateId: string }, input: { voteDate: string; decisionDate: string; ceremonyDate?: string }): Promise<Record<string, unknown>> {
    return (await this.api.post('/admissions', { candidateId: c.candidateId, decisionNumber: this.number('QĐ-KN'), ...input }).expect(201)).body;
  }

  /**
   * A probationary member admitted through the real pipeline (candidate, nhận thức về Đảng
   * certificate, admission) with the ceremony on `ceremonyDate`: the pipeline runs in the year
   * before, the vote on 1 December, the decision on 15 December.
   */
  async probationer(input: ProbationerInput): Promise<string> {
    const { ceremonyDate, ...person } = input;
    const year = Number(ceremonyDate.slice(0, 4)) - 1;
    const voteDate = `${year}-12-01`;
    const c = await this.candidate({ dateOfBirth: '1995-01-01', ...person, voteDate, nominatedOn: `${year}-01-10` });
    await this.certify(c.personId, 'nhan-thuc-ve-dang', `${year}-10-10`);
    await this.admit(c, { voteDate, decisionDate: `${year}-12-15`, ceremonyDate });
    return c.personId;
  }

  /** A user made by the admin, logged in: answers their token. */
  async user(input: UserInput): Promise<string> {
    const n = this.next();
    const { roles, orgScopeId = null, username = `user.${this.tag}-${n}`, fullName = `Người Dùng ${n}`, password = TEST_USER_PASSWORD } = input;
    this.adminToken ??= this.gw.login('admin');
    await this.gw.as(await this.adminToken).post('/admin/users', { username, fullName, password, roles, orgScopeId }).expect(201);
    return this.gw.login(username, password);
  }

  /** A secretary whose scope is `orgScopeId`'s subtree, logged in: answers their token. */
  secretary(orgScopeId: string, input: Partial<UserInput> = {}): Promise<string> {
    return this.user({ fullName: 'Lê Thị Hoa', ...input, roles: ['secretary'], orgScopeId });
  }

  /** Waits until an asynchronous consumer has caught up (what it should see is the probe). */
  caughtUp(probe: () => Promise<boolean> | boolean, what = 'the consumers to catch up'): Promise<boolean> {
    return waitFor(probe, { what });
  }
}
