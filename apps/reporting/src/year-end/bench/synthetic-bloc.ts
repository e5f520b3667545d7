import {
  BadgeAwarded,
  CardIssued,
  CardReissued,
  ClassOpened,
  COURSE_TYPE_CODES,
  Envelope,
  EventDefinition,
  MemberAdmitted,
  MemberDied,
  MemberExpelled,
  MemberLeftParty,
  MemberMadeOfficial,
  MemberRegistered,
  MemberRemovedFromProbation,
  MemberStruckOff,
  OrganizationDissolved,
  OrganizationEstablished,
  OrganizationHandedIn,
  OrganizationHandedOver,
  OrganizationRenamed,
  OrgKind,
  ORG_KIND_DEFINITIONS,
  PersonSent,
  RegistrationMade,
  SecretarySessionAttended,
  StudentEnrolled,
  TransferCompleted,
} from '@party/contracts';

/**
 * A synthetic bloc for the year-end benchmark: the events membership and training would publish
 * for a bloc like the reference one (2023: 151 grassroots organizations, 8.434 members at 31/12)
 * multiplied by `scale`, as envelopes of the contracts' events (their zod schemas check them).
 *
 * The story, for each multiple of the reference bloc: at 31/12/2021 a bloc committee with 158
 * grassroots organizations (77 đảng bộ cơ sở holding 668 chi bộ trực thuộc, 81 chi bộ cơ sở) and
 * ≈ 8.950 members registered from the roster (admission decisions 1960–2020); admissions in 2021,
 * 2022 and 2023 (≈ 260 a year) converted 12 months after their ceremony; each year transfers out
 * (≈ 8,3% of the members), in (≈ 175), internal (≈ 45), temporary ones (never counted), deaths,
 * struck off, left the Party, expelled (≈ 1), cards issued to the newly official and reissued, badges on the
 * anniversaries; organizations established, dissolved (empty ones), renamed, handed over with
 * their members (6 in 2023, carrying their chi bộ trực thuộc) and one handed in with its members;
 * classes, students, registrations, sendings and secretaries trained in 2022 and 2023.
 * Deterministic for a given scale and seed; nothing is dated after 31/12/2023.
 */
export interface SyntheticBlocOptions {
  /** Multiples of the reference bloc (100: ≈ 850.000 members at 31/12/2023). */
  scale: number;
  seed?: number;
}

export interface BenchEvent {
  def: EventDefinition;
  envelope: Envelope<any>;
}

/** All the events of one organization, of one person, or a chunk of training facts. */
export type Aggregate = { kind: 'org'; events: BenchEvent[] } | { kind: 'person'; events: BenchEvent[] } | { kind: 'training'; events: BenchEvent[] };

export const SYNTHETIC_HORIZON = '2023-12-31';
const START = '2022-01-01';
const YEARS = [2022, 2023] as const;

