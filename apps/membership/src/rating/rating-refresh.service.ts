import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { RATING_ROUTES, type RouteInput, type RouteResult } from '@party/contracts';
import { insertEntities } from '@party/database';
import { CommandContext, Handles } from '@party/service-kit';
import { RatingPeerGroup } from './rating-round.entity';
import { groupingOf } from './rating-round.view';
import { rosterOf } from './rating-roster';
import { lockRound } from './rating-rows';
import { requireRound } from './rating-rounds.service';
import { ids, sql, tables, UUIDS } from './rating-sql';
import { RatingSubject } from './rating-subject.entity';

/** `excluded_reason` of a member no longer in the round's roster. */
export const LEFT = 'left';

interface CurrentRow {
  id: string;
  ref_id: string;
  kind: 'org' | 'member';
  name: string;
  org_path: string[];
  excluded_reason: string | null;
  decision_level: string | null;
}

/** Why a person is no longer in the roster, for the subject's note: their membership ended, else they moved out of the scope. */
const ENDED: Readonly<Record<string, string>> = {
  died: 'Từ trần',
  struckOff: 'Xóa tên',
  left: 'Ra khỏi Đảng',
  expelled: 'Khai trừ',
  removedFromProbation: 'Xóa tên trong danh sách đảng viên dự bị',
};

async function leavingNotes(em: EntityManager, personIds: string[], asOf: string): Promise<Map<string, string>> {
  if (!personIds.length) return new Map();
  const rows = await sql<{ id: string; status: string; ended_on: string | null }>(em, `select id, status, ended_on::text from ${tables(em).person} where id = any(${UUIDS})`, [ids(personIds)]);
  return new Map(
    rows.map((p) => {
      const ended = ENDED[p.status];
      return [p.id, ended ? `${ended}${p.ended_on ? ` ngày ${p.ended_on}` : ''}` : `Chuyển sinh hoạt ra ngoài phạm vi của đợt (tính đến ngày ${asOf})`];
    }),
  );
}

/**
 * Who a round rates, taken again after it opened (Quy định 124-QĐ/TW; 366-QĐ/TW: the members of
 * the organization on the round's date): a member transferred in or recorded after the opening
 * is added as the roster would have listed them (not rated when admitted less than 6 months
 * before), a new organization of the scope too; a member who left (transferred out, died, struck
 * off…) is marked not rated — unless already decided: that decision is a published fact — and
 * restored if they come back. The roster is the one `open` takes (rating-roster.ts), on the
 * round's date; a secretary refreshes their subtree. Nothing changes twice: the second call
 * writes nothing and counts zeros (but `leftDecided` and `inAnotherRound`, which it leaves as they are). Audited by subject; no event (only decisions are facts for
 * the report).
 */
@Injectable()
export class RatingRefreshService {
  @Handles(RATING_ROUTES.refreshSubjects)
  async refresh(cmd: RouteInput<typeof RATING_ROUTES.refreshSubjects>, { em, uow, principal }: CommandContext): Promise<RouteResult<typeof RATING_ROUTES.refreshSubjects>> {
    const round = await requireRound(em, principal, cmd.id);
    // the year's lock first, as `open` takes it: a round opened meanwhile cannot list the same people
    await sql(em, `select pg_advisory_xact_lock(hashtext(?))`, [`membership.rating.year.${round.year}`]);
    await lockRound(em, round.id);
    const t = tables(em);
    const mine = (path: readonly string[]) => !principal.orgScopeId || path.includes(principal.orgScopeId);

    const { subjects: roster, groups } = await rosterOf(em, { year: round.year, scopeOrgId: round.scopeOrgId, asOf: round.asOf, config: groupingOf(round) });
    const inRoster = new Map(roster.map((s) => [s.refId, s]));
    const current = await sql<CurrentRow>(em, `select id, ref_id, kind, name, org_path::text[] as org_path, excluded_reason, decision_level from ${t.subject} where round_id = ?`, [round.id]);
    const listed = new Set(current.map((c) => c.ref_id));

    const candidates = roster.filter((s) => !listed.has(s.refId) && mine(s.orgPath));
    const elsewhere = new Set(
      candidates.length ? (await sql<{ ref_id: string }>(em, `select ref_id from ${t.subject} where year = ? and ref_id = any(${UUIDS})`, [round.year, ids(candidates.map((c) => c.refId))])).map((r) => r.ref_id) : [],
    );
    const added = candidates.filter((s) => !elsewhere.has(s.refId));
    const gone = current.filter((c) => c.kind === 'member' && !inRoster.has(c.ref_id) && c.excluded_reason !== LEFT && mine(c.org_path));
    const left = gone.filter((c) => c.decision_level === null);
    const returned = current.filter((c) => c.excluded_reason === LEFT && inRoster.has(c.ref_id) && mine(c.org_path));

    const known = new Set((await sql<{ key: string }>(em, `select key from ${t.group} where round_id = ?`, [round.id])).map((g) => g.key));
    const newGroups = groups.filter((g) => !known.has(g.key) && added.some((s) => s.peerGroup === g.key));
    const addedRows = added.map((s) => Object.assign(new RatingSubject(), { roundId: round.id, year: round.year, ...s }));
    await insertEntities(em, [...newGroups.map((g) => Object.assign(new RatingPeerGroup(), { roundId: round.id, ...g })), ...addedRows]);
    const notes = await leavingNotes(em, left.map((c) => c.ref_id), round.asOf);
    if (left.length) {
      await sql(em, `update ${t.subject} s set excluded_reason = ?, exclusion_note = x.note, exclusion_decision_number = null from json_to_recordset(?::json) as x(id uuid, note text) where s.id = x.id`, [
        LEFT,
        JSON.stringify(left.map((c) => ({ id: c.id, note: notes.get(c.ref_id) ?? null }))),
      ]);
    }
    if (returned.length) {
      await sql(em, `update ${t.subject} s set excluded_reason = x.reason, exclusion_note = null from json_to_recordset(?::json) as x(id uuid, reason text) where s.id = x.id`, [
        JSON.stringify(returned.map((c) => ({ id: c.id, reason: inRoster.get(c.ref_id)?.excludedReason ?? null }))),
      ]);
    }

    uow.bulk();
    for (const s of addedRows) uow.audit('rating.subjectAdded', 'rating_subject', s.id, null, { kind: s.kind, refId: s.refId, orgId: s.orgId, peerGroup: s.peerGroup, excludedReason: s.excludedReason, asOf: round.asOf });
    for (const c of left) uow.audit('rating.subjectLeft', 'rating_subject', c.id, { excludedReason: c.excluded_reason }, { excludedReason: LEFT, note: notes.get(c.ref_id) ?? null, asOf: round.asOf });
    for (const c of returned) uow.audit('rating.subjectReturned', 'rating_subject', c.id, { excludedReason: LEFT }, { excludedReason: inRoster.get(c.ref_id)?.excludedReason ?? null, asOf: round.asOf });

    const addedMembers = added.filter((s) => s.kind === 'member');
    return {
      roundId: round.id,
      asOf: round.asOf,
      added: { orgs: added.length - addedMembers.length, members: addedMembers.filter((s) => !s.excludedReason).length, excludedMembers: addedMembers.filter((s) => s.excludedReason).length },
      left: left.length,
      leftDecided: gone.length - left.length,
      returned: returned.length,
      inAnotherRound: elsewhere.size,
    };
  }
}
