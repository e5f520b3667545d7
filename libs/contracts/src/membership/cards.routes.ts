import { z } from 'zod';
import { bilingual } from '../errors/validate';
import { listQuery, paged } from '../routes/conventions';
import { defineRoute } from '../routes/define-route';
import { CARD_REISSUE_REASONS, issueCardBody, reissueCardBody } from './member-lifecycle';
import { dateSchema } from './views';

/** Thẻ đảng viên: first issue, reissue (damaged / lost), only for official members. */
const memberParams = z.strictObject({ id: z.uuid({ message: bilingual('Mã người không hợp lệ', 'Invalid person id') }) });

/** One card as a route answers it (a route's own response carries no component id: it would refer to itself). */
const cardObject = z.object({
  id: z.uuid(),
  cardNumber: z.string(),
  personId: z.uuid(),
  issuedOn: dateSchema,
  kind: z.enum(['issue', 'reissue']),
  reason: z.enum(CARD_REISSUE_REASONS).nullable(),
  replacesCardId: z.uuid().nullable(),
  decisionNumber: z.string().nullable(),
  active: z.boolean(),
});
/** A card inside a list, the `PartyCard` component. */
export const partyCardSchema = cardObject.meta({ id: 'PartyCard' });

export const CARD_ROUTES = {
  list: defineRoute({
    service: 'membership',
    method: 'GET',
    path: 'members/:id/cards',
    pattern: 'membership.card.list',
    permission: 'members:read',
    tag: 'cards',
    summary: 'Các thẻ đảng viên đã cấp / Cards issued to the member',
    params: memberParams,
    query: z.strictObject(listQuery(['issuedOn', 'cardNumber'])),
    response: paged(partyCardSchema).extend({ personId: z.uuid() }),
  }),
  issue: defineRoute({
    service: 'membership',
    method: 'POST',
    path: 'members/:id/cards',
    pattern: 'membership.card.issue',
    permission: 'members:write',
    tag: 'cards',
    summary: 'Cấp thẻ đảng viên (chỉ đảng viên chính thức) / Issue a party card (official members only)',
    params: memberParams,
    body: issueCardBody,
    status: 201,
    response: cardObject,
    examples: { body: { cardNumber: '01-012345', issuedOn: '2024-05-19', decisionNumber: '45-QĐ/TU' } },
  }),
  reissue: defineRoute({
    service: 'membership',
    method: 'POST',
    path: 'members/:id/cards/reissue',
    pattern: 'membership.card.reissue',
    permission: 'members:write',
    tag: 'cards',
    summary: 'Cấp lại thẻ đảng viên (hỏng / mất) / Reissue a card (damaged / lost)',
    description: 'The card it replaces becomes inactive.',
    params: memberParams,
    body: reissueCardBody,
    status: 201,
    response: cardObject,
  }),
};
