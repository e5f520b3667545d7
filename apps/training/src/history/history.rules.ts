import type { LocalDate } from '@party/contracts';

export interface CompletionFact {
  completedOn: LocalDate | null;
  result: 'passed' | 'failed' | null;
  certificateNumber: string | null;
  certificateIssuedOn: LocalDate | null;
  certificateValidUntil: LocalDate | null;
}

export type RequirementStatus = 'valid' | 'expired' | 'missing';

/**
 * Whether a person's completions of one course satisfy it on a date: passed by then, and, for a
 * course whose certificate expires, a certificate issued by then and still valid. The best fact wins.
 */
export function requirementStatus(facts: CompletionFact[], asOf: LocalDate, expires: boolean): { status: RequirementStatus; best: CompletionFact | null } {
  const passed = facts.filter((f) => f.result === 'passed' && f.completedOn !== null && f.completedOn <= asOf);
  if (!expires) {
    const best = passed.sort((a, b) => (b.completedOn ?? '').localeCompare(a.completedOn ?? ''))[0] ?? null;
    return { status: best ? 'valid' : 'missing', best };
  }
  const certified = passed
    .filter((f) => f.certificateNumber && f.certificateIssuedOn && f.certificateIssuedOn <= asOf)
    .sort((a, b) => (b.certificateIssuedOn ?? '').localeCompare(a.certificateIssuedOn ?? ''));
  const valid = certified.find((f) => f.certificateValidUntil === null || f.certificateValidUntil >= asOf);
  if (valid) return { status: 'valid', best: valid };
  if (certified.length) return { status: 'expired', best: certified[0] };
  return { status: 'missing', best: null };
}
