import { DemoApi, inParallel } from '../api';
import { personBody } from '../people';
import { OpeningRoster } from './roster';

/**
 * The members at 31/12/2022, recorded as existing members with their historical admission and
 * official dates (`POST /api/members/existing`: history, never an admission of the year it is
 * typed), with the cards they hold.
 */
export async function registerOpeningMembers(api: DemoApi, roster: OpeningRoster, log: (m: string) => void): Promise<void> {
  let done = 0;
  await inParallel(roster.members, 8, async (m) => {
    const p = await api.post<{ id: string }>('/members/existing', {
      ...personBody(m),
      admissionDecisionDate: m.admissionDecisionDate,
      admissionDecisionNumber: m.admissionDecisionNumber,
      ceremonyDate: m.ceremonyDate,
      officialDate: m.officialDate,
    });
    m.id = p.id;
    if (++done % 2000 === 0) log(`${done} đảng viên`);
  });
  // the cards that 2023 reissues (a roster import brings everyone's)
  const holders = roster.members.filter((m) => m.card && (m.role === 'cardDamaged' || m.role === 'cardLost'));
  await inParallel(holders, 6, (m) => api.post(`/members/${m.id}/cards`, { cardNumber: m.card!.number, issuedOn: m.card!.issuedOn, decisionNumber: null }));
  log(`${roster.members.length} đảng viên chính thức tại 31/12/2022`);
}
