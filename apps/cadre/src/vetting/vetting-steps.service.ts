import { Injectable } from '@nestjs/common';
import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import {
  DomainError,
  FieldError,
  LocalizedText,
  RouteInput,
  VETTING_ROUTES,
  VettingConcluded,
  VettingReplyReceived,
  VettingRequestSent,
  type VettingBasis,
  type VettingOpinion,
  type VettingResult,
} from '@party/contracts';
import { CommandContext, Handles } from '@party/service-kit';
import { peopleById, PersonReplica } from '@party/org-replica';
import { VettingCase, VettingRequest } from './vetting.entities';
import { basisFor, concludedOnProblem, earlierCaseProblem, repliedOnProblem, sentOnProblem } from './vetting.rules';
import { auditAfter, CASE, caseViews, nameOf } from './vetting.views';

interface Locked {
  cases: VettingCase[];
  people: Map<string, PersonReplica>;
  who: (c: VettingCase) => string;
}

/** Every problem of a batch at once, the first one as the message when it is alone. */
function refuse(problems: FieldError[], many: LocalizedText): never {
  const first = problems[0];
  throw DomainError.rule(problems.length === 1 ? { vi: first.vi, en: first.en } : many, undefined, problems);
}

/** A step already taken on some of the cases: 409, naming up to five people. */
function alreadyDone(done: VettingCase[], who: (c: VettingCase) => string, vi: string, en: string): never {
  const names = done.slice(0, 5).map(who).join(', ');
  const more = done.length > 5 ? { vi: ` và ${done.length - 5} người khác`, en: ` and ${done.length - 5} more` } : { vi: '', en: '' };
  throw DomainError.conflict({ vi: `${vi}: ${names}${more.vi}`, en: `${en}: ${names}${more.en}` });
}

/**
 * The cases a command names, locked for its transaction (two clerks recording the same reply wait
 * for each other); an id that names no case is refused on its own field.
 */
