import { ORG_KIND_DEFINITIONS, OrgKind, RegisterExistingMemberInput } from '@party/contracts';

/** An organization version as the rules need it (from `organization_version`). */
export interface OrgVersionFact {
  orgId: string;
  name: string;
  kind: OrgKind;
  validFrom: string;
  validTo: string | null;
}

/**
 * What the database knows that decides whether existing members may be recorded — looked up once
 * for a whole batch (one row of `POST /members/existing`, or 9,000 rows of a roster file).
 */
export interface ExistingMemberFacts {
  today: string;
  /** Organizations in the caller's scope today; null = the whole bloc. */
  scope: ReadonlySet<string> | null;
  /** Every version of every organization named, any date. */
  versions: ReadonlyMap<string, readonly OrgVersionFact[]>;
  /** Citizen IDs already held by a person record. */
  takenCitizenIds: ReadonlySet<string>;
  /** Card numbers ever issued. */
  takenCardNumbers: ReadonlySet<string>;
}

/** `forbidden` → 403, `conflict` → 409, `rule` → 422, `validation` → 400 for a single registration. */
export interface ExistingMemberProblem {
  field: keyof RegisterExistingMemberInput;
  kind: 'forbidden' | 'conflict' | 'rule' | 'validation';
  vi: string;
  en: string;
}

export function versionOn(versions: readonly OrgVersionFact[] | undefined, on: string): OrgVersionFact | undefined {
  return versions?.find((v) => v.validFrom <= on && (v.validTo === null || v.validTo > on));
}

/**
 * Whether an existing member (already shape-checked by `registerExistingMemberSchema`) may be
 * recorded as history: the organization exists today and is a unit where members are active
 * (a chi bộ or tổ đảng — never a đảng bộ, whose members belong to its chi bộ), inside the
 * caller's scope; the citizen ID and the card number are nobody else's (a date after today is
 * the schema's `factDate` refusal). Pure: the same answer for one registration and for every
 * row of a file.
 */
export function existingMemberProblems(input: RegisterExistingMemberInput, facts: ExistingMemberFacts): ExistingMemberProblem[] {
  const out: ExistingMemberProblem[] = [];
  const { today } = facts;
  if (facts.scope && !facts.scope.has(input.orgId)) {
    out.push({
      field: 'orgId',
      kind: 'forbidden',
      vi: `Tổ chức này nằm ngoài phạm vi tổ chức đảng bạn phụ trách (tính đến ngày ${today})`,
      en: `This organization is outside the organization you are scoped to (as of ${today})`,
    });
  }
  const org = versionOn(facts.versions.get(input.orgId), today);
  if (!org) {
    out.push({ field: 'orgId', kind: 'rule', vi: `Tổ chức đảng không tồn tại vào ngày ${today}`, en: `The organization does not exist on ${today}` });
  } else if (ORG_KIND_DEFINITIONS[org.kind].partyCommittee) {
    const label = ORG_KIND_DEFINITIONS[org.kind].label;
    out.push({
      field: 'orgId',
      kind: 'rule',
      vi: `${org.name} là ${label.vi.toLowerCase()}: đảng viên sinh hoạt ở chi bộ, hãy ghi chi bộ của đảng viên`,
      en: `${org.name} is a ${label.en.toLowerCase()}: members are active in a party cell; give the member's cell`,
    });
  }
  if (facts.takenCitizenIds.has(input.citizenId)) {
    out.push({
      field: 'citizenId',
      kind: 'conflict',
      vi: `Số CCCD ${input.citizenId} đã có trong hồ sơ của một người khác; mỗi người chỉ có một hồ sơ`,
      en: `Citizen ID ${input.citizenId} already belongs to another person record; one record per person`,
    });
  }
  if (input.cardNumber && facts.takenCardNumbers.has(input.cardNumber)) {
    out.push({
      field: 'cardNumber',
      kind: 'conflict',
      vi: `Số thẻ đảng viên ${input.cardNumber} đã được cấp; mỗi số thẻ chỉ dùng một lần`,
      en: `Card number ${input.cardNumber} has already been issued; card numbers are unique`,
    });
  }
  return out;
}
