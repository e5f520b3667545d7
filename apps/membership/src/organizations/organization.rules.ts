import { LocalizedText, ORG_KIND_DEFINITIONS, OrgGuidanceCheck, OrgKind } from '@party/contracts';

/**
 * Pure decisions about the organization tree: no I/O, so each rule is tested at its edges.
 * Each returns the reason (in Vietnamese and English) a change is refused, or null.
 */

const REG_CHARTER = 'Điều lệ Đảng, Điều 21–23; Quy định 232-QĐ/TW';

export const ORG_REGULATION = REG_CHARTER;

function label(kind: OrgKind): LocalizedText {
  return ORG_KIND_DEFINITIONS[kind].label;
}

/** May an organization of `kind` sit under a parent of `parentKind` (null = no parent, the root)? */
export function parentKindProblem(kind: OrgKind, parentKind: OrgKind | null): LocalizedText | null {
  const allowed = ORG_KIND_DEFINITIONS[kind].parentKinds;
  if (allowed.includes(parentKind)) return null;
  if (parentKind === null) {
    return { vi: `${label(kind).vi} phải có tổ chức cấp trên`, en: `A ${label(kind).en.toLowerCase()} needs a parent organization` };
  }
  const wanted = allowed.map((k) => (k === null ? { vi: 'gốc (không có cấp trên)', en: 'the root' } : label(k)));
  return {
    vi: `${label(kind).vi} không thể trực thuộc ${label(parentKind).vi}; chỉ trực thuộc: ${wanted.map((w) => w.vi).join(', ')}`,
    en: `A ${label(kind).en.toLowerCase()} cannot sit under a ${label(parentKind).en.toLowerCase()}; only under: ${wanted.map((w) => w.en).join(', ')}`,
  };
}

/**
 * A change takes effect after the organization's latest recorded change: history is appended,
 * never rewritten in the middle (a back-dated decision is fine as long as nothing later was recorded).
 */
export function effectiveDateProblem(latestChangeOn: string, effectiveOn: string): LocalizedText | null {
  if (effectiveOn > latestChangeOn) return null;
  return {
    vi: `Ngày hiệu lực ${effectiveOn} phải sau ngày ${latestChangeOn} của thay đổi gần nhất đã ghi nhận`,
    en: `The effective date ${effectiveOn} must be after ${latestChangeOn}, the latest recorded change`,
  };
}

/**
 * Would putting `orgId` under `newParentId` make a cycle? `parentsOf` gives, for each
 * organization, every parent it has on or after the effective date (all versions still holding
 * then): conservative, so no later version of the tree can close a loop either.
 */
export function wouldCreateCycle(orgId: string, newParentId: string, parentsOf: (id: string) => Iterable<string>): boolean {
  const seen = new Set<string>();
  const queue = [newParentId];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (id === orgId) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const p of parentsOf(id)) queue.push(p);
  }
  return false;
}

export const CYCLE_MESSAGE: LocalizedText = {
  vi: 'Không thể chuyển tổ chức vào chính nó hoặc vào một tổ chức cấp dưới của nó (tạo vòng lặp)',
  en: 'An organization cannot be placed under itself or one of its own descendants (cycle)',
};

/** Ids of `rootId` and everything below it, given the children of each node at one date. */
export function subtreeOf(rootId: string, childrenOf: (id: string) => Iterable<string>): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const queue = [rootId];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(id);
    for (const c of childrenOf(id)) queue.push(c);
  }
  return out;
}

export interface MemberCounts {
  /** Official members (đảng viên chính thức); null while unknown. */
  official: number | null;
  /** Official and probationary members; null while unknown. */
  total: number | null;
}

export const UNKNOWN_COUNTS: MemberCounts = { official: null, total: null };

function check(code: OrgGuidanceCheck['code'], message: LocalizedText, threshold: number, count: number | null, warn: (n: number) => boolean): OrgGuidanceCheck {
  return { code, message, threshold, count, status: count === null ? 'unknown' : warn(count) ? 'warning' : 'ok' };
}

/** A chi bộ needs at least 3 official members (Điều lệ Đảng, Điều 21). */
export function fewerThanThreeOfficial(official: number | null): OrgGuidanceCheck {
  return check(
    'cell_fewer_than_3_official',
    { vi: 'Chi bộ có dưới 3 đảng viên chính thức', en: 'The cell has fewer than 3 official members' },
    3,
    official,
    (n) => n < 3,
  );
}

/** A chi bộ cơ sở reaching 30 members is a candidate to become a đảng bộ cơ sở. */
export function grassrootsCellAtThirty(total: number | null): OrgGuidanceCheck {
  return check(
    'grassroots_cell_30_or_more',
    { vi: 'Chi bộ cơ sở có từ 30 đảng viên trở lên: xem xét nâng lên đảng bộ cơ sở', en: 'Grassroots cell with 30 or more members: consider making it a party committee' },
    30,
    total,
    (n) => n >= 30,
  );
}

