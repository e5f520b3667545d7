import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  CANDIDATE_ROUTES,
  CandidateIntroducersRecorded,
  CandidateNominated,
  CandidateResolutionPassed,
  CandidateStage,
  CandidateSympathizerListed,
  CandidateVettingRecorded,
  DomainError,
  LocalizedText,
  pageOf,
  Principal,
  RouteInput,
  searchableName,
  todayInVietnam,
} from '@party/contracts';
import { checkVettingBeforeVote, RuleNotInForceError } from '@party/rules';
import { CommandContext, Handles, QueryContext } from '@party/service-kit';
import { OrganizationTree } from '../organizations/organization.tree';
import { Person } from '../people/person.entity';
import { PERSON } from '../people/people.service';
import { Candidate } from './candidate.entity';
import { seesVetting } from './vetting-visibility';

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

/** The candidate as answered; without `vetting:read` the vetting fields are left out (the audit keeps them all). */
export function candidateView(c: Candidate, vetting = true) {
  const view = {
    id: c.id,
    personId: c.personId,
    orgId: c.orgId,
    status: c.status,
    stage: candidateStage(c),
    nominatedBy: c.nominatedBy,
    nominatedOn: c.nominatedOn,
    sympathizerListedOn: c.sympathizerListedOn,
    mentorPersonId: c.mentorPersonId,
    vettingStatus: c.vettingStatus,
    vettingConcludedOn: c.vettingConcludedOn,
    introducers: c.introducers,
    resolution: c.voteDate ? { voteDate: c.voteDate, resolutionNumber: c.resolutionNumber, officialMembers: c.officialMembers, votesFor: c.votesFor } : null,
  };
  if (vetting) return view;
  const { vettingStatus: _status, vettingConcludedOn: _on, ...withoutVetting } = view;
  return withoutVetting;
}

/** The candidate with what the board shows of their person. */
export function candidateSummary(c: Candidate, p: Pick<Person, 'fullName' | 'dateOfBirth' | 'admissionDecisionDate' | 'ceremonyDate'> | undefined, vetting = true) {
  return {
    ...candidateView(c, vetting),
    fullName: p?.fullName ?? '',
    dateOfBirth: p?.dateOfBirth ?? '',
    // the decision and the ceremony belong to the candidate's own admission only
    admissionDecisionDate: c.status === 'admitted' ? (p?.admissionDecisionDate ?? null) : null,
    ceremonyDate: c.status === 'admitted' ? (p?.ceremonyDate ?? null) : null,
  };
}

/** The furthest step recorded: a chi bộ may record the introducers before the vetting concludes. */
export function candidateStage(c: Candidate): CandidateStage {
  if (c.status === 'admitted') return 'admitted';
  if (c.voteDate) return 'resolution';
  if (c.introducers.length) return 'introducers';
  if (c.vettingStatus) return 'vetting';
  if (c.sympathizerListedOn) return 'sympathizer';
  return 'nominated';
}

type StepInput = { id: string };

/** Thẩm tra lý lịch concluded on or before the vote date, or the resolution is refused naming the rule. */
function assertVettedBefore(c: Candidate, fullName: string, voteDate: string): void {
  let findings;
  try {
    findings = checkVettingBeforeVote({ status: c.vettingStatus, concludedOn: c.vettingConcludedOn }, voteDate);
  } catch (err) {
    if (!(err instanceof RuleNotInForceError)) throw err;
    const message = { vi: `Chưa có quy định "${err.ruleId}" áp dụng cho ngày ${voteDate} trong hệ thống`, en: `No version of rule "${err.ruleId}" is encoded for ${voteDate}` };
    throw DomainError.rule(message, undefined, [{ field: 'voteDate', ...message }]);
  }
  const [f] = findings;
  if (!f) return;
  const message = { vi: `Chưa thể ghi nghị quyết chi bộ đề nghị kết nạp ${fullName}: ${f.message.vi}`, en: `The chi bộ resolution proposing ${fullName} cannot be recorded: ${f.message.en}` };
  throw DomainError.rule(message, f.regulation, [{ field: 'vetting', ...f.message }]);
}

/** The way to admission: nomination, sympathizer list and mentor, vetting, introducers, chi bộ resolution. */
@Injectable()
export class CandidatesService {
  constructor(private readonly tree: OrganizationTree) {}

