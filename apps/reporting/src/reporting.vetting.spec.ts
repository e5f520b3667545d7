import { v7 as uuidv7 } from 'uuid';
import { EventData, OrganizationEstablished, VettingConcluded, VettingReplyReceived, VettingRequestSent, type Envelope, type VettingBasis, type VettingPurpose } from '@party/contracts';
import { useStack } from '@party/gateway/testing';
import { InboxEntry } from '@party/messaging';
import { publishFact, redeliver } from '@party/service-kit/testing';
import { waitFor } from '@party/testing';
import { ProjectionStatus } from './operations/projection-status';
import { REPORTING } from './testing/reporting-under-test';

/**
 * The vetting figures of the year-end report from the cadre service's events, on the reference
 * report's 2023 at a tenth of its size ("gửi xin ý kiến Công an … cho 642 đồng chí … kết luận về
 * tiêu chuẩn chính trị đối với 818 đồng chí"): 64 people named on letters of 2023, 81 concluded
 * in 2023 — 56 of them on 2023 letters, 15 on letters of 2022, 6 on an earlier request, 4 on the
 * records held with no request. Around them, the edges: each fact in the year of its own date
 * (31/12 and 1/1), a person with two cases counted once, a reply taken in before its letter, a
 * redelivered event counted once, a subtree's own figures.
 */
const stack = useStack({ label: 'repvet', service: REPORTING });
const published: string[] = [];
const bloc = uuidv7();
const [G1, G2] = [uuidv7(), uuidv7()];
const C1 = uuidv7(); // a chi bộ trực thuộc G1
let redelivered: { request: Envelope<unknown>; conclusion: Envelope<unknown> };

async function fact<D extends Parameters<typeof publishFact>[1]>(def: D, data: EventData<D>, occurredOn: string, orgId: string | null): Promise<Envelope<EventData<D>>> {
  const e = await publishFact(stack.iso, def, data, { occurredOn, orgId });
  published.push(e.id);
  return e;
}
/** A few at a time: the order of facts about different cases does not matter. */
async function inChunks<T>(items: T[], work: (item: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += 16) await Promise.all(items.slice(i, i + 16).map(work));
}

interface Case {
  caseId: string;
  personId: string;
  orgId: string;
  purpose: VettingPurpose;
}
const newCase = (orgId = G2, personId = uuidv7(), purpose: VettingPurpose = 'planning'): Case => ({ caseId: uuidv7(), personId, orgId, purpose });
const requested = (c: Case, sentOn: string, requestId = uuidv7()) => fact(VettingRequestSent, { ...c, requestId, letterNumber: `${requestId.slice(-3)}-CV/BTCĐUK`, sentOn }, sentOn, c.orgId);
const concluded = (c: Case, concludedOn: string, basis: VettingBasis, result: 'meets' | 'not_meets' = 'meets') =>
  fact(VettingConcluded, { ...c, concludedOn, conclusionNumber: `${c.caseId.slice(-3)}-TB/ĐUK`, result, basis }, concludedOn, c.orgId);

const caughtUp = () =>
  waitFor(
    async () => {
      const status = await stack.service.app.get(ProjectionStatus).status();
      return status.consumers.every((c) => c.lag === 0) && (await stack.em().count(InboxEntry, { eventId: { $in: published } })) === published.length;
    },
    { timeoutMs: 90_000, what: 'reporting to take in every fact' },
  );
const figures = async (year: number, query = '', token?: string) => {
  await caughtUp();
  const m = (await stack.get(`/reports/year-end/${year}${query}`, token).expect(200)).body.metrics as Record<string, number | null>;
  return { requested: m['vetting.requestsToPolice'], concluded: m['vetting.concluded'] };
};

