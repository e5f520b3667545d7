import {
  ADMISSION_CEREMONY_DEADLINE_RULES,
  ADMISSION_DECISION_DEADLINE_RULES,
  ADMISSION_EDUCATION_RULES,
  ADMISSION_INTRODUCER_RULES,
  ADMISSION_VETTING_RULES,
  CHI_BO_VOTE_RULES,
} from './admission';
import { ADMISSION_AGE_RULES } from './age';
import { BADGE_RULES } from './badges';
import { PUBLIC_HOLIDAY_RULES } from './calendar/vietnam-holidays';
import { PARTY_AWARENESS_CERTIFICATE_RULES } from './certificate';
import { DENUNCIATION_LIMIT_RULES, DISCIPLINE_COMPLAINT_LIMIT_RULES, DISCIPLINE_COMPLAINT_WINDOW_RULES } from './complaint-deadlines';
import { COMMITTEE_COMPOSITION_RULES, COMMITTEE_HOLDER_RULES } from './committees';
import { DISCIPLINE_COMPETENCE_RULES, DISCIPLINE_FORM_RULES } from './discipline';
import type { LocalDate } from './local-date';
import { PARTY_AGE_RULES } from './party-age';
import { NEW_MEMBER_COURSE_RULES, PROBATION_PERIOD_RULES, PROBATION_REVIEW_DEADLINE_RULES } from './probation';
import { RATING_QUOTA_RULES, RATING_SCORE_RULES } from './rating-quota';
import { RATING_NEWLY_ADMITTED_RULES, RATING_RULE_SET_RULES } from './rating-rule-set';
import { RATING_DISQUALIFIER_RULES } from './rating-disqualifiers';
import { isInForce, versionOn, type Rule, type RuleMeta } from './rule';
import { PLANNING_AGE_RULES, PLANNING_CAP_RULES, PLANNING_EXIT_RULES } from './cadre-planning';
import { PLANNING_HIGHER_POST_RULES } from './cadre-planning-posts';
import { RETIREMENT_AGE_RULES } from './cadre-planning-retirement';
import { CONFIDENCE_VOTE_RULES } from './confidence-vote';

/** Every version of every rule, so a service can show or store which regulation decided. */
export const ALL_RULES: readonly Rule<unknown>[] = [
  ...PUBLIC_HOLIDAY_RULES,
  ...ADMISSION_AGE_RULES,
  ...ADMISSION_EDUCATION_RULES,
  ...ADMISSION_INTRODUCER_RULES,
  ...CHI_BO_VOTE_RULES,
  ...PARTY_AWARENESS_CERTIFICATE_RULES,
  ...ADMISSION_VETTING_RULES,
  ...ADMISSION_DECISION_DEADLINE_RULES,
  ...ADMISSION_CEREMONY_DEADLINE_RULES,
  ...PROBATION_PERIOD_RULES,
  ...PROBATION_REVIEW_DEADLINE_RULES,
  ...NEW_MEMBER_COURSE_RULES,
  ...PARTY_AGE_RULES,
  ...BADGE_RULES,
  ...RATING_QUOTA_RULES,
  ...RATING_SCORE_RULES,
  ...RATING_RULE_SET_RULES,
  ...RATING_NEWLY_ADMITTED_RULES,
  ...RATING_DISQUALIFIER_RULES,
  ...DISCIPLINE_FORM_RULES,
  ...DISCIPLINE_COMPETENCE_RULES,
  ...DISCIPLINE_COMPLAINT_WINDOW_RULES,
  ...DISCIPLINE_COMPLAINT_LIMIT_RULES,
  ...DENUNCIATION_LIMIT_RULES,
  ...PLANNING_CAP_RULES,
  ...PLANNING_AGE_RULES,
  ...PLANNING_EXIT_RULES,
  ...PLANNING_HIGHER_POST_RULES,
  ...RETIREMENT_AGE_RULES,
  ...CONFIDENCE_VOTE_RULES,
  ...COMMITTEE_COMPOSITION_RULES,
  ...COMMITTEE_HOLDER_RULES,
];

export const RULE_IDS: readonly string[] = [...new Set(ALL_RULES.map((r) => r.id))];

/** The versions in force on a date, one per rule id (rules with no version then are absent). */
export function rulesInForce(on: LocalDate): RuleMeta[] {
  return ALL_RULES.filter((r) => isInForce(r, on));
}

/** The version of one rule in force on a date; throws RuleNotInForceError when none is encoded. */
export function ruleVersion(id: string, on: LocalDate): RuleMeta {
  const versions = ALL_RULES.filter((r) => r.id === id);
  if (versions.length === 0) throw new Error(`Unknown rule "${id}"`);
  return versionOn(versions, on);
}
