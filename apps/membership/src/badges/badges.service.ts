import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BADGE_ROUTES, BadgeAwarded, BadgeCandidateView, BadgeCaseRecorded, DomainError, type FieldError, pageOf, type Principal, RouteInput, todayInVietnam } from '@party/contracts';
import { BADGE_OCCASIONS, BADGE_RULES_FROM, badgeLevelsDue, historicalAward, latestAdmissionForBadges, isBefore, isBadgeOccasion, isOnOrBefore, nextBadgeOccasion, parseLocalDate, type BadgeAssessment, type BadgeLevel, type BadgeOptions } from '@party/rules';
import { CommandContext, Handles, QueryContext, type UnitOfWork } from '@party/service-kit';
import { OrganizationTree } from '../organizations/organization.tree';
import { PERSON } from '../people/people.service';
import { Person } from '../people/person.entity';
import { placementOf, placementsOn } from '../transfers/headcount';
import { BadgeAward, BadgeCase, DisciplineRecord } from './badge.entity';

type Basis = BadgeCandidateView['basis'];

/** The occasion is 3/2, 19/5, 2/9 or 7/11: else 400 naming the next occasion. */
function assertOccasion(occasion: string): void {
  if (isBadgeOccasion(occasion)) return;
  const next = nextBadgeOccasion(occasion);
  const list = BADGE_OCCASIONS.map((o) => `${o.day}/${o.month}`).join(', ');
  throw DomainError.validation([
    {
      field: 'occasion',
      vi: `Ngày ${occasion} không phải dịp xét tặng Huy hiệu Đảng (${list}); dịp gần nhất là ${next}`,
      en: `${occasion} is not a badge award occasion (${list}); the next one is ${next}`,
    },
  ]);
}

/**
 * Huy hiệu Đảng: who reaches each level on an award occasion (libs/rules `badgeLevelsDue`, with
 * early award for the seriously ill, posthumous award and discipline holds from the local copy),
 * and recording awards, one per level per member.
 */
@Injectable()
export class BadgesService {
  constructor(private readonly tree: OrganizationTree) {}

  @Handles(BADGE_ROUTES.eligible)
  async eligible(q: RouteInput<typeof BADGE_ROUTES.eligible>, { em, principal }: QueryContext) {
    assertOccasion(q.occasion);
    const scope = await this.tree.scopeIds(principal, q.orgId, q.occasion, em);
    const subtree = scope ? new Set(scope) : null;
    // only the scope's members, and only those admitted early enough to reach a level (the bloc's
    // whole placement was computed for a secretary's chi bộ before)
    const where = new Map(
      (await placementsOn(em, q.occasion, { within: scope ?? undefined, admittedBy: latestAdmissionForBadges(q.occasion) })).map((p) => [p.personId, p.orgId]),
    );
    const cases = await em.find(BadgeCase, {});
    for (const c of cases) {
      if (c.diedOn && isOnOrBefore(c.diedOn, q.occasion) && !where.has(c.personId)) {
        const org = (await placementOf(em, c.personId, c.diedOn)) ?? (await em.findOne(Person, { id: c.personId }))?.orgId;
        if (org) where.set(c.personId, org);
      }
    }
    const ids = [...where.entries()].filter(([, org]) => !subtree || subtree.has(org)).map(([id]) => id);
    const people = await em.find(Person, { id: { $in: ids } });
    const facts = await this.factsOf(em, ids, q.occasion);
    const items: BadgeCandidateView[] = [];
    for (const p of people) {
      if (!p.admissionDecisionDate) continue;
      const f = facts(p.id);
      // only official members have a party age (a posthumous case is judged on the day of death)
      if (!f.options.posthumous && (p.status !== 'official' || !p.officialDate || !isOnOrBefore(p.officialDate, q.occasion))) continue;
      const a = badgeLevelsDue({ admissionDecisionDate: p.admissionDecisionDate, officialOn: p.officialDate ?? undefined }, q.occasion, f.options);
      for (const level of a.due) items.push(item(p, where.get(p.id) as string, a, level, f.options, 'due', null));
      for (const h of a.held) items.push(item(p, where.get(p.id) as string, a, h.level, f.options, 'held', { reason: h.reason, until: h.until ?? null }));
    }
    const byLevel: Record<string, number> = {};
    for (const i of items) if (i.status === 'due') byLevel[i.level] = (byLevel[i.level] ?? 0) + 1;
    const listed = items.filter((i) => (q.level === undefined || i.level === q.level) && (!q.status || i.status === q.status));
    const byName = (x: BadgeCandidateView, y: BadgeCandidateView) => x.fullName.localeCompare(y.fullName, 'vi');
    listed.sort(q.sort === 'fullName' ? (x, y) => byName(x, y) || x.level - y.level : (x, y) => x.level - y.level || byName(x, y));
    if (q.order === 'desc') listed.reverse();
    const o = parseLocalDate(q.occasion);
    const occasion = BADGE_OCCASIONS.find((b) => b.month === o.month && b.day === o.day);
    const rule = badgeLevelsDue({ admissionDecisionDate: q.occasion }, q.occasion).rule;
    return { occasion: q.occasion, name: occasion?.name ?? { vi: q.occasion, en: q.occasion }, orgId: q.orgId ?? principal.orgScopeId, regulation: rule.regulation, byLevel, ...pageOf(listed, q) };
  }

