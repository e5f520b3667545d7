import { Injectable } from '@nestjs/common';
import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { z } from 'zod';
import { assertPermission } from '@party/auth';
import {
  CandidateIntroducersRecorded,
  CandidateNominated,
  CandidateResolutionPassed,
  CandidateSympathizerListed,
  CandidateVettingRecorded,
  DomainError,
  getCandidateQuery,
  introducersSchema,
  LocalizedText,
  nominateCandidateSchema,
  Principal,
  resolutionSchema,
  ServiceRequest,
  sympathizerSchema,
  todayInVietnam,
  validate,
  vettingSchema,
} from '@party/contracts';
import { BackboneRunner } from '@party/service-kit';
import { OrganizationTree } from '../organizations/organization.tree';
import { Person } from '../people/person.entity';
import { PERSON } from '../people/people.service';
import { MemberUnitOfWork } from '../people/unit-of-work';
import { Candidate } from './candidate.entity';

const CANDIDATE = { vi: 'quần chúng (hồ sơ kết nạp)', en: 'Candidate' };
const CHARTER = 'Điều lệ Đảng, Điều 4; Quy định 24-QĐ/TW (2021)';

const rule = (message: LocalizedText, field: string) => DomainError.rule(message, CHARTER, [{ field, ...message }]);

/** The candidate and their person, scope-checked as of `asOf` (scope first: nothing leaks outside it). */
export async function loadCandidate(em: EntityManager, tree: OrganizationTree, principal: Principal, candidateId: string, asOf: string) {
  const candidate = await em.findOne(Candidate, { id: candidateId });
  if (!candidate) throw DomainError.notFound(CANDIDATE);
  await tree.assertInScope(principal, [candidate.orgId], asOf, em);
  const person = await em.findOneOrFail(Person, { id: candidate.personId });
  return { candidate, person };
}

export function candidateView(c: Candidate) {
  return {
    id: c.id,
    personId: c.personId,
    orgId: c.orgId,
    status: c.status,
    nominatedBy: c.nominatedBy,
    nominatedOn: c.nominatedOn,
    sympathizerListedOn: c.sympathizerListedOn,
    mentorPersonId: c.mentorPersonId,
    vettingStatus: c.vettingStatus,
    vettingConcludedOn: c.vettingConcludedOn,
    introducers: c.introducers,
    resolution: c.voteDate ? { voteDate: c.voteDate, resolutionNumber: c.resolutionNumber, officialMembers: c.officialMembers, votesFor: c.votesFor } : null,
  };
}

/** The way to admission: nomination, sympathizer list and mentor, vetting, introducers, chi bộ resolution. */
@Injectable()
export class CandidatesService {
  constructor(
    private readonly orm: MikroORM,
    private readonly backbone: BackboneRunner,
    private readonly tree: OrganizationTree,
  ) {}

  async nominate(req: ServiceRequest) {
    const principal = assertPermission(req.principal, 'members:write');
    const input = validate(nominateCandidateSchema, req.payload);
    return this.write(req, principal, async (u) => {
      const person = await u.em.findOne(Person, { id: input.personId });
      if (!person) throw DomainError.notFound(PERSON);
      await this.tree.assertInScope(principal, [person.orgId], input.nominatedOn, u.em);
      if (person.status === 'candidate') throw DomainError.conflict({ vi: `${person.fullName} đã có hồ sơ quần chúng đang xem xét kết nạp`, en: `${person.fullName} is already a candidate` });
      if (person.status !== 'masses') throw rule({ vi: `${person.fullName} đã là đảng viên`, en: `${person.fullName} is already a party member` }, 'personId');
      if (input.nominatedOn > todayInVietnam()) throw DomainError.validation([{ field: 'nominatedOn', vi: 'Ngày giới thiệu ở tương lai', en: 'Nomination date in the future' }]);
      const c = u.em.create(Candidate, { personId: person.id, orgId: person.orgId, nominatedBy: input.nominatedBy, nominatedOn: input.nominatedOn });
      u.em.persist(c);
      person.status = 'candidate';
      u.event(CandidateNominated, { personId: person.id, orgId: c.orgId, candidateId: c.id, nominatedBy: c.nominatedBy, nominatedOn: c.nominatedOn }, c.nominatedOn);
      u.audit('candidate.nominated', 'candidate', c.id, null, candidateView(c));
      return candidateView(c);
    });
  }

