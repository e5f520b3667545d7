import type { FieldError, VettingBasis, VettingStatus } from '@party/contracts';

/**
 * The order of a vetting case (Quy định 58-QĐ/TW ngày 05/8/2022 về một số vấn đề bảo vệ chính trị
 * nội bộ Đảng): opened → letter to the police → the police's reply → the standing committee's
 * conclusion, each not dated before the step it follows; the conclusion rests on the case's own
 * letter, on an earlier one, or on the records already held. Pure decisions, no I/O: each answers
 * the field refused, in both languages, naming the person (`who`) so a batch says whose date is wrong.
 */
export interface CaseDates {
  openedOn: string;
  requestId: string | null;
  sentOn: string | null;
  repliedOn: string | null;
  concludedOn: string | null;
}

export const statusOf = (c: CaseDates): VettingStatus => (c.concludedOn ? 'concluded' : c.repliedOn ? 'replied' : c.requestId ? 'requested' : 'open');

const viDate = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
const suffix = (who: string | null) => (who ? ` (${who})` : '');

/** Why a letter dated `sentOn` cannot name the case (null: it can). */
export function sentOnProblem(c: CaseDates, sentOn: string, who: string | null): FieldError | null {
  if (sentOn >= c.openedOn) return null;
  return {
    field: 'sentOn',
    vi: `Ngày gửi công văn ${viDate(sentOn)} trước ngày mở hồ sơ thẩm tra ${viDate(c.openedOn)}${suffix(who)}`,
    en: `The letter date ${sentOn} is before the case was opened on ${c.openedOn}${suffix(who)}`,
  };
}

/** Why a reply dated `repliedOn` cannot be recorded on the case (null: it can); the case is on a letter. */
export function repliedOnProblem(c: CaseDates, repliedOn: string, who: string | null): FieldError | null {
  if (!c.sentOn || repliedOn >= c.sentOn) return null;
  return {
    field: 'repliedOn',
    vi: `Ngày Công an trả lời ${viDate(repliedOn)} trước ngày gửi công văn ${viDate(c.sentOn)}${suffix(who)}`,
    en: `The reply date ${repliedOn} is before the letter was sent on ${c.sentOn}${suffix(who)}`,
  };
}

/** Why a conclusion dated `concludedOn` comes too early for the case (null: it does not): the latest of its opening, letter and reply. */
export function concludedOnProblem(c: CaseDates, concludedOn: string, who: string | null): FieldError | null {
  const steps: [string | null, string, string][] = [
    [c.repliedOn, 'ngày Công an trả lời', 'the police replied on'],
    [c.sentOn, 'ngày gửi công văn', 'the letter was sent on'],
    [c.openedOn, 'ngày mở hồ sơ thẩm tra', 'the case was opened on'],
  ];
  const [on, vi, en] = steps.find(([d]) => d !== null) as [string, string, string];
  if (concludedOn >= on) return null;
  return { field: 'concludedOn', vi: `Ngày kết luận ${viDate(concludedOn)} trước ${vi} ${viDate(on)}${suffix(who)}`, en: `The conclusion date ${concludedOn} is before ${en} ${on}${suffix(who)}` };
}

/**
 * What the conclusion rests on: the case's own letter when it has one (nothing else may be named
 * then), else an earlier letter or the records; asked for nothing, the one that applies.
 */
export function basisFor(c: CaseDates, asked: VettingBasis | null, who: string | null, field = 'basis'): { basis: VettingBasis } | { problem: FieldError } {
  const own = !!c.requestId;
  if (!asked) return { basis: own ? 'request' : 'records' };
  if (asked === 'request' && !own) {
    return { problem: { field, vi: `Hồ sơ chưa gửi công văn xin ý kiến Công an: căn cứ là công văn trước đó hoặc hồ sơ đã có${suffix(who)}`, en: `The case has no letter to the police: the basis is an earlier request or the records${suffix(who)}` } };
  }
  if (asked !== 'request' && own) {
    return { problem: { field, vi: `Hồ sơ đã gửi công văn xin ý kiến Công an: kết luận căn cứ công văn đó${suffix(who)}`, en: `The case has its own letter to the police: the conclusion rests on it (basis request)${suffix(who)}` } };
  }
  return { basis: asked };
}

/** Why an earlier case cannot be the basis of a conclusion on `concludedOn` (null: it can). */
export function earlierCaseProblem(
  basisCase: (CaseDates & { id: string; personId: string }) | null,
  c: { id: string; personId: string },
  concludedOn: string,
  who: string | null,
  field = 'basisCaseId',
): FieldError | null {
  if (!basisCase || basisCase.personId !== c.personId || basisCase.id === c.id) {
    return { field, vi: `Hồ sơ căn cứ không phải một hồ sơ khác của cùng người${suffix(who)}`, en: `The basis case is not another case of the same person${suffix(who)}` };
  }
  if (!basisCase.sentOn) return { field, vi: `Hồ sơ căn cứ chưa gửi công văn xin ý kiến Công an${suffix(who)}`, en: `The basis case has no letter to the police${suffix(who)}` };
  const latest = basisCase.repliedOn ?? basisCase.sentOn;
  if (concludedOn < latest) {
    return {
      field: 'concludedOn',
      vi: `Ngày kết luận ${viDate(concludedOn)} trước ${basisCase.repliedOn ? 'ngày Công an trả lời' : 'ngày gửi công văn'} của hồ sơ căn cứ ${viDate(latest)}${suffix(who)}`,
      en: `The conclusion date ${concludedOn} is before the basis case’s ${basisCase.repliedOn ? 'reply' : 'letter'} of ${latest}${suffix(who)}`,
    };
  }
  return null;
}