  @Handles(BADGE_ROUTES.award)
  async award(input: RouteInput<typeof BADGE_ROUTES.award>, { em, uow: u, principal }: CommandContext) {
    assertOccasion(input.occasion);
    const person = await em.findOne(Person, { id: input.personId });
    if (!person) throw DomainError.notFound(PERSON);
    await lockPeople(em, [person.id]);
    const planned = await this.judge(em, principal, person, input.level, input.occasion);
    const answer = record(em, u, planned, input.decisionNumber);
    // two clerks at once: the unique index (person, level) decides
    await u.flushOrConflict(() => alreadyAwarded('', input.level, input.occasion));
    return answer;
  }

  /**
   * A round's awards under one decision, all or none: every item is judged as a single award is,
   * and when any is refused nothing is written and each refusal names its item
   * (`awards.3.personId`), so the clerk sees every problem of the round at once.
   */
  @Handles(BADGE_ROUTES.awardBatch)
  async awardBatch(input: RouteInput<typeof BADGE_ROUTES.awardBatch>, { em, uow: u, principal }: CommandContext) {
    assertOccasion(input.occasion);
    const ids = [...new Set(input.awards.map((a) => a.personId))];
    const people = new Map((await em.find(Person, { id: { $in: ids } })).map((p) => [p.id, p]));
    // locks in one order, so two rounds sharing members cannot deadlock
    await lockPeople(em, [...people.keys()]);
    const planned: Planned[] = [];
    const refused: FieldError[] = [];
    for (const [i, a] of input.awards.entries()) {
      const person = people.get(a.personId);
      const field = `awards.${i}.personId`;
      if (!person) {
        refused.push({ field, vi: 'Không tìm thấy người này', en: 'Person not found' });
        continue;
      }
      try {
        planned.push(await this.judge(em, principal, person, a.level, input.occasion));
      } catch (err) {
        // outside the user's scope is not a reason to list: the whole request is forbidden
        if (!(err instanceof DomainError) || err.body.code === 'forbidden') throw err;
        refused.push({ field, vi: `${person.fullName} (${a.level} năm): ${err.body.message.vi}`, en: `${person.fullName} (${a.level} years): ${err.body.message.en}` });
      }
    }
    if (refused.length > 0) {
      throw DomainError.rule(
        {
          vi: `${refused.length}/${input.awards.length} trường hợp không được ghi nhận; chưa ghi nhận trường hợp nào của đợt này`,
          en: `${refused.length} of ${input.awards.length} awards refused; nothing of this round was recorded`,
        },
        undefined,
        refused,
      );
    }
    const awards = planned.map((p) => record(em, u, p, input.decisionNumber));
    await u.flushOrConflict(() => alreadyAwarded('', awards[0]?.level ?? 0, input.occasion));
    return { occasion: input.occasion, decisionNumber: input.decisionNumber, count: awards.length, awards };
  }

