import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  DomainError,
  InspectionConcluded,
  pageOf,
  type Principal,
  PROGRAM_PHASES,
  PROGRAM_ROUTES,
  type ProgramKind,
  type ProgramMode,
  type ProgramPhase,
  RouteInput,
  RouteResult,
  SupervisionConcluded,
  todayInVietnam,
} from '@party/contracts';
import { assertInScope, orgScopeOf, outOfScope } from '@party/org-replica';
import { CommandContext, Handles, QueryContext } from '@party/service-kit';
import { orgNames, versionsDuring } from './org-names';
import { InspectionProgram, ProgramTarget, TargetPhase, TargetRecommendation } from './program.entities';
import { conclusionRefusal, daysBetween, followUpRefusal, isOverdue, nextPhase, phaseDoneRefusal } from './program.rules';

type TargetView = RouteResult<typeof PROGRAM_ROUTES.getTarget>;
interface ProgramCounts {
  targets: number;
  concluded: number;
  phasesDone: number;
  phasesTotal: number;
  overduePhases: number;
}
const NO_COUNTS: Readonly<ProgramCounts> = { targets: 0, concluded: 0, phasesDone: 0, phasesTotal: 0, overduePhases: 0 };

const programNotFound = () => DomainError.notFound({ vi: 'chương trình kiểm tra, giám sát', en: 'Inspection or supervision program' });
const targetNotFound = () => DomainError.notFound({ vi: 'cuộc kiểm tra, giám sát', en: 'Inspection or supervision target' });

const statusOf = (t: ProgramTarget, phases: readonly TargetPhase[]) => (t.conclusionDate ? 'concluded' : phases.some((p) => p.doneOn) ? 'in_progress' : 'planned');

function summaryOf(t: ProgramTarget, phases: readonly TargetPhase[], names: Map<string, string>, today = todayInVietnam()) {
  const next = t.conclusionDate ? null : nextPhase(phases.map((p) => ({ phase: p.phase as ProgramPhase, doneOn: p.doneOn })));
  return {
    id: t.id,
    programId: t.programId,
    orgId: t.orgId,
    orgName: names.get(t.orgId) ?? null,
    subject: t.subject,
    targetsCommittee: t.targetsCommittee,
    targetsSecretary: t.targetsSecretary,
    status: statusOf(t, phases) as 'planned' | 'in_progress' | 'concluded',
    nextPhase: next,
    phasesDone: phases.filter((p) => p.doneOn).length,
    overduePhases: phases.filter((p) => isOverdue(p, today)).length,
    nextDueOn: (next && phases.find((p) => p.phase === next)?.dueOn) ?? null,
    conclusionDate: t.conclusionDate,
  };
}

/** Targets are read and written by whole-bloc principals; a scoped one (none holds `inspection:*` today) only within its subtree. */
async function assertTargetInScope(em: EntityManager, principal: Principal, orgId: string): Promise<void> {
  if (principal.orgScopeId === null) return;
  if (!(await orgScopeOf(em, principal)).covers(orgId, todayInVietnam())) throw outOfScope();
}

/** The programs of inspection and supervision, their targets, phases, findings, conclusions and recommendations. */
@Injectable()
export class ProgramsService {
  @Handles(PROGRAM_ROUTES.createProgram)
  async createProgram(cmd: RouteInput<typeof PROGRAM_ROUTES.createProgram>, { em, uow }: CommandContext) {
    const p = em.create(InspectionProgram, { year: cmd.year, kind: cmd.kind, mode: cmd.mode, title: cmd.title, documentNumber: cmd.documentNumber, issuedOn: cmd.issuedOn });
    em.persist(p);
    uow.audit('program.create', 'inspection_program', p.id, null, { ...cmd });
    return { id: p.id };
  }

