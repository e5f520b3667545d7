import { addMonths, addYears, isBefore, isOnOrBefore, minDate, parseLocalDate, type LocalDate } from './local-date';
import { partyAge, type PartyAgeFacts } from './party-age';
import { versionOn, type Bilingual, type Rule } from './rule';

export const BADGE_LEVELS = [30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90] as const;
export type BadgeLevel = (typeof BADGE_LEVELS)[number];

/** Award occasions (month, day): 3/2, 19/5, 2/9, 7/11. */
export const BADGE_OCCASIONS: readonly { month: number; day: number; name: Bilingual }[] = [
  { month: 2, day: 3, name: { vi: 'Ngày thành lập Đảng 3/2', en: 'Party founding day, 3 Feb' } },
  { month: 5, day: 19, name: { vi: 'Ngày sinh Chủ tịch Hồ Chí Minh 19/5', en: "President Ho Chi Minh's birthday, 19 May" } },
  { month: 9, day: 2, name: { vi: 'Quốc khánh 2/9', en: 'National Day, 2 Sep' } },
  { month: 11, day: 7, name: { vi: 'Kỷ niệm Cách mạng Tháng Mười Nga 7/11', en: 'October Revolution anniversary, 7 Nov' } },
];

export type DisciplineKind = 'reprimand' | 'warning' | 'removal_from_post' | 'expulsion';

export interface BadgeParams {
  levels: readonly BadgeLevel[];
  /** Early award for a seriously ill member: months before the level, by level range. */
  seriouslyIllEarlyMonths: { upTo65: number; from70: number };
  posthumousEarlyMonths: number;
  /** Months a member waits after the discipline decision. */
  holdMonths: Partial<Record<DisciplineKind, number>>;
}

export const BADGE_RULES: readonly Rule<BadgeParams>[] = [
  {
    id: 'badges.award',
    version: 1,
    regulation: 'Quy định 94-QĐ/TW (2022) về Huy hiệu Đảng và hướng dẫn thi hành',
    effectiveFrom: '2022-12-15',
    description: {
      vi: 'Huy hiệu 30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90 năm tuổi đảng, xét tặng vào các dịp 3/2, 19/5, 2/9, 7/11; trao sớm cho đảng viên bệnh nặng (12 tháng với mốc 30–65 năm, 24 tháng với mốc 70–90 năm) và truy tặng (thiếu không quá 12 tháng); bị cảnh cáo chờ 6 tháng, cách chức chờ 12 tháng; mỗi mốc một lần.',
      en: 'Badges for 30…90 years of party age, awarded on 3 Feb, 19 May, 2 Sep, 7 Nov; early for the seriously ill (12 months for 30–65, 24 for 70–90) and posthumously (12 months); a warning holds the award 6 months, removal from post 12 months; one badge per level.',
    },
    params: {
      levels: BADGE_LEVELS,
      seriouslyIllEarlyMonths: { upTo65: 12, from70: 24 },
      posthumousEarlyMonths: 12,
      holdMonths: { warning: 6, removal_from_post: 12 },
    },
  },
];

export function isBadgeOccasion(date: LocalDate): boolean {
  const { month, day } = parseLocalDate(date);
  return BADGE_OCCASIONS.some((o) => o.month === month && o.day === day);
}

/** The first occasion on or after `date`. */
export function nextBadgeOccasion(date: LocalDate): LocalDate {
  const { year } = parseLocalDate(date);
  for (const y of [year, year + 1]) {
    for (const o of BADGE_OCCASIONS) {
      const candidate = `${y}-${String(o.month).padStart(2, '0')}-${String(o.day).padStart(2, '0')}`;
      if (isOnOrBefore(date, candidate)) return candidate;
    }
  }
  throw new Error('unreachable');
}

export interface BadgeOptions {
  seriouslyIll?: boolean;
  /** Posthumous award: the shortfall is measured on the day of death. */
  posthumous?: { deathDate: LocalDate };
  disciplineHolds?: readonly { kind: DisciplineKind; decidedOn: LocalDate }[];
  awardedLevels?: readonly number[];
}

export interface BadgeLevelStatus {
  level: BadgeLevel;
  /** The day the party age reaches the level. */
  reachedOn: LocalDate;
  /** The day the member may be awarded it, after any early-award allowance. */
  eligibleFrom: LocalDate;
}

export interface BadgeHold {
  level: BadgeLevel;
  reason: DisciplineKind;
  /** The first day the award may be made again; absent when never (expulsion). */
  until?: LocalDate;
}

