import { randomInt } from 'node:crypto';
import { waitFor } from '@party/testing';
import type { ApiAs } from './gateway-harness';

/**
 * A test builds its own world through the public API, as immich's medium tests do with
 * `ctx.newUser()`: `world.org()`, `world.member()`, `world.candidate()`, `world.certify()`…
 * Every call makes fresh data (its own citizen ID, its own decision numbers), so a test never
 * depends on what another test made or on the order they run in.
 */
export interface OrgInput {
  kind: 'bloc_committee' | 'grassroots_committee' | 'grassroots_cell' | 'dependent_cell' | 'sub_committee' | string;
  name?: string;
  parentId?: string | null;
  effectiveOn?: string;
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
  /** Admission decision; the ceremony is the same day unless given, official a year after. */
  admittedOn?: string;
  ceremonyDate?: string;
  /** `null` = still probationary. */
  officialDate?: string | null;
}

export interface CandidateInput extends PersonInput {
  orgId: string;
  /** Two official members who introduce the candidate (the first also mentors). */
  introducers: [string, string];
  /** The chi bộ's vote; the candidate is nominated, listed, vetted and introduced the year before. */
  voteDate: string;
  votes?: { officialMembers: number; votesFor: number };
}

export interface Certifier {
  /** A certificate of `courseTypeCode` issued on `issuedOn`, through the real training service; resolves once `seen()` says the consumer has it. */
  certify(personId: string, courseTypeCode: string, issuedOn: string, seen: (certificateNumber: string) => Promise<boolean>): Promise<string>;
}

let worldSeq = 0;

export class World {
  /** Citizen IDs unique across test files and runs: a random 6-digit block per world, a counter inside. */
  private readonly idBase = randomInt(100_000, 999_999) * 1_000_000;
  private seq = 0;
  private readonly tag = `${process.pid.toString(36)}${(++worldSeq).toString(36)}`;

  constructor(readonly api: ApiAs) {}

  private next(): number {
    return ++this.seq;
  }

  /** A decision number no other call of any world repeats. */
  number(prefix: string): string {
    return `${prefix} ${this.tag}-${this.next()}`;
  }

  async org(input: OrgInput): Promise<string> {
    const name = input.name ?? `${input.kind} ${this.tag}-${this.next()}`;
    const res = await this.api.post('/orgs', { kind: input.kind, name, parentId: input.parentId ?? null, effectiveOn: input.effectiveOn ?? '2000-01-01', decisionNumber: this.number('QĐ') }).expect(201);
    return res.body.id as string;
  }

  /** The identity fields of a new person (not yet written). */
  personFields(input: PersonInput = {}): Record<string, unknown> {
    const n = this.next();
    return {
      fullName: input.fullName ?? `Nguyễn Văn Thử ${this.tag}-${n}`,
      dateOfBirth: input.dateOfBirth ?? '1980-05-05',
      gender: input.gender ?? 'male',
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
    return (await this.api.post('/people', this.personFields(input)).expect(201)).body.id as string;
  }

  /** A member recorded from the books (history, never an admission of the year). */
  async member(input: MemberInput): Promise<string> {
    const { admittedOn = '2005-03-01', ceremonyDate, officialDate, ...person } = input;
    const ceremony = ceremonyDate ?? admittedOn;
    const official = officialDate === undefined ? `${Number(ceremony.slice(0, 4)) + 1}${ceremony.slice(4)}` : officialDate;
    const body = { ...this.personFields(person), admissionDecisionDate: admittedOn, ceremonyDate: ceremony, ...(official ? { officialDate: official } : {}) };
    return (await this.api.post('/members/existing', body).expect(201)).body.id as string;
  }

  /** A candidate ready for the vote: nominated, listed with a mentor, vetted, introduced, resolution passed. */
  async candidate(input: CandidateInput): Promise<{ personId: string; candidateId: string }> {
    const { introducers, voteDate, votes = { officialMembers: 9, votesFor: 8 }, ...person } = input;
    const year = Number(voteDate.slice(0, 4)) - 1;
    const personId = await this.person(person);
    const c = (await this.api.post('/candidates', { personId, nominatedBy: 'youth-union', nominatedOn: `${year}-01-10` }).expect(201)).body;
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
   * completion. `seen` tells when the consumer that needs it (membership's copy) has it.
   */
  async certify(personId: string, courseTypeCode: string, issuedOn: string, seen?: (certificateNumber: string) => Promise<boolean>): Promise<string> {
    const certificateNumber = this.number('CN');
    const cls = (await this.api.post('/training/classes', { courseTypeCode, title: `Lớp ${courseTypeCode} ${certificateNumber}`, openedOn: `${issuedOn.slice(0, 8)}01` }).expect(201)).body;
    const enr = (await this.api.post(`/training/classes/${cls.id}/enrollments`, { person: { personId } }).expect(201)).body;
    await this.api.post(`/training/enrollments/${enr.enrollmentId ?? enr.id}/completion`, { completedOn: issuedOn, result: 'passed', certificateNumber }).expect(200);
    if (seen) await this.caughtUp(() => seen(certificateNumber), `certificate ${certificateNumber}`);
    return certificateNumber;
  }

  /** Admits a ready candidate; the ceremony on `ceremonyDate`. */
  async admit(c: { candidateId: string }, input: { voteDate: string; decisionDate: string; ceremonyDate?: string }): Promise<void> {
    await this.api.post('/admissions', { candidateId: c.candidateId, decisionNumber: this.number('QĐ-KN'), ...input }).expect(201);
  }

  /** Waits until an asynchronous consumer has caught up (what it should see is the probe). */
  caughtUp(probe: () => Promise<boolean> | boolean, what = 'the consumers to catch up'): Promise<boolean> {
    return waitFor(probe, { what });
  }
}

export const newWorld = (api: ApiAs): World => new World(api);
