import { ApiError, DemoApi, inParallel, retryWhile } from '../api';
import { personBody } from '../people';
import { CandidatePlan } from './admission-plan';

/** A refusal for want of a certificate that training has issued and JetStream is still carrying. */
export const certificateInFlight = (err: ApiError) => err.status === 422 && (err.body?.fields ?? []).some((f: { field: string }) => f.field === 'certificate');

/**
 * Each candidate through the whole pipeline, as the Organization Board records it: the person,
 * the nomination, the sympathizer list and mentor, vetting, introducers, the chi bộ resolution,
 * then the admission decision with its ceremony — checked by membership on the vote date.
 */
export async function admitCohort(api: DemoApi, plans: CandidatePlan[]): Promise<void> {
  await inParallel(plans, 6, async (c) => {
    const person = await api.post<{ id: string }>('/people', personBody(c));
    c.id = person.id;
    const candidate = await api.post<{ id: string }>('/candidates', { personId: c.id, nominatedBy: c.nominatedBy, nominatedOn: c.nominatedOn });
    c.candidateId = candidate.id;
    const at = `/candidates/${candidate.id}`;
    await api.post(`${at}/sympathizer`, { listedOn: c.sympathizerOn, mentorPersonId: c.mentor.id });
    // as `bantochuc`: recording a vetting takes vetting:write, which a secretary does not hold
    await api.post(`${at}/vetting`, { status: 'concluded', concludedOn: c.vettingConcludedOn });
    await api.post(`${at}/introducers`, { introducers: c.introducers.map((i) => ({ kind: 'party_member', personId: i.member.id, togetherSince: i.togetherSince })) });
    await api.post(`${at}/resolution`, { voteDate: c.voteDate, resolutionNumber: `${c.voteDate.slice(5, 7)}-NQ/CB`, officialMembers: c.officialMembers, votesFor: c.votesFor });
    await retryWhile(certificateInFlight, () =>
      api.post('/admissions', { candidateId: candidate.id, voteDate: c.voteDate, decisionDate: c.decisionDate, decisionNumber: c.decisionNumber, ceremonyDate: c.ceremonyDate }),
    );
  });
}