beforeAll(async () => {
  const established = (orgId: string, kind: 'bloc_committee' | 'grassroots_committee' | 'dependent_cell', parentId: string | null, name: string) =>
    fact(OrganizationEstablished, { orgId, kind, grassroots: kind === 'grassroots_committee', name, parentId, decisionNumber: `QĐ ${name}`, origin: 'new', fromOrgIds: [] }, '2019-01-01', orgId);
  await established(bloc, 'bloc_committee', null, 'Đảng bộ Khối');
  await established(G1, 'grassroots_committee', bloc, 'Đảng bộ Công ty Điện lực');
  await established(G2, 'grassroots_committee', bloc, 'Đảng bộ Tổng công ty');
  await established(C1, 'dependent_cell', G1, 'Chi bộ Phòng Kỹ thuật');

  // 2022 letters: 20 people; 15 concluded in 2023 on them, 5 in 2022 — the last on 31/12/2022
  const of2022 = Array.from({ length: 20 }, (_, i) => newCase(i < 3 ? C1 : G2));
  await inChunks(of2022, (c) => requested(c, '2022-11-15'));
  await inChunks(of2022.slice(0, 15), (c) => concluded(c, '2023-02-10', 'request'));
  await inChunks(of2022.slice(15, 19), (c) => concluded(c, '2022-12-20', 'request'));
  await concluded(of2022[19], '2022-12-31', 'request');

  // 2023 letters: 63 people here and one below, the first on 1/1; 56 concluded in 2023 (one not meeting the standard), 4 in 2024, 3 still open
  const of2023 = Array.from({ length: 63 }, (_, i) => newCase(i < 4 ? G1 : G2));
  const first = await requested(of2023[0], '2023-01-01');
  await inChunks(of2023.slice(1), (c) => requested(c, `2023-0${3 + (of2023.indexOf(c) % 7)}-1${of2023.indexOf(c) % 10}`));
  const firstConclusion = await concluded(of2023[0], '2023-12-31', 'request', 'not_meets');
  await inChunks(of2023.slice(1, 56), (c) => concluded(c, '2023-10-16', 'request'));
  await inChunks(of2023.slice(56, 60), (c) => concluded(c, '2024-01-01', 'request'));
  // one of them named again in 2023 for an appointment: still one person requested, one concluded
  const again = newCase(G2, of2023[5].personId, 'appointment');
  await requested(again, '2023-11-02');
  await concluded(again, '2023-12-01', 'request');
  // a reply taken in before its letter (after a redelivery): the letter still counts
  const late = newCase(G2, uuidv7(), 'reappointment');
  const requestId = uuidv7();
  await fact(VettingReplyReceived, { ...late, requestId, replyNumber: '88/CAT-PA03', repliedOn: '2023-09-05' }, '2023-09-05', G2);
  await requested(late, '2023-08-01', requestId);
  // a letter of 31/12/2022 counts in 2022
  await requested(newCase(), '2022-12-31');

  // 2023 conclusions with no letter of their own: 6 on an earlier request, 4 on the records
  await inChunks(Array.from({ length: 6 }, () => newCase()), (c) => concluded(c, '2023-06-20', 'earlier_request'));
  await inChunks(Array.from({ length: 4 }, () => newCase(C1)), (c) => concluded(c, '2023-07-07', 'records'));
  redelivered = { request: first, conclusion: firstConclusion };
}, 180_000);

it('counts 64 people requested and 81 concluded in 2023', async () => {
  // 63 + the late letter = 64 named in 2023; 15 + 56 + 6 + 4 = 81 concluded
  expect(await figures(2023)).toEqual({ requested: 64, concluded: 81 });
});

it('counts each fact in the year of its own date', async () => {
  // 2022: 20 + the letter of 31/12; 5 concluded, the last on 31/12
  expect(await figures(2022)).toEqual({ requested: 21, concluded: 5 });
  expect(await figures(2024)).toEqual({ requested: 0, concluded: 4 });
});

it('counts a redelivered event once', async () => {
  await redeliver(stack.iso, VettingRequestSent, redelivered.request);
  await redeliver(stack.iso, VettingConcluded, redelivered.conclusion);
  await waitFor(async () => (await stack.service.app.get(ProjectionStatus).status()).consumers.every((c) => c.lag === 0), { what: 'the redeliveries to be handled' });
  expect(await figures(2023)).toEqual({ requested: 64, concluded: 81 });
});

it('gives a subtree its own figures, and shows the viewer counts only', async () => {
  // G1: 4 named in 2023 and concluded in it; its chi bộ C1: 3 concluded on 2022 letters, 4 on the records
  expect(await figures(2023, `?orgId=${G1}`)).toEqual({ requested: 4, concluded: 11 });
  expect(await figures(2023, `?orgId=${C1}`)).toEqual({ requested: 0, concluded: 7 });
  const viewer = await stack.login('viewer');
  expect(await figures(2023, '', viewer)).toEqual({ requested: 64, concluded: 81 });
});
