import { isOnOrAfter, isOnOrBefore, type LocalDate } from './local-date';

export interface Bilingual {
  vi: string;
  en: string;
}

/**
 * One version of one regulation, as data. `effectiveTo` is the last day the version applies
 * (inclusive); absent while it is current. A 2023 case is decided by the version in force on the
 * date that matters to it (the vote date, the occasion date, the rating year).
 */
export interface RuleMeta {
  id: string;
  version: number;
  regulation: string;
  effectiveFrom: LocalDate;
  effectiveTo?: LocalDate;
  description: Bilingual;
}

export interface Rule<P = undefined> extends RuleMeta {
  params: P;
}

/** Something a regulation forbids (blocks the decision) or asks attention for (does not block). */
export interface Finding {
  code: string;
  ruleId: string;
  regulation: string;
  message: Bilingual;
}

export class RuleNotInForceError extends Error {
  constructor(
    readonly ruleId: string,
    readonly on: LocalDate,
  ) {
    super(`No version of rule "${ruleId}" is encoded for ${on}`);
    this.name = 'RuleNotInForceError';
  }
}

export function isInForce(rule: RuleMeta, on: LocalDate): boolean {
  return isOnOrAfter(on, rule.effectiveFrom) && (!rule.effectiveTo || isOnOrBefore(on, rule.effectiveTo));
}

/** The version of a rule in force on a date; throws rather than guess for an uncovered date. */
export function versionOn<R extends RuleMeta>(versions: readonly R[], on: LocalDate): R {
  const found = versions.filter((v) => isInForce(v, on));
  if (found.length === 0) throw new RuleNotInForceError(versions[0]?.id ?? 'unknown', on);
  if (found.length > 1) throw new Error(`Overlapping versions of rule "${versions[0].id}" on ${on}`);
  return found[0];
}

export function finding(rule: RuleMeta, code: string, vi: string, en: string): Finding {
  return { code, ruleId: rule.id, regulation: rule.regulation, message: { vi, en } };
}

/**
 * A rule of admission and probation in its two versions: under Quy định 24-QĐ/TW (2021) with
 * Hướng dẫn 12-HD/BTCTW (2022) until 19/01/2025, under Quy định 232-QĐ/TW (2025) from 20/01/2025
 * (the same content where the new text kept it; a rule that changed declares its own versions).
 */
export function admissionEraVersions<P>(id: string, vi: string, en: string, params: P): Rule<P>[] {
  return [
    { id, version: 1, regulation: 'Quy định 24-QĐ/TW (2021); Hướng dẫn 12-HD/BTCTW (2022)', effectiveFrom: '2021-07-30', effectiveTo: '2025-01-19', description: { vi, en }, params },
    { id, version: 2, regulation: 'Quy định 232-QĐ/TW (2025)', effectiveFrom: '2025-01-20', description: { vi, en }, params },
  ];
}
