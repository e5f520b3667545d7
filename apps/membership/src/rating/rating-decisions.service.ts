import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isGrassrootsKind, MemberRated, OrgKind, OrgRated, RATING_LEVEL_CODES, RATING_LEVEL_LABELS, RATING_ROUTES, type RatingLevelKey, RouteInput } from '@party/contracts';
import { checkAssessment, isAbove, maxExcellent, RATING_QUOTA_RULES, ratingDate, versionOn } from '@party/rules';
import { CommandContext, Handles, type UnitOfWork } from '@party/service-kit';
import { resolveItems, type Resolved, RowRefusals } from './rating-batch';
import { capsOf, pendingBelow } from './rating-caps';
import type { RatingRound } from './rating-round.entity';
import { lockRound, type SubjectRow } from './rating-rows';
import { requireRound } from './rating-rounds.service';
import { sql, tables } from './rating-sql';

type Item = RouteInput<typeof RATING_ROUTES.decide>['items'][number];
type Row = Resolved<Item> & { score: number | null };

const GOOD_OR_BETTER: readonly RatingLevelKey[] = ['excellent', 'good'];

interface GroupCount {
  key: string;
  label_vi: string;
  label_en: string;
  good_or_better: number;
  excellent: number;
  overrides: number;
}

/**
 * Quyết định xếp loại: the superior committee decides a list of subjects at once (a bloc: ~8,000
 * members, ~800 organizations), all or nothing. Checked per row before anything is written (in the
 * round, not excluded, proposed, the level within the year's rule set and under any disqualifier),
 * then written with one statement, then checked on the result, in the same transaction — the
 * order (nothing undecided below an organization decided) and the excellent quota of each peer
 * group — so the rows of one list count for each other (a chi bộ with all its members in one list
 * is fine). Any refusal rolls the whole list back.
 */
@Injectable()
export class RatingDecisionsService {
  @Handles(RATING_ROUTES.decide)
  async decide(cmd: RouteInput<typeof RATING_ROUTES.decide>, { em, uow, principal }: CommandContext) {
    const round = await requireRound(em, principal, cmd.id);
    await lockRound(em, round.id);
    const refusals = new RowRefusals();
    const resolved = await resolveItems(em, round.id, principal, cmd.items, refusals);
    const caps = await capsOf(em, round, resolved.map((r) => r.subject.id));
    const rows: Row[] = resolved.map((r) => ({ ...r, score: r.item.score ?? r.subject.proposalScore }));
    for (const { idx, item, subject, score } of rows) {
      if (!subject.proposalLevel) {
        refusals.add(idx, 'level', `${subject.name} chưa có đề xuất mức xếp loại: đề xuất trước, quyết định sau`, `${subject.name} has no proposal yet: propose first, then decide`);
        continue;
      }
      for (const f of checkAssessment(round.year, { level: item.level, score, basis: null }, false)) refusals.add(idx, f.field, f.message.vi, f.message.en);
      const cap = caps.get(subject.id)!;
      if (isAbove(item.level, cap.maxLevel)) {
        refusals.add(
          idx,
          'level',
          `${subject.name}: ${cap.reasons.map((r) => r.message.vi).join('; ')} — không xếp loại trên mức "${RATING_LEVEL_LABELS.not_completed.vi}"`,
          `${subject.name}: ${cap.reasons.map((r) => r.message.en).join('; ')} — cannot be rated above "${RATING_LEVEL_LABELS.not_completed.en}"`,
        );
      }
      if (item.override && item.level !== 'excellent') refusals.add(idx, 'override', 'Chỉ ghi vượt tỷ lệ cho mức "Hoàn thành xuất sắc nhiệm vụ"', 'An override is for the excellent level only');
    }
    refusals.throwIfAny(round.regulation);

    const changed = rows.filter(({ item, subject: s, score }) => !sameDecision(s, item, score, cmd));
    await this.write(em, changed, cmd, principal);
    await this.checkOrder(em, round, changed, refusals);
    await this.checkQuota(em, round, changed, refusals);
    refusals.throwIfAny(round.regulation);

    uow.bulk();
    for (const row of changed) this.publish(uow, round, row, cmd, principal);
    return {
      roundId: round.id,
      decisionNumber: cmd.decisionNumber,
      decisionDate: cmd.decisionDate,
      decided: changed.filter((r) => !r.subject.decisionLevel).length,
      replaced: changed.filter((r) => r.subject.decisionLevel).length,
      unchanged: rows.length - changed.length,
      overrides: changed.filter((r) => r.item.override).length,
    };
  }

