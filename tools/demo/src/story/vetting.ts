import { ApiError, DemoApi, inParallel, retryWhile } from '../api';
import { addDays, onWeekday } from '../dates';
import { Random } from '@party/testing';
import { DemoTree } from './organizations';
import { StoryPlan } from './plan';
import type { OpeningMember } from './roster';

/**
 * The Organization Board's political vetting (bảo vệ chính trị nội bộ, Quy định 58-QĐ/TW) as the
 * reference report tells 2023: "làm công văn gửi xin ý kiến Công an rà soát tiêu chuẩn chính trị
 * cho 642 đồng chí … Ban Thường vụ Đảng ủy Khối đã kết luận về tiêu chuẩn chính trị đối với 818
 * đồng chí". The 818 are more than the 642 because a conclusion also rests on letters of 2022 and
 * on what is already known:
 * - 150 people on two letters of autumn 2022, answered around the new year, concluded in early 2023;
 * - 642 people on twelve letters of 2023: 560 concluded in 2023; the last letter (50) was not
 *   answered by 31/12 and 32 people of the one before wait for the standing committee;
 * - 60 people vetted for planning in 2022 and proposed for appointment in 2023, concluded on that
 *   earlier request; 48 re-appointed on the records held, with no request at all.
 * Recorded as the Board records it: one command opens the cases of a letter, one sends it, one
 * records the police's reply, one the standing committee's notice; a few letters at a time.
 */

type Purpose = 'planning' | 'appointment' | 'reappointment' | 'election';

interface Letter {
  number: string;
  sentOn: string;
  purpose: Purpose;
  people: OpeningMember[];
  /** The police's reply; null: not answered by 31/12/2023. */
  reply: { number: string; on: string } | null;
  /** The standing committee's notice, and how many of the letter's people it concludes on (the first ones). */
  conclusion: { number: string; on: string; count: number } | null;
  /** People the police noted issues about; the standing committee finds they do not meet the standard. */
  failing: number;
}

const LETTERS_2023: [sentOn: string, size: number, purpose: Purpose][] = [
  ['2023-02-13', 60, 'planning'],
  ['2023-03-06', 58, 'planning'],
  ['2023-03-27', 55, 'planning'],
  ['2023-04-17', 55, 'appointment'],
  ['2023-05-15', 52, 'planning'],
  ['2023-06-12', 50, 'reappointment'],
  ['2023-07-10', 50, 'planning'],
  ['2023-08-14', 55, 'election'],
  ['2023-09-11', 52, 'planning'],
  ['2023-10-09', 55, 'appointment'],
  ['2023-11-13', 50, 'planning'],
  ['2023-12-11', 50, 'planning'],
];

/** Cadre has the people from membership's stream: a person it has not heard of yet is on the way. */
const peopleInFlight = (err: ApiError) => err.status === 422 && (err.body?.fields ?? []).some((f: { field: string }) => f.field.startsWith('personIds'));

let seq = 0;
const numbered = (from: number, suffix: string) => `${from + seq++}-${suffix}`;

/** A letter answered three to five weeks later and concluded on about two weeks after (on `concludedOn` when the year's end says so). */
function letter(r: Random, people: OpeningMember[], sentOn: string, purpose: Purpose, opts: { replied: boolean; concluded: number; failing?: number; concludedOn?: string }): Letter {
  const replyOn = onWeekday(addDays(sentOn, r.int(21, 35)));
  return {
    number: numbered(40, 'CV/BTCĐUK'),
    sentOn,
    purpose,
    people,
    reply: opts.replied ? { number: `${r.int(100, 999)}/CAT-PA03`, on: replyOn } : null,
    conclusion: opts.concluded ? { number: numbered(10, 'TB/ĐUK'), on: opts.concludedOn ?? onWeekday(addDays(replyOn, r.int(10, 16))), count: opts.concluded } : null,
    failing: opts.failing ?? 0,
  };
}