export interface BadgeAssessment {
  rule: Rule<BadgeParams>;
  occasion: LocalDate;
  /** Levels to award on this occasion. */
  due: BadgeLevel[];
  held: BadgeHold[];
  /** Reached but already awarded (one badge per level). */
  alreadyAwarded: BadgeLevel[];
  levels: BadgeLevelStatus[];
}

/**
 * Levels due on an award occasion. A level reached on the occasion day itself is due on it; one
 * reached the day after waits for the next occasion. All unawarded reached levels are returned;
 * which of several missed levels to hand out is the standing committee's decision.
 */
export function badgeLevelsDue(facts: PartyAgeFacts, occasionDate: LocalDate, options: BadgeOptions = {}): BadgeAssessment {
  if (!isBadgeOccasion(occasionDate)) {
    throw new RangeError(`${occasionDate} is not a badge occasion (3/2, 19/5, 2/9, 7/11); next is ${nextBadgeOccasion(occasionDate)}`);
  }
  const rule = versionOn(BADGE_RULES, occasionDate);
  const { params } = rule;
  // For a posthumous award the party age stops at death and the shortfall is measured there.
  const measuredOn = options.posthumous ? minDate(options.posthumous.deathDate, occasionDate) : occasionDate;
  const { effectiveStart } = partyAge(facts, measuredOn);
  const awarded = new Set(options.awardedLevels ?? []);

  const levels: BadgeLevelStatus[] = params.levels.map((level) => {
    const reachedOn = addYears(effectiveStart, level);
    let early = 0;
    if (options.seriouslyIll) early = Math.max(early, level <= 65 ? params.seriouslyIllEarlyMonths.upTo65 : params.seriouslyIllEarlyMonths.from70);
    if (options.posthumous) early = Math.max(early, params.posthumousEarlyMonths);
    return { level, reachedOn, eligibleFrom: addMonths(reachedOn, -early) };
  });

  const reached = levels.filter((l) => isOnOrBefore(l.eligibleFrom, measuredOn)).map((l) => l.level);
  const alreadyAwarded = reached.filter((l) => awarded.has(l));
  const candidates = reached.filter((l) => !awarded.has(l));

  let blocking: { reason: DisciplineKind; until?: LocalDate } | undefined;
  for (const d of options.disciplineHolds ?? []) {
    if (d.kind === 'expulsion') {
      blocking = { reason: d.kind };
      break;
    }
    const months = params.holdMonths[d.kind];
    if (months === undefined) continue;
    const until = addMonths(d.decidedOn, months);
    if (isBefore(occasionDate, until) && (!blocking || (blocking.until && isBefore(blocking.until, until)))) {
      blocking = { reason: d.kind, until };
    }
  }

  return {
    rule,
    occasion: occasionDate,
    due: blocking ? [] : candidates,
    held: blocking ? candidates.map((level) => ({ level, ...blocking })) : [],
    alreadyAwarded,
    levels,
  };
}

/**
 * The last admission decision that can have a badge level due (or held) on the occasion: the
 * first level's years back from it, plus the longest early award. Party age counts from the
 * admission decision pushed forward by interruptions, never earlier, so no one admitted after this
 * day reaches any level in time — a necessary condition a list can filter people by before judging
 * each one with `badgeLevelsDue`.
 */
export function latestAdmissionForBadges(occasionDate: LocalDate): LocalDate {
  const { params } = versionOn(BADGE_RULES, occasionDate);
  const earliest = Math.min(...params.levels);
  const longestEarly = Math.max(params.seriouslyIllEarlyMonths.upTo65, params.seriouslyIllEarlyMonths.from70, params.posthumousEarlyMonths);
  return addMonths(addYears(occasionDate, -earliest), longestEarly);
}

/** The first day the encoded badge regulation covers. */
export const BADGE_RULES_FROM: LocalDate = BADGE_RULES[0].effectiveFrom;

/** The longest early award any version allowed (seriously ill, 70–90 years). */
const HISTORY_EARLY_MONTHS = 24;

/**
 * An award made before the encoded regulation — copied from the paper books — is recorded as
 * history, not judged by today's rules: only plain arithmetic is checked (the occasion is no more
 * than 24 months before the level's anniversary of the admission decision).
 */
export function historicalAward(admissionDecisionDate: LocalDate, level: BadgeLevel, occasion: LocalDate): { reachedOn: LocalDate; plausible: boolean } {
  const reachedOn = addYears(admissionDecisionDate, level);
  return { reachedOn, plausible: isOnOrBefore(addMonths(reachedOn, -HISTORY_EARLY_MONTHS), occasion) };
}
