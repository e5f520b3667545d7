import { z } from 'zod';
import { bilingual } from '../errors/validate';
import { listQuery, paged } from '../routes/conventions';
import { defineRoute } from '../routes/define-route';
import { ORG_KINDS } from './organization-kinds';
import {
  dissolveOrgBody,
  establishOrgSchema,
  handInOrgSchema,
  handOverOrgBody,
  listOrgsFilter,
  mergeOrgsSchema,
  moveOrgBody,
  orgAsOfQuery,
  renameOrgBody,
  splitOrgBody,
} from './organization-commands';
import { dateSchema, nullableDateSchema } from './views';

/** Tổ chức đảng: the tree as of a date, its effective-dated history and the decisions that change it. */
const orgParams = z.strictObject({ id: z.uuid({ message: bilingual('Mã tổ chức không hợp lệ', 'Invalid organization id') }) });
const kind = z.enum(ORG_KINDS);

export const orgViewSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    kind,
    grassroots: z.boolean(),
    parentId: z.uuid().nullable(),
    validFrom: dateSchema,
    /** What it was on the date viewed: `active` until the day it ended, however it ended later. */
    status: z.enum(['active', 'dissolved', 'merged', 'split', 'handedOver']),
    establishedOn: dateSchema,
    /** The first day it no longer existed in the bloc, when it has ended (known whatever the date viewed). */
    endedOn: nullableDateSchema,
  })
  .meta({ id: 'Organization' });
export type OrgView = z.infer<typeof orgViewSchema>;

export const orgVersionViewSchema = z
  .object({
    name: z.string(),
    kind,
    parentId: z.uuid().nullable(),
    /** The parent's name on `validFrom` (where a move put it); null at the root. */
    parentName: z.string().nullable(),
    validFrom: dateSchema,
    /** Exclusive: the first day it no longer holds; null while it still holds. */
    validTo: nullableDateSchema,
    /**
     * What began it: `established`, `handedIn`, `renamed`, `moved` — or, last, how the organization
     * ended (`dissolved`, `merged`, `split`, `handedOver`), from that day on, as it was when it ended.
     */
    change: z.string(),
    decisionNumber: z.string(),
  })
  .meta({ id: 'OrganizationVersion' });
export type OrgVersionView = z.infer<typeof orgVersionViewSchema>;

export const orgGuidanceCheckSchema = z
  .object({
    code: z.enum(['cell_fewer_than_3_official', 'grassroots_cell_30_or_more', 'party_committee_under_30']),
    message: z.object({ vi: z.string(), en: z.string() }),
    threshold: z.number().int(),
    /** null while member counts are unknown. */
    count: z.number().int().nullable(),
    status: z.enum(['warning', 'ok', 'unknown']),
  })
  .meta({ id: 'OrganizationGuidanceCheck' });
export type OrgGuidanceCheck = z.infer<typeof orgGuidanceCheckSchema>;

/** An organization that ended into another one, as it was when it ended. */
export const orgLinkSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    kind,
    how: z.enum(['merged', 'split']),
    endedOn: dateSchema,
    decisionNumber: z.string(),
  })
  .meta({ id: 'OrganizationPredecessor' });

export const orgDetailSchema = orgViewSchema
  .extend({
    asOf: dateSchema,
    /** Nearest first. */
    ancestors: z.array(z.object({ id: z.uuid(), name: z.string(), kind })),
    /** Every change of its life, oldest first, whatever the date viewed — its end included. */
    history: z.array(orgVersionViewSchema),
    origin: z.enum(['new', 'merger', 'split', 'handedIn']),
    receivedFrom: z.string().nullable(),
    handedOverTo: z.string().nullable(),
    guidance: z.array(orgGuidanceCheckSchema),
    /** Members counted in it and its subtree on `asOf` (the headcount rule), and how many of them were official. */
    members: z.object({ total: z.number().int(), official: z.number().int() }),
    /**
     * The organizations that ended into this one: merged into it (sáp nhập, or the new one of a
     * hợp nhất) or split into it — each with the day and the decision that ended it.
     */
    predecessors: z.array(orgLinkSchema),
    /** Where it went when it was merged or split (empty otherwise). */
    successors: z.array(z.object({ id: z.uuid(), name: z.string() })),
  })
  .meta({ id: 'OrganizationDetail' });
export type OrgDetailView = z.infer<typeof orgDetailSchema>;

/** What every decision about the tree answers. */
export const orgDecisionSchema = z.object({
  /** The organization the decision is about: the one established, received, changed or ended, or a merger's receiver. */
  id: z.uuid(),
  effectiveOn: dateSchema,
  /** Every organization the decision touched (ended, moved, created). */
  affectedOrgIds: z.array(z.uuid()),
  /** Members carried by the decision to another organization (merger, split, dissolution with `membersTo`). */
  membersReassigned: z.number().int(),
  /** Transfers on their way to an organization that ended, now leading where its members went. */
  transfersRedirected: z.number().int(),
  /** The organization as of the effective date, with its guidance warnings; null when it ended then. */
  org: orgDetailSchema.nullable(),
});
export type OrgDecisionView = z.infer<typeof orgDecisionSchema>;

