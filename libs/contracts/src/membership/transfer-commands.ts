import { z } from 'zod';
import { bilingual } from '../errors/validate';
import { requiredText as text } from '../fields';
import { factDate } from '../fact-date';
import { isLocalDate, localDate } from '../local-date';
import { personFields } from './member-commands';

/** Inputs of transfers of party activity (chuyển sinh hoạt đảng); the routes are in transfers.routes.ts. */
export const TRANSFER_KINDS = ['out', 'in', 'internal', 'temporary'] as const;
export type TransferKind = (typeof TRANSFER_KINDS)[number];

const id = (vi: string, en: string) => z.uuid({ message: bilingual(`${vi} không hợp lệ`, `Invalid ${en}`) });
const personId = id('Mã người', 'person id');
const orgId = id('Mã tổ chức', 'organization id');
export const transferId = id('Mã chuyển sinh hoạt', 'transfer id');
const letterNumber = text(64, 'số giấy giới thiệu', 'Letter number');
const committee = (vi: string, en: string) => text(255, vi, en);
const notAfter = (a: string | null | undefined, b: string | null | undefined) => !a || !b || !isLocalDate(a) || !isLocalDate(b) || a <= b;

/** Official transfer out of the bloc: effective on the day the introduction letter is issued. */
export const transferOutSchema = z.strictObject({
  personId,
  toCommittee: committee('đảng bộ nơi chuyển đến', 'Receiving committee'),
  letterNumber,
  issuedOn: factDate,
});
export type TransferOutInput = z.infer<typeof transferOutSchema>;

/** A person not yet known here, arriving with their letter: identity and party dates. */
export const arrivingPersonSchema = z
  .strictObject({
    ...personFields,
    admissionDecisionDate: factDate,
    ceremonyDate: factDate.nullish().transform((v) => v ?? null),
    /** Null for a probationary member. */
    officialDate: factDate.nullish().transform((v) => v ?? null),
  })
  .omit({ orgId: true })
  .superRefine((v, ctx) => {
    if (!notAfter(v.admissionDecisionDate, v.officialDate)) {
      ctx.addIssue({ code: 'custom', path: ['officialDate'], message: bilingual('Ngày chính thức phải sau ngày quyết định kết nạp', 'The official date must follow the admission decision') });
    }
    if (!notAfter(v.dateOfBirth, v.admissionDecisionDate)) {
      ctx.addIssue({ code: 'custom', path: ['admissionDecisionDate'], message: bilingual('Ngày kết nạp trước ngày sinh', 'Admission before birth') });
    }
  });

/** Official transfer into the bloc, recorded when the receiving organization accepts the letter. */
export const transferInSchema = z
  .strictObject({
    /** A person already known here (who left earlier), or a new record. */
    personId: personId.optional(),
    person: arrivingPersonSchema.optional(),
    fromCommittee: committee('đảng bộ nơi chuyển đi', 'Sending committee'),
    toOrgId: orgId,
    letterNumber,
    /** The date of the sending committee's letter (the move). */
    issuedOn: factDate,
    arrivedOn: factDate,
    dossierReceivedOn: factDate.nullish().transform((v) => v ?? null),
    activityStartedOn: factDate.nullish().transform((v) => v ?? null),
  })
  .superRefine((v, ctx) => {
    if (!v.personId === !v.person) {
      ctx.addIssue({ code: 'custom', path: ['personId'], message: bilingual('Chọn một người đã có (personId) hoặc nhập hồ sơ mới (person), không cả hai', 'Give either personId (a known person) or person (a new record), not both') });
    }
    if (!notAfter(v.issuedOn, v.arrivedOn)) {
      ctx.addIssue({ code: 'custom', path: ['arrivedOn'], message: bilingual('Ngày tiếp nhận không thể trước ngày giới thiệu', 'Arrival cannot precede the letter') });
    }
  });
export type TransferInInput = z.infer<typeof transferInSchema>;

/** Internal transfer between the bloc's organizations: in transit from departure to arrival. */
export const startInternalSchema = z.strictObject({
  personId,
  toOrgId: orgId,
  letterNumber,
  departedOn: factDate,
});
export type StartInternalInput = z.infer<typeof startInternalSchema>;

/** One box of the "10-box" letter: a committee the letter passed through. */
const hopObject = z.strictObject({
  viaOrgId: orgId.optional(),
  viaCommittee: committee('cấp ủy chuyển tiếp', 'Forwarding committee').optional(),
  receivedOn: factDate,
});
const hopRefine = (v: { viaOrgId?: string; viaCommittee?: string }, ctx: z.RefinementCtx) => {
  if (!v.viaOrgId === !v.viaCommittee) {
    ctx.addIssue({ code: 'custom', path: ['viaOrgId'], message: bilingual('Chọn tổ chức trong Khối (viaOrgId) hoặc ghi tên cấp ủy (viaCommittee)', 'Give viaOrgId or viaCommittee') });
  }
};
export const hopBody = hopObject.superRefine(hopRefine);

export const arriveBody = z.strictObject({ arrivedOn: factDate, activityStartedOn: factDate.nullish().transform((v) => v ?? null) });

const followUpObject = z.strictObject({ activityStartedOn: factDate.optional(), dossierReceivedOn: factDate.optional() });
const followUpRefine = (v: { activityStartedOn?: string; dossierReceivedOn?: string }, ctx: z.RefinementCtx) => {
  if (!v.activityStartedOn && !v.dossierReceivedOn) {
    ctx.addIssue({ code: 'custom', path: ['activityStartedOn'], message: bilingual('Nhập ngày bắt đầu sinh hoạt hoặc ngày nhận hồ sơ', 'Give activityStartedOn or dossierReceivedOn') });
  }
};
export const followUpBody = followUpObject.superRefine(followUpRefine);

export const TEMPORARY_PURPOSES = ['work', 'study'] as const;

/** Temporary transfer (tạm thời): 3 months to 1 year, 2 years for study; the member stays counted at home. */
export const startTemporarySchema = z
  .strictObject({
    personId,
    toOrgId: orgId.optional(),
    toCommittee: committee('nơi sinh hoạt tạm thời', 'Temporary host').optional(),
    purpose: z.enum(TEMPORARY_PURPOSES, { message: bilingual('Mục đích: work hoặc study', 'Purpose: work or study') }),
    letterNumber,
    startOn: factDate,
    untilOn: localDate,
  })
  .superRefine((v, ctx) => {
    if (!v.toOrgId === !v.toCommittee) {
      ctx.addIssue({ code: 'custom', path: ['toOrgId'], message: bilingual('Chọn tổ chức trong Khối (toOrgId) hoặc ghi nơi đến (toCommittee)', 'Give toOrgId or toCommittee') });
    }
    if (!notAfter(v.startOn, v.untilOn)) {
      ctx.addIssue({ code: 'custom', path: ['untilOn'], message: bilingual('Ngày kết thúc phải sau ngày bắt đầu', 'The end must follow the start') });
    }
  });
export type StartTemporaryInput = z.infer<typeof startTemporarySchema>;

export const headcountQuery = z.strictObject({ orgId: orgId.optional(), asOf: localDate.optional() });

export interface TransferHop {
  box: number;
  viaOrgId: string | null;
  viaCommittee: string | null;
  receivedOn: string;
}
