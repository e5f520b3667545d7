import type { LocalDate } from './local-date';
import { versionOn, type Bilingual, type Rule, type RuleMeta } from './rule';

/**
 * Lấy phiếu tín nhiệm (Quy định 96-QĐ/TW ngày 02/02/2023 về việc lấy phiếu tín nhiệm đối với chức
 * vụ lãnh đạo, quản lý trong hệ thống chính trị), as data:
 * - the conference is held only when at least 2/3 of those summoned attend (exactly 2/3 is enough);
 * - the result of each level is a share of the ballots collected (tổng số phiếu thu về);
 * - more than 1/2 and less than 2/3 "tín nhiệm thấp": the competent body takes the person out of
 *   the plans of higher posts (mandatory, so done on recording) and considers relieving them,
 *   another assignment, resignation, or a vote of confidence, without waiting for the term's end;
 * - 2/3 or more "tín nhiệm thấp": the competent body relieves them of the post without waiting
 *   for the term's end (they may resign first, Quy định 41-QĐ/TW); the plans of higher posts end too.
 * Both flagged cases wait for the standing committee's decision.
 */
export const VOTE_DECISION_OUTCOMES = ['relieved_of_post', 'reassigned', 'resigned', 'confidence_ballot', 'kept'] as const;
export type VoteDecisionOutcome = (typeof VOTE_DECISION_OUTCOMES)[number];

export const VOTE_RESULTS = ['no_quorum', 'no_action', 'relief_to_consider', 'dismissal_to_consider'] as const;
export type VoteResult = (typeof VOTE_RESULTS)[number];
export type FlaggedVoteResult = Extract<VoteResult, 'relief_to_consider' | 'dismissal_to_consider'>;

/** A fraction num/den. */
type Fraction = readonly [number, number];

export interface ConfidenceVoteParams {
  /** attended / summoned at least this. */
  quorum: Fraction;
  /** low / ballots above this (and below `dismissalFrom`): relief to consider. */
  reliefAbove: Fraction;
  /** low / ballots at least this: relief of the post. */
  dismissalFrom: Fraction;
  /** What the standing committee may decide on each flagged result. */
  outcomes: Readonly<Record<FlaggedVoteResult, readonly VoteDecisionOutcome[]>>;
}

export const CONFIDENCE_VOTE_RULES: readonly Rule<ConfidenceVoteParams>[] = [
  {
    id: 'confidence-vote.result',
    version: 1,
    regulation: 'Quy định 96-QĐ/TW (2023)',
    effectiveFrom: '2023-02-02',
    description: {
      vi: 'Hội nghị lấy phiếu tín nhiệm chỉ tiến hành khi có ít nhất 2/3 số người được triệu tập có mặt; tỷ lệ tính trên tổng số phiếu thu về. Trên 1/2 đến dưới 2/3 phiếu tín nhiệm thấp: đưa ra khỏi quy hoạch chức vụ cao hơn, xem xét cho thôi giữ chức vụ, bố trí công tác khác, cho từ chức hoặc bỏ phiếu tín nhiệm; từ 2/3 trở lên: cho thôi giữ chức vụ mà không chờ hết nhiệm kỳ.',
      en: 'The vote is held only when at least 2/3 of those summoned attend; shares are of the ballots collected. More than 1/2 and less than 2/3 low confidence: out of the plans of higher posts, relief, another assignment, resignation or a confidence ballot to consider; 2/3 or more: relieved of the post without waiting for the term to end.',
    },
    params: {
      quorum: [2, 3],
      reliefAbove: [1, 2],
      dismissalFrom: [2, 3],
      outcomes: {
        relief_to_consider: ['relieved_of_post', 'reassigned', 'resigned', 'confidence_ballot', 'kept'],
        dismissal_to_consider: ['relieved_of_post', 'resigned'],
      },
    },
  },
];

export interface VoteCounts {
  summoned: number;
  attended: number;
  /** Ballots collected; high + normal + low when not given. */
  ballots: number;
  high: number;
  normal: number;
  low: number;
}

export interface VoteAssessment {
  rule: Rule<ConfidenceVoteParams>;
  /** The conference had its quorum. */
  valid: boolean;
  result: VoteResult;
  flagged: boolean;
  /** The person's plans for higher posts end (both flagged results). */
  endsHigherPlanning: boolean;
}

/** part/whole ≥ num/den, in integers (no binary fraction decides an edge). */
const atLeast = (part: number, whole: number, [num, den]: Fraction) => part * den >= whole * num;
const above = (part: number, whole: number, [num, den]: Fraction) => part * den > whole * num;

/** The result of one vote on its date; exactly 2/3 attending is valid, exactly 1/2 low flags nothing, exactly 2/3 low is dismissal. */
export function assessConfidenceVote(counts: VoteCounts, on: LocalDate): VoteAssessment {
  const rule = versionOn(CONFIDENCE_VOTE_RULES, on);
  const p = rule.params;
  const valid = counts.summoned > 0 && atLeast(counts.attended, counts.summoned, p.quorum);
  let result: VoteResult = 'no_action';
  if (!valid) result = 'no_quorum';
  else if (counts.ballots > 0 && atLeast(counts.low, counts.ballots, p.dismissalFrom)) result = 'dismissal_to_consider';
  else if (counts.ballots > 0 && above(counts.low, counts.ballots, p.reliefAbove)) result = 'relief_to_consider';
  const flagged = result === 'relief_to_consider' || result === 'dismissal_to_consider';
  return { rule, valid, result, flagged, endsHigherPlanning: flagged };
}

const OUTCOME_NAMES: Readonly<Record<VoteDecisionOutcome, Bilingual>> = {
  relieved_of_post: { vi: 'cho thôi giữ chức vụ', en: 'relieved of the post' },
  reassigned: { vi: 'bố trí công tác khác', en: 'another assignment' },
  resigned: { vi: 'cho từ chức', en: 'resignation' },
  confidence_ballot: { vi: 'bỏ phiếu tín nhiệm', en: 'a confidence ballot' },
  kept: { vi: 'giữ chức vụ', en: 'kept in the post' },
};

/** Whether the standing committee may decide `outcome` on a vote with `result`, by the rule in force on the vote's date. */
export function checkVoteDecision(result: FlaggedVoteResult, outcome: VoteDecisionOutcome, heldOn: LocalDate): { rule: RuleMeta; message: Bilingual } | null {
  const rule = versionOn(CONFIDENCE_VOTE_RULES, heldOn);
  const allowed = rule.params.outcomes[result];
  if (allowed.includes(outcome)) return null;
  const names = (lang: 'vi' | 'en') => allowed.map((o) => OUTCOME_NAMES[o][lang]).join(', ');
  return {
    rule,
    message:
      result === 'dismissal_to_consider'
        ? { vi: `Có từ 2/3 số phiếu tín nhiệm thấp trở lên: chỉ ${names('vi')}`, en: `With 2/3 or more low-confidence ballots: only ${names('en')}` }
        : { vi: `Kết quả này chỉ có thể xử lý: ${names('vi')}`, en: `This result allows only: ${names('en')}` },
  };
}
