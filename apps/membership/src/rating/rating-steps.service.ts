import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type RatingLevelKey, RATING_LEVEL_LABELS, RATING_ROUTES, RouteInput } from '@party/contracts';
import { checkAssessment, isAbove } from '@party/rules';
import { CommandContext, Handles } from '@party/service-kit';
import { resolveItems, type Resolved, RowRefusals, subjectField } from './rating-batch';
import { capsOf } from './rating-caps';
import { lockRound } from './rating-rows';
import { requireRound } from './rating-rounds.service';
import { sql, tables } from './rating-sql';

interface Assessed {
  personId?: string;
  orgId?: string;
  level: RatingLevelKey;
  score: number | null;
  basis: string | null;
}

/** One `update … from json_to_recordset` for the changed rows of a list. */
async function updateRows(em: EntityManager, set: string, columns: string, rows: Record<string, unknown>[]): Promise<void> {
  if (!rows.length) return;
  await sql(em, `update ${tables(em).subject} s set ${set} from json_to_recordset(?::json) as x(${columns}) where s.id = x.id`, [JSON.stringify(rows)]);
}

function checkRows(year: number, rows: Resolved<Assessed>[], refusals: RowRefusals, requireEvidence: boolean): void {
  for (const { idx, item } of rows) {
    for (const f of checkAssessment(year, { level: item.level, score: item.score, basis: item.basis }, requireEvidence)) refusals.add(idx, f.field, f.message.vi, f.message.en);
  }
}

/**
 * Tự đánh giá and đề xuất: the first two steps, each a list recorded whole or not at all. A
 * proposal says what the level rests on (criteria before 2025, the score from 2025) and cannot
 * put a disqualified subject above "not completed". Audited row by row; no event (only decisions
 * are facts for the report).
 */
@Injectable()
export class RatingStepsService {
  @Handles(RATING_ROUTES.selfRate)
  async selfRate(cmd: RouteInput<typeof RATING_ROUTES.selfRate>, { em, uow, principal }: CommandContext) {
    const round = await requireRound(em, principal, cmd.id);
    await lockRound(em, round.id);
    const refusals = new RowRefusals();
    const rows = await resolveItems(em, round.id, principal, cmd.items, refusals);
    checkRows(round.year, rows, refusals, false);
    refusals.throwIfAny(round.regulation);
    const changed = rows.filter(({ item, subject: s }) => s.selfLevel !== item.level || s.selfScore !== item.score || s.selfBasis !== item.basis || s.selfRecordedOn !== cmd.recordedOn);
    await updateRows(
      em,
      'self_level = x.level, self_score = x.score, self_basis = x.basis, self_recorded_on = x.recorded_on',
      'id uuid, level text, score float8, basis text, recorded_on date',
      changed.map(({ item, subject }) => ({ id: subject.id, level: item.level, score: item.score, basis: item.basis, recorded_on: cmd.recordedOn })),
    );
    uow.bulk();
    for (const { item, subject: s } of changed) {
      uow.audit('rating.selfRated', 'rating_subject', s.id, s.selfLevel ? { level: s.selfLevel, score: s.selfScore, basis: s.selfBasis, recordedOn: s.selfRecordedOn } : null, { level: item.level, score: item.score, basis: item.basis, recordedOn: cmd.recordedOn });
    }
    return { roundId: round.id, recorded: changed.length, unchanged: rows.length - changed.length };
  }

