import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, DossierSurveyCompleted, pageOf, PROGRAM_ROUTES, RouteInput, todayInVietnam } from '@party/contracts';
import { assertInScope, OrgVersion, scopeIds } from '@party/org-replica';
import { CommandContext, Handles, QueryContext } from '@party/service-kit';
import { orgNames } from './org-names';
import { DossierSurvey } from './program.entities';
import { PROGRAM_REGULATION } from './program.rules';

const viDate = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;

const surveyView = (s: DossierSurvey, names: Map<string, string>) => ({
  id: s.id,
  orgId: s.orgId,
  orgName: names.get(s.orgId) ?? null,
  surveyedOn: s.surveyedOn,
  team: s.team,
  findings: s.findings,
  instruction: s.instructionNumber && s.instructionDate ? { number: s.instructionNumber, date: s.instructionDate } : null,
});

/** The grassroots organizations of the bloc existing on `asOf` (the replica). */
export function grassrootsOn(em: EntityManager, asOf: string): Promise<OrgVersion[]> {
  return em.find(OrgVersion, { grassroots: true, validFrom: { $lte: asOf }, $or: [{ validTo: null }, { validTo: { $gt: asOf } }] });
}

/**
 * Khảo sát hồ sơ tổ chức đảng và đảng viên: one grassroots organization's dossiers surveyed on a
 * day, with what was found, and the instruction the committee issued afterwards; and the coverage
 * — of the grassroots organizations existing on a day, which were ever surveyed up to it.
 */
@Injectable()
export class DossierSurveysService {
  @Handles(PROGRAM_ROUTES.recordSurvey)
  async recordSurvey(cmd: RouteInput<typeof PROGRAM_ROUTES.recordSurvey>, { em, uow, principal }: CommandContext) {
    const version = await em.findOne(OrgVersion, { orgId: cmd.orgId, validFrom: { $lte: cmd.surveyedOn }, $or: [{ validTo: null }, { validTo: { $gt: cmd.surveyedOn } }] });
    if (!version) {
      throw DomainError.rule(
        { vi: `Tổ chức đảng được chọn không tồn tại trong Đảng bộ Khối ngày ${viDate(cmd.surveyedOn)}`, en: `The organization chosen did not exist in the bloc on ${cmd.surveyedOn}` },
        undefined,
        [{ field: 'orgId', vi: `Không có vào ngày ${viDate(cmd.surveyedOn)}`, en: `Not there on ${cmd.surveyedOn}` }],
      );
    }
    if (!version.grassroots) {
      throw DomainError.rule(
        { vi: `${version.name} không phải tổ chức cơ sở đảng: khảo sát hồ sơ theo tổ chức cơ sở đảng`, en: `${version.name} is not a grassroots organization: dossiers are surveyed per grassroots organization` },
        PROGRAM_REGULATION,
        [{ field: 'orgId', vi: 'Chọn tổ chức cơ sở đảng', en: 'Choose a grassroots organization' }],
      );
    }
    await assertInScope(em, principal, [cmd.orgId], cmd.surveyedOn);
    const duplicate = () => DomainError.conflict({ vi: `Đã ghi nhận khảo sát hồ sơ ${version.name} ngày ${viDate(cmd.surveyedOn)}`, en: `A survey of ${version.name} on ${cmd.surveyedOn} is already recorded` });
    if (await em.count(DossierSurvey, { orgId: cmd.orgId, surveyedOn: cmd.surveyedOn })) throw duplicate();
    const s = em.create(DossierSurvey, { orgId: cmd.orgId, surveyedOn: cmd.surveyedOn, team: cmd.team, findings: cmd.findings });
    em.persist(s);
    uow.event(DossierSurveyCompleted, { surveyId: s.id, orgId: s.orgId, surveyedOn: s.surveyedOn }, s.surveyedOn, s.orgId);
    uow.audit('dossierSurvey.record', 'dossier_survey', s.id, null, { orgId: s.orgId, surveyedOn: s.surveyedOn, team: s.team, findings: s.findings });
    await uow.flushOrConflict(duplicate);
    return { id: s.id };
  }

