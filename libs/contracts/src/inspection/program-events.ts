import { z } from 'zod';
import { defineEvent } from '../events/define-event';
import { localDate } from '../local-date';

/**
 * What the inspection service tells others about its programs and dossier surveys: only the
 * organization, the dates and the document numbers — findings, deliberations and conclusion texts
 * stay in the inspection service (ARCHITECTURE.md, "Data"). Reporting counts the organizations
 * inspected, supervised and surveyed in a year from these (`libs/contracts/src/reporting/metrics.ts`).
 */
const concludedTarget = {
  programId: z.uuid(),
  targetId: z.uuid(),
  /** The organization inspected or supervised (membership's id). */
  orgId: z.uuid(),
  /** The program's year (the report groups by `concludedOn`, the fact's date). */
  programYear: z.number().int(),
  /** Regular (thường xuyên) or thematic (chuyên đề). */
  mode: z.enum(['regular', 'thematic']),
  /** Its committee (cấp ủy) and / or its secretary (bí thư cấp ủy) were the subject. */
  targetsCommittee: z.boolean(),
  targetsSecretary: z.boolean(),
  conclusionNumber: z.string().min(1),
  concludedOn: localDate,
};

/** Kiểm tra: a target of an inspection program concluded (the conclusion issued). occurredOn = concludedOn. */
export const InspectionConcluded = defineEvent({
  service: 'inspection',
  aggregate: 'inspection',
  name: 'concluded',
  version: 1,
  schema: z.object(concludedTarget),
});

/** Giám sát: a target of a supervision program concluded. occurredOn = concludedOn. */
export const SupervisionConcluded = defineEvent({
  service: 'inspection',
  aggregate: 'supervision',
  name: 'concluded',
  version: 1,
  schema: z.object(concludedTarget),
});

/** Khảo sát hồ sơ tổ chức đảng và đảng viên: one organization's dossiers surveyed. occurredOn = surveyedOn. */
export const DossierSurveyCompleted = defineEvent({
  service: 'inspection',
  aggregate: 'dossierSurvey',
  name: 'completed',
  version: 1,
  schema: z.object({ surveyId: z.uuid(), orgId: z.uuid(), surveyedOn: localDate }),
});

export const PROGRAM_EVENTS = [InspectionConcluded, SupervisionConcluded, DossierSurveyCompleted] as const;
