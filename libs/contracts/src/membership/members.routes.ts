import { z } from 'zod';
import { bilingual } from '../errors/validate';
import { actorSchema } from '../events/envelope';
import { listQuery, paged } from '../routes/conventions';
import { defineRoute } from '../routes/define-route';
import { createPersonSchema, memberListFilter, registerExistingMemberSchema } from './member-commands';
import { dateSchema, nullableDateSchema, personViewSchema } from './views';

/** People (quần chúng, candidates, members): records, the member list and search, a member with their timeline. */
const codeListEntry = z.object({ code: z.string(), vi: z.string(), en: z.string() });
const codeList = z.array(codeListEntry);

export const membershipCodeListsSchema = z.object({
  gender: codeList,
  ethnicity: codeList,
  religion: codeList,
  /** `lowerSecondaryOrAbove`: what admission requires. */
  generalEducation: z.array(codeListEntry.extend({ lowerSecondaryOrAbove: z.boolean() })),
  professionalEducation: codeList,
  theoryLevel: codeList,
  massOrganization: codeList,
});

export const memberTimelineEntrySchema = z
  .object({
    /** The event that recorded the fact; one event may record several (an admission with its ceremony, a member registered with their dates). */
    eventId: z.uuid(),
    /** The kind of fact, named as the event that records it alone: `membership.member.admitted`, `membership.member.ceremonyHeld`, `membership.organization.handedOver`… */
    type: z.string(),
    /** The date of the fact in the world (a decision, a ceremony, a transfer…), whatever day it was recorded. */
    on: dateSchema,
    /**
     * The fact has no date of its own in the world (a record opened, introducers named, a vetting
     * still pending): `on` is the date it held by — the first fact recorded after it, or the day it was recorded.
     */
    approximate: z.boolean(),
    /** When it was recorded. */
    recordedAt: z.string().meta({ format: 'date-time' }),
    actor: actorSchema,
    data: z.unknown(),
  })
  .meta({ id: 'MemberTimelineEntry' });
export type MemberTimelineEntry = z.infer<typeof memberTimelineEntrySchema>;

/** A person in the member list: where they are, by name, and whether they left the bloc with their organization. */
export const memberViewSchema = personViewSchema
  .extend({
    /** The name of `orgId` today; for an organization that has ended (handed over, dissolved…), its name when it ended. */
    orgName: z.string(),
    /** Set when the person left the bloc with their organization (bàn giao): not counted in the bloc from `on`. */
    handedOver: z.object({ on: dateSchema, toCommittee: z.string() }).nullable(),
  })
  .meta({ id: 'Member' });
export type MemberView = z.infer<typeof memberViewSchema>;

export const memberDetailSchema = memberViewSchema.extend({
  candidate: z.object({ id: z.uuid(), status: z.string(), nominatedOn: dateSchema, voteDate: nullableDateSchema }).nullable(),
  /** Every fact about the person, by the date it happened in the world. */
  timeline: z.array(memberTimelineEntrySchema),
});

export const MEMBER_ROUTES = {
  createPerson: defineRoute({
    service: 'membership',
    method: 'POST',
    path: 'people',
    pattern: 'membership.person.create',
    permission: 'members:write',
    tag: 'members',
    summary: 'Tạo hồ sơ người (quần chúng) / Record a person',
    body: createPersonSchema,
    // unnamed: nestjs-zod renders a route's named root differently from the `Person` component
    response: personViewSchema.extend({}),
    status: 201,
  }),
  codeLists: defineRoute({
    service: 'membership',
    method: 'GET',
    path: 'people/code-lists',
    pattern: 'membership.codeLists.get',
    permission: 'members:read',
    tag: 'members',
    summary: 'Danh mục: dân tộc, tôn giáo, trình độ… / Code lists of the statistics dimensions',
    response: membershipCodeListsSchema,
  }),
  registerExisting: defineRoute({
    service: 'membership',
    method: 'POST',
    path: 'members/existing',
    pattern: 'membership.member.registerExisting',
    permission: 'members:write',
    tag: 'members',
    summary: 'Ghi nhận đảng viên chính thức đã có (không tính là kết nạp) / Register an existing official member (never an admission)',
    body: registerExistingMemberSchema,
    // unnamed: nestjs-zod renders a route's named root differently from the `Person` component
    response: personViewSchema.extend({}),
    status: 201,
  }),
  list: defineRoute({
    service: 'membership',
    method: 'GET',
    path: 'members',
    pattern: 'membership.member.list',
    permission: 'members:read',
    tag: 'members',
    summary: 'Danh sách, tìm kiếm đảng viên và quần chúng / List and search people',
    description:
      'A secretary sees their own subtree; `orgId` narrows to an organization and its subtree (today). `q` is a name (any diacritics and case) or the beginning of a citizen ID. ' +
      'A name search lists first the names that start with the typed words, then those holding them as whole words in that order, then the rest; `sort` orders within each of these. ' +
      'Matches are counted up to 10.000: past that `total` is 10.000 and `totalExact` false.',
    query: memberListFilter.extend(listQuery(['fullName', 'dateOfBirth', 'admissionDecisionDate'])),
    response: paged(memberViewSchema).extend({
      /** False when more than 10.000 people match: `total` is then 10.000, a lower bound (a search of a common name at a province's or the nation's size). */
      totalExact: z.boolean(),
    }),
  }),
  get: defineRoute({
    service: 'membership',
    method: 'GET',
    path: 'members/:id',
    pattern: 'membership.member.get',
    permission: 'members:read',
    tag: 'members',
    summary: 'Hồ sơ và dòng thời gian / A person with their timeline',
    params: z.strictObject({ id: z.uuid({ message: bilingual('Mã người không hợp lệ', 'Invalid person id') }) }),
    response: memberDetailSchema,
  }),
};