const write = { service: 'membership', permission: 'orgs:write', tag: 'organizations' } as const;
const read = { service: 'membership', permission: 'orgs:read', tag: 'organizations' } as const;

export const ORG_ROUTES = {
  list: defineRoute({
    ...read,
    method: 'GET',
    path: 'orgs',
    pattern: 'membership.org.list',
    summary: 'Cây tổ chức đảng tại một ngày / The organization tree as of a date',
    description: 'The organizations active on `asOf` (today by default) in the caller’s scope; `parentId` and `kind` narrow it.',
    query: listOrgsFilter.extend(listQuery(['name', 'kind', 'validFrom'])),
    response: paged(orgViewSchema).extend({ asOf: dateSchema }),
  }),
  establish: defineRoute({
    ...write,
    method: 'POST',
    path: 'orgs',
    pattern: 'membership.org.establish',
    summary: 'Thành lập tổ chức đảng / Establish an organization',
    body: establishOrgSchema,
    response: orgDecisionSchema,
    status: 201,
    examples: { body: { kind: 'grassroots_cell', name: 'Chi bộ Công ty Xây lắp', parentId: '0190a1b2-0000-7000-8000-000000000001', effectiveOn: '2020-03-01', decisionNumber: '45-QĐ/ĐUK' } },
  }),
  handIn: defineRoute({
    ...write,
    method: 'POST',
    path: 'orgs/handed-in',
    pattern: 'membership.org.handIn',
    summary: 'Tiếp nhận tổ chức đảng từ cấp ủy khác bàn giao / Receive an organization handed in by another committee',
    body: handInOrgSchema,
    response: orgDecisionSchema,
    status: 201,
  }),
  merge: defineRoute({
    ...write,
    method: 'POST',
    path: 'orgs/merge',
    pattern: 'membership.org.merge',
    summary: 'Hợp nhất, sáp nhập tổ chức đảng / Merge organizations',
    description: 'Into an existing organization (`intoOrgId`, sáp nhập) or a new one (`newOrg`, hợp nhất); the members go with them (`membersTo` when the receiver is a đảng bộ).',
    body: mergeOrgsSchema,
    response: orgDecisionSchema,
    status: 201,
  }),
  get: defineRoute({
    ...read,
    method: 'GET',
    path: 'orgs/:id',
    pattern: 'membership.org.get',
    summary: 'Tổ chức tại một ngày, cấp trên và lịch sử / An organization as of a date, its ancestors and history',
    params: orgParams,
    query: orgAsOfQuery,
    // unnamed: nestjs-zod renders a route's named root differently from the `OrganizationDetail` component
    response: orgDetailSchema.extend({}),
  }),
  subtree: defineRoute({
    ...read,
    method: 'GET',
    path: 'orgs/:id/subtree',
    pattern: 'membership.org.subtree',
    summary: 'Mã các tổ chức thuộc cây con tại một ngày / Ids of the subtree as of a date',
    params: orgParams,
    query: orgAsOfQuery,
    response: z.object({ orgId: z.uuid(), asOf: dateSchema, ids: z.array(z.uuid()) }),
  }),
  rename: defineRoute({
    ...write,
    method: 'POST',
    path: 'orgs/:id/rename',
    pattern: 'membership.org.rename',
    summary: 'Đổi tên / Rename',
    params: orgParams,
    body: renameOrgBody,
    response: orgDecisionSchema,
  }),
  move: defineRoute({
    ...write,
    method: 'POST',
    path: 'orgs/:id/move',
    pattern: 'membership.org.move',
    summary: 'Chuyển trực thuộc tổ chức cấp trên khác / Re-parent',
    params: orgParams,
    body: moveOrgBody,
    response: orgDecisionSchema,
  }),
  split: defineRoute({
    ...write,
    method: 'POST',
    path: 'orgs/:id/split',
    pattern: 'membership.org.split',
    summary: 'Chia tách / Split into several',
    params: orgParams,
    body: splitOrgBody,
    response: orgDecisionSchema,
  }),
  dissolve: defineRoute({
    ...write,
    method: 'POST',
    path: 'orgs/:id/dissolve',
    pattern: 'membership.org.dissolve',
    summary: 'Giải thể / Dissolve',
    params: orgParams,
    body: dissolveOrgBody,
    response: orgDecisionSchema,
  }),
  handOver: defineRoute({
    ...write,
    method: 'POST',
    path: 'orgs/:id/hand-over',
    pattern: 'membership.org.handOver',
    summary: 'Bàn giao cho cấp ủy khác (cùng đảng viên) / Hand over to another superior committee, with members',
    params: orgParams,
    body: handOverOrgBody,
    response: orgDecisionSchema,
  }),
};
