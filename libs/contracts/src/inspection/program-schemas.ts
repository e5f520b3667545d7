import { z } from 'zod';
import { bilingual } from '../errors/validate';
import { factDate } from '../fact-date';
import { optionalText, requiredText } from '../fields';
import { isLocalDate, localDate } from '../local-date';
import { listQuery } from '../routes/conventions';

/**
 * Inputs of the inspection and supervision programs and of the dossier surveys (Quy định
 * 22-QĐ/TW ngày 28/7/2021 về công tác kiểm tra, giám sát và kỷ luật của Đảng; Hướng dẫn
 * 02-HD/TW ngày 09/12/2021): every field named in its refusal, in both languages.
 */

export const PROGRAM_KINDS = ['inspection', 'supervision'] as const;
export type ProgramKind = (typeof PROGRAM_KINDS)[number];
export const PROGRAM_KIND_LABELS: Readonly<Record<ProgramKind, { vi: string; en: string }>> = {
  inspection: { vi: 'Kiểm tra', en: 'Inspection' },
  supervision: { vi: 'Giám sát', en: 'Supervision' },
};

export const PROGRAM_MODES = ['regular', 'thematic'] as const;
export type ProgramMode = (typeof PROGRAM_MODES)[number];

/**
 * The steps of an inspection or a supervision, in the order they happen (Hướng dẫn 02-HD/TW):
 * the plan, the notice to the organization, its self-report, the team's verification, the
 * conclusion. A step is done only after the one before it.
 */
export const PROGRAM_PHASES = ['plan', 'notice', 'selfReport', 'verification', 'conclusion'] as const;
export type ProgramPhase = (typeof PROGRAM_PHASES)[number];
export const PROGRAM_PHASE_LABELS: Readonly<Record<ProgramPhase, { vi: string; en: string }>> = {
  plan: { vi: 'Xây dựng kế hoạch', en: 'Plan' },
  notice: { vi: 'Thông báo kế hoạch', en: 'Notice' },
  selfReport: { vi: 'Tự kiểm tra, báo cáo', en: 'Self-report' },
  verification: { vi: 'Thẩm tra, xác minh', en: 'Verification' },
  conclusion: { vi: 'Kết luận', en: 'Conclusion' },
};

export const TEAM_ROLES = ['lead', 'deputy', 'member'] as const;

const year = z.coerce
  .number({ message: bilingual('Năm không hợp lệ', 'Invalid year') })
  .int(bilingual('Năm không hợp lệ', 'Invalid year'))
  .min(1930, bilingual('Năm từ 1930', 'The year is 1930 or later'))
  .max(2100, bilingual('Năm đến 2100', 'The year is 2100 at the latest'));

const orgId = z.uuid({ message: bilingual('Mã tổ chức đảng không hợp lệ', 'Invalid organization id') });

export const createProgramSchema = z.strictObject({
  year,
  kind: z.enum(PROGRAM_KINDS, { message: bilingual('Loại chương trình là kiểm tra (inspection) hoặc giám sát (supervision)', 'The kind is inspection or supervision') }),
  mode: z.enum(PROGRAM_MODES, { message: bilingual('Hình thức là thường xuyên (regular) hoặc chuyên đề (thematic)', 'The mode is regular or thematic') }),
  title: requiredText(300, 'tên chương trình', 'The title'),
  /** The program's document (e.g. "05-CTr/UBKT"). */
  documentNumber: optionalText(100),
  issuedOn: factDate.nullish().transform((v) => v ?? null),
});
export type CreateProgramCommand = z.infer<typeof createProgramSchema>;

const due = localDate.nullish().transform((v) => v ?? null);
const phaseDues = z.strictObject({ plan: due, notice: due, selfReport: due, verification: due, conclusion: due });

/** Due dates follow the phases' order; the first one out of order is named. */
function duesInOrder(dues: Partial<Record<ProgramPhase, string | null>>, ctx: z.RefinementCtx, path: (string | number)[]) {
  let last: { phase: ProgramPhase; on: string } | null = null;
  for (const phase of PROGRAM_PHASES) {
    const on = dues[phase];
    if (!on || !isLocalDate(on)) continue;
    if (last && on < last.on) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, phase],
        message: bilingual(
          `Hạn "${PROGRAM_PHASE_LABELS[phase].vi}" (${on}) trước hạn "${PROGRAM_PHASE_LABELS[last.phase].vi}" (${last.on})`,
          `The ${PROGRAM_PHASE_LABELS[phase].en.toLowerCase()} is due (${on}) before the ${PROGRAM_PHASE_LABELS[last.phase].en.toLowerCase()} (${last.on})`,
        ),
      });
      return;
    }
    last = { phase, on };
  }
}

export const teamMemberSchema = z.strictObject({
  fullName: requiredText(120, 'họ tên thành viên đoàn', 'The team member’s name'),
  role: z.enum(TEAM_ROLES, { message: bilingual('Vai trò là trưởng đoàn (lead), phó đoàn (deputy) hoặc thành viên (member)', 'The role is lead, deputy or member') }).default('member'),
});