  /** Whether `person` may receive `level` on `occasion`, and on what basis; throws the refusal. */
  private async judge(em: EntityManager, principal: Principal, person: Person, level: number, occasion: string): Promise<Planned> {
    const f = (await this.factsOf(em, [person.id], occasion))(person.id);
    // before the encoded regulation an award is history from the books, not judged by today's rules
    const history = isBefore(occasion, BADGE_RULES_FROM);
    // an award from the books may predate the organization's record here: it is filed where the member is now
    const orgId = (await placementOf(em, person.id, f.options.posthumous?.deathDate ?? occasion)) ?? (f.options.posthumous || history ? person.orgId : null);
    if (!orgId) throw DomainError.rule({ vi: `${person.fullName} không sinh hoạt trong Đảng bộ Khối vào ngày ${occasion}`, en: `${person.fullName} is not active in the bloc on ${occasion}` });
    await this.tree.assertInScope(principal, [orgId], occasion, em);
    const existing = await em.findOne(BadgeAward, { personId: person.id, level });
    if (existing) throw alreadyAwarded(person.fullName, level, existing.occasion);
    if (!person.admissionDecisionDate || (!f.options.posthumous && person.status !== 'official')) {
      throw DomainError.rule({ vi: `${person.fullName} không phải đảng viên chính thức`, en: `${person.fullName} is not an official member` }, 'Quy định 94-QĐ/TW (2022)');
    }
    const facts = { admissionDecisionDate: person.admissionDecisionDate, officialOn: person.officialDate ?? undefined };
    if (history) {
      const h = historicalAward(person.admissionDecisionDate, level as BadgeLevel, occasion);
      if (!h.plausible) throw implausibleHistory(person.fullName, level, h.reachedOn);
      return { person, orgId, level, occasion, basis: 'regular', history, regulation: `Ghi nhận theo sổ sách (trước ${BADGE_RULES_FROM}) / Recorded from the books (before ${BADGE_RULES_FROM})` };
    }
    const a = badgeLevelsDue(facts, occasion, f.options);
    if (!a.due.includes(level as never)) throw notDue(person.fullName, level, a);
    return { person, orgId, level, occasion, basis: basisOf(a, level, f.options), history, regulation: a.rule.regulation };
  }

  /** Seriously ill (early award) or deceased (posthumous award) case. */
  @Handles(BADGE_ROUTES.recordCase)
  async recordCase(input: RouteInput<typeof BADGE_ROUTES.recordCase>, { em, uow: u, principal }: CommandContext) {
    const person = await em.findOne(Person, { id: input.personId });
    if (!person) throw DomainError.notFound(PERSON);
    await this.tree.assertInScope(principal, [person.orgId], todayInVietnam(), em);
    let c = await em.findOne(BadgeCase, { personId: person.id });
    const before = c ? { seriouslyIllSince: c.seriouslyIllSince, diedOn: c.diedOn, note: c.note } : null;
    if (!c) {
      c = em.create(BadgeCase, { personId: person.id });
      em.persist(c);
    }
    if (input.seriouslyIllSince) c.seriouslyIllSince = input.seriouslyIllSince;
    if (input.diedOn) c.diedOn = input.diedOn;
    if (input.note) c.note = input.note;
    const after = { seriouslyIllSince: c.seriouslyIllSince, diedOn: c.diedOn, note: c.note };
    u.event(BadgeCaseRecorded, { personId: person.id, orgId: person.orgId, seriouslyIllSince: c.seriouslyIllSince, diedOn: c.diedOn }, (input.diedOn ?? input.seriouslyIllSince) as string);
    u.audit('badge.caseRecorded', 'badge_case', c.id, before, after);
    return { id: c.id, personId: person.id, ...after };
  }

  /** Options for `badgeLevelsDue` from the local tables, as known on the occasion. */
  private async factsOf(em: EntityManager, ids: string[], occasion: string) {
    // one after another: in an award's transaction they share one connection (pg 9 refuses overlapping queries)
    const cases = await em.find(BadgeCase, { personId: { $in: ids } });
    // an annulled decision never held; one membership could not apply holds nothing either
    const discipline = await em.find(DisciplineRecord, { personId: { $in: ids }, decidedOn: { $lte: occasion }, applied: true, annulledOn: null });
    const awards = await em.find(BadgeAward, { personId: { $in: ids } });
    const caseOf = new Map(cases.map((c) => [c.personId, c]));
    return (personId: string): { options: BadgeOptions } => {
      const c = caseOf.get(personId);
      return {
        options: {
          seriouslyIll: !!c?.seriouslyIllSince && isOnOrBefore(c.seriouslyIllSince, occasion),
          posthumous: c?.diedOn && isOnOrBefore(c.diedOn, occasion) ? { deathDate: c.diedOn } : undefined,
          disciplineHolds: discipline.filter((d) => d.personId === personId).map((d) => ({ kind: d.kind, decidedOn: d.decidedOn })),
          awardedLevels: awards.filter((a) => a.personId === personId).map((a) => a.level),
        },
      };
    };
  }
}

