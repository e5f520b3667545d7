import { z } from 'zod';
import { bilingual } from '../errors/validate';
import { defineRoute } from '../routes/define-route';
import { listQuery, paged } from '../routes/conventions';
import { dossierCorrectionBody, dossierEntryBody } from './dossier';
import { CORRECTABLE_PERSON_FIELDS, identityValues, personCorrectionBody } from './person-corrections';
import { dateSchema, personViewSchema } from './views';

/**
 * Hồ sơ đảng viên (confidential, append-only: no update or delete route) and corrections of a
 * person's identity. The service checks the caller's scope beyond the route's permission.
 */
const personParams = { id: z.uuid({ message: bilingual('Mã người không hợp lệ', 'Invalid person id') }) };
const entryId = z.uuid({ message: bilingual('Mã mục hồ sơ không hợp lệ', 'Invalid dossier entry id') });

const dossierFieldsSchema = z.object({ documentDate: dateSchema, title: z.string(), content: z.record(z.string(), z.unknown()), referenceNumber: z.string() });

const approvalSchema = z.object({ approverName: z.string(), approverRole: z.string(), decisionNumber: z.string(), approvedOn: dateSchema }).meta({ id: 'CorrectionApproval' });

/** One recorded entry as it was written: an original, or a correction with its approval. */
export const dossierVersionSchema = dossierFieldsSchema
  .extend({
    entryId: z.uuid(),
    recordedAt: z.string().meta({ format: 'date-time' }),
    recordedBy: z.string(),
    correction: z.object({ correctsEntryId: z.uuid(), reason: z.string(), approval: approvalSchema, changed: z.array(z.string()) }).nullable(),
  })
  .meta({ id: 'DossierVersion' });

/** An original with every correction applied in order (`current`), the original and the corrections kept. */
export const dossierItemSchema = z
  .object({ entryId: z.uuid(), kind: z.string(), year: z.number().int().nullable(), current: dossierFieldsSchema, original: dossierVersionSchema, corrections: z.array(dossierVersionSchema) })
  .meta({ id: 'DossierItem' });

/** A write answers the item it produced, `id` being the new entry (the original, or the correction). */
const writtenItemSchema = dossierItemSchema.extend({ id: z.uuid() });

export const DOSSIER_ROUTES = {
  kinds: defineRoute({
    service: 'membership',
    method: 'GET',
    path: 'dossier/kinds',
    pattern: 'membership.dossier.kinds',
    permission: 'dossier:read',
    tag: 'dossier',
    summary: 'Danh mục loại tài liệu hồ sơ đảng viên / Kinds of dossier documents',
    response: z.array(z.object({ code: z.string(), vi: z.string(), en: z.string() })),
  }),
  list: defineRoute({
    service: 'membership',
    method: 'GET',
    path: 'members/:id/dossier',
    pattern: 'membership.dossier.list',
    permission: 'dossier:read',
    tag: 'dossier',
    // the read itself is audited, in the transaction of a command
    kind: 'command',
    summary: 'Hồ sơ đảng viên: các mục, đính chính đã áp dụng, bản gốc vẫn giữ (mỗi lần xem được ghi nhật ký) / The dossier: entries with corrections applied, originals kept (every read is audited)',
    description: 'Within the caller’s scope only. `sort=recorded` is the order entries were added in; `documentDate` the date on each document.',
    params: z.strictObject(personParams),
    query: z.strictObject({ ...listQuery(['recorded', 'documentDate']) }),
    response: paged(dossierItemSchema).extend({ personId: z.uuid() }),
  }),
  add: defineRoute({
    service: 'membership',
    method: 'POST',
    path: 'members/:id/dossier',
    pattern: 'membership.dossier.add',
    permission: 'dossier:write',
    tag: 'dossier',
    summary: 'Thêm một mục hồ sơ (lý lịch, phiếu bổ sung hằng năm, quyết định…); không sửa, không xóa / Add a dossier entry; never updated or deleted',
    params: z.strictObject(personParams),
    body: dossierEntryBody,
    status: 201,
    response: writtenItemSchema,
    examples: { body: { kind: 'ly-lich', documentDate: '2004-10-01', title: 'Lý lịch của người xin vào Đảng', content: { queQuan: 'Nghệ An' }, referenceNumber: 'LL-2004-017' } },
  }),
  correct: defineRoute({
    service: 'membership',
    method: 'POST',
    path: 'members/:id/dossier/:entryId/corrections',
    pattern: 'membership.dossier.correct',
    permission: 'dossier:write',
    tag: 'dossier',
    summary: 'Đính chính một mục hồ sơ (cần quyết định phê duyệt; bản gốc vẫn giữ) / Correct a dossier entry (needs an approval; the original is kept)',
    params: z.strictObject({ ...personParams, entryId }),
    body: dossierCorrectionBody,
    status: 201,
    response: writtenItemSchema,
  }),
  correctPerson: defineRoute({
    service: 'membership',
    method: 'POST',
    path: 'members/:id/corrections',
    pattern: 'membership.person.correct',
    permission: 'members:write',
    tag: 'dossier',
    summary: 'Đính chính thông tin nhân thân (họ tên, ngày sinh, CCCD…; cần quyết định phê duyệt) / Correct a person’s identity (name, birth date, citizen ID…; needs an approval)',
    params: z.strictObject(personParams),
    body: personCorrectionBody,
    status: 201,
    response: personViewSchema.extend({
      correction: z.object({ changed: z.array(z.enum(CORRECTABLE_PERSON_FIELDS)), before: identityValues, after: identityValues, reason: z.string(), approval: approvalSchema }),
    }),
  }),
};

export type DossierVersionView = z.infer<typeof dossierVersionSchema>;
export type DossierItemView = z.infer<typeof dossierItemSchema>;