  @Handles(PROGRAM_ROUTES.issueInstruction)
  async issueInstruction(cmd: RouteInput<typeof PROGRAM_ROUTES.issueInstruction>, { em, uow }: CommandContext) {
    const surveys = await em.find(DossierSurvey, { id: { $in: cmd.surveyIds } });
    const byId = new Map(surveys.map((s) => [s.id, s]));
    const fields = cmd.surveyIds.flatMap((id, i) => {
      const s = byId.get(id);
      if (!s) return [{ field: `surveyIds.${i}`, vi: 'Không tìm thấy cuộc khảo sát', en: 'No such survey' }];
      if (s.instructionNumber) return [{ field: `surveyIds.${i}`, vi: `Đã có văn bản chỉ đạo số ${s.instructionNumber}`, en: `Already followed by instruction ${s.instructionNumber}` }];
      if (s.surveyedOn > cmd.instructionDate) return [{ field: 'instructionDate', vi: `Trước ngày khảo sát ${viDate(s.surveyedOn)}`, en: `Before the survey of ${s.surveyedOn}` }];
      return [];
    });
    if (fields.length) {
      throw DomainError.rule(
        { vi: 'Văn bản chỉ đạo ban hành sau các cuộc khảo sát chưa có văn bản chỉ đạo', en: 'An instruction follows surveys that have none yet, on or after their dates' },
        PROGRAM_REGULATION,
        // one message per field: the first of each
        fields.filter((f, i) => fields.findIndex((g) => g.field === f.field) === i),
      );
    }
    for (const s of surveys) {
      s.instructionNumber = cmd.instructionNumber;
      s.instructionDate = cmd.instructionDate;
      uow.audit('dossierSurvey.instruction', 'dossier_survey', s.id, null, { instructionNumber: cmd.instructionNumber, instructionDate: cmd.instructionDate });
    }
    await em.flush();
    return { surveys: surveys.length, instructionNumber: cmd.instructionNumber, instructionDate: cmd.instructionDate };
  }

  @Handles(PROGRAM_ROUTES.listSurveys)
  async listSurveys(q: RouteInput<typeof PROGRAM_ROUTES.listSurveys>, { em, principal }: QueryContext) {
    const ids = await scopeIds(em, principal, q.orgId, todayInVietnam());
    const surveys = await em.find(DossierSurvey, {
      ...(q.year ? { surveyedOn: { $gte: `${q.year}-01-01`, $lte: `${q.year}-12-31` } } : {}),
      ...(ids ? { orgId: { $in: ids } } : {}),
    });
    const names = await orgNames(em, surveys.map((s) => s.orgId));
    const rows = surveys.map((s) => surveyView(s, names));
    const byName = (a: (typeof rows)[number], b: (typeof rows)[number]) => (a.orgName ?? '').localeCompare(b.orgName ?? '', 'vi');
    rows.sort((a, b) => (q.sort === 'orgName' ? byName(a, b) || a.surveyedOn.localeCompare(b.surveyedOn) : a.surveyedOn.localeCompare(b.surveyedOn) || byName(a, b)) || a.id.localeCompare(b.id));
    if (q.order === 'desc') rows.reverse();
    return pageOf(rows, q);
  }

  @Handles(PROGRAM_ROUTES.coverage)
  async coverage(q: RouteInput<typeof PROGRAM_ROUTES.coverage>, { em }: QueryContext) {
    const asOf = q.asOf ?? todayInVietnam();
    const orgs = await grassrootsOn(em, asOf);
    const done = await em.execute<{ org_id: string; n: number; last: string }[]>(
      `select org_id::text as org_id, count(*)::int as n, max(surveyed_on)::text as last from "${em.config.get('schema')}"."dossier_survey" where surveyed_on <= ? group by org_id`,
      [asOf],
    );
    const surveyed = new Map(done.map((r) => [r.org_id, r]));
    // the parents' names on the same day: the portal draws the coverage grouped under them
    const parents = await orgNames(em, orgs.flatMap((o) => (o.parentId ? [o.parentId] : [])), asOf);
    const all = orgs.map((o) => ({
      orgId: o.orgId,
      name: o.name,
      kind: o.kind,
      parentId: o.parentId,
      parentName: (o.parentId && parents.get(o.parentId)) || null,
      surveys: Number(surveyed.get(o.orgId)?.n ?? 0),
      lastSurveyedOn: surveyed.get(o.orgId)?.last ?? null,
    }));
    const surveyedCount = all.filter((o) => o.surveys > 0).length;
    const rows = all.filter((o) => (q.status === 'surveyed' ? o.surveys > 0 : q.status === 'remaining' ? o.surveys === 0 : true));
    rows.sort((a, b) => (q.sort === 'lastSurveyedOn' ? (a.lastSurveyedOn ?? '').localeCompare(b.lastSurveyedOn ?? '') : 0) || a.name.localeCompare(b.name, 'vi') || a.orgId.localeCompare(b.orgId));
    if (q.order === 'desc') rows.reverse();
    return { asOf, grassroots: all.length, surveyed: surveyedCount, remaining: all.length - surveyedCount, ...pageOf(rows, q) };
  }
}
