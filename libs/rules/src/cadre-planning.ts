import { fullMonthsBetween } from './age';
import { retirementOf, type Sex } from './cadre-planning-retirement';
import { addDays, addMonths, compareDates, formatLocalDate, isBefore, maxDate, type LocalDate } from './local-date';
import { versionOn, type Bilingual, type Rule, type RuleMeta } from './rule';

/**
 * Quy hoạch cán bộ (cadre planning) as data: how many people a post may have in its plan, how
 * many posts one person may be planned for at one level, the age that still allows a full term,
 * and what takes a person out of the plan by itself. Under Quy định 50-QĐ/TW (27/12/2021) for the
 * plans of the terms 2020-2025 and 2025-2030; from 08/10/2025 under Quy định 377-QĐ/TW, which
 * replaced it (DOMAIN.md, "Cadre work"). A decision is checked by the version in force on its date.
 */
export const PLANNING_RULES_FROM: LocalDate = '2021-12-27';

/** A planning rule in its two versions: 50-QĐ/TW until 07/10/2025, 377-QĐ/TW from 08/10/2025 (the same content where the new text kept it). */
export function planningEra<P>(id: string, vi: string, en: string, params: P): Rule<P>[] {
  return [
    { id, version: 1, regulation: 'Quy định 50-QĐ/TW (2021)', effectiveFrom: PLANNING_RULES_FROM, effectiveTo: '2025-10-07', description: { vi, en }, params },
    { id, version: 2, regulation: 'Quy định 377-QĐ/TW (2025)', effectiveFrom: '2025-10-08', description: { vi, en }, params },
  ];
}

export interface PlanningCapParams {
  peoplePerPost: number;
  /** "Một cán bộ quy hoạch không quá 3 chức danh ở cùng cấp". */
  postsPerPersonPerLevel: number;
}

export const PLANNING_CAP_RULES: readonly Rule<PlanningCapParams>[] = planningEra(
  'cadre-planning.caps',
  'Mỗi chức danh quy hoạch không quá 3 người; mỗi người quy hoạch không quá 3 chức danh ở cùng cấp (trong một nhiệm kỳ quy hoạch).',
  'At most 3 people planned for one post; one person planned for at most 3 posts at one level (within one planning term).',
  { peoplePerPost: 3, postsPerPersonPerLevel: 3 },
);

export interface PlanningAgeParams {
  /** A full term, counted from the term's start: "đủ tuổi công tác ít nhất trọn một nhiệm kỳ". */
  minServiceMonths: number;
  /**
   * The day of the term's first year its service is counted from. The congress date differs by
   * organization and is not recorded with a plan; 1 January is the earliest a term can begin,
   * so no one who could serve the whole term is refused for it.
   */
  termStartMonth: number;
  termStartDay: number;
  /**
   * The sex whose retirement age is used when the person's is not known (membership's replica in
   * the cadre service carries the date of birth only): the later one, so a refusal is certain
   * whatever the person's sex; a woman accepted so is flagged to check in the view.
   */
  sexWhenUnknown: Sex;
}

export const PLANNING_AGE_RULES: readonly Rule<PlanningAgeParams>[] = planningEra(
  'cadre-planning.age',
  'Cán bộ được quy hoạch phải đủ tuổi công tác ít nhất trọn một nhiệm kỳ (60 tháng) tính từ đầu nhiệm kỳ quy hoạch, theo tuổi nghỉ hưu của Bộ luật Lao động 2019.',
  'A planned cadre must be able to work at least one full term (60 months) from the start of the planning term, by the retirement age of the Labour Code 2019.',
  { minServiceMonths: 60, termStartMonth: 1, termStartDay: 1, sexWhenUnknown: 'male' },
);

export interface PlanningExitParams {
  /** Reprimand or heavier: every penalty of a member (Điều lệ Đảng, Điều 35). */
  disciplineLevels: readonly string[];
  vettingResults: readonly string[];
}

export const PLANNING_EXIT_RULES: readonly Rule<PlanningExitParams>[] = planningEra(
  'cadre-planning.exit',
  'Cán bộ bị cấp có thẩm quyền thi hành kỷ luật từ khiển trách trở lên hoặc bị kết luận không bảo đảm tiêu chuẩn chính trị thì đương nhiên đưa ra khỏi quy hoạch.',
  'A planned cadre disciplined with a reprimand or heavier, or concluded not to meet the political standard, leaves the plan by that fact.',
  { disciplineLevels: ['khien_trach', 'canh_cao', 'cach_chuc', 'khai_tru'], vettingResults: ['not_meets'] },
);

/** Why a planning decision cannot be made as asked. */
export interface PlanningRefusal {
  code: 'post_full' | 'person_posts_full' | 'age_short_of_term' | 'not_higher_post';
  rule: RuleMeta;
  message: Bilingual;
}

/** A stretch of planning: from the day planned to the day it ended (exclusive), null while it holds. */
export interface PlanSpan {
  from: LocalDate;
  until: LocalDate | null;
}

/**
 * The most spans holding together on one day from `on` onwards. A span that ended on a day frees
 * its place that very day (a review that removes one person and adds another in one decision).
 */
export function peakFrom(spans: readonly PlanSpan[], on: LocalDate): number {
  const points: [LocalDate, number][] = [];
  for (const s of spans) {
    if (s.until !== null && compareDates(s.until, on) <= 0) continue;
    points.push([maxDate(s.from, on), 1]);
    if (s.until !== null) points.push([s.until, -1]);
  }
  points.sort((a, b) => compareDates(a[0], b[0]) || a[1] - b[1]);
  let now = 0;
  let peak = 0;
  for (const [, delta] of points) {
    now += delta;
    peak = Math.max(peak, now);
  }
  return peak;
}

