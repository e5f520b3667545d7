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
    eventId: z.uuid(),
    /** `membership.member.admitted`, … */
    type: z.string(),
    occurredOn: dateSchema,
    recordedAt: z.string().meta({ format: 'date-time' }),
    actor: actorSchema,
    data: z.unknown(),
  })
  .meta({ id: 'MemberTimelineEntry' });

export const memberDetailSchema = personViewSchema.extend({
  candidate: z.object({ id: z.uuid(), status: z.string(), nominatedOn: dateSchema, voteDate: nullableDateSchema }).nullable(),
  /** Every event of membership about the person, by the date it happened. */
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
    description: 'A secretary sees their own subtree; `orgId` narrows to an organization and its subtree (today). `q` is a name (any diacritics and case) or the beginning of a citizen ID.',
    query: memberListFilter.extend(listQuery(['fullName', 'dateOfBirth', 'admissionDecisionDate'])),
    response: paged(personViewSchema),
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