  @Handles(CANDIDATE_ROUTES.nominate)
  async nominate(input: RouteInput<typeof CANDIDATE_ROUTES.nominate>, { em, uow: u, principal }: CommandContext) {
    const person = await em.findOne(Person, { id: input.personId });
    if (!person) throw DomainError.notFound(PERSON);
    await this.tree.assertInScope(principal, [person.orgId], input.nominatedOn, em);
    if (person.status === 'candidate') throw DomainError.conflict({ vi: `${person.fullName} đã có hồ sơ quần chúng đang xem xét kết nạp`, en: `${person.fullName} is already a candidate` });
    if (person.status !== 'masses') throw rule({ vi: `${person.fullName} đã là đảng viên`, en: `${person.fullName} is already a party member` }, 'personId');
    const c = em.create(Candidate, { personId: person.id, orgId: person.orgId, nominatedBy: input.nominatedBy, nominatedOn: input.nominatedOn });
    em.persist(c);
    person.status = 'candidate';
    u.event(CandidateNominated, { personId: person.id, orgId: c.orgId, candidateId: c.id, nominatedBy: c.nominatedBy, nominatedOn: c.nominatedOn }, c.nominatedOn);
    u.audit('candidate.nominated', 'candidate', c.id, null, candidateView(c));
    return candidateView(c, seesVetting(principal));
  }

  @Handles(CANDIDATE_ROUTES.listSympathizer)
  listSympathizer(input: RouteInput<typeof CANDIDATE_ROUTES.listSympathizer>, ctx: CommandContext) {
    return this.change(input, ctx, async (c) => {
      if (input.listedOn < c.nominatedOn) throw rule({ vi: `Ngày vào danh sách cảm tình Đảng trước ngày giới thiệu (${c.nominatedOn})`, en: `Listed before the nomination (${c.nominatedOn})` }, 'listedOn');
      const mentor = await ctx.em.findOne(Person, { id: input.mentorPersonId });
      if (!mentor || mentor.status !== 'official' || (mentor.officialDate && mentor.officialDate > input.listedOn)) {
        throw rule({ vi: 'Người được phân công giúp đỡ phải là đảng viên chính thức', en: 'The mentor must be an official party member' }, 'mentorPersonId');
      }
      c.sympathizerListedOn = input.listedOn;
      c.mentorPersonId = mentor.id;
      ctx.uow.event(CandidateSympathizerListed, { personId: c.personId, orgId: c.orgId, candidateId: c.id, listedOn: input.listedOn, mentorPersonId: mentor.id }, input.listedOn);
      return 'candidate.sympathizerListed';
    });
  }

  @Handles(CANDIDATE_ROUTES.recordVetting)
  recordVetting(input: RouteInput<typeof CANDIDATE_ROUTES.recordVetting>, ctx: CommandContext) {
    return this.change(input, ctx, async (c) => {
      c.vettingStatus = input.status;
      c.vettingConcludedOn = input.concludedOn;
      ctx.uow.event(CandidateVettingRecorded, { personId: c.personId, orgId: c.orgId, candidateId: c.id, status: input.status, concludedOn: input.concludedOn }, input.concludedOn ?? todayInVietnam());
      return 'candidate.vettingRecorded';
    });
  }

  @Handles(CANDIDATE_ROUTES.recordIntroducers)
  recordIntroducers(input: RouteInput<typeof CANDIDATE_ROUTES.recordIntroducers>, ctx: CommandContext) {
    return this.change(input, ctx, async (c) => {
      const records: { kind: (typeof input.introducers)[number]['kind']; personId: string | null; togetherSince: string | null; organization: string | null }[] = [];
      for (const [i, intro] of input.introducers.entries()) {
        if (intro.kind === 'party_member') {
          const p = await ctx.em.findOne(Person, { id: intro.personId });
          if (!p || p.id === c.personId) throw rule({ vi: 'Người giới thiệu không có trong hồ sơ đảng viên', en: 'Introducer not found among members' }, `introducers.${i}.personId`);
          // Whether they were official on the vote date is judged at admission; one never made official cannot introduce at all.
          if (!p.officialDate) {
            throw rule(
              { vi: `${p.fullName} chưa là đảng viên chính thức: người giới thiệu phải là đảng viên chính thức`, en: `${p.fullName} is not an official member: introducers must be official members` },
              `introducers.${i}.personId`,
            );
          }
          if (records.some((r) => r.personId === p.id)) throw rule({ vi: `${p.fullName} đã là người giới thiệu thứ nhất`, en: `${p.fullName} is already the first introducer` }, `introducers.${i}.personId`);
          records.push({ kind: intro.kind, personId: p.id, togetherSince: intro.togetherSince, organization: null });
        } else {
          if (records.some((r) => r.kind !== 'party_member')) {
            throw rule({ vi: 'Ban chấp hành Đoàn hoặc Công đoàn chỉ được thay một trong hai người giới thiệu', en: 'A Youth Union or trade union committee may replace only one of the two introducers' }, `introducers.${i}.kind`);
          }
          records.push({ kind: intro.kind, personId: null, togetherSince: null, organization: intro.organization });
        }
      }
      c.introducers = records;
      ctx.uow.event(CandidateIntroducersRecorded, { personId: c.personId, orgId: c.orgId, candidateId: c.id, introducers: records }, todayInVietnam());
      return 'candidate.introducersRecorded';
    });
  }