  @Handles(RATING_ROUTES.propose)
  async propose(cmd: RouteInput<typeof RATING_ROUTES.propose>, { em, uow, principal }: CommandContext) {
    const round = await requireRound(em, principal, cmd.id);
    await lockRound(em, round.id);
    const refusals = new RowRefusals();
    const rows = await resolveItems(em, round.id, principal, cmd.items, refusals);
    checkRows(round.year, rows, refusals, true);
    const caps = await capsOf(em, round, rows.map((r) => r.subject.id));
    for (const { idx, item, subject } of rows) {
      const cap = caps.get(subject.id)!;
      if (isAbove(item.level, cap.maxLevel)) {
        const why = cap.reasons.map((r) => r.message);
        refusals.add(
          idx,
          'level',
          `${subject.name}: ${why.map((w) => w.vi).join('; ')} — không xếp loại trên mức "${RATING_LEVEL_LABELS.not_completed.vi}"`,
          `${subject.name}: ${why.map((w) => w.en).join('; ')} — cannot be rated above "${RATING_LEVEL_LABELS.not_completed.en}"`,
        );
      }
    }
    refusals.throwIfAny(round.regulation);
    const changed = rows.filter(({ item, subject: s }) => s.proposalLevel !== item.level || s.proposalScore !== item.score || s.proposalBasis !== item.basis || s.proposalMeetingDate !== cmd.meetingDate);
    await updateRows(
      em,
      'proposal_level = x.level, proposal_score = x.score, proposal_basis = x.basis, proposal_meeting_date = x.meeting_date, proposed_by_id = x.by_id, proposed_by_name = x.by_name, proposed_at = now()',
      'id uuid, level text, score float8, basis text, meeting_date date, by_id text, by_name text',
      changed.map(({ item, subject }) => ({ id: subject.id, level: item.level, score: item.score, basis: item.basis, meeting_date: cmd.meetingDate, by_id: principal.userId, by_name: principal.username })),
    );
    uow.bulk();
    for (const { item, subject: s } of changed) {
      uow.audit('rating.proposed', 'rating_subject', s.id, s.proposalLevel ? { level: s.proposalLevel, score: s.proposalScore, basis: s.proposalBasis, meetingDate: s.proposalMeetingDate } : null, { level: item.level, score: item.score, basis: item.basis, meetingDate: cmd.meetingDate });
    }
    return { roundId: round.id, recorded: changed.length, unchanged: rows.length - changed.length };
  }

  @Handles(RATING_ROUTES.exclude)
  async exclude(cmd: RouteInput<typeof RATING_ROUTES.exclude>, { em, uow, principal }: CommandContext) {
    const round = await requireRound(em, principal, cmd.id);
    await lockRound(em, round.id);
    const refusals = new RowRefusals();
    const rows = await resolveItems(em, round.id, principal, cmd.items, refusals, { allowExcluded: true });
    for (const { idx, item, subject } of rows) {
      if (subject.decisionLevel) refusals.add(idx, subjectField(item), `${subject.name} đã có quyết định xếp loại (${subject.decisionNumber}): không thể loại khỏi đợt`, `${subject.name} is already decided (${subject.decisionNumber}): cannot be excluded`);
    }
    refusals.throwIfAny();
    const changed = rows.filter(({ subject }) => !subject.excludedReason);
    await updateRows(
      em,
      'excluded_reason = x.reason, exclusion_note = x.note, exclusion_decision_number = x.decision_number',
      'id uuid, reason text, note text, decision_number text',
      changed.map(({ item, subject }) => ({ id: subject.id, reason: item.reason, note: item.note, decision_number: item.decisionNumber })),
    );
    uow.bulk();
    for (const { item, subject } of changed) uow.audit('rating.excluded', 'rating_subject', subject.id, null, { reason: item.reason, note: item.note, decisionNumber: item.decisionNumber });
    return { roundId: round.id, excluded: changed.length, unchanged: rows.length - changed.length };
  }

  @Handles(RATING_ROUTES.setSecretaries)
  async setSecretaries(cmd: RouteInput<typeof RATING_ROUTES.setSecretaries>, { em, uow, principal }: CommandContext) {
    const round = await requireRound(em, principal, cmd.id);
    await lockRound(em, round.id);
    const refusals = new RowRefusals();
    // the row names the organization; its personId is the secretary, not the subject
    const items = cmd.items.map((i) => ({ orgId: i.orgId, secretaryId: i.personId }));
    const rows = await resolveItems(em, round.id, principal, items, refusals);
    const named = rows.flatMap((r) => (r.item.secretaryId ? [r.item.secretaryId] : []));
    const known = new Set((await sql<{ id: string }>(em, `select id from ${tables(em).person} where id = any(string_to_array(?, ',')::uuid[])`, [named.join(',')])).map((p) => p.id));
    for (const { idx, item } of rows) if (item.secretaryId && !known.has(item.secretaryId)) refusals.add(idx, 'personId', 'Không tìm thấy người này', 'No such person');
    refusals.throwIfAny();
    await updateRows(em, 'secretary_person_id = x.person_id', 'id uuid, person_id uuid', rows.map(({ item, subject }) => ({ id: subject.id, person_id: item.secretaryId })));
    uow.bulk();
    for (const { item, subject } of rows) uow.audit('rating.secretarySet', 'rating_subject', subject.id, { secretaryPersonId: subject.secretaryPersonId }, { secretaryPersonId: item.secretaryId });
    return { roundId: round.id, recorded: rows.length };
  }
}
