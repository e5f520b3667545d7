import { Injectable } from '@nestjs/common';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { DomainError, FieldError, pageOf, RouteInput, searchableName, VETTING_ROUTES, type VettingPurpose, type VettingResult } from '@party/contracts';
import { CommandContext, Handles, QueryContext } from '@party/service-kit';
import { describePerson, listScope, peopleById, PersonReplica, personView } from '@party/org-replica';
import { AuditEntry } from '@party/database';
import { VettingCase } from './vetting.entities';
import { statusOf } from './vetting.rules';
import { auditAfter, CASE, caseContext, caseView, caseViews, requireCase } from './vetting.views';

/** Serializes the opening of cases about the same people (one open case per person and purpose). */
async function lockPeople(em: EntityManager, personIds: readonly string[]): Promise<void> {
  const keys = [...new Set(personIds)].sort().map((id) => `cadre.vetting.${id}`);
  // sorted, so two batches naming the same people wait for each other instead of deadlocking
  await em.execute(`select pg_advisory_xact_lock(hashtext(k)) from (select unnest(?::text[]) as k order by 1) s`, [`{${keys.join(',')}}`]);
}

/**
 * Whom a case may be about: a person membership has recorded — a party member, or a cadre who is
 * not one (Quy định 58-QĐ/TW covers "cán bộ, đảng viên": a non-member proposed for appointment in
 * an enterprise of the bloc is vetted too) — and alive on the opening date. A person membership
 * does not know is recorded there first (`POST /people`).
 */
function personProblem(person: PersonReplica | undefined, on: string, field: string): FieldError | null {
  if (!person) {
    return {
      field,
      vi: 'Không có người này trong hồ sơ của Ban Tổ chức (mã người không đúng, hoặc chưa cập nhật từ hồ sơ đảng viên)',
      en: 'This person is not in the membership records (wrong id, or not received from membership yet)',
    };
  }
  if (person.status === 'died' && person.endedOn && person.endedOn <= on) {
    return { field, vi: `${describePerson(person)} đã từ trần ngày ${person.endedOn}`, en: `${describePerson(person)} died on ${person.endedOn}` };
  }
  return null;
}

const PURPOSE_WORDS: Record<VettingPurpose, string> = { planning: 'quy hoạch', appointment: 'bổ nhiệm', reappointment: 'bổ nhiệm lại', election: 'giới thiệu ứng cử', other: 'mục đích khác' };

const inYear = (year: number) => ({ $gte: `${year}-01-01`, $lte: `${year}-12-31` });

/** Vetting cases: opened one by one or for many people at once; the lists, a case with its history, a person's vetting. */
@Injectable()
export class VettingCasesService {
  @Handles(VETTING_ROUTES.openCase)
  async openCase(cmd: RouteInput<typeof VETTING_ROUTES.openCase>, ctx: CommandContext) {
    const [id] = await this.open(ctx, cmd.openedOn, cmd.purpose, cmd.purposeNote, [cmd.personId], () => 'personId');
    return { id };
  }

  @Handles(VETTING_ROUTES.openCases)
  async openCases(cmd: RouteInput<typeof VETTING_ROUTES.openCases>, ctx: CommandContext) {
    return { ids: await this.open(ctx, cmd.openedOn, cmd.purpose, cmd.purposeNote, cmd.personIds, (i) => `personIds.${i}`) };
  }

  /** Every person refused is named on their own field; nothing is written unless all can be opened. */
  private async open({ em, uow }: CommandContext, openedOn: string, purpose: VettingPurpose, purposeNote: string | null, personIds: readonly string[], field: (i: number) => string): Promise<string[]> {
    await lockPeople(em, personIds);
    const people = await peopleById(em, personIds);
    const problems = personIds.map((p, i) => personProblem(people.get(p), openedOn, field(i))).filter((f): f is FieldError => !!f);
    if (problems.length) {
      const first = problems[0];
      const message = problems.length === 1 ? { vi: first.vi, en: first.en } : { vi: `${problems.length} người không thể mở hồ sơ thẩm tra`, en: `${problems.length} people cannot be vetted` };
      throw DomainError.rule(message, undefined, problems);
    }
    const open = await em.find(VettingCase, { personId: { $in: [...personIds] }, purpose, concludedOn: null });
    if (open.length) {
      const names = open.slice(0, 5).map((c) => `${describePerson(people.get(c.personId) as PersonReplica)} (${c.openedOn})`);
      throw DomainError.conflict({
        vi: `Đã có hồ sơ thẩm tra ${PURPOSE_WORDS[purpose]} chưa kết luận: ${names.join(', ')}${open.length > 5 ? ` và ${open.length - 5} người khác` : ''}`,
        en: `An open vetting case for ${purpose} already exists: ${names.join(', ')}${open.length > 5 ? ` and ${open.length - 5} more` : ''}`,
      });
    }
    return personIds.map((personId) => {
      const c = em.create(VettingCase, { personId, orgId: people.get(personId)?.orgId ?? null, purpose, purposeNote, openedOn });
      em.persist(c);
      uow.audit('vetting.open', 'vetting_case', c.id, null, auditAfter('opened', openedOn, null, { personId, orgId: c.orgId, purpose, purposeNote }));
      return c.id;
    });
  }