/** An award judged due, not yet written. */
interface Planned {
  person: Person;
  orgId: string;
  level: number;
  occasion: string;
  basis: Basis;
  history: boolean;
  regulation: string;
}

/** Serializes awards to the same members (sorted, so concurrent rounds take the locks in one order). */
async function lockPeople(em: EntityManager, personIds: string[]): Promise<void> {
  for (const id of [...personIds].sort()) await em.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`membership.badge.${id}`]);
}

/** Writes a judged award with its badge.awarded event (dated on the occasion) and its audit. */
function record(em: EntityManager, u: UnitOfWork, p: Planned, decisionNumber: string) {
  const award = em.create(BadgeAward, { personId: p.person.id, level: p.level, occasion: p.occasion, orgId: p.orgId, decisionNumber, basis: p.basis });
  em.persist(award);
  const fact = { personId: p.person.id, orgId: p.orgId, level: p.level, occasion: p.occasion, decisionNumber, basis: p.basis, ...(p.history ? { recordedAsHistory: true } : {}) };
  u.event(BadgeAwarded, fact, p.occasion);
  u.audit('badge.awarded', 'badge_award', award.id, null, fact);
  return { id: award.id, fullName: p.person.fullName, ...fact, regulation: p.regulation };
}

function basisOf(a: BadgeAssessment, level: number, options: BadgeOptions): Basis {
  if (options.posthumous) return 'posthumous';
  const status = a.levels.find((l) => l.level === level);
  return status && !isOnOrBefore(status.reachedOn, a.occasion) ? 'seriouslyIll' : 'regular';
}

function item(p: Person, orgId: string, a: BadgeAssessment, level: number, options: BadgeOptions, status: 'due' | 'held', hold: BadgeCandidateView['hold']): BadgeCandidateView {
  const l = a.levels.find((x) => x.level === level);
  return { personId: p.id, fullName: p.fullName, orgId, admissionDecisionDate: p.admissionDecisionDate as string, level, reachedOn: l?.reachedOn ?? '', eligibleFrom: l?.eligibleFrom ?? '', basis: basisOf(a, level, options), status, hold };
}

function alreadyAwarded(fullName: string, level: number, occasion: string): DomainError {
  return DomainError.conflict({
    vi: `${fullName ? `${fullName} ` : ''}đã được tặng Huy hiệu ${level} năm tuổi Đảng (đợt ${occasion}); mỗi mốc chỉ tặng một lần`.trim(),
    en: `The ${level}-year badge was already awarded${fullName ? ` to ${fullName}` : ''} (round of ${occasion}); one badge per level`,
  });
}

function implausibleHistory(fullName: string, level: number, reachedOn: string): DomainError {
  return DomainError.rule(
    {
      vi: `${fullName} đủ ${level} năm tuổi Đảng vào ngày ${reachedOn}: không thể đã được tặng huy hiệu sớm hơn 24 tháng trước ngày đó`,
      en: `${fullName} reaches ${level} years of party age on ${reachedOn}: a badge cannot have been awarded more than 24 months before`,
    },
    undefined,
    [{ field: 'occasion', vi: `Dịp trao phải từ ${reachedOn} trừ 24 tháng trở đi`, en: `The occasion must be at most 24 months before ${reachedOn}` }],
  );
}

function notDue(fullName: string, level: number, a: BadgeAssessment): DomainError {
  const held = a.held.find((h) => h.level === level);
  const l = a.levels.find((x) => x.level === level);
  if (held) {
    const until = held.until ? { vi: ` đến ngày ${held.until}`, en: ` until ${held.until}` } : { vi: '', en: '' };
    return DomainError.rule(
      { vi: `${fullName} đang trong thời gian chờ do bị kỷ luật (${held.reason})${until.vi}`, en: `${fullName} is held by a discipline (${held.reason})${until.en}` },
      a.rule.regulation,
      [{ field: 'level', vi: 'Đang trong thời gian chờ xét tặng', en: 'Held by discipline' }],
    );
  }
  return DomainError.rule(
    {
      vi: `${fullName} chưa đủ ${level} năm tuổi Đảng vào dịp ${a.occasion} (đủ ngày ${l?.reachedOn}, được xét từ ${l?.eligibleFrom})`,
      en: `${fullName} does not reach ${level} years of party age by ${a.occasion} (reaches it on ${l?.reachedOn}, eligible from ${l?.eligibleFrom})`,
    },
    a.rule.regulation,
    [{ field: 'level', vi: `Chưa đến mốc ${level} năm`, en: `Level ${level} not reached` }],
  );
}