/** mulberry32: small, fast and deterministic. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)],
    chance: (p: number) => next() < p,
  };
}

const DAY = 86_400_000;
// dates as day numbers through a table (Date parsing and formatting were most of the generation time)
const EPOCH = Date.UTC(1950, 0, 1);
const DAYS: string[] = [];
const DAY_OF = new Map<string, number>();
for (let i = 0, t = EPOCH; t <= Date.UTC(2030, 11, 31); i++, t += DAY) {
  const d = new Date(t).toISOString().slice(0, 10);
  DAYS.push(d);
  DAY_OF.set(d, i);
}
const dayOf = (d: string) => {
  const n = DAY_OF.get(d);
  if (n === undefined) throw new Error(`Date out of the bench's range: ${d}`);
  return n;
};
export const addDays = (d: string, n: number) => DAYS[dayOf(d) + n];
const addMonths = (d: string, n: number) => {
  const y = Number(d.slice(0, 4));
  const m = Number(d.slice(5, 7)) - 1 + n;
  const yy = y + Math.floor(m / 12);
  const mm = ((m % 12) + 12) % 12;
  const last = new Date(Date.UTC(yy, mm + 1, 0)).getUTCDate();
  return `${yy}-${String(mm + 1).padStart(2, '0')}-${String(Math.min(Number(d.slice(8, 10)), last)).padStart(2, '0')}`;
};

/** Deterministic uuid (version 7 layout, RFC variant): one namespace per kind of thing. */
const uuidOf = (ns: number, n: number) => `${ns.toString(16).padStart(8, '0')}-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;
/** Share of the members reaching a badge anniversary in a year who get it then (reference 2023: 38 / 25 / 1 / 4 of 30, 40, 45, 50 years). */
const BADGE_CHANCE: Record<number, number> = { 30: 0.26, 40: 0.22, 45: 0.01, 50: 0.06, 55: 0.02, 60: 0.01 };
const NS = { org: 1, person: 2, event: 3, candidate: 4, transfer: 5, card: 6, klass: 7, enrollment: 8, registration: 9, sending: 10, session: 11, attendance: 12, decision: 13 } as const;

interface Org {
  id: string;
  kind: OrgKind;
  name: string;
  parentId: string | null;
  establishedOn: string;
  /** holds members (a chi bộ that lives through 2023) */
  holdsMembers: boolean;
  /** handed over / dissolved on this date (the members leave the bloc with a hand-over) */
  endsOn: string | null;
  /** handed in on this date */
  handedInOn: string | null;
}

export function* syntheticBloc(opts: SyntheticBlocOptions): Generator<Aggregate> {
  const s = opts.scale;
  const n = (base: number, min = 0) => Math.max(min, Math.round(base * s));
  const r = prng(opts.seed ?? 20231231);
  let eventSeq = 0;
  let recSeq = 0;
  const ev = <D extends EventDefinition>(def: D, occurredOn: string, orgId: string | null, data: Record<string, unknown>): BenchEvent => {
    const id = uuidOf(NS.event, ++eventSeq);
    // recorded a few days after the fact, in the order generated (ties broken by recordedAt, then id)
    const sec = ++recSeq % 36_000;
    const on = occurredOn < '2024-01-12' ? addDays(occurredOn, 3) : '2024-01-15';
    const recordedAt = `${on}T${String(Math.floor(sec / 3600)).padStart(2, '0')}:${String(Math.floor(sec / 60) % 60).padStart(2, '0')}:${String(sec % 60).padStart(2, '0')}.000Z`;
    return {
      def,
      envelope: { id, type: def.type, version: def.version, occurredOn, recordedAt, actor: { userId: 'bench', username: 'bench' }, orgId, correlationId: id, data },
    };
  };
  const dateIn = (from: string, to: string) => DAYS[r.int(dayOf(from), dayOf(to))];
  const yearDate = (y: number) => dateIn(`${y}-01-01`, `${y}-12-31`);

  // ── the organization tree ─────────────────────────────────────────────────────────────────
  let orgSeq = 0;
  const orgs: Org[] = [];
  const newOrg = (kind: OrgKind, parentId: string | null, establishedOn: string, name: string): Org => {
    const o: Org = { id: uuidOf(NS.org, ++orgSeq), kind, name, parentId, establishedOn, holdsMembers: false, endsOn: null, handedInOn: null };
    orgs.push(o);
    return o;
  };
  const bloc = newOrg('bloc_committee', null, '1990-01-01', 'Đảng bộ Khối');
  const committees: Org[] = [];
  const cells: Org[] = [];
  for (let i = 0; i < n(77, 1); i++) committees.push(newOrg('grassroots_committee', bloc.id, dateIn('1995-01-01', '2019-12-31'), `Đảng bộ cơ sở ${i + 1}`));
  for (let i = 0; i < n(81, 1); i++) cells.push(newOrg('grassroots_cell', bloc.id, dateIn('1995-01-01', '2020-12-31'), `Chi bộ cơ sở ${i + 1}`));
  const dependents: Org[] = [];
  for (let i = 0; i < n(668, committees.length); i++) {
    const parent = i < committees.length ? committees[i] : r.pick(committees);
    dependents.push(newOrg('dependent_cell', parent.id, addDays(parent.establishedOn, r.int(0, 600)), `Chi bộ trực thuộc ${i + 1}`));
  }
  // dissolved: empty grassroots cells (2 in 2022, 3 in 2023)
  const dissolved = cells.splice(0, n(5, 2));
  dissolved.forEach((o, i) => (o.endsOn = yearDate(i < dissolved.length * 0.4 ? 2022 : 2023)));
  // handed over in 2023 with their members: half đảng bộ cơ sở (with their chi bộ trực thuộc), half chi bộ cơ sở
  const handedOverCommittees = committees.splice(0, n(3, 1));
  const handedOverCells = cells.splice(0, n(3, 1));
  for (const o of [...handedOverCommittees, ...handedOverCells]) o.endsOn = dateIn('2023-03-01', '2023-11-30');
  const handedOverDependents = dependents.filter((d) => handedOverCommittees.some((c) => c.id === d.parentId));
  for (const d of handedOverDependents) d.endsOn = handedOverCommittees.find((c) => c.id === d.parentId)?.endsOn ?? null;
  // handed in during 2023 with its members (registered from its roster)
  const handedInCells = Array.from({ length: n(1, 1) }, (_, i) => newOrg('grassroots_cell', bloc.id, '2005-06-01', `Chi bộ tiếp nhận ${i + 1}`));
  for (const o of handedInCells) o.handedInOn = dateIn('2023-04-01', '2023-10-31');
  // established as new: 3 in 2022 (chi bộ cơ sở), 2 in 2023 (one of each grassroots kind)
  const established: Org[] = [];
  for (let i = 0; i < n(3, 1); i++) established.push(newOrg('grassroots_cell', bloc.id, yearDate(2022), `Chi bộ mới 2022-${i + 1}`));
  for (let i = 0; i < n(2, 1); i++) established.push(newOrg(i % 2 ? 'grassroots_cell' : 'grassroots_committee', bloc.id, yearDate(2023), `Tổ chức mới 2023-${i + 1}`));

  const stable = [...cells, ...dependents.filter((d) => !d.endsOn)];
  for (const o of [...stable, ...handedOverCells, ...handedOverDependents]) o.holdsMembers = true;
  const renamed = new Set(stable.slice(0, n(20, 1)).map((o) => o.id));

  // ── organization events ───────────────────────────────────────────────────────────────────
  const base = (o: Org, name = o.name) => ({ orgId: o.id, kind: o.kind, grassroots: ORG_KIND_DEFINITIONS[o.kind].grassroots, name, parentId: o.parentId, decisionNumber: `QĐ-${o.id.slice(-6)}` });
  for (const o of orgs) {
    const events: BenchEvent[] = [];
    if (o.handedInOn) events.push(ev(OrganizationHandedIn, o.handedInOn, o.id, { ...base(o), fromCommittee: 'Đảng ủy Khối Doanh nghiệp' }));
    else events.push(ev(OrganizationEstablished, o.establishedOn, o.id, { ...base(o), origin: 'new', fromOrgIds: [] }));
    if (renamed.has(o.id)) events.push(ev(OrganizationRenamed, yearDate(2023), o.id, { ...base(o, `${o.name} (đổi tên)`), previousName: o.name }));
    if (o.endsOn && dissolved.includes(o)) events.push(ev(OrganizationDissolved, o.endsOn, o.id, { ...base(o), withOrgId: null }));
    else if (o.endsOn) {
      const withOrgId = o.kind === 'dependent_cell' ? o.parentId : null;
      events.push(ev(OrganizationHandedOver, o.endsOn, o.id, { ...base(o), toCommittee: 'Đảng bộ Ngân hàng cấp trên', withOrgId }));
    }
    yield { kind: 'org', events };
  }

  // ── members ───────────────────────────────────────────────────────────────────────────────
  const holding = orgs.filter((o) => o.holdsMembers);
  let personSeq = 0;
  let transferSeq = 0;
  let cardSeq = 0;
  let decisionSeq = 0;
  const perYear = (count: number) => count / 9_197; // the reference bloc's rates per member and year

  /** One person's facts from `since` (membership already started) through 2023: at most one ending, nothing after it. */
  function* life(personId: string, startOrg: Org, since: string, admission: string, officialOn: string | null, events: BenchEvent[]): Generator<Aggregate> {
    let org = startOrg;
    for (const y of YEARS) {
      if (since > `${y}-12-31`) continue;
      // the year's facts, each dated after `since` and while the organization is in the bloc
      const inBloc = (o: Org, d: string) => d > since && (!o.endsOn || d < o.endsOn) && (!o.handedInOn || d > o.handedInOn);
      const x = r.next();
      const endOn = yearDate(y);
      const ending = x < perYear(761) ? 'out' : x < perYear(768) ? 'died' : x < perYear(771) ? 'struckOff' : x < perYear(772) ? 'left' : x < perYear(773) ? 'expelled' : null;
      const before = (d: string) => !ending || d < endOn;
      if (r.chance(perYear(44))) {
        const d = yearDate(y);
        const to = r.pick(stable);
        if (inBloc(org, d) && before(d) && to.id !== org.id) {
          events.push(ev(TransferCompleted, d, to.id, transferData(personId, 'internal', org, to, d)));
          org = to;
        }
      }
      if (r.chance(perYear(30))) {
        const d = yearDate(y);
        if (inBloc(org, d) && before(d)) events.push(ev(TransferCompleted, d, org.id, { ...transferData(personId, 'temporary', org, null, d), toCommittee: 'Đảng bộ xã (tạm thời)' }));
      }
      if (officialOn && officialOn < `${y}-01-01` && r.chance(perYear(32))) {
        const d = yearDate(y);
        if (inBloc(org, d) && before(d)) events.push(ev(CardReissued, d, org.id, cardData(personId, org, d, r.chance(0.84) ? 'damaged' : 'lost')));
      }
      const anniversary = y - Number(admission.slice(0, 4));
      if (r.chance(BADGE_CHANCE[anniversary] ?? 0)) {
        const occasion = r.pick([`${y}-02-03`, `${y}-05-19`, `${y}-09-02`, `${y}-11-07`]);
        if (inBloc(org, occasion) && before(occasion)) {
          events.push(ev(BadgeAwarded, occasion, org.id, { personId, orgId: org.id, level: anniversary, occasion, decisionNumber: `QĐ-HH-${y}`, basis: 'regular' }));
        }
      }
      if (!ending || !inBloc(org, endOn)) continue;
      const d = endOn;
      const statusBefore = officialOn && officialOn <= d ? 'official' : 'probationary';
      if (ending === 'out') events.push(ev(TransferCompleted, d, org.id, { ...transferData(personId, 'out', org, null, d), toCommittee: 'Đảng bộ ngoài Khối' }));
      else if (ending === 'died') events.push(ev(MemberDied, d, org.id, { personId, orgId: org.id, statusBefore, dateOfDeath: d, noticeDeadline: addDays(d, 42), noticeSentOn: null }));
      else if (ending === 'struckOff') events.push(ev(MemberStruckOff, d, org.id, { personId, orgId: org.id, statusBefore, decisionDate: d, decisionNumber: 'QĐ-XT', reason: 'absent-3-months', note: null }));
      else if (ending === 'left') events.push(ev(MemberLeftParty, d, org.id, { personId, orgId: org.id, statusBefore, decisionDate: d, decisionNumber: 'QĐ-RK', reason: null }));
      else if (statusBefore === 'official') {
        const decisionId = uuidOf(NS.decision, ++decisionSeq);
        events.push(ev(MemberExpelled, d, org.id, { personId, orgId: org.id, statusBefore, decisionId, decisionNumber: `QĐ-KL-${decisionSeq}`, decidedOn: addDays(d, -7), effectiveOn: d, cardCollected: null }));
      } else continue;
      break;
    }
    yield { kind: 'person', events };
  }

  function transferData(personId: string, kind: 'out' | 'in' | 'internal' | 'temporary', from: Org | null, to: Org | null, on: string) {
    const end = to ?? from;
    if (!end) throw new Error('A transfer has an end inside the bloc');
    return {
      transferId: uuidOf(NS.transfer, ++transferSeq),
      personId,
      orgId: end.id,
      kind,
      fromOrgId: from?.id ?? null,
      fromCommittee: from ? null : 'Đảng bộ tỉnh ngoài Khối',
      toOrgId: to?.id ?? null,
      toCommittee: null as string | null,
      letterNumber: `GGT-${transferSeq}`,
      effectiveOn: on,
      toOrgKind: to?.kind ?? null,
      fromOrgKind: from?.kind ?? null,
    };
  }
  function cardData(personId: string, org: Org, on: string, reason?: 'damaged' | 'lost') {
    const id = uuidOf(NS.card, ++cardSeq);
    const base = { personId, orgId: org.id, cardId: id, cardNumber: `79-${String(cardSeq).padStart(7, '0')}`, issuedOn: on, decisionNumber: null };
    return reason ? { ...base, reason, replacesCardId: uuidOf(NS.card, 1_000_000_000 + cardSeq), replacesCardNumber: `78-${cardSeq}` } : base;
  }

  // the roster at 31/12/2021 (registered, never admissions), and the members of the organizations handed in
  const rosterCount = n(9_300, 3);
  for (let i = 0; i < rosterCount + n(40); i++) {
    const personId = uuidOf(NS.person, ++personSeq);
    const inHanded = i >= rosterCount;
    const org = inHanded ? r.pick(handedInCells) : r.pick(holding);
    const year = 2020 - Math.floor(Math.pow(r.next(), 1.15) * 58);
    const admission = yearDate(year);
    // admitted anywhere: registered at the organization they belong to now (the roster), which may be younger
    const ceremony = addDays(admission, r.int(7, 30));
    const official = addMonths(ceremony, 12);
    const opening: BenchEvent[] = [
      ev(MemberRegistered, admission, org.id, { personId, orgId: org.id, orgKind: org.kind, admissionDecisionDate: admission, ceremonyDate: ceremony, officialDate: official, source: 'existing' }),
    ];
    yield* life(personId, org, inHanded ? (org.handedInOn ?? START) : START, admission, official, opening);
  }
  // admissions of 2021, 2022, 2023: converted (or removed from probation) 12 months after the ceremony, carded when official
  for (const [y, count] of [[2021, 255], [2022, 250], [2023, 269]] as const) {
    for (let i = 0; i < n(count); i++) {
      const personId = uuidOf(NS.person, ++personSeq);
      const org = r.pick(stable);
      const admission = yearDate(y);
      const ceremony = addDays(admission, r.int(5, 40));
      const official = addMonths(ceremony, 12);
      const opening: BenchEvent[] = [
        ev(MemberAdmitted, admission, org.id, {
          personId,
          orgId: org.id,
          candidateId: uuidOf(NS.candidate, personSeq),
          orgKind: org.kind,
          voteDate: addDays(admission, -r.int(20, 50)),
          admissionDecisionDate: admission,
          decisionNumber: `QĐ-KN-${personSeq}`,
          ceremonyDate: ceremony,
          needsHigherApproval: false,
        }),
      ];
      let officialOn: string | null = null;
      if (official <= SYNTHETIC_HORIZON) {
        if (r.chance(0.992)) {
          officialOn = official;
          opening.push(
            ev(MemberMadeOfficial, official, org.id, {
              personId,
              orgId: org.id,
              ceremonyDate: ceremony,
              officialDate: official,
              meetingDate: addDays(official, r.int(1, 25)),
              decisionDate: addDays(official, r.int(26, 40)),
              decisionNumber: `QĐ-CT-${personSeq}`,
              reviewStatus: 'on_time',
              certificateNumber: `CN-${personSeq}`,
            }),
          );
          const carded = addDays(official, r.int(10, 120));
          if (carded <= SYNTHETIC_HORIZON) opening.push(ev(CardIssued, carded, org.id, cardData(personId, org, carded)));
        } else {
          const d = addDays(official, r.int(5, 30));
          if (d <= SYNTHETIC_HORIZON) {
            opening.push(ev(MemberRemovedFromProbation, d, org.id, { personId, orgId: org.id, ceremonyDate: ceremony, meetingDate: d, decisionDate: d, decisionNumber: `QĐ-XDB-${personSeq}`, reason: 'không đủ tư cách' }));
            yield { kind: 'person', events: opening };
            continue;
          }
        }
      }
      // a fact of the person's own life starts after their admission; conversion is in `opening` already
      yield* life(personId, org, admission > START ? admission : START, admission, officialOn, opening);
    }
  }
  // transfers in from outside the bloc, each year
  for (const y of YEARS) {
    for (let i = 0; i < n(176); i++) {
      const personId = uuidOf(NS.person, ++personSeq);
      const to = r.pick(stable);
      const d = yearDate(y);
      const admission = yearDate(r.int(1975, 2019));
      const opening: BenchEvent[] = [ev(TransferCompleted, d, to.id, { ...transferData(personId, 'in', null, to, d) })];
      yield* life(personId, to, d, admission, addMonths(admission, 13), opening);
    }
  }

  // ── training ──────────────────────────────────────────────────────────────────────────────
  const grassroots = [...committees, ...cells];
  const chunk: BenchEvent[] = [];
  let klass = 0;
  let k = 0;
  const trainingPerson = () => ({ personId: uuidOf(NS.person, 900_000_000 + ++k), citizenId: null, fullName: null, dateOfBirth: null });
  const course = (category: 'partyAwareness' | 'newMemberTheory' | 'intermediateTheory' | 'advancedTheory' | 'object4' | 'partyWork') => ({
    courseTypeCode: COURSE_TYPE_CODES[category],
    category: category === 'partyWork' ? 'professional' : category,
  });
  const classes = (category: 'partyAwareness' | 'newMemberTheory' | 'intermediateTheory', y: number, count: number, students: number, withoutOrg = 0) => {
    for (let c = 0; c < count; c++) {
      const classId = uuidOf(NS.klass, ++klass);
      const openedOn = yearDate(y);
      const served = r.chance(0.5) ? [r.pick(grassroots).id] : [];
      chunk.push(
        ev(ClassOpened, openedOn, null, {
          classId,
          ...course(category),
          title: `Lớp ${category} ${klass}`,
          openedOn,
          endsOn: null,
          cohortLabel: category === 'intermediateTheory' ? `khóa ${y}–${y + 2}` : null,
          hostSchool: 'Trường Chính trị',
          partnerSchool: null,
          location: null,
          capacity: null,
          servedOrgIds: served,
        }),
      );
      const many = Math.round(students / count);
      for (let i = 0; i < many; i++) {
        const enrolledOn = addDays(openedOn, r.int(-10, 5));
        const orgId = c === 0 && i < withoutOrg ? null : r.pick(holding).id;
        const enrollmentId = uuidOf(NS.enrollment, ++k);
        chunk.push(
          ev(StudentEnrolled, enrolledOn, orgId, {
            enrollmentId,
            classId,
            ...course(category),
            classOpenedOn: openedOn,
            person: trainingPerson(),
            enrolledOn,
            orgId,
            source: 'import',
          }),
        );
      }
    }
  };
  for (const y of YEARS) {
    classes('partyAwareness', y, n(3, 1), n(305), n(102));
    classes('newMemberTheory', y, n(3, 1), n(313));
    classes('intermediateTheory', y, n(1, 1), n(79));
    for (let i = 0; i < n(8); i++) {
      const registeredOn = yearDate(y);
      chunk.push(ev(RegistrationMade, registeredOn, null, { registrationId: uuidOf(NS.registration, ++k), ...course('advancedTheory'), forYear: y + 1, person: trainingPerson(), registeredOn, orgId: r.pick(grassroots).id }));
    }
    for (let i = 0; i < n(223); i++) {
      const registeredOn = yearDate(y);
      chunk.push(ev(RegistrationMade, registeredOn, null, { registrationId: uuidOf(NS.registration, ++k), ...course('object4'), forYear: y + 1, person: trainingPerson(), registeredOn, orgId: r.pick(holding).id }));
    }
    for (let i = 0; i < n(6); i++) {
      const sentOn = yearDate(y);
      chunk.push(
        ev(PersonSent, sentOn, null, { sendingId: uuidOf(NS.sending, ++k), ...course('advancedTheory'), person: trainingPerson(), sentOn, institution: 'Học viện Chính trị khu vực I', decisionNumber: null, orgId: r.pick(grassroots).id }),
      );
    }
    // secretaries: two sessions, some attending both (counted once)
    const secretaries = Array.from({ length: n(637) }, () => ({ person: trainingPerson(), orgId: r.pick(dependents).id }));
    for (const heldOn of [`${y}-04-15`, `${y}-10-10`]) {
      const sessionId = uuidOf(NS.session, ++k);
      for (const sec of secretaries) {
        if (heldOn.endsWith('10-10') && !r.chance(0.3)) continue;
        chunk.push(ev(SecretarySessionAttended, heldOn, sec.orgId, { attendanceId: uuidOf(NS.attendance, ++k), sessionId, ...course('partyWork'), heldOn, person: sec.person, orgId: sec.orgId }));
      }
    }
    yield { kind: 'training', events: chunk.splice(0) };
  }
}