export const addTargetSchema = z
  .strictObject({
    orgId,
    /** Its committee (cấp ủy) is inspected or supervised. */
    targetsCommittee: z.boolean().default(true),
    /** Its secretary (bí thư cấp ủy) is. */
    targetsSecretary: z.boolean().default(false),
    /** What is checked: "việc lãnh đạo, chỉ đạo thực hiện Kết luận số 21-KL/TW ngày 25/10/2021". */
    subject: requiredText(1000, 'nội dung kiểm tra, giám sát', 'The subject'),
    team: z.array(teamMemberSchema).min(1, bilingual('Cần ít nhất một thành viên đoàn', 'At least one team member is required')).max(30),
    /** Due dates of the phases (planned; they may lie ahead). */
    dueDates: phaseDues.prefault({}),
  })
  .superRefine((t, ctx) => {
    if (!t.targetsCommittee && !t.targetsSecretary) {
      ctx.addIssue({
        code: 'custom',
        path: ['targetsCommittee'],
        message: bilingual('Chọn đối tượng: cấp ủy, bí thư cấp ủy hoặc cả hai', 'Choose the subject: the committee, its secretary or both'),
      });
    }
    if (t.team && t.team.filter((m) => m.role === 'lead').length > 1) {
      ctx.addIssue({ code: 'custom', path: ['team'], message: bilingual('Đoàn chỉ có một trưởng đoàn', 'A team has one lead') });
    }
    if (t.dueDates) duesInOrder(t.dueDates, ctx, ['dueDates']);
  });
export type AddTargetCommand = z.infer<typeof addTargetSchema>;

export const recordPhaseSchema = z.strictObject({ doneOn: factDate });

export const addFindingSchema = z.strictObject({
  recordedOn: factDate,
  text: requiredText(4000, 'nội dung phát hiện', 'The finding'),
});

export const concludeSchema = z.strictObject({
  conclusionNumber: requiredText(100, 'số thông báo kết luận', 'The conclusion number'),
  conclusionDate: factDate,
  text: requiredText(8000, 'nội dung kết luận', 'The conclusion'),
  recommendations: z
    .array(z.strictObject({ text: requiredText(2000, 'nội dung kiến nghị', 'The recommendation'), dueOn: localDate.nullish().transform((v) => v ?? null) }))
    .max(50)
    .default([]),
});
export type ConcludeCommand = z.infer<typeof concludeSchema>;

export const followUpSchema = z.strictObject({
  followedUpOn: factDate,
  note: requiredText(2000, 'nội dung theo dõi', 'The follow-up note'),
  /** The recommendation is carried out: closed with this follow-up. */
  closes: z.boolean().default(false),
});

export const recordSurveySchema = z.strictObject({
  orgId,
  surveyedOn: factDate,
  team: z.array(requiredText(120, 'họ tên người khảo sát', 'The surveyor’s name')).max(20).default([]),
  findings: requiredText(8000, 'kết quả khảo sát', 'The findings'),
});
export type RecordSurveyCommand = z.infer<typeof recordSurveySchema>;

export const issueInstructionSchema = z.strictObject({
  surveyIds: z
    .array(z.uuid({ message: bilingual('Mã cuộc khảo sát không hợp lệ', 'Invalid survey id') }))
    .min(1, bilingual('Chọn ít nhất một cuộc khảo sát', 'Choose at least one survey'))
    .max(500)
    .refine((ids) => new Set(ids).size === ids.length, bilingual('Một cuộc khảo sát được chọn hai lần', 'A survey is listed twice')),
  instructionNumber: requiredText(100, 'số văn bản chỉ đạo', 'The instruction number'),
  instructionDate: factDate,
});

const kindFilter = z.enum(PROGRAM_KINDS, { message: bilingual('Loại là inspection hoặc supervision', 'The kind is inspection or supervision') }).optional();

export const listProgramsQuery = z.strictObject({ year: year.optional(), kind: kindFilter, ...listQuery(['year', 'title']) });
export const overduePhasesQuery = z.strictObject({
  /** Today in Vietnam unless given. */
  asOf: localDate.optional(),
  ...listQuery(['dueOn', 'orgName']),
});
export const outcomesQuery = z.strictObject({ year: year.optional(), kind: kindFilter, orgId: orgId.optional(), ...listQuery(['concludedOn', 'orgName']) });
export const listSurveysQuery = z.strictObject({ year: year.optional(), orgId: orgId.optional(), ...listQuery(['surveyedOn', 'orgName']) });
export const coverageQuery = z.strictObject({
  asOf: localDate.optional(),
  status: z.enum(['surveyed', 'remaining'], { message: bilingual('Trạng thái là surveyed hoặc remaining', 'The status is surveyed or remaining') }).optional(),
  ...listQuery(['name', 'lastSurveyedOn']),
});

export const programParams = z.strictObject({ id: z.uuid({ message: bilingual('Mã chương trình không hợp lệ', 'Invalid program id') }) });
export const targetParams = z.strictObject({ id: z.uuid({ message: bilingual('Mã cuộc kiểm tra, giám sát không hợp lệ', 'Invalid target id') }) });
export const phaseParams = targetParams.extend({
  phase: z.enum(PROGRAM_PHASES, { message: bilingual(`Bước là một trong: ${PROGRAM_PHASES.join(', ')}`, `The phase is one of: ${PROGRAM_PHASES.join(', ')}`) }),
});
export const recommendationParams = z.strictObject({ id: z.uuid({ message: bilingual('Mã kiến nghị không hợp lệ', 'Invalid recommendation id') }) });