  @Handles(CANDIDATE_ROUTES.recordResolution)
  recordResolution(input: RouteInput<typeof CANDIDATE_ROUTES.recordResolution>, ctx: CommandContext) {
    return this.change(input, ctx, async (c) => {
      if (input.voteDate < c.nominatedOn) throw rule({ vi: `Ngày chi bộ xét trước ngày giới thiệu (${c.nominatedOn})`, en: `Vote before the nomination (${c.nominatedOn})` }, 'voteDate');
      assertVettedBefore(c, (await ctx.em.findOneOrFail(Person, { id: c.personId })).fullName, input.voteDate);
      c.voteDate = input.voteDate;
      c.resolutionNumber = input.resolutionNumber;
      c.officialMembers = input.officialMembers;
      c.votesFor = input.votesFor;
      ctx.uow.event(
        CandidateResolutionPassed,
        { personId: c.personId, orgId: c.orgId, candidateId: c.id, voteDate: input.voteDate, resolutionNumber: input.resolutionNumber, officialMembers: input.officialMembers, votesFor: input.votesFor },
        input.voteDate,
      );
      return 'candidate.resolutionPassed';
    });
  }

  @Handles(CANDIDATE_ROUTES.get)
  async get(input: RouteInput<typeof CANDIDATE_ROUTES.get>, { em, principal }: QueryContext) {
    const { candidate, person } = await loadCandidate(em, this.tree, principal, input.id, todayInVietnam());
    return candidateSummary(candidate, person, seesVetting(principal));
  }

  /**
   * The caller's subtree by default, `orgId`'s when given; by the furthest step recorded, by
   * status, by the ceremony of the admitted, by name. Built in memory: a bloc's pipeline is hundreds.
   */
  @Handles(CANDIDATE_ROUTES.list)
  async list(q: RouteInput<typeof CANDIDATE_ROUTES.list>, { em, principal }: QueryContext) {
    const scope = await this.tree.scopeIds(principal, q.orgId, todayInVietnam(), em);
    const rows = await em.find(Candidate, { ...(q.status ? { status: q.status } : {}), ...(scope ? { orgId: { $in: scope } } : {}) });
    const atStage = q.stage ? rows.filter((c) => candidateStage(c) === q.stage) : rows;
    const people = atStage.length
      ? await em.find(Person, { id: { $in: atStage.map((c) => c.personId) } }, { fields: ['id', 'fullName', 'dateOfBirth', 'admissionDecisionDate', 'ceremonyDate'] })
      : [];
    const personOf = new Map(people.map((p) => [p.id, p]));
    const text = q.q ? searchableName(q.q) : '';
    const items = atStage
      .map((c) => candidateSummary(c, personOf.get(c.personId), seesVetting(principal)))
      .filter((i) => !text || searchableName(i.fullName).includes(text))
      .filter((i) => !q.ceremony || (i.status === 'admitted' && (q.ceremony === 'held') === Boolean(i.ceremonyDate)));
    type Item = (typeof items)[number];
    const byName = (a: Item, b: Item) => a.fullName.localeCompare(b.fullName, 'vi') || a.id.localeCompare(b.id);
    const sorts: Record<typeof q.sort, (a: Item, b: Item) => number> = {
      fullName: byName,
      nominatedOn: (a, b) => a.nominatedOn.localeCompare(b.nominatedOn) || byName(a, b),
      ceremonyDate: (a, b) => (a.ceremonyDate ?? '').localeCompare(b.ceremonyDate ?? '') || byName(a, b),
    };
    items.sort(sorts[q.sort]);
    if (q.order === 'desc') items.reverse();
    return pageOf(items, q);
  }

  /** A step on an existing candidate still in the pipeline: scope, rules, writes, audit. */
  private async change(input: StepInput, { em, uow, principal }: CommandContext, body: (c: Candidate) => Promise<string>) {
    const { candidate } = await loadCandidate(em, this.tree, principal, input.id, todayInVietnam());
    if (candidate.status !== 'inPipeline') throw DomainError.conflict({ vi: 'Quần chúng đã được kết nạp', en: 'The candidate has already been admitted' });
    const before = candidateView(candidate);
    const action = await body(candidate);
    uow.audit(action, 'candidate', candidate.id, before, candidateView(candidate));
    return candidateView(candidate, seesVetting(principal));
  }
}
