import { z } from 'zod';
import { bilingual } from '../errors/validate';
import { factDate } from '../fact-date';
import { localDate } from '../local-date';
import { ORG_KINDS, orgKindSchema } from './organization-kinds';

const orgId = z.uuid({ message: bilingual('Mã tổ chức không hợp lệ', 'Invalid organization id') });
const orgName = z
  .string({ message: bilingual('Vui lòng nhập tên tổ chức', 'Organization name is required') })
  .trim()
  .min(1, bilingual('Vui lòng nhập tên tổ chức', 'Organization name is required'))
  .max(255, bilingual('Tên tổ chức tối đa 255 ký tự', 'Organization name: at most 255 characters'));
const committeeName = z
  .string({ message: bilingual('Vui lòng nhập tên cấp ủy', 'Committee name is required') })
  .trim()
  .min(1, bilingual('Vui lòng nhập tên cấp ủy', 'Committee name is required'))
  .max(255);
const decisionNumber = z
  .string({ message: bilingual('Vui lòng nhập số quyết định', 'Decision number is required') })
  .trim()
  .min(1, bilingual('Vui lòng nhập số quyết định', 'Decision number is required'))
  .max(64, bilingual('Số quyết định tối đa 64 ký tự', 'Decision number: at most 64 characters'));
const kind = z.enum(ORG_KINDS, {
  message: bilingual(`Loại tổ chức phải là một trong: ${ORG_KINDS.join(', ')}`, `Kind must be one of: ${ORG_KINDS.join(', ')}`),
});
/** The date the decision takes effect: the date the change happened in the world. */
const effectiveOn = factDate;

const distinct = (ids: string[]) => new Set(ids).size === ids.length;

export const newOrgSchema = z.strictObject({
  kind,
  name: orgName,
  /** null only for the bloc committee at the root. */
  parentId: orgId.nullable().default(null),
});

export const establishOrgSchema = newOrgSchema.extend({ effectiveOn, decisionNumber });
export type EstablishOrgInput = z.infer<typeof establishOrgSchema>;

/** An organization handed in from another superior committee, with its members (not a transfer). */
export const handInOrgSchema = establishOrgSchema.extend({ fromCommittee: committeeName });
export type HandInOrgInput = z.infer<typeof handInOrgSchema>;

export const renameOrgBody = z.strictObject({ name: orgName, effectiveOn, decisionNumber });

export const moveOrgBody = z.strictObject({ parentId: orgId, effectiveOn, decisionNumber });

/** Several organizations into one: an existing one (`intoOrgId`) or a new one (`newOrg`). */
export const mergeOrgsSchema = z
  .strictObject({
    sourceIds: z
      .array(orgId)
      .min(1, bilingual('Cần ít nhất một tổ chức được hợp nhất', 'At least one organization to merge'))
      .refine(distinct, { message: bilingual('Tổ chức bị lặp', 'Duplicate organization') }),
    intoOrgId: orgId.optional(),
    newOrg: newOrgSchema.optional(),
    /**
     * Where the members of the merged organizations go (a chi bộ); by default the receiving or new
     * organization. Needed when that one is a đảng bộ, whose members sit in its chi bộ.
     */
    membersTo: orgId.optional(),
    effectiveOn,
    decisionNumber,
  })
  .superRefine((v, ctx) => {
    if (!!v.intoOrgId === !!v.newOrg) {
      ctx.addIssue({
        code: 'custom',
        path: ['intoOrgId'],
        message: bilingual('Chọn đúng một: tổ chức nhận (intoOrgId) hoặc tổ chức mới (newOrg)', 'Give exactly one of intoOrgId or newOrg'),
      });
    }
    if (v.newOrg && v.sourceIds.length < 2) {
      ctx.addIssue({ code: 'custom', path: ['sourceIds'], message: bilingual('Hợp nhất thành tổ chức mới cần ít nhất hai tổ chức', 'Merging into a new organization needs at least two') });
    }
    if (v.intoOrgId && v.sourceIds.includes(v.intoOrgId)) {
      ctx.addIssue({ code: 'custom', path: ['intoOrgId'], message: bilingual('Tổ chức nhận không thể là tổ chức bị hợp nhất', 'The receiving organization cannot be merged into itself') });
    }
  });
export type MergeOrgsInput = z.infer<typeof mergeOrgsSchema>;

/** One organization into several new ones; it ends, its children go to the new ones. */
export const splitOrgBody = z.strictObject({
  into: z
    .array(newOrgSchema.extend({ parentId: orgId.nullable().optional() }))
    .min(2, bilingual('Chia tách cần ít nhất hai tổ chức mới', 'A split needs at least two new organizations')),
  /** Every active child of the split organization, to the index in `into` it goes under. */
  childAssignments: z.array(z.strictObject({ orgId, toIndex: z.number().int().min(0) })).default([]),
  /**
   * Where the members active in the split organization on the effective date go: lists of
   * personIds to the index in `into`, and `otherMembersToIndex` for everyone not listed. A split
   * that leaves an active member without a destination is refused (422) naming them.
   */
  memberAssignments: z
    .array(z.strictObject({ toIndex: z.number().int().min(0), personIds: z.array(z.uuid({ message: bilingual('Mã đảng viên không hợp lệ', 'Invalid person id') })).min(1) }))
    .default([]),
  otherMembersToIndex: z.number().int().min(0).optional(),
  effectiveOn,
  decisionNumber,
});

export const dissolveOrgBody = z.strictObject({
  effectiveOn,
  decisionNumber,
  /** Children moved elsewhere by the same decision. */
  moveChildren: z.array(z.strictObject({ orgId, parentId: orgId })).default([]),
  /** Dissolve every remaining descendant with it. */
  dissolveDescendants: z.boolean().default(false),
  /**
   * Where the members still active in the dissolved organizations go (a chi bộ that continues).
   * Without it, a dissolution is refused (422) while any member is active there on the
   * effective date: they must be transferred first.
   */
  membersTo: orgId.optional(),
});

/** Bàn giao: the organization (and its subtree, with members) leaves the bloc for another committee. */
export const handOverOrgBody = z.strictObject({ toCommittee: committeeName, effectiveOn, decisionNumber });

/** `asOf` defaults to today in Vietnam. */
export const listOrgsFilter = z.strictObject({
  asOf: localDate.optional(),
  parentId: orgId.optional(),
  kind: orgKindSchema.optional(),
  /** Words of the name, accents and case ignored (`chi bo xay lap`). */
  q: z.string().trim().max(100, bilingual('Từ khóa tối đa 100 ký tự', 'At most 100 characters')).optional(),
  /** Only the top of the caller's tree: the bloc, or a secretary's own organization. */
  roots: z.enum(['true', 'false']).optional(),
});

export const orgAsOfQuery = z.strictObject({ asOf: localDate.optional() });