  @Handles(PROGRAM_ROUTES.listPrograms)
  async listPrograms(q: RouteInput<typeof PROGRAM_ROUTES.listPrograms>, { em }: QueryContext) {
    const programs = await em.find(InspectionProgram, { ...(q.year ? { year: q.year } : {}), ...(q.kind ? { kind: q.kind } : {}) });
    const counts = await this.targetCounts(em, programs.map((p) => p.id));
    const rows = programs.map((p) => this.programView(p, counts.get(p.id)));
    rows.sort((a, b) => (q.sort === 'title' ? a.title.localeCompare(b.title, 'vi') : a.year - b.year || a.title.localeCompare(b.title, 'vi')) || a.id.localeCompare(b.id));
    if (q.order === 'desc') rows.reverse();
    return pageOf(rows, q);
  }

  @Handles(PROGRAM_ROUTES.getProgram)
  async getProgram(q: RouteInput<typeof PROGRAM_ROUTES.getProgram>, { em }: QueryContext) {
    const p = await em.findOne(InspectionProgram, { id: q.id });
    if (!p) throw programNotFound();
    const targets = await em.find(ProgramTarget, { programId: p.id }, { orderBy: { createdAt: 'asc', id: 'asc' } });
    const phases = await em.find(TargetPhase, { targetId: { $in: targets.map((t) => t.id) } });
    const names = await orgNames(em, targets.map((t) => t.orgId));
    const counts = await this.targetCounts(em, [p.id]);
    return {
      ...this.programView(p, counts.get(p.id)),
      targetList: targets.map((t) => summaryOf(t, phases.filter((ph) => ph.targetId === t.id), names)),
    };
  }

  @Handles(PROGRAM_ROUTES.addTarget)
  async addTarget(cmd: RouteInput<typeof PROGRAM_ROUTES.addTarget>, { em, uow, principal }: CommandContext) {
    const p = await em.findOne(InspectionProgram, { id: cmd.id });
    if (!p) throw programNotFound();
    const from = `${p.year}-01-01`;
    const to = `${p.year}-12-31`;
    const versions = await versionsDuring(em, cmd.orgId, from, to);
    if (!versions.length) {
      throw DomainError.rule(
        { vi: `Tổ chức đảng được chọn không tồn tại trong Đảng bộ Khối vào năm ${p.year}`, en: `The organization chosen did not exist in the bloc in ${p.year}` },
        undefined,
        [{ field: 'orgId', vi: `Không có trong năm ${p.year}`, en: `Not there in ${p.year}` }],
      );
    }
    await assertInScope(em, principal, [cmd.orgId], versions[versions.length - 1].validFrom);
    const duplicate = () =>
      DomainError.conflict({ vi: `${versions[versions.length - 1].name} đã có trong chương trình này`, en: `${versions[versions.length - 1].name} is already a target of this program` });
    if (await em.count(ProgramTarget, { programId: p.id, orgId: cmd.orgId })) throw duplicate();
    const t = em.create(ProgramTarget, {
      programId: p.id,
      orgId: cmd.orgId,
      targetsCommittee: cmd.targetsCommittee,
      targetsSecretary: cmd.targetsSecretary,
      subject: cmd.subject,
      team: cmd.team,
    });
    em.persist(t);
    PROGRAM_PHASES.forEach((phase, seq) => em.persist(em.create(TargetPhase, { targetId: t.id, phase, seq, dueOn: cmd.dueDates[phase] ?? null, doneOn: null })));
    uow.audit('target.add', 'program_target', t.id, null, { programId: p.id, orgId: t.orgId, subject: t.subject, team: t.team, dueDates: cmd.dueDates });
    await uow.flushOrConflict(duplicate);
    return { id: t.id };
  }

  @Handles(PROGRAM_ROUTES.getTarget)
  async getTarget(q: RouteInput<typeof PROGRAM_ROUTES.getTarget>, { em, principal }: QueryContext) {
    const t = await em.findOne(ProgramTarget, { id: q.id });
    if (!t) throw targetNotFound();
    await assertTargetInScope(em, principal, t.orgId);
    return this.targetView(em, t);
  }

