import { type CommitteeKind, type ConsolidationMode, type DepartureReason, type FieldError, type HoldingEndReason, type Post, POST_LABELS, POSTS_OF } from '@party/contracts';
import { checkPost, isSingleHolderPost } from '@party/rules';

/**
 * The pure decisions about a committee's holdings (no I/O): seats and vacancies on a day, and what
 * a consolidation does — checked item by item, in the decision's order, against the holdings
 * already recorded (including those a later-dated decision recorded earlier: a change may be typed
 * late, never so as to contradict what is recorded after it).
 */

/** A holding as the rules see it; `endedOn` is the first day it no longer holds. */
export interface HoldingState {
  id: string;
  personId: string;
  post: Post;
  startedOn: string;
  endedOn: string | null;
  startMode: 'elected' | ConsolidationMode;
}

export const heldOn = (h: Pick<HoldingState, 'startedOn' | 'endedOn'>, on: string): boolean => h.startedOn <= on && (h.endedOn === null || on < h.endedOn);

/** Seats of a post on a day: the congress's, plus one per `add` consolidation up to the day. */
export function seatsOn(base: Partial<Record<Post, number>>, holdings: readonly HoldingState[], post: Post, on: string): number {
  return (base[post] ?? 0) + holdings.filter((h) => h.post === post && h.startMode === 'add' && h.startedOn <= on).length;
}

export function holdersOn(holdings: readonly HoldingState[], post: Post, on: string): HoldingState[] {
  return holdings.filter((h) => h.post === post && heldOn(h, on));
}

export function vacanciesOn(base: Partial<Record<Post, number>>, holdings: readonly HoldingState[], post: Post, on: string): number {
  return Math.max(0, seatsOn(base, holdings, post, on) - holdersOn(holdings, post, on).length);
}

const postName = (post: Post) => POST_LABELS[post];

/** One person a consolidation names, as validated by the schema. */
export interface ConsolidationItem {
  mode: ConsolidationMode;
  post: Post;
  personId: string;
  replacesPersonId: string | null;
  reason: DepartureReason | null;
}

export interface PlannedStart {
  item: number;
  holding: HoldingState;
  replaced: HoldingState | null;
  previous: HoldingState | null;
  joinsCommittee: boolean;
}

export interface PlannedEnd {
  holding: HoldingState;
  reason: HoldingEndReason;
}

export interface ConsolidationPlan {
  starts: PlannedStart[];
  ends: PlannedEnd[];
}

export interface CommitteeShape {
  kind: CommitteeKind;
  orgKind: string;
  seats: Partial<Record<Post, number>>;
}

type Names = (personId: string) => string;

/** A refusal on one field, with the regulation when a rule of `libs/rules` refused. */
export type Refusal = FieldError & { regulation?: string };
const refuse = (field: string, vi: string, en: string, regulation?: string): Refusal => ({ field, vi, en, ...(regulation ? { regulation } : {}) });
export const isRefusal = (x: object): x is Refusal => 'field' in x;

/**
 * What a consolidation dated `on` does to `holdings` (every holding of the committee): the
 * holdings it starts and those it ends; or the first refusal, on the field at fault.
 */