  private async write(em: EntityManager, changed: Row[], cmd: RouteInput<typeof RATING_ROUTES.decide>, principal: { userId: string; username: string }): Promise<void> {
    if (!changed.length) return;
    const data = changed.map(({ subject, item, score }) => ({
      id: subject.id,
      level: item.level,
      score,
      reason: item.override?.reason ?? null,
      reference: item.override?.reference ?? null,
    }));
    await sql(
      em,
      `update ${tables(em).subject} s set
         decision_level = x.level, decision_score = x.score, decision_number = ?, decision_date = ?::date,
         decision_revision = s.decision_revision + 1, decided_by_id = ?, decided_by_name = ?, decided_at = now(),
         override_reason = x.reason, override_reference = x.reference,
         override_by_id = case when x.reason is null then null else ? end,
         override_by_name = case when x.reason is null then null else ? end,
         override_at = case when x.reason is null then null else now() end
       from json_to_recordset(?::json) as x(id uuid, level text, score float8, reason text, reference text)
       where s.id = x.id`,
      [cmd.decisionNumber, cmd.decisionDate, principal.userId, principal.username, principal.userId, principal.username, JSON.stringify(data)],
    );
  }

  /** Members before their chi bộ, lower organizations before higher: counted after this list is written. */
  private async checkOrder(em: EntityManager, round: RatingRound, changed: Row[], refusals: RowRefusals): Promise<void> {
    const orgs = changed.filter((r) => r.subject.kind === 'org');
    const pending = await pendingBelow(em, round.id, orgs.map((r) => r.subject.orgId));
    for (const { idx, subject } of orgs) {
      const left = pending.get(subject.orgId)!;
      if (!left.members && !left.orgs) continue;
      refusals.add(
        idx,
        'orgId',
        `Chưa thể quyết định xếp loại ${subject.name}: còn ${left.members} đảng viên và ${left.orgs} tổ chức đảng trực thuộc chưa được quyết định (đảng viên trước chi bộ, cấp dưới trước cấp trên)`,
        `${subject.name} cannot be decided yet: ${left.members} members and ${left.orgs} organizations below it are not decided (members before their chi bộ, lower organizations before higher)`,
      );
    }
  }

  /**
   * HTXSNV ≤ 20% of the decided HTTNV-or-better of each peer group touched (libs/rules
   * `maxExcellent`), on the result; a decision with a recorded override counts outside the quota.
   * Blamed on the rows of this list that made the excellent (or, when it lowered good ones, those).
   * An override records why the quota was exceeded, so this list may carry no more of them in a
   * group than the group exceeds the quota by without them: one on a group within the quota
   * would put on record an exception that never happened.
   */
  private async checkQuota(em: EntityManager, round: RatingRound, changed: Row[], refusals: RowRefusals): Promise<void> {
    const keys = [...new Set(changed.map((r) => r.subject.peerGroup))];
    if (!keys.length) return;
    const t = tables(em);
    const groups = await sql<GroupCount>(
      em,
      `select s.peer_group as key, g.label_vi, g.label_en,
              (count(*) filter (where s.decision_level in ('excellent', 'good')))::int as good_or_better,
              (count(*) filter (where s.decision_level = 'excellent'))::int as excellent,
              (count(*) filter (where s.decision_level = 'excellent' and s.override_reason is not null))::int as overrides
         from ${t.subject} s join ${t.group} g on g.round_id = s.round_id and g.key = s.peer_group
        where s.round_id = ? and s.excluded_reason is null and s.peer_group = any(string_to_array(?, ','))
        group by s.peer_group, g.label_vi, g.label_en`,
      [round.id, keys.join(',')],
    );
    const rule = versionOn(RATING_QUOTA_RULES, ratingDate(round.year));
    const percent = rule.params.percentOfGoodOrBetter;
    for (const g of groups) {
      const allowed = maxExcellent(g.good_or_better, round.year);
      const counted = g.excellent - g.overrides;
      const inGroup = changed.filter((r) => r.subject.peerGroup === g.key);
      this.checkOverrides(g, allowed, counted, inGroup, refusals, `${percent}%, ${rule.regulation}`);
      if (counted <= allowed) continue;
      const made = inGroup.filter((r) => r.item.level === 'excellent' && !r.item.override);
      const blamed = made.length ? made : inGroup.filter((r) => r.subject.decisionLevel && GOOD_OR_BETTER.includes(r.subject.decisionLevel) && !GOOD_OR_BETTER.includes(r.item.level));
      for (const { idx } of blamed) {
        refusals.add(
          idx,
          'level',
          `Vượt tỷ lệ HTXSNV của nhóm "${g.label_vi}": ${counted} HTXSNV / ${g.good_or_better} HTTNV trở lên, tối đa ${allowed} (${percent}%, ${rule.regulation}); muốn vượt phải ghi lý do và văn bản cho phép (override)`,
          `Over the excellent quota of "${g.label_en}": ${counted} excellent / ${g.good_or_better} good or better, at most ${allowed} (${percent}%, ${rule.regulation}); exceeding it needs a reason and the decision allowing it (override)`,
        );
      }
    }
  }

