import { z } from 'zod';
import { defineEvent } from '../events/define-event';
import { localDate } from '../local-date';

/**
 * What the cadre service tells others about political vetting (bảo vệ chính trị nội bộ, Quy định
 * 58-QĐ/TW): who, which organization, the dates and document numbers, and the standing committee's
 * verdict. The police's reply, the findings and the conclusion's text are confidential and stay in
 * the cadre service behind `vetting:read` (ARCHITECTURE.md, "Data"). Reporting counts the people
 * requested and concluded in a year from these (`vetting.requestsToPolice`, `vetting.concluded`);
 * planning takes a person who does not meet the standard out of its lists.
 */

/** Why the person is vetted: planning, appointment, re-appointment, introduction for election, other. */
export const VETTING_PURPOSES = ['planning', 'appointment', 'reappointment', 'election', 'other'] as const;
export type VettingPurpose = (typeof VETTING_PURPOSES)[number];

/** Đạt / không đạt tiêu chuẩn chính trị. */
export const VETTING_RESULTS = ['meets', 'not_meets'] as const;
export type VettingResult = (typeof VETTING_RESULTS)[number];

/**
 * What a conclusion rests on: this case's own request to the police, a request made for the person
 * earlier (often the previous year), or the records already held with no request at all.
 */
export const VETTING_BASES = ['request', 'earlier_request', 'records'] as const;
export type VettingBasis = (typeof VETTING_BASES)[number];

const subject = {
  caseId: z.uuid(),
  /** Membership's person id (the cadre replica's id). */
  personId: z.uuid(),
  /** The person's organization when the case was opened; null when not known. */
  orgId: z.uuid().nullable(),
  purpose: z.enum(VETTING_PURPOSES),
};

/** Công văn gửi xin ý kiến Công an: one event per person on the letter. occurredOn = sentOn (the letter's date). */
export const VettingRequestSent = defineEvent({
  service: 'cadre',
  aggregate: 'vetting',
  name: 'requestSent',
  version: 1,
  schema: z.object({ ...subject, requestId: z.uuid(), letterNumber: z.string().min(1), sentOn: localDate }),
});

/** The police answered about the person (the opinion itself stays confidential). occurredOn = repliedOn. */
export const VettingReplyReceived = defineEvent({
  service: 'cadre',
  aggregate: 'vetting',
  name: 'replyReceived',
  version: 1,
  schema: z.object({ ...subject, requestId: z.uuid(), replyNumber: z.string().min(1), repliedOn: localDate }),
});

/** The standing committee concluded on the person's political standard. occurredOn = concludedOn. */
export const VettingConcluded = defineEvent({
  service: 'cadre',
  aggregate: 'vetting',
  name: 'concluded',
  version: 1,
  schema: z.object({
    ...subject,
    concludedOn: localDate,
    conclusionNumber: z.string().min(1),
    result: z.enum(VETTING_RESULTS),
    basis: z.enum(VETTING_BASES),
  }),
});

export const VETTING_EVENTS = [VettingRequestSent, VettingReplyReceived, VettingConcluded] as const;