export function planConsolidation(committee: CommitteeShape, holdings: readonly HoldingState[], on: string, items: readonly ConsolidationItem[], nameOf: Names, newId: () => string): ConsolidationPlan | Refusal {
  const work: HoldingState[] = holdings.map((h) => ({ ...h }));
  const original = new Set(holdings.map((h) => h.id));
  const plan: ConsolidationPlan = { starts: [], ends: [] };
  const end = (h: HoldingState, reason: HoldingEndReason) => {
    h.endedOn = on;
    plan.ends.push({ holding: h, reason });
  };

  for (const [i, it] of items.entries()) {
    const at = (field: string) => `items.${i}.${field}`;
    const name = nameOf(it.personId);
    const post = postName(it.post);
    const postRefusal = checkPost(committee.orgKind, committee.kind, it.post, on);
    if (postRefusal) return refuse(at('post'), postRefusal.message.vi, postRefusal.message.en, postRefusal.rule.regulation);

    const mine = work.filter((h) => h.personId === it.personId);
    const samePost = mine.find((h) => h.post === it.post && (heldOn(h, on) || h.startedOn > on));
    if (samePost) {
      return samePost.startedOn > on
        ? refuse(at('personId'), `${name} đã giữ chức danh ${post.vi} từ ngày ${samePost.startedOn} (quyết định sau)`, `${name} holds ${post.en} from ${samePost.startedOn} (a later decision)`)
        : refuse(at('personId'), `${name} đang giữ chức danh ${post.vi} (từ ngày ${samePost.startedOn})`, `${name} already holds ${post.en} (since ${samePost.startedOn})`);
    }
    const later = mine.find((h) => h.startedOn > on);
    if (later) return refuse(at('personId'), `${name} đã được kiện toàn vào ủy ban này từ ngày ${later.startedOn}: không ghi quyết định trước đó trái với quyết định sau`, `${name} was placed on this committee from ${later.startedOn}: an earlier decision may not contradict it`);

    let replaced: HoldingState | null = null;
    if (it.mode === 'replace') {
      const who = nameOf(it.replacesPersonId!);
      replaced = work.find((h) => h.personId === it.replacesPersonId && h.post === it.post && heldOn(h, on)) ?? null;
      if (!replaced) return refuse(at('replacesPersonId'), `${who} không giữ chức danh ${post.vi} vào ngày ${on}`, `${who} did not hold ${post.en} on ${on}`);
      if (replaced.endedOn !== null) return refuse(at('replacesPersonId'), `${who} đã thôi giữ chức danh ${post.vi} từ ngày ${replaced.endedOn} theo quyết định khác`, `${who} left ${post.en} on ${replaced.endedOn} by another decision`);
      if (replaced.startedOn === on) return refuse(at('replacesPersonId'), `${who} mới nhận chức danh ${post.vi} ngày ${on}`, `${who} took ${post.en} on ${on} itself`);
      end(replaced, it.reason!);
    } else if (it.mode === 'fill') {
      const free = vacanciesOn(committee.seats, work, it.post, on);
      if (free < 1) {
        const seats = seatsOn(committee.seats, work, it.post, on);
        return refuse(at('mode'), `Chức danh ${post.vi} không còn chỗ khuyết vào ngày ${on} (${holdersOn(work, it.post, on).length}/${seats}): chọn thay thế (replace) hoặc bổ sung thêm (add)`, `No vacancy for ${post.en} on ${on} (${holdersOn(work, it.post, on).length}/${seats}): replace or add`);
      }
    } else if (isSingleHolderPost(it.post, on)) {
      return refuse(at('mode'), `Chức danh ${post.vi} chỉ có một người: bổ sung vào chỗ khuyết (fill) hoặc thay thế (replace)`, `${post.en} has one holder: fill the vacancy or replace`);
    }

    // another post on the same committee is left for this one (a member elected deputy secretary)
    const other = mine.find((h) => h.post !== it.post && heldOn(h, on));
    if (other) {
      if (other.endedOn !== null) return refuse(at('personId'), `${name} đã thôi giữ chức danh ${postName(other.post).vi} từ ngày ${other.endedOn} theo quyết định khác`, `${name} left ${postName(other.post).en} on ${other.endedOn} by another decision`);
      if (other.startedOn === on) return refuse(at('personId'), `${name} mới nhận chức danh ${postName(other.post).vi} ngày ${on}`, `${name} took ${postName(other.post).en} on ${on} itself`);
      end(other, 'moved_post');
    }
    const joinsCommittee = !holdings.some((h) => h.personId === it.personId && original.has(h.id) && h.startedOn <= on && (h.endedOn === null || h.endedOn >= on));
    const holding: HoldingState = { id: newId(), personId: it.personId, post: it.post, startedOn: on, endedOn: null, startMode: it.mode };
    work.push(holding);
    plan.starts.push({ item: i, holding, replaced, previous: other ?? null, joinsCommittee });
  }

  // the seats still hold on every later day something changes (a later decision recorded first)
  const touched = new Set(plan.starts.map((s) => s.holding.post));
  for (const p of touched) {
    const days = [...new Set(work.filter((h) => h.post === p).flatMap((h) => [h.startedOn, h.endedOn]).filter((d): d is string => !!d && d > on))].sort();
    for (const day of days) {
      if (holdersOn(work, p, day).length > seatsOn(committee.seats, work, p, day)) {
        const first = plan.starts.find((s) => s.holding.post === p)!;
        return refuse(
          `items.${first.item}.mode`,
          `Từ ngày ${day} chức danh ${postName(p).vi} đã đủ người theo quyết định sau: không còn chỗ khuyết cho quyết định ngày ${on}`,
          `From ${day} ${postName(p).en} is full by a later decision: no vacancy for a decision of ${on}`,
        );
      }
    }
  }
  return plan;
}

/** Refusals of an election's list against the committee's posts and seats (the rules on the election day). */
export function electionRefusal(committee: CommitteeShape, holders: readonly { personId: string; post: Post }[], on: string): Refusal | null {
  const count = new Map<Post, number>();
  for (const [i, h] of holders.entries()) {
    const r = checkPost(committee.orgKind, committee.kind, h.post, on);
    if (r) return refuse(`holders.${i}.post`, r.message.vi, r.message.en, r.rule.regulation);
    const n = (count.get(h.post) ?? 0) + 1;
    count.set(h.post, n);
    if (n > 1 && isSingleHolderPost(h.post, on)) return refuse(`holders.${i}.post`, `Chức danh ${postName(h.post).vi} chỉ có một người`, `${postName(h.post).en} has one holder`);
    const seats = committee.seats[h.post];
    if (seats !== undefined && n > seats) return refuse(`seats.${h.post}`, `Số người trúng cử ${postName(h.post).vi} (${n}) vượt số lượng (${seats})`, `More holders of ${postName(h.post).en} (${n}) than seats (${seats})`);
  }
  for (const [post, n] of Object.entries(committee.seats) as [Post, number][]) {
    if (!n) continue;
    if (!POSTS_OF[committee.kind].includes(post)) return refuse(`seats.${post}`, `Chức danh ${postName(post).vi} không thuộc ${committee.kind === 'inspection' ? 'ủy ban kiểm tra' : 'cấp ủy'}`, `${postName(post).en} is not a post of this committee`);
    const r = checkPost(committee.orgKind, committee.kind, post, on);
    if (r) return refuse(`seats.${post}`, r.message.vi, r.message.en, r.rule.regulation);
    if (n > 1 && isSingleHolderPost(post, on)) return refuse(`seats.${post}`, `Chức danh ${postName(post).vi} chỉ có một người`, `${postName(post).en} has one holder`);
  }
  return null;
}

/** Seats as the congress decided them, each post of the kind present: given, else the number elected. */
export function seatsOf(kind: CommitteeKind, given: Partial<Record<Post, number>> | null, holders: readonly { post: Post }[]): Partial<Record<Post, number>> {
  return Object.fromEntries(POSTS_OF[kind].map((p) => [p, given?.[p] ?? holders.filter((h) => h.post === p).length]));
}