  @Handles(PROGRAM_ROUTES.recordPhase)
  async recordPhase(cmd: RouteInput<typeof PROGRAM_ROUTES.recordPhase>, { em, uow, principal }: CommandContext) {
    const t = await this.targetForWrite(em, principal, cmd.id);
    const phases = await em.find(TargetPhase, { targetId: t.id });
    const refusal = phaseDoneRefusal(phases.map((p) => ({ phase: p.phase as ProgramPhase, doneOn: p.doneOn })), cmd.phase, cmd.doneOn, !!t.conclusionDate);
    if (refusal) throw refusal;
    const row = phases.find((p) => p.phase === cmd.phase) as TargetPhase;
    const before = { phase: row.phase, doneOn: row.doneOn };
    row.doneOn = cmd.doneOn;
    uow.audit('target.phaseDone', 'program_target', t.id, before, { phase: row.phase, doneOn: row.doneOn });
    await em.flush();
    return this.targetView(em, t);
  }

  @Handles(PROGRAM_ROUTES.addFinding)
  async addFinding(cmd: RouteInput<typeof PROGRAM_ROUTES.addFinding>, { em, uow, principal }: CommandContext) {
    const t = await this.targetForWrite(em, principal, cmd.id);
    if (t.conclusionDate) throw DomainError.conflict({ vi: 'Cuộc kiểm tra, giám sát đã kết luận: không ghi thêm phát hiện', en: 'The target is concluded: no more findings' });
    const before = [...t.findings];
    t.findings = [...t.findings, { recordedOn: cmd.recordedOn, text: cmd.text }].sort((a, b) => a.recordedOn.localeCompare(b.recordedOn));
    uow.audit('target.finding', 'program_target', t.id, { findings: before }, { findings: t.findings });
    await em.flush();
    return this.targetView(em, t);
  }

  @Handles(PROGRAM_ROUTES.conclude)
  async conclude(cmd: RouteInput<typeof PROGRAM_ROUTES.conclude>, { em, uow, principal }: CommandContext) {
    const t = await this.targetForWrite(em, principal, cmd.id);
    const p = (await em.findOne(InspectionProgram, { id: t.programId })) as InspectionProgram;
    const phases = await em.find(TargetPhase, { targetId: t.id });
    const refusal = conclusionRefusal(phases.map((ph) => ({ phase: ph.phase as ProgramPhase, doneOn: ph.doneOn })), t.findings.length, cmd.conclusionDate, !!t.conclusionDate);
    if (refusal) throw refusal;
    t.conclusionNumber = cmd.conclusionNumber;
    t.conclusionDate = cmd.conclusionDate;
    t.conclusionText = cmd.text;
    (phases.find((ph) => ph.phase === 'conclusion') as TargetPhase).doneOn = cmd.conclusionDate;
    cmd.recommendations.forEach((r, seq) => em.persist(em.create(TargetRecommendation, { targetId: t.id, seq, text: r.text, dueOn: r.dueOn })));
    const def = (p.kind as ProgramKind) === 'inspection' ? InspectionConcluded : SupervisionConcluded;
    uow.event(
      def,
      {
        programId: p.id,
        targetId: t.id,
        orgId: t.orgId,
        programYear: p.year,
        mode: p.mode as ProgramMode,
        targetsCommittee: t.targetsCommittee,
        targetsSecretary: t.targetsSecretary,
        conclusionNumber: cmd.conclusionNumber,
        concludedOn: cmd.conclusionDate,
      },
      cmd.conclusionDate,
      t.orgId,
    );
    uow.audit('target.conclude', 'program_target', t.id, null, { conclusionNumber: cmd.conclusionNumber, conclusionDate: cmd.conclusionDate, text: cmd.text, recommendations: cmd.recommendations });
    await em.flush();
    return this.targetView(em, t);
  }

  @Handles(PROGRAM_ROUTES.followUp)
  async followUp(cmd: RouteInput<typeof PROGRAM_ROUTES.followUp>, { em, uow, principal }: CommandContext) {
    const rec = await em.findOne(TargetRecommendation, { id: cmd.id });
    if (!rec) throw DomainError.notFound({ vi: 'kiến nghị', en: 'Recommendation' });
    const t = await this.targetForWrite(em, principal, rec.targetId);
    const refusal = followUpRefusal(rec, t.conclusionDate as string, cmd.followedUpOn);
    if (refusal) throw refusal;
    const before = { followUps: [...rec.followUps], closedOn: rec.closedOn };
    rec.followUps = [...rec.followUps, { followedUpOn: cmd.followedUpOn, note: cmd.note, closes: cmd.closes }];
    if (cmd.closes) rec.closedOn = cmd.followedUpOn;
    uow.audit('recommendation.followUp', 'target_recommendation', rec.id, before, { followUps: rec.followUps, closedOn: rec.closedOn });
    await em.flush();
    return this.targetView(em, t);
  }

