import { defineRoute } from '../routes/define-route';
import { lackingSchema, personHistorySchema } from './commands';
import { lackingResponseSchema, personHistoryViewSchema } from './views';

/** What training knows of a person, and who lacks a course on a date. */
export const TRAINING_HISTORY_ROUTES = {
  personHistory: defineRoute({
    service: 'training',
    method: 'GET',
    path: 'training/people/history',
    pattern: 'training.person.history',
    permission: 'training:read',
    tag: 'training',
    summary: 'Quá trình học của một người / A person’s training history',
    description: 'By membership’s id, citizen ID or both. A secretary sees the records made while the person was in their subtree, and 403 when there is none.',
    query: personHistorySchema,
    response: personHistoryViewSchema,
  }),
  lacking: defineRoute({
    service: 'training',
    method: 'POST',
    path: 'training/people/lacking',
    pattern: 'training.person.lacking',
    permission: 'training:read',
    tag: 'training',
    summary: 'Ai trong danh sách / trong một tổ chức còn thiếu một khóa học / Who in a list or an organization’s subtree lacks a course',
    description: 'A question, not a change (POST for a long list of `personIds`). With `orgId`: the people training knows in that organization’s subtree on `asOf`, by their latest training record.',
    body: lackingSchema,
    response: lackingResponseSchema,
    kind: 'query',
  }),
};