async function lockCases(em: EntityManager, ids: readonly string[], field: (i: number) => string): Promise<Locked> {
  const cases = await em.find(VettingCase, { id: { $in: [...ids] } }, { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' } });
  const byId = new Map(cases.map((c) => [c.id, c]));
  // a single case named in the path is a page that does not exist, not a bad field
  if (ids.length === 1 && !byId.has(ids[0]) && field(0) === 'id') throw DomainError.notFound(CASE);
  const missing = ids.flatMap((id, i) => (byId.has(id) ? [] : [{ field: field(i), vi: 'Không tìm thấy hồ sơ thẩm tra', en: 'No such vetting case' }]));
  if (missing.length) refuse(missing, { vi: `Không tìm thấy ${missing.length} hồ sơ thẩm tra`, en: `${missing.length} vetting cases not found` });
  const people = await peopleById(em, cases.map((c) => c.personId));
  return { cases: ids.map((id) => byId.get(id) as VettingCase), people, who: (c) => nameOf(people, c.personId) };
}

const event = (c: VettingCase) => ({ caseId: c.id, personId: c.personId, orgId: c.orgId, purpose: c.purpose });

interface ReplyItem {
  caseId: string;
  opinion: VettingOpinion;
  summary: string | null;
}
interface ConclusionItem {
  caseId: string;
  result: VettingResult;
  basis: VettingBasis | null;
  basisCaseId: string | null;
  basisNote: string | null;
  note?: string | null;
}

/**
 * The steps of vetting cases, each for many people at once as the Board works (a letter names
 * hundreds; a reply and a conclusion answer many): the letter to the police, the police's reply,
 * the standing committee's conclusion. Each step publishes its event per person, dated in the world.
 */
@Injectable()
export class VettingStepsService {
  @Handles(VETTING_ROUTES.sendRequest)
  async sendRequest(cmd: RouteInput<typeof VETTING_ROUTES.sendRequest>, { em, uow }: CommandContext) {
    // the same letter recorded twice (a form sent again) is a conflict before anything else
    const duplicate = () => DomainError.conflict({ vi: `Công văn số ${cmd.letterNumber} ngày ${cmd.sentOn} đã được ghi nhận`, en: `Letter ${cmd.letterNumber} of ${cmd.sentOn} is already recorded` });
    if (await em.count(VettingRequest, { letterNumber: cmd.letterNumber, sentOn: cmd.sentOn })) throw duplicate();
    const { cases, who } = await lockCases(em, cmd.caseIds, (i) => `caseIds.${i}`);
    const concluded = cases.filter((c) => c.concludedOn);
    if (concluded.length) alreadyDone(concluded, who, 'Hồ sơ đã kết luận, không gửi công văn', 'Already concluded, no letter can be sent');
    const sent = cases.filter((c) => c.requestId);
    if (sent.length) alreadyDone(sent, (c) => `${who(c)} (${c.sentOn})`, 'Đã gửi công văn xin ý kiến Công an', 'Already on a letter to the police');
    const problems = cases.map((c) => sentOnProblem(c, cmd.sentOn, cases.length > 1 ? who(c) : null)).filter((f): f is FieldError => !!f);
    if (problems.length) refuse(problems, { vi: `Ngày gửi công văn trước ngày mở hồ sơ của ${problems.length} người`, en: `The letter date is before the opening of ${problems.length} cases` });

    const letter = em.create(VettingRequest, { letterNumber: cmd.letterNumber, sentOn: cmd.sentOn });
    em.persist(letter);
    for (const c of cases) {
      Object.assign(c, { requestId: letter.id, sentOn: cmd.sentOn });
      uow.event(VettingRequestSent, { ...event(c), requestId: letter.id, letterNumber: cmd.letterNumber, sentOn: cmd.sentOn }, cmd.sentOn);
      uow.audit('vetting.request', 'vetting_case', c.id, null, auditAfter('requestSent', cmd.sentOn, cmd.letterNumber, { requestId: letter.id }));
    }
    await uow.flushOrConflict(duplicate);
    return { id: letter.id, people: cases.length };
  }

  @Handles(VETTING_ROUTES.recordReplies)
  async recordReplies(cmd: RouteInput<typeof VETTING_ROUTES.recordReplies>, ctx: CommandContext) {
    const done = await this.reply(ctx, cmd.replyNumber, cmd.repliedOn, cmd.cases, (i) => `cases.${i}.caseId`);
    return { replied: done.length, noIssue: done.filter((c) => c.replyOpinion === 'no_issue').length, issuesNoted: done.filter((c) => c.replyOpinion === 'issues_noted').length };
  }

  @Handles(VETTING_ROUTES.recordReply)
  async recordReply(cmd: RouteInput<typeof VETTING_ROUTES.recordReply>, ctx: CommandContext) {
    const [c] = await this.reply(ctx, cmd.replyNumber, cmd.repliedOn, [{ caseId: cmd.id, opinion: cmd.opinion, summary: cmd.summary }], () => 'id');
    return (await caseViews(ctx.em, [c]))[0];
  }

  private async reply({ em, uow }: CommandContext, replyNumber: string, repliedOn: string, items: readonly ReplyItem[], field: (i: number) => string): Promise<VettingCase[]> {
    const { cases, who } = await lockCases(em, items.map((i) => i.caseId), field);
    const concluded = cases.filter((c) => c.concludedOn);
    if (concluded.length) alreadyDone(concluded, who, 'Hồ sơ đã kết luận', 'Already concluded');
    const replied = cases.filter((c) => c.repliedOn);
    if (replied.length) alreadyDone(replied, (c) => `${who(c)} (${c.replyNumber}, ${c.repliedOn})`, 'Đã ghi ý kiến trả lời của Công an', 'The police’s reply is already recorded');
    const one = cases.length === 1;
    const problems = cases.flatMap((c, i) => {
      if (!c.requestId) return [{ field: field(i), vi: `Chưa gửi công văn xin ý kiến Công an${one ? '' : ` (${who(c)})`}`, en: `No letter was sent to the police${one ? '' : ` (${who(c)})`}` }];
      const p = repliedOnProblem(c, repliedOn, one ? null : who(c));
      return p ? [p] : [];
    });
    if (problems.length) refuse(problems, { vi: `${problems.length} hồ sơ không thể ghi ý kiến trả lời`, en: `The reply cannot be recorded on ${problems.length} cases` });
    cases.forEach((c, i) => {
      Object.assign(c, { repliedOn, replyNumber, replyOpinion: items[i].opinion, replySummary: items[i].summary });
      uow.event(VettingReplyReceived, { ...event(c), requestId: c.requestId as string, replyNumber, repliedOn }, repliedOn);
      uow.audit('vetting.reply', 'vetting_case', c.id, null, auditAfter('replyReceived', repliedOn, replyNumber, { opinion: items[i].opinion }));
    });
    return cases;
  }

  @Handles(VETTING_ROUTES.concludeCases)
  async concludeCases(cmd: RouteInput<typeof VETTING_ROUTES.concludeCases>, ctx: CommandContext) {
    const done = await this.conclude(ctx, cmd, cmd.cases, (i, f) => `cases.${i}.${f}`);
    return { concluded: done.length, meets: done.filter((c) => c.result === 'meets').length, notMeets: done.filter((c) => c.result === 'not_meets').length };
  }

  @Handles(VETTING_ROUTES.concludeCase)
  async concludeCase(cmd: RouteInput<typeof VETTING_ROUTES.concludeCase>, ctx: CommandContext) {
    const item = { caseId: cmd.id, result: cmd.result, basis: cmd.basis, basisCaseId: cmd.basisCaseId, basisNote: cmd.basisNote, note: null };
    const [c] = await this.conclude(ctx, cmd, [item], (_, f) => (f === 'caseId' ? 'id' : f));
    return (await caseViews(ctx.em, [c]))[0];
  }

  private async conclude(
    { em, uow }: CommandContext,
    doc: { conclusionNumber: string; concludedOn: string; text: string },
    items: readonly ConclusionItem[],
    field: (i: number, name: 'caseId' | 'basis' | 'basisCaseId') => string,
  ): Promise<VettingCase[]> {
    const { concludedOn } = doc;
    const { cases, who } = await lockCases(em, items.map((i) => i.caseId), (i) => field(i, 'caseId'));
    const concluded = cases.filter((c) => c.concludedOn);
    if (concluded.length) {
      alreadyDone(concluded, (c) => `${who(c)} (${c.conclusionNumber}, ${c.concludedOn})`, 'Hồ sơ đã kết luận; mục đích mới cần mở hồ sơ mới', 'Already concluded; a new purpose needs a new case');
    }
    const earlierIds = [...new Set(items.map((i) => i.basisCaseId).filter((i): i is string => !!i))];
    const earlier = new Map((earlierIds.length ? await em.find(VettingCase, { id: { $in: earlierIds } }) : []).map((c) => [c.id, c]));
    const one = cases.length === 1;
    const bases: VettingBasis[] = [];
    const problems = cases.flatMap((c, i) => {
      const name = one ? null : who(c);
      const found: FieldError[] = [];
      const dates = concludedOnProblem(c, concludedOn, name);
      if (dates) found.push(dates);
      const basis = basisFor(c, items[i].basis, name, field(i, 'basis'));
      if ('problem' in basis) found.push(basis.problem);
      else bases.push(basis.basis);
      const basisCaseId = items[i].basisCaseId;
      if (basisCaseId) {
        const p = earlierCaseProblem(earlier.get(basisCaseId) ?? null, c, concludedOn, name, field(i, 'basisCaseId'));
        if (p) found.push(p);
      }
      return found;
    });
    if (problems.length) refuse(problems, { vi: `${problems.length} lỗi trong kết luận`, en: `${problems.length} problems in the conclusion` });
    cases.forEach((c, i) => {
      const it = items[i];
      Object.assign(c, {
        concludedOn,
        conclusionNumber: doc.conclusionNumber,
        conclusionText: doc.text,
        conclusionNote: it.note ?? null,
        result: it.result,
        basis: bases[i],
        basisCaseId: it.basisCaseId,
        basisNote: it.basisNote,
      });
      uow.event(VettingConcluded, { ...event(c), concludedOn, conclusionNumber: doc.conclusionNumber, result: it.result, basis: bases[i] }, concludedOn);
      uow.audit('vetting.conclude', 'vetting_case', c.id, null, auditAfter('concluded', concludedOn, doc.conclusionNumber, { result: it.result, basis: bases[i], basisCaseId: it.basisCaseId }));
    });
    return cases;
  }
}
