import type { EntityManager } from '@mikro-orm/postgresql';
import { type CommitteeKind, DomainError, type Post, POST_LABELS, PersonPlanned, termStartYear } from '@party/contracts';
import { describePerson, requireMember } from '@party/org-replica';
import { checkPersonCapacity, checkPlanningAge, checkPostCapacity, PLANNING_CAP_RULES, PLANNING_RULES_FROM, type PlanningRefusal, type PlanSpan, versionOn } from '@party/rules';
import { exitByKnownFacts, failedVetting } from './planning-exit-facts';
import { entryAudit, type PlanningRecorder } from './planning-exits';
import { LEVEL_LABELS, type PlanningOrg } from './planning-orgs';
import { assertHigherThanHeld } from './planning-posts';
import { PlanningEntry } from './planning.entities';

/** One person to plan for one post of one term. */
export interface Addition {
  committeeKind: CommitteeKind;
  post: Post;
  term: string;
  personId: string;
}

/** The decision that plans them, and where a refusal is reported. */
export interface AdditionDecision {
  on: string;
  decisionNumber: string;
  reviewId: string | null;
  note: string | null;
  /** The input field naming the person (`personIds.2`, `additions.0.personId`). */
  personField: string;
  /** The input field of the decision date. */
  dateField: string;
}

const spanOf = (e: PlanningEntry): PlanSpan => ({ from: e.plannedOn, until: e.endedOn });
const refuse = (r: PlanningRefusal, field: string) => DomainError.rule(r.message, r.rule.regulation, [{ field, ...r.message }]);

/** Planning rules are encoded from Quy định 50-QĐ/TW (27/12/2021): an earlier decision is refused on its date rather than judged by a guess. */
export function assertPlanningRulesCover(on: string, dateField: string): void {
  if (on >= PLANNING_RULES_FROM) return;
  const message = {
    vi: `Ngày ${on} trước Quy định 50-QĐ/TW (27/12/2021): hệ thống chưa có quy định về quy hoạch cán bộ áp dụng cho ngày này`,
    en: `${on} is before Quy định 50-QĐ/TW (27/12/2021): no planning regulation is encoded for that day`,
  };
  throw DomainError.rule(message, undefined, [{ field: dateField, ...message }]);
}

/**
 * Plans one person for one post, checked on the decision date against every planning rule
 * (libs/rules): a party member that day, not concluded "not meeting the political standard",
 * not already in this plan, higher than any post they hold that day (the committees' records),
 * the post's cap, the person's cap at the organization's level, an age that allows the whole term. Writes the entry and `cadre.planning.planned`; an exit already
 * heard of (a later discipline) ends it at once. Refusals name `decision.personField`.
 */
export async function addToPlan(em: EntityManager, a: Addition, org: PlanningOrg, decision: AdditionDecision, rec: PlanningRecorder): Promise<PlanningEntry> {
  const field = decision.personField;
  const on = decision.on;
  const { person } = await requireMember(em, a.personId, on, decision.dateField, field);
  const who = { vi: describePerson(person), en: describePerson(person) };

  const failed = await failedVetting(em, a.personId, on);
  if (failed) {
    const message = {
      vi: `Đồng chí ${who.vi} đã được kết luận không đạt tiêu chuẩn chính trị ngày ${failed.on} (${failed.decisionNumber}): không đưa vào quy hoạch`,
      en: `${who.en} was concluded not to meet the political standard on ${failed.on} (${failed.decisionNumber}): cannot be planned`,
    };
    throw DomainError.rule(message, failed.regulation ?? undefined, [{ field, ...message }]);
  }

  const post = { vi: `${POST_LABELS[a.post].vi} — ${org.name}, nhiệm kỳ ${a.term}`, en: `${POST_LABELS[a.post].en} — ${org.name}, term ${a.term}` };
  const planned = await em.find(PlanningEntry, { orgId: org.orgId, committeeKind: a.committeeKind, post: a.post, term: a.term });
  const already = planned.find((e) => e.personId === a.personId && (e.endedOn === null || e.endedOn > on));
  if (already) {
    const message = { vi: `Đồng chí ${who.vi} đã có trong quy hoạch chức danh ${post.vi} (từ ngày ${already.plannedOn})`, en: `${who.en} is already planned for ${post.en} (since ${already.plannedOn})` };
    throw DomainError.rule(message, undefined, [{ field, ...message }]);
  }
  await assertHigherThanHeld(em, a.personId, { orgId: org.orgId, post: a.post }, on, who, field);
  const postFull = checkPostCapacity(planned.map(spanOf), on, post);
  if (postFull) throw refuse(postFull, field);

  const theirs = await em.find(PlanningEntry, { personId: a.personId, term: a.term, orgLevel: org.level });
  const personFull = checkPersonCapacity(theirs.map(spanOf), on, who, LEVEL_LABELS[org.level]);
  if (personFull) throw refuse(personFull, field);

  if (!person.dateOfBirth) {
    const message = { vi: `Chưa có ngày sinh của đồng chí ${who.vi}: không xét được tuổi quy hoạch`, en: `The birth date of ${who.en} is not known: the planning age cannot be checked` };
    throw DomainError.rule(message, undefined, [{ field, ...message }]);
  }
  const age = checkPlanningAge({ dateOfBirth: person.dateOfBirth, sex: null, termStartYear: termStartYear(a.term), on, person: who, term: a.term });
  if (age.refusal) throw refuse(age.refusal, field);

  const entry = em.create(PlanningEntry, {
    orgId: org.orgId,
    orgLevel: org.level,
    committeeKind: a.committeeKind,
    post: a.post,
    term: a.term,
    personId: a.personId,
    plannedOn: on,
    decisionNumber: decision.decisionNumber,
    reviewId: decision.reviewId,
    regulation: versionOn(PLANNING_CAP_RULES, on).regulation,
    note: decision.note,
  });
  em.persist(entry);
  rec.event(
    PersonPlanned,
    { entryId: entry.id, personId: entry.personId, orgId: entry.orgId, committeeKind: entry.committeeKind, post: entry.post, term: entry.term, plannedOn: on, decisionNumber: entry.decisionNumber, reviewId: entry.reviewId },
    on,
    entry.orgId,
  );
  rec.audit('planning.plan', 'planning_entry', entry.id, null, entryAudit(entry));
  // written now so the next person of the same decision is counted against the caps
  await em.flush();
  await exitByKnownFacts(em, entry, rec);
  await em.flush();
  return entry;
}
