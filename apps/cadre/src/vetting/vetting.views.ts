import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, RouteResult, VETTING_ROUTES, type VettingBasis, type VettingOpinion, type VettingResult } from '@party/contracts';
import { OrgVersion, peopleById, PersonReplica, personView } from '@party/org-replica';
import { VettingCase, VettingRequest } from './vetting.entities';
import { statusOf } from './vetting.rules';

export type VettingCaseView = RouteResult<typeof VETTING_ROUTES.recordReply>;

export const CASE = { vi: 'hồ sơ thẩm tra tiêu chuẩn chính trị', en: 'Vetting case' };
export const LETTER = { vi: 'công văn xin ý kiến Công an', en: 'Letter to the police' };

/** Everything a page of cases needs besides the cases: their people, letters and organizations, one query each. */
export interface CaseContext {
  people: Map<string, PersonReplica>;
  letters: Map<string, VettingRequest>;
  orgNames: Map<string, string>;
}

/** Each organization's name as the replica last knew it. */
async function orgNames(em: EntityManager, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((i): i is string => !!i))];
  if (!unique.length) return new Map();
  const rows = await em.find(OrgVersion, { orgId: { $in: unique } }, { orderBy: { validFrom: 'asc', seq: 'asc' } });
  // in order, so the latest version wins
  return new Map(rows.map((v) => [v.orgId, v.name]));
}

export async function caseContext(em: EntityManager, cases: readonly VettingCase[]): Promise<CaseContext> {
  const letterIds = [...new Set(cases.map((c) => c.requestId).filter((i): i is string => !!i))];
  const [people, letters, names] = await Promise.all([
    peopleById(em, cases.map((c) => c.personId)),
    letterIds.length ? em.find(VettingRequest, { id: { $in: letterIds } }) : Promise.resolve([]),
    orgNames(em, cases.map((c) => c.orgId)),
  ]);
  return { people, letters: new Map(letters.map((l) => [l.id, l])), orgNames: names };
}

export function caseView(c: VettingCase, ctx: CaseContext): VettingCaseView {
  const letter = c.requestId ? ctx.letters.get(c.requestId) : undefined;
  return {
    id: c.id,
    person: personView(c.personId, ctx.people.get(c.personId)),
    orgId: c.orgId,
    orgName: (c.orgId && ctx.orgNames.get(c.orgId)) || null,
    purpose: c.purpose,
    purposeNote: c.purposeNote,
    openedOn: c.openedOn,
    status: statusOf(c),
    request: letter ? { id: letter.id, letterNumber: letter.letterNumber, sentOn: letter.sentOn } : null,
    reply: c.repliedOn ? { replyNumber: c.replyNumber as string, repliedOn: c.repliedOn, opinion: c.replyOpinion as VettingOpinion, summary: c.replySummary } : null,
    conclusion: c.concludedOn
      ? {
          conclusionNumber: c.conclusionNumber as string,
          concludedOn: c.concludedOn,
          result: c.result as VettingResult,
          basis: c.basis as VettingBasis,
          basisCaseId: c.basisCaseId,
          basisNote: c.basisNote,
          text: c.conclusionText ?? '',
          note: c.conclusionNote,
        }
      : null,
  };
}

export async function caseViews(em: EntityManager, cases: readonly VettingCase[]): Promise<VettingCaseView[]> {
  const ctx = await caseContext(em, cases);
  return cases.map((c) => caseView(c, ctx));
}

/** A person as a refusal names them. */
export const nameOf = (people: Map<string, PersonReplica>, personId: string) => people.get(personId)?.fullName ?? personId;

export async function requireCase(em: EntityManager, id: string): Promise<VettingCase> {
  const c = await em.findOne(VettingCase, { id });
  if (!c) throw DomainError.notFound(CASE);
  return c;
}

/** The audit of a vetting step: what the case's history is read from. */
export const auditAfter = (step: 'opened' | 'requestSent' | 'replyReceived' | 'concluded', on: string, number: string | null, extra: Record<string, unknown> = {}) => ({ step, on, number, ...extra });
