import { DemoApi, inParallel, retryWhile } from '../api';
import { addDays, onWeekday } from '../dates';
import { Random } from '@party/testing';
import { certificateInFlight } from './admissions';
import { Conversion, StoryPlan } from './plan';
import { newCardNumber } from './roster';

/** The 248 probationers of 2022 made official: each needs the new-member course certificate. */
export async function convertProbationers(api: DemoApi, conversions: Conversion[]): Promise<void> {
  await inParallel(conversions, 6, (c) =>
    retryWhile(certificateInFlight, () =>
      api.post(`/probation/${c.member.id}/convert`, { meetingDate: c.meetingDate, decisionDate: c.decisionDate, decisionNumber: c.decisionNumber }),
    ),
  );
}

/**
 * Cards of 2023: the first card of every member made official by November (those made official
 * in December get theirs with 2024's list, outside the story) and of the members made official
 * late in 2022; 27 reissued for damage, 5 for loss.
 */
export async function recordCards(api: DemoApi, r: Random, plan: StoryPlan): Promise<void> {
  const decision = (on: string) => `${on.slice(5, 7)}${on.slice(8, 10)}-QĐ/ĐUK`;
  // the story ends with 2023: the cards of those made official in December come with 2024's list
  const cardsOf2023 = plan.conversions.filter((c) => c.card.issuedOn <= '2023-12-31');
  await inParallel(cardsOf2023, 6, (c) => api.post(`/members/${c.member.id}/cards`, { cardNumber: c.card.number, issuedOn: c.card.issuedOn, decisionNumber: decision(c.card.issuedOn) }));
  const late = plan.roster.members.filter((m) => m.role === 'lateOfficial');
  await inParallel(late, 6, (m) => {
    const issuedOn = onWeekday(r.date('2023-01-09', '2023-03-31'));
    return api.post(`/members/${m.id}/cards`, { cardNumber: newCardNumber(), issuedOn, decisionNumber: decision(issuedOn) });
  });
  const reissued = plan.roster.members.filter((m) => m.role === 'cardDamaged' || m.role === 'cardLost');
  await inParallel(reissued, 6, (m) => {
    const issuedOn = onWeekday(r.date('2023-02-01', '2023-12-15'));
    return api.post(`/members/${m.id}/cards/reissue`, { cardNumber: newCardNumber(), issuedOn, decisionNumber: decision(issuedOn), reason: m.role === 'cardDamaged' ? 'damaged' : 'lost' });
  });
}

/** Badges: the earlier levels of the members due one in 2023 (history), then the 68 of 2023. */
export async function awardBadges(api: DemoApi, plan: StoryPlan, year: 'history' | '2023'): Promise<number> {
  const awards = plan.roster.members
    .filter((m) => m.role === 'badge')
    .flatMap((m) => m.badges.filter((b) => (year === 'history' ? b.occasion < '2023-01-01' : b.occasion >= '2023-01-01')).map((b) => ({ m, b })));
  // one member's levels in order (a level is due only once the lower ones are awarded); members side by side
  const byMember = new Map<string, typeof awards>();
  for (const a of awards) byMember.set(a.m.citizenId, [...(byMember.get(a.m.citizenId) ?? []), a]);
  await inParallel([...byMember.values()], 4, async (list) => {
    for (const { m, b } of list) {
      await api.post('/badges/awards', { personId: m.id, level: b.level, occasion: b.occasion, decisionNumber: `${b.occasion.slice(0, 4)}${b.occasion.slice(5, 7)}-QĐ/TU` });
    }
  });
  return awards.length;
}

export const letter = (r: Random, on: string) => `${r.int(1, 999)}-GGT/${on.slice(0, 4)}`;
export { addDays };