  listSympathizer(req: ServiceRequest) {
    return this.change(req, sympathizerSchema, async (u, c, input) => {
      if (input.listedOn < c.nominatedOn) throw rule({ vi: `Ngày vào danh sách cảm tình Đảng trước ngày giới thiệu (${c.nominatedOn})`, en: `Listed before the nomination (${c.nominatedOn})` }, 'listedOn');
      const mentor = await u.em.findOne(Person, { id: input.mentorPersonId });
      if (!mentor || mentor.status !== 'official' || (mentor.officialDate && mentor.officialDate > input.listedOn)) {
        throw rule({ vi: 'Người được phân công giúp đỡ phải là đảng viên chính thức', en: 'The mentor must be an official party member' }, 'mentorPersonId');
      }
      c.sympathizerListedOn = input.listedOn;
      c.mentorPersonId = mentor.id;
      u.event(CandidateSympathizerListed, { personId: c.personId, orgId: c.orgId, candidateId: c.id, listedOn: input.listedOn, mentorPersonId: mentor.id }, input.listedOn);
      return 'candidate.sympathizerListed';
    });
  }

  recordVetting(req: ServiceRequest) {
    return this.change(req, vettingSchema, async (u, c, input) => {
      c.vettingStatus = input.status;
      c.vettingConcludedOn = input.concludedOn;
      u.event(CandidateVettingRecorded, { personId: c.personId, orgId: c.orgId, candidateId: c.id, status: input.status, concludedOn: input.concludedOn }, input.concludedOn ?? todayInVietnam());
      return 'candidate.vettingRecorded';
    });
  }

  recordIntroducers(req: ServiceRequest) {
    return this.change(req, introducersSchema, async (u, c, input) => {
      const records = [];
      for (const [i, intro] of input.introducers.entries()) {
        if (intro.kind === 'party_member') {
          const p = await u.em.findOne(Person, { id: intro.personId });
          if (!p || p.id === c.personId) throw rule({ vi: 'Người giới thiệu không có trong hồ sơ đảng viên', en: 'Introducer not found among members' }, `introducers.${i}.personId`);
          records.push({ kind: intro.kind, personId: p.id, togetherSince: intro.togetherSince, organization: null });
        } else {
          records.push({ kind: intro.kind, personId: null, togetherSince: null, organization: intro.organization });
        }
      }
      c.introducers = records;
      u.event(CandidateIntroducersRecorded, { personId: c.personId, orgId: c.orgId, candidateId: c.id, introducers: records }, todayInVietnam());
      return 'candidate.introducersRecorded';
    });
  }

  recordResolution(req: ServiceRequest) {
    return this.change(req, resolutionSchema, async (u, c, input) => {
      if (input.voteDate < c.nominatedOn) throw rule({ vi: `Ngày chi bộ xét trước ngày giới thiệu (${c.nominatedOn})`, en: `Vote before the nomination (${c.nominatedOn})` }, 'voteDate');
      c.voteDate = input.voteDate;
      c.resolutionNumber = input.resolutionNumber;
      c.officialMembers = input.officialMembers;
      c.votesFor = input.votesFor;
      u.event(
        CandidateResolutionPassed,
        { personId: c.personId, orgId: c.orgId, candidateId: c.id, voteDate: input.voteDate, resolutionNumber: input.resolutionNumber, officialMembers: input.officialMembers, votesFor: input.votesFor },
        input.voteDate,
      );
      return 'candidate.resolutionPassed';
    });
  }

  async get(req: ServiceRequest) {
    const principal = assertPermission(req.principal, 'members:read');
    const { candidateId } = validate(getCandidateQuery, req.payload ?? {});
    const { candidate } = await loadCandidate(this.orm.em.fork(), this.tree, principal, candidateId, todayInVietnam());
    return candidateView(candidate);
  }

  // ---------------------------------------------------------------- internals

  /** A step on an existing candidate still in the pipeline: permission, payload, scope, rules, writes, audit. */
  private async change<S extends z.ZodType<{ candidateId: string }>>(req: ServiceRequest, schema: S, body: (u: MemberUnitOfWork, c: Candidate, input: z.infer<S>) => Promise<string>) {
    const principal = assertPermission(req.principal, 'members:write');
    const input = validate(schema, req.payload);
    return this.write(req, principal, async (u) => {
      const { candidate } = await loadCandidate(u.em, this.tree, principal, input.candidateId, todayInVietnam());
      if (candidate.status !== 'inPipeline') throw DomainError.conflict({ vi: 'Quần chúng đã được kết nạp', en: 'The candidate has already been admitted' });
      const before = candidateView(candidate);
      const action = await body(u, candidate, input);
      u.audit(action, 'candidate', candidate.id, before, candidateView(candidate));
      return candidateView(candidate);
    });
  }

  private async write<T>(req: ServiceRequest, principal: Principal, body: (u: MemberUnitOfWork) => Promise<T>): Promise<T> {
    const result = await this.orm.em.fork().transactional((em: EntityManager) => body(new MemberUnitOfWork(em, req, principal)));
    this.backbone.kickRelay();
    return result;
  }
}