/**
 * Whether one more person may be planned for a post from `on`: `planned` are the post's spans
 * (one per person) in the same term. `post` names it in the message ("Bí thư — Đảng bộ …, nhiệm kỳ 2025-2030").
 */
export function checkPostCapacity(planned: readonly PlanSpan[], on: LocalDate, post: Bilingual): PlanningRefusal | null {
  const rule = versionOn(PLANNING_CAP_RULES, on);
  const cap = rule.params.peoplePerPost;
  const peak = peakFrom([...planned, { from: on, until: null }], on);
  if (peak <= cap) return null;
  return {
    code: 'post_full',
    rule,
    message: {
      vi: `Chức danh ${post.vi} đã đủ ${cap} người trong quy hoạch: mỗi chức danh quy hoạch không quá ${cap} người`,
      en: `The post ${post.en} already has ${cap} people planned: at most ${cap} per post`,
    },
  };
}

/** Whether `person` may be planned for one more post of one level in a term: `planned` are their posts there. */
export function checkPersonCapacity(planned: readonly PlanSpan[], on: LocalDate, person: Bilingual, level: Bilingual): PlanningRefusal | null {
  const rule = versionOn(PLANNING_CAP_RULES, on);
  const cap = rule.params.postsPerPersonPerLevel;
  const peak = peakFrom([...planned, { from: on, until: null }], on);
  if (peak <= cap) return null;
  return {
    code: 'person_posts_full',
    rule,
    message: {
      vi: `Đồng chí ${person.vi} đã được quy hoạch ${cap} chức danh ${level.vi}: mỗi người quy hoạch không quá ${cap} chức danh ở cùng cấp`,
      en: `${person.en} is already planned for ${cap} posts ${level.en}: at most ${cap} posts per person at one level`,
    },
  };
}

/** The day a term's service is counted from, by the age rule in force on `on`. */
export function planningTermStart(termStartYear: number, on: LocalDate): LocalDate {
  const { params } = versionOn(PLANNING_AGE_RULES, on);
  return formatLocalDate({ year: termStartYear, month: params.termStartMonth, day: params.termStartDay });
}

export interface PlanningAgeCheck {
  rule: Rule<PlanningAgeParams>;
  termStart: LocalDate;
  /** The last day of a full term from `termStart`. */
  termEnd: LocalDate;
  ageAtTermStart: { years: number; months: number };
  /** The last working day before retirement, by the sex used. */
  retiresAfter: LocalDate;
  /** The sex whose retirement age was used, and whether it was assumed. */
  sex: Sex;
  sexAssumed: boolean;
  refusal: PlanningRefusal | null;
}

/**
 * Whether a person born on `dateOfBirth` can serve a whole term from the term's start, judged by
 * the rule in force on the decision date `on`. The edge: a man reaching 62 in December 2029 works
 * to 31/12/2029 and covers 2025-2030; one reaching it on 30/11/2029 does not.
 */
export function checkPlanningAge(input: { dateOfBirth: LocalDate; sex: Sex | null; termStartYear: number; on: LocalDate; person: Bilingual; term: string }): PlanningAgeCheck {
  const rule = versionOn(PLANNING_AGE_RULES, input.on);
  const termStart = planningTermStart(input.termStartYear, input.on);
  const termEnd = addDays(addMonths(termStart, rule.params.minServiceMonths), -1);
  const sex = input.sex ?? rule.params.sexWhenUnknown;
  const retirement = retirementOf(input.dateOfBirth, sex, input.on);
  const months = Math.max(0, fullMonthsBetween(input.dateOfBirth, termStart));
  const short = isBefore(retirement.lastWorkingDay, termEnd);
  return {
    rule,
    termStart,
    termEnd,
    ageAtTermStart: { years: Math.floor(months / 12), months: months % 12 },
    retiresAfter: retirement.lastWorkingDay,
    sex,
    sexAssumed: input.sex === null,
    refusal: short
      ? {
          code: 'age_short_of_term',
          rule,
          message: {
            vi: `Đồng chí ${input.person.vi} không đủ tuổi công tác trọn nhiệm kỳ ${input.term}: đến tuổi nghỉ hưu sau ngày ${retirement.lastWorkingDay}, trước khi hết nhiệm kỳ (${termEnd})`,
            en: `${input.person.en} cannot serve the whole term ${input.term}: retires after ${retirement.lastWorkingDay}, before the term ends (${termEnd})`,
          },
        }
      : null,
  };
}

/** A fact that may take a person out of every plan by itself. */
export type PlanningExitFact = { kind: 'discipline'; level: string } | { kind: 'vetting'; result: string };

/** Whether `fact`, dated `on`, takes the person out of their plans; null when no planning rule is encoded for that day. */
export function planningExit(fact: PlanningExitFact, on: LocalDate): { exits: boolean; rule: RuleMeta } | null {
  if (isBefore(on, PLANNING_RULES_FROM)) return null;
  const rule = versionOn(PLANNING_EXIT_RULES, on);
  const exits = fact.kind === 'discipline' ? rule.params.disciplineLevels.includes(fact.level) : rule.params.vettingResults.includes(fact.result);
  return { exits, rule };
}