/** Opens the letter's cases, sends it, records the reply and the standing committee's notice; answers the case ids. */
async function runLetter(api: DemoApi, l: Letter): Promise<string[]> {
  const openedOn = onWeekday(addDays(l.sentOn, -10));
  const { ids } = await retryWhile(peopleInFlight, () => api.post<{ ids: string[] }>('/cadre/vetting/cases/batch', { openedOn, purpose: l.purpose, personIds: l.people.map((p) => p.id) }), 180);
  await api.post('/cadre/vetting/requests', { letterNumber: l.number, sentOn: l.sentOn, caseIds: ids });
  if (!l.reply) return ids;
  const failing = new Set(ids.slice(0, l.failing));
  await api.post('/cadre/vetting/replies', {
    replyNumber: l.reply.number,
    repliedOn: l.reply.on,
    cases: ids.map((caseId) => (failing.has(caseId) ? { caseId, opinion: 'issues_noted', summary: 'Có vấn đề về chính trị hiện nay cần xem xét (theo tài liệu của Công an tỉnh)' } : { caseId, opinion: 'no_issue' })),
  });
  if (!l.conclusion) return ids;
  await api.post('/cadre/vetting/conclusions', {
    conclusionNumber: l.conclusion.number,
    concludedOn: l.conclusion.on,
    text: 'Ban Thường vụ Đảng ủy Khối kết luận về tiêu chuẩn chính trị của các đồng chí có tên trong danh sách kèm theo',
    cases: ids.slice(0, l.conclusion.count).map((caseId) => ({ caseId, result: failing.has(caseId) ? 'not_meets' : 'meets' })),
  });
  return ids;
}

export async function recordVetting2023(api: DemoApi, r: Random, tree: DemoTree, plan: StoryPlan, log: (m: string) => void): Promise<void> {
  void tree;
  // the people vetted are members who stay in the bloc, taken from the pool the other stories share
  const take = (n: number) => plan.free.take(r, n);

  // 2022: sixty vetted for planning and concluded in September; 150 on two autumn letters, concluded in 2023
  const earlier = letter(r, take(60), '2022-06-13', 'planning', { replied: true, concluded: 60 });
  // the standing committee concluded on the autumn letters at its first meetings of 2023
  const autumn = [
    letter(r, take(80), '2022-10-17', 'planning', { replied: true, concluded: 80, concludedOn: '2023-01-16' }),
    letter(r, take(70), '2022-11-21', 'planning', { replied: true, concluded: 70, concludedOn: '2023-02-13' }),
  ];
  // 2023: twelve letters
  const of2023 = LETTERS_2023.map(([sentOn, size, purpose], i) => {
    const last = i === LETTERS_2023.length - 1;
    const beforeLast = i === LETTERS_2023.length - 2;
    // November's letter: the reply came in December, the year's last meeting concluded on 18 of its 50
    return letter(r, take(size), sentOn, purpose, { replied: !last, concluded: last ? 0 : beforeLast ? 18 : size, failing: i === 2 || i === 6 ? 1 : 0, concludedOn: beforeLast ? '2023-12-28' : undefined });
  });

  const [earlierIds] = await inParallel([earlier, ...autumn], 3, (l) => runLetter(api, l));
  await inParallel(of2023, 3, (l) => runLetter(api, l));

  // proposed for appointment in 2023: concluded on the 2022 planning request, no new letter
  const appointed = earlier.people.map((p) => p.id as string);
  const { ids: appointments } = await api.post<{ ids: string[] }>('/cadre/vetting/cases/batch', { openedOn: '2023-03-20', purpose: 'appointment', personIds: appointed });
  await api.post('/cadre/vetting/conclusions', {
    conclusionNumber: numbered(10, 'TB/ĐUK'),
    concludedOn: '2023-04-03',
    text: 'Các đồng chí đủ tiêu chuẩn chính trị theo kết quả xin ý kiến Công an năm 2022',
    cases: appointments.map((caseId, i) => ({ caseId, result: 'meets', basis: 'earlier_request', basisCaseId: earlierIds[i] })),
  });
  // re-appointed on the records held
  const reappointed = take(48).map((p) => p.id);
  const { ids: onRecords } = await retryWhile(peopleInFlight, () => api.post<{ ids: string[] }>('/cadre/vetting/cases/batch', { openedOn: '2023-07-03', purpose: 'reappointment', personIds: reappointed }), 180);
  await api.post('/cadre/vetting/conclusions', {
    conclusionNumber: numbered(10, 'TB/ĐUK'),
    concludedOn: '2023-07-20',
    text: 'Các đồng chí đủ tiêu chuẩn chính trị theo hồ sơ cán bộ và tài liệu đã có',
    cases: onRecords.map((caseId) => ({ caseId, result: 'meets', basis: 'records' })),
  });

  const s = await api.get<{ requests: { letters: number; people: number }; conclusions: { people: number; meets: number; notMeets: number } }>('/cadre/vetting/summary?year=2023');
  log(`2023: gửi ${s.requests.letters} công văn xin ý kiến Công an cho ${s.requests.people} người; Ban Thường vụ kết luận tiêu chuẩn chính trị ${s.conclusions.people} người (${s.conclusions.notMeets} không đủ)`);
}