  @Handles(PROGRAM_ROUTES.overduePhases)
  async overduePhases(q: RouteInput<typeof PROGRAM_ROUTES.overduePhases>, { em, principal }: QueryContext) {
    const asOf = q.asOf ?? todayInVietnam();
    const phases = await em.find(TargetPhase, { doneOn: null, dueOn: { $lt: asOf } });
    const targets = await em.find(ProgramTarget, { id: { $in: [...new Set(phases.map((p) => p.targetId))] }, conclusionDate: null });
    const byId = new Map(targets.map((t) => [t.id, t]));
    const programs = new Map((await em.find(InspectionProgram, { id: { $in: [...new Set(targets.map((t) => t.programId))] } })).map((p) => [p.id, p]));
    const names = await orgNames(em, targets.map((t) => t.orgId));
    const scope = await orgScopeOf(em, principal);
    const rows = phases
      .filter((ph) => byId.has(ph.targetId) && isOverdue(ph, asOf))
      .map((ph) => {
        const t = byId.get(ph.targetId) as ProgramTarget;
        const p = programs.get(t.programId) as InspectionProgram;
        return {
          targetId: t.id,
          programId: p.id,
          year: p.year,
          kind: p.kind as ProgramKind,
          orgId: t.orgId,
          orgName: names.get(t.orgId) ?? null,
          subject: t.subject,
          phase: ph.phase as ProgramPhase,
          dueOn: ph.dueOn as string,
          daysOverdue: daysBetween(ph.dueOn as string, asOf),
        };
      })
      .filter((r) => scope.covers(r.orgId, asOf));
    rows.sort(
      (a, b) =>
        (q.sort === 'orgName' ? (a.orgName ?? '').localeCompare(b.orgName ?? '', 'vi') || a.dueOn.localeCompare(b.dueOn) : a.dueOn.localeCompare(b.dueOn) || (a.orgName ?? '').localeCompare(b.orgName ?? '', 'vi')) ||
        PROGRAM_PHASES.indexOf(a.phase) - PROGRAM_PHASES.indexOf(b.phase) ||
        a.targetId.localeCompare(b.targetId),
    );
    if (q.order === 'desc') rows.reverse();
    return { asOf, ...pageOf(rows, q) };
  }

  /**
   * Concluded targets as the Organization Board and the secretaries may read them: the conclusion
   * and its recommendations, never the findings, the team or the steps. A secretary sees those
   * about an organization of their subtree on the conclusion date.
   */
  @Handles(PROGRAM_ROUTES.outcomes)
  async outcomes(q: RouteInput<typeof PROGRAM_ROUTES.outcomes>, { em, principal }: QueryContext) {
    const scope = await orgScopeOf(em, principal);
    if (q.orgId && !scope.whole && !scope.orgIds().includes(q.orgId)) throw outOfScope();
    const programs = await em.find(InspectionProgram, { ...(q.year ? { year: q.year } : {}), ...(q.kind ? { kind: q.kind } : {}) });
    const byId = new Map(programs.map((p) => [p.id, p]));
    const targets = (
      await em.find(ProgramTarget, {
        programId: { $in: programs.map((p) => p.id) },
        conclusionDate: { $ne: null },
        ...(q.orgId ? { orgId: q.orgId } : scope.whole ? {} : { orgId: { $in: scope.orgIds() } }),
      })
    ).filter((t) => scope.covers(t.orgId, t.conclusionDate as string));
    const recs = await em.find(TargetRecommendation, { targetId: { $in: targets.map((t) => t.id) } }, { orderBy: { seq: 'asc' } });
    const names = await orgNames(em, targets.map((t) => t.orgId));
    const rows = targets.map((t) => {
      const p = byId.get(t.programId) as InspectionProgram;
      return {
        targetId: t.id,
        year: p.year,
        kind: p.kind as ProgramKind,
        mode: p.mode as ProgramMode,
        orgId: t.orgId,
        orgName: names.get(t.orgId) ?? null,
        subject: t.subject,
        targetsCommittee: t.targetsCommittee,
        targetsSecretary: t.targetsSecretary,
        conclusionNumber: t.conclusionNumber as string,
        conclusionDate: t.conclusionDate as string,
        conclusion: t.conclusionText as string,
        recommendations: recs.filter((r) => r.targetId === t.id).map((r) => ({ text: r.text, dueOn: r.dueOn, closedOn: r.closedOn })),
      };
    });
    rows.sort(
      (a, b) =>
        (q.sort === 'orgName' ? (a.orgName ?? '').localeCompare(b.orgName ?? '', 'vi') || a.conclusionDate.localeCompare(b.conclusionDate) : a.conclusionDate.localeCompare(b.conclusionDate) || (a.orgName ?? '').localeCompare(b.orgName ?? '', 'vi')) ||
        a.targetId.localeCompare(b.targetId),
    );
    if (q.order === 'desc') rows.reverse();
    return pageOf(rows, q);
  }