/** A đảng bộ cơ sở is expected to have at least 30 members. */
export function partyCommitteeUnderThirty(total: number | null): OrgGuidanceCheck {
  return check(
    'party_committee_under_30',
    { vi: 'Đảng bộ cơ sở có dưới 30 đảng viên', en: 'Grassroots party committee with fewer than 30 members' },
    30,
    total,
    (n) => n < 30,
  );
}

/** The guidance checks (warnings, never blocks) that apply to an organization of this kind. */
export function guidanceFor(kind: OrgKind, counts: MemberCounts): OrgGuidanceCheck[] {
  const checks: OrgGuidanceCheck[] = [];
  if (ORG_KIND_DEFINITIONS[kind].cell) checks.push(fewerThanThreeOfficial(counts.official));
  if (kind === 'grassroots_cell') checks.push(grassrootsCellAtThirty(counts.total));
  if (kind === 'grassroots_committee') checks.push(partyCommitteeUnderThirty(counts.total));
  return checks;
}

// ---------------------------------------------------------------- members of an organization that ends

/** How many names a refusal lists before "and N others": enough to recognise, short enough to read. */
export const NAMES_SHOWN = 5;

/** "An, Bình, Cường và 2 người khác" / "An, Bình, Cường and 2 others". */
export function nameSample(names: readonly string[], shown = NAMES_SHOWN): LocalizedText {
  const head = names.slice(0, shown).join(', ');
  const rest = names.length - shown;
  if (rest <= 0) return { vi: head, en: head };
  return { vi: `${head} và ${rest} người khác`, en: `${head} and ${rest} other${rest > 1 ? 's' : ''}` };
}

/**
 * A decision that ends an organization must say where its members go (Điều lệ Đảng, Điều 7: a
 * member is active in a chi bộ): dissolution without a destination is refused while any member is
 * active there on the effective date — they are transferred first, or the decision names `membersTo`.
 */
export function membersLeftBehind(orgName: string, effectiveOn: string, names: readonly string[], how: 'dissolve' | 'split'): LocalizedText {
  const sample = nameSample(names);
  const n = names.length;
  if (how === 'split') {
    return {
      vi: `Còn ${n} đảng viên của "${orgName}" chưa được chỉ định tổ chức mới (${sample.vi}): ghi họ vào memberAssignments hoặc chọn otherMembersToIndex`,
      en: `${n} member${n > 1 ? 's' : ''} of "${orgName}" have no new organization (${sample.en}): list them in memberAssignments or give otherMembersToIndex`,
    };
  }
  return {
    vi: `Không thể giải thể "${orgName}": còn ${n} đảng viên đang sinh hoạt vào ngày ${effectiveOn} (${sample.vi}). Cần chuyển sinh hoạt đảng cho họ trước, hoặc ghi tổ chức nhận đảng viên (membersTo) trong quyết định`,
    en: `Cannot dissolve "${orgName}": ${n} member${n > 1 ? 's are' : ' is'} still active there on ${effectiveOn} (${sample.en}). Transfer them first, or name the organization that takes them (membersTo) in the decision`,
  };
}

/** Members are active in a chi bộ (or a tổ đảng of one), never directly in a đảng bộ. */
export function memberDestinationProblem(kind: OrgKind, name: string): LocalizedText | null {
  if (!ORG_KIND_DEFINITIONS[kind].partyCommittee) return null;
  return {
    vi: `"${name}" là ${label(kind).vi.toLowerCase()}: đảng viên sinh hoạt ở chi bộ; hãy chọn một chi bộ nhận đảng viên`,
    en: `"${name}" is a ${label(kind).en.toLowerCase()}: members are active in a party cell; choose a cell to take the members`,
  };
}

/** Something recorded would still place members in the organization after it ends. */
export function laterArrivalsProblem(orgName: string, effectiveOn: string, names: readonly string[]): LocalizedText {
  const sample = nameSample(names);
  const n = names.length;
  return {
    vi: `"${orgName}" còn ${n} đảng viên được ghi nhận vào đó sau ngày ${effectiveOn} (${sample.vi}): điều chỉnh các ghi nhận đó trước khi tổ chức kết thúc`,
    en: `"${orgName}" has ${n} member${n > 1 ? 's' : ''} recorded there after ${effectiveOn} (${sample.en}): correct those records before the organization ends`,
  };
}

/**
 * Members on their way to an organization being dissolved: their introduction letter is
 * redirected to the organization the decision names (`membersTo`), or the decision is refused.
 */
export function inTransitWithoutDestination(orgName: string, names: readonly string[]): LocalizedText {
  const sample = nameSample(names);
  const n = names.length;
  return {
    vi: `Còn ${n} đảng viên đang trên đường chuyển sinh hoạt đến "${orgName}" (${sample.vi}): ghi tổ chức nhận đảng viên (membersTo) để chuyển hướng giấy giới thiệu, hoặc ghi nhận việc đến trước`,
    en: `${n} member${n > 1 ? 's are' : ' is'} on the way to "${orgName}" (${sample.en}): name the organization that takes the members (membersTo) to redirect the letter, or record the arrival first`,
  };
}
