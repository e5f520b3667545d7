import type { EntityManager } from '@mikro-orm/postgresql';
import { type CommitteeKind, DomainError, type Post, POST_LABELS } from '@party/contracts';
import { OrgVersion, subtreeIds } from '@party/org-replica';
import { checkHigherPost, isHigherPost, type OrgRelation, type PostPlace } from '@party/rules';
import { type HeldPost, heldPostsOn } from '../committees/holders-on';
import { levelOf, orgNamesOn } from './planning-orgs';

/** A post of one organization's committee. */
export interface OrgPost {
  orgId: string;
  post: Post;
}

type Bilingual = { vi: string; en: string };

/** Where `orgId` stands to `otherId` on `on`: the same, above it, below it, or apart. */
export async function relationOn(em: EntityManager, orgId: string, otherId: string, on: string): Promise<OrgRelation> {
  if (orgId === otherId) return 'same';
  if ((await subtreeIds(em, orgId, on)).includes(otherId)) return 'above';
  if ((await subtreeIds(em, otherId, on)).includes(orgId)) return 'below';
  return 'apart';
}

/** The post with its organization's level on `on` (an organization the replica does not know that day counts as grassroots: the usual case). */
async function placeOn(em: EntityManager, p: OrgPost, on: string): Promise<PostPlace> {
  const v = await em.findOne(OrgVersion, { orgId: p.orgId, validFrom: { $lte: on }, $or: [{ validTo: null }, { validTo: { $gt: on } }] });
  return { post: p.post, level: v ? levelOf(v) : 'grassroots' };
}

/** Whether `post` is higher than `held` on `on` (libs/rules `cadre-planning.higher-post`): the order the plans and the votes share. */
export async function isHigherOn(em: EntityManager, post: OrgPost, held: OrgPost, on: string): Promise<boolean> {
  return isHigherPost(await placeOn(em, post, on), await placeOn(em, held, on), await relationOn(em, post.orgId, held.orgId, on), on);
}

/** "Bí thư — Chi bộ Công ty Xây lắp", by the names on `on`. */
async function postNames(em: EntityManager, posts: readonly OrgPost[], on: string): Promise<Bilingual[]> {
  const names = await orgNamesOn(em, posts.map((p) => p.orgId), on);
  // the replica names every organization it holds; one it does not know is said so, not by its id
  const orgName = (id: string) => names.get(id) ?? { vi: 'tổ chức chưa có trong bản sao', en: 'an organization not copied yet' };
  return posts.map((p) => {
    const name = orgName(p.orgId);
    return { vi: `${POST_LABELS[p.post].vi} — ${typeof name === 'string' ? name : name.vi}`, en: `${POST_LABELS[p.post].en} — ${typeof name === 'string' ? name : name.en}` };
  });
}

/**
 * "Chỉ quy hoạch chức danh cao hơn": a person holding posts on the decision date (the committees'
 * records) is planned only for a post higher than each of them — refused on `field`, naming the
 * post held and the rule (Quy định 50-QĐ/TW, 377-QĐ/TW).
 */
export async function assertHigherThanHeld(em: EntityManager, personId: string, planned: OrgPost, on: string, who: Bilingual, field: string): Promise<void> {
  for (const held of await heldPostsOn(em, on, { personIds: [personId] })) {
    const [plannedPlace, heldPlace] = await Promise.all([placeOn(em, planned, on), placeOn(em, held, on)]);
    const relation = await relationOn(em, planned.orgId, held.orgId, on);
    if (isHigherPost(plannedPlace, heldPlace, relation, on)) continue;
    const [plannedName, heldName] = await postNames(em, [planned, held], on);
    const refusal = checkHigherPost({ planned: plannedPlace, held: heldPlace, relation, on }, { person: who, planned: plannedName, held: heldName });
    if (refusal) throw DomainError.rule(refusal.message, refusal.rule.regulation, [{ field, ...refusal.message }]);
  }
}

/**
 * A confidence vote is for the person holding the post voted on, on the vote's day (the
 * committees' records): refused on `personId` otherwise, naming what they do hold.
 */
export async function assertHoldsPost(em: EntityManager, vote: { personId: string; orgId: string; committeeKind: CommitteeKind; post: Post; heldOn: string }, who: Bilingual, regulation: string): Promise<void> {
  const theirs: HeldPost[] = await heldPostsOn(em, vote.heldOn, { personIds: [vote.personId] });
  if (theirs.some((h) => h.orgId === vote.orgId && h.kind === vote.committeeKind && h.post === vote.post)) return;
  const [voted, ...held] = await postNames(em, [vote, ...theirs], vote.heldOn);
  const holds = held.length
    ? { vi: `đang giữ: ${held.map((h) => h.vi).join('; ')}`, en: `holds: ${held.map((h) => h.en).join('; ')}` }
    : { vi: 'không giữ chức danh nào trong các cấp ủy, ủy ban kiểm tra đã ghi nhận', en: 'holds no post on the committees recorded' };
  const message = {
    vi: `Đồng chí ${who.vi} không giữ chức danh ${voted.vi} vào ngày ${vote.heldOn} (${holds.vi}): chỉ lấy phiếu tín nhiệm người đang giữ chức vụ`,
    en: `${who.en} did not hold the post ${voted.en} on ${vote.heldOn} (${holds.en}): a confidence vote is for the holder of the post`,
  };
  throw DomainError.rule(message, regulation, [{ field: 'personId', ...message }]);
}