  @Handles(VETTING_ROUTES.listCases)
  async listCases(q: RouteInput<typeof VETTING_ROUTES.listCases>, { em, principal }: QueryContext) {
    const scope = await listScope(em, principal, q.orgId);
    const where: FilterQuery<VettingCase>[] = [];
    if (q.year) {
      const y = inYear(q.year);
      where.push({ $or: [{ openedOn: y }, { sentOn: y }, { repliedOn: y }, { concludedOn: y }] });
    }
    if (q.status === 'concluded') where.push({ concludedOn: { $ne: null } });
    if (q.status === 'replied') where.push({ concludedOn: null, repliedOn: { $ne: null } });
    if (q.status === 'requested') where.push({ concludedOn: null, repliedOn: null, requestId: { $ne: null } });
    if (q.status === 'open') where.push({ concludedOn: null, requestId: null });
    if (q.result) where.push({ result: q.result });
    if (q.purpose) where.push({ purpose: q.purpose });
    if (q.basis) where.push({ basis: q.basis });
    if (q.personId) where.push({ personId: q.personId });
    if (q.requestId) where.push({ requestId: q.requestId });
    const found = (await em.find(VettingCase, where.length ? { $and: where } : {})).filter((c) => scope.covers(c.orgId, c.openedOn));
    const ctx = await caseContext(em, found);
    const needle = q.q ? searchableName(q.q) : '';
    const rows = needle ? found.filter((c) => searchableName(ctx.people.get(c.personId)?.fullName ?? '').includes(needle)) : found;
    const key = (c: VettingCase): string | null =>
      q.sort === 'fullName' ? (ctx.people.get(c.personId)?.fullName ?? null) : q.sort === 'sentOn' ? c.sentOn : q.sort === 'concludedOn' ? c.concludedOn : c.openedOn;
    // Vietnamese collation for names; a missing date or name goes last in ascending order
    rows.sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      if (x === y) return a.id.localeCompare(b.id);
      if (x === null) return 1;
      if (y === null) return -1;
      return (q.sort === 'fullName' ? x.localeCompare(y, 'vi') : x.localeCompare(y)) || a.id.localeCompare(b.id);
    });
    if (q.order === 'desc') rows.reverse();
    const page = pageOf(rows, q);
    return { ...page, items: page.items.map((c) => caseView(c, ctx)) };
  }

  @Handles(VETTING_ROUTES.getCase)
  async getCase(q: RouteInput<typeof VETTING_ROUTES.getCase>, { em, principal }: QueryContext) {
    const c = await requireCase(em, q.id);
    if (!(await listScope(em, principal, undefined)).covers(c.orgId, c.openedOn)) throw DomainError.notFound(CASE);
    const [view] = await caseViews(em, [c]);
    const audit = await em.find(AuditEntry, { entity: 'vetting_case', entityId: c.id }, { orderBy: { at: 'asc', id: 'asc' } });
    const others = await em.find(VettingCase, { personId: c.personId, id: { $ne: c.id } }, { orderBy: { openedOn: 'desc', id: 'desc' } });
    return {
      ...view,
      history: audit.map((a) => {
        const after = a.after as { step: 'opened' | 'requestSent' | 'replyReceived' | 'concluded'; on: string; number: string | null };
        return { step: after.step, on: after.on, number: after.number, recordedBy: a.actorName, recordedAt: a.at.toISOString() };
      }),
      otherCases: others.map((o) => ({ id: o.id, purpose: o.purpose, openedOn: o.openedOn, status: statusOf(o), sentOn: o.sentOn, concludedOn: o.concludedOn, result: o.result })),
    };
  }

  @Handles(VETTING_ROUTES.personHistory)
  async personHistory(q: RouteInput<typeof VETTING_ROUTES.personHistory>, { em, principal }: QueryContext) {
    const scope = await listScope(em, principal, undefined);
    const cases = (await em.find(VettingCase, { personId: q.personId }, { orderBy: { openedOn: 'desc', id: 'desc' } })).filter((c) => scope.covers(c.orgId, c.openedOn));
    const person = (await peopleById(em, [q.personId])).get(q.personId);
    if (!person && !cases.length) throw DomainError.notFound({ vi: 'người này', en: 'Person' });
    const latest = cases.filter((c) => c.concludedOn).sort((a, b) => (b.concludedOn as string).localeCompare(a.concludedOn as string) || b.id.localeCompare(a.id))[0];
    return {
      person: personView(q.personId, person),
      cases: await caseViews(em, cases),
      latest: latest ? { caseId: latest.id, concludedOn: latest.concludedOn as string, result: latest.result as VettingResult } : null,
    };
  }
}