  /** The overrides of this list in group `g` beyond what it exceeds the quota by without them, refused on their rows. */
  private checkOverrides(g: GroupCount, allowed: number, counted: number, inGroup: Row[], refusals: RowRefusals, rule: string): void {
    const overridden = inGroup.filter((r) => r.item.override && r.item.level === 'excellent');
    const withoutThem = counted + overridden.length;
    const needed = Math.max(0, withoutThem - allowed);
    if (overridden.length <= needed) return;
    const counts = { vi: `${withoutThem} HTXSNV / ${g.good_or_better} HTTNV trở lên, tối đa ${allowed} (${rule})`, en: `${withoutThem} excellent / ${g.good_or_better} good or better, at most ${allowed} (${rule})` };
    const vi = needed
      ? `Nhóm "${g.label_vi}" chỉ vượt tỷ lệ HTXSNV ${needed} đối tượng (${counts.vi}), danh sách ghi vượt tỷ lệ cho ${overridden.length}: chỉ ghi cho ${needed} đối tượng`
      : `Nhóm "${g.label_vi}" vẫn trong tỷ lệ HTXSNV khi không ghi vượt tỷ lệ (${counts.vi}): không được ghi vượt tỷ lệ (override)`;
    const en = needed
      ? `The group "${g.label_en}" exceeds the excellent quota by ${needed} (${counts.en}) and the list records ${overridden.length} overrides: record only ${needed}`
      : `The group "${g.label_en}" stays within the excellent quota without an override (${counts.en}): no override may be recorded`;
    for (const { idx } of overridden) refusals.add(idx, 'override', vi, en);
  }

  private publish(uow: UnitOfWork, round: RatingRound, { subject: s, item, score }: Row, cmd: RouteInput<typeof RATING_ROUTES.decide>, principal: { userId: string; username: string }): void {
    const revision = s.decisionRevision + 1;
    const replaces = s.decisionLevel ? { level: s.decisionLevel, decisionNumber: s.decisionNumber!, decisionDate: s.decisionDate!, revision: s.decisionRevision } : null;
    const quotaOverride = item.override ? { ...item.override, decidedBy: { userId: principal.userId, username: principal.username } } : null;
    const common = {
      roundId: round.id,
      year: round.year,
      level: item.level,
      levelCode: RATING_LEVEL_CODES[item.level],
      score,
      peerGroup: s.peerGroup,
      decisionNumber: cmd.decisionNumber,
      decisionDate: cmd.decisionDate,
      revision,
      replaces,
      quotaOverride,
      regulation: round.regulation,
    };
    if (s.kind === 'member') {
      uow.event(MemberRated, { ...common, personId: s.personId!, orgId: s.orgId, grassrootsOrgId: s.grassrootsOrgId }, cmd.decisionDate, s.orgId);
    } else {
      const parentId = s.orgPath.length > 1 ? s.orgPath[s.orgPath.length - 2] : null;
      uow.event(OrgRated, { ...common, orgId: s.orgId, orgKind: s.orgKind, grassroots: isGrassrootsKind(s.orgKind as OrgKind), parentId, grassrootsOrgId: s.grassrootsOrgId }, cmd.decisionDate, s.orgId);
    }
    uow.audit(
      replaces ? 'rating.redecided' : 'rating.decided',
      'rating_subject',
      s.id,
      replaces ? { ...replaces, score: s.decisionScore, override: s.overrideReason ? { reason: s.overrideReason, reference: s.overrideReference, decidedBy: s.overrideByName } : null } : null,
      { level: item.level, score, decisionNumber: cmd.decisionNumber, decisionDate: cmd.decisionDate, revision, override: quotaOverride },
    );
  }
}

/** The same decision again (a repeated request): nothing written, no event. */
function sameDecision(s: SubjectRow, item: Item, score: number | null, cmd: { decisionNumber: string; decisionDate: string }): boolean {
  return (
    s.decisionLevel === item.level &&
    s.decisionScore === score &&
    s.decisionNumber === cmd.decisionNumber &&
    s.decisionDate === cmd.decisionDate &&
    (s.overrideReason ?? null) === (item.override?.reason ?? null) &&
    (s.overrideReference ?? null) === (item.override?.reference ?? null)
  );
}