  private async targetForWrite(em: EntityManager, principal: Principal, id: string): Promise<ProgramTarget> {
    const t = await em.findOne(ProgramTarget, { id });
    if (!t) throw targetNotFound();
    await assertTargetInScope(em, principal, t.orgId);
    return t;
  }

  /** Per program: its targets, those concluded, and their phases done, in all and overdue today. */
  private async targetCounts(em: EntityManager, programIds: string[]): Promise<Map<string, ProgramCounts>> {
    const out = new Map<string, ProgramCounts>();
    if (!programIds.length) return out;
    const targets = await em.find(ProgramTarget, { programId: { $in: programIds } }, { fields: ['programId', 'conclusionDate'] });
    const phases = await em.find(TargetPhase, { targetId: { $in: targets.map((t) => t.id) } });
    const programOf = new Map(targets.map((t) => [t.id, t.programId]));
    const today = todayInVietnam();
    const counts = (id: string) => out.get(id) ?? (out.set(id, { ...NO_COUNTS }).get(id) as ProgramCounts);
    for (const t of targets) {
      const c = counts(t.programId);
      c.targets++;
      if (t.conclusionDate) c.concluded++;
    }
    for (const ph of phases) {
      const c = counts(programOf.get(ph.targetId) as string);
      c.phasesTotal++;
      if (ph.doneOn) c.phasesDone++;
      if (isOverdue(ph, today)) c.overduePhases++;
    }
    return out;
  }

  private programView(p: InspectionProgram, counts: ProgramCounts = NO_COUNTS) {
    return {
      id: p.id,
      year: p.year,
      kind: p.kind as ProgramKind,
      mode: p.mode as ProgramMode,
      title: p.title,
      documentNumber: p.documentNumber,
      issuedOn: p.issuedOn,
      ...counts,
    };
  }

  private async targetView(em: EntityManager, t: ProgramTarget): Promise<TargetView> {
    const p = (await em.findOne(InspectionProgram, { id: t.programId })) as InspectionProgram;
    const phases = (await em.find(TargetPhase, { targetId: t.id })).sort((a, b) => a.seq - b.seq);
    const recs = await em.find(TargetRecommendation, { targetId: t.id }, { orderBy: { seq: 'asc' } });
    const names = await orgNames(em, [t.orgId]);
    const today = todayInVietnam();
    return {
      ...summaryOf(t, phases, names, today),
      year: p.year,
      kind: p.kind as ProgramKind,
      mode: p.mode as ProgramMode,
      team: t.team,
      phases: phases.map((ph) => ({ phase: ph.phase as ProgramPhase, dueOn: ph.dueOn, doneOn: ph.doneOn, overdue: isOverdue(ph, today) })),
      findings: t.findings,
      conclusion: t.conclusionDate ? { number: t.conclusionNumber as string, date: t.conclusionDate, text: t.conclusionText as string } : null,
      recommendations: recs.map((r) => ({ id: r.id, text: r.text, dueOn: r.dueOn, closedOn: r.closedOn, followUps: r.followUps })),
    };
  }
}
