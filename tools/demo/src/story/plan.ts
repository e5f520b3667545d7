import { addDays, addMonths, maxDate, onWeekday } from '../dates';
import { DemoPerson, identity } from '../people';
import { Random } from '@party/testing';
import { CandidatePlan, planCohort } from './admission-plan';
import { DemoTree } from './organizations';
import { newCardNumber, OpeningMember, OpeningRoster, planOpeningRoster } from './roster';
import { ClassPlan, OtherTraining2023 } from './training';

const YOUNG: [string, string] = ['1985-01-01', '2003-06-30'];
/** 2023 new cards of the reference report. */
const CARDS_ISSUED_2023 = 259;

export interface Conversion {
  member: CandidatePlan;
  meetingDate: string;
  decisionDate: string;
  decisionNumber: string;
  card: { number: string; issuedOn: string };
}

/** The members of the story that nothing else uses yet, for the facts that end or move a membership. */
export class FreeMembers {
  private readonly used = new Set<OpeningMember>();

  constructor(private readonly roster: OpeningRoster) {}

  use(m: OpeningMember): OpeningMember {
    this.used.add(m);
    return m;
  }

  take(r: Random, n: number, where: (m: OpeningMember) => boolean = () => true): OpeningMember[] {
    const pool = [...this.roster.byUnit.values()].flat().filter((m) => m.role === 'ordinary' && !this.used.has(m) && where(m));
    if (pool.length < n) throw new Error(`demo: only ${pool.length} free members, ${n} wanted`);
    const picked: OpeningMember[] = [];
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(r.next() * (pool.length - i));
      [pool[i], pool[j]] = [pool[j], pool[i]];
      picked.push(this.use(pool[i]));
    }
    return picked;
  }
}

export interface StoryPlan {
  roster: OpeningRoster;
  free: FreeMembers;
  /** Admitted in 2022 (ceremonies in 2022): the probationers of 31/12/2022, made official in 2023. */
  admitted2022: CandidatePlan[];
  admitted2023: CandidatePlan[];
  classes2022: { candidates: ClassPlan[]; newMembers: ClassPlan; intermediate: ClassPlan };
  classes2023: { candidates: ClassPlan[]; newMembers: ClassPlan[]; intermediate: ClassPlan };
  other2023: OtherTraining2023;
  conversions: Conversion[];
}

/** Students who sit the class and are not admitted (yet): people membership does not know. */
function outsiders(r: Random, roster: OpeningRoster, n: number, born: [string, string], unit?: string): DemoPerson[] {
  return Array.from({ length: n }, () => ({ ...identity(r, born), orgId: unit ?? r.pick(roster.stayingUnits).id }));
}

/**
 * Everything the story records, decided before anything is sent: the opening roster, the
 * candidates of 2022 and 2023 and the classes that certify them, the conversions and cards of
 * 2023. Pure and seeded, so the demo is the same every time.
 */
export function planStory(r: Random, tree: DemoTree): StoryPlan {
  const roster = planOpeningRoster(r, tree);
  const free = new FreeMembers(roster);
  const cohort = (count: number, certifiedOn: string, votes: [string, string], born = YOUNG, units?: string[]) => {
    const plans = planCohort(r, roster, { count, certifiedOn, votes, born, units });
    for (const p of plans) [p.mentor, ...p.introducers.map((i) => i.member)].forEach((m) => free.use(m));
    return plans;
  };
  // nhận thức về Đảng, 2022: 140 + 150 students; 248 admitted in 2022, 42 in 2023
  const a22 = cohort(130, '2022-04-15', ['2022-05-16', '2022-08-31']);
  const b22 = cohort(118, '2022-09-23', ['2022-10-03', '2022-11-10']);
  const a22late = cohort(10, '2022-04-15', ['2023-02-06', '2023-03-31']);
  const b22late = cohort(32, '2022-09-23', ['2023-02-06', '2023-03-31']);
  // 2023: 101 + 102 (university students) + 102 students; 227 admitted in 2023
  const university = [...roster.stayingUnits].sort((x, y) => (roster.byUnit.get(y.id)?.length ?? 0) - (roster.byUnit.get(x.id)?.length ?? 0))[0].id;
  const a23 = cohort(90, '2023-03-24', ['2023-04-10', '2023-07-31']);
  const u23 = cohort(40, '2023-05-12', ['2023-06-05', '2023-09-29'], ['2001-01-01', '2004-12-31'], [university]);
  const b23 = cohort(97, '2023-10-20', ['2023-10-30', '2023-11-24']);
  const admitted2022 = [...a22, ...b22];
  const admitted2023 = [...a22late, ...b22late, ...a23, ...u23, ...b23];

  // conversions: official on ceremony + 12 months, reviewed within 30 working days after
  const conversions: Conversion[] = admitted2022.map((m) => {
    const official = addMonths(m.ceremonyDate, 12);
    const meetingDate = onWeekday(addDays(official, r.int(3, 20)));
    const lateCard = official > '2023-11-30';
    return {
      member: m,
      meetingDate,
      decisionDate: onWeekday(addDays(meetingDate, r.int(2, 10))),
      decisionNumber: `${r.int(100, 999)}-QĐ/ĐUK`,
      card: { number: newCardNumber(), issuedOn: onWeekday(lateCard ? maxDate('2024-01-08', addDays(official, r.int(20, 45))) : addDays(official, r.int(5, 25))) },
    };
  });
  // the rest of 2023's new cards went to members made official late in 2022
  const cardsOf2023 = conversions.filter((c) => c.card.issuedOn <= '2023-12-31').length;
  for (const m of free.take(r, CARDS_ISSUED_2023 - cardsOf2023)) makeLateOfficial(r, m);

  const byCeremony = [...admitted2022].sort((x, y) => (x.ceremonyDate < y.ceremonyDate ? -1 : 1));
  const admits2023ByCeremony = [...admitted2023].sort((x, y) => (x.ceremonyDate < y.ceremonyDate ? -1 : 1));
  const ceremonyBefore = (d: string, n: number, taken: Set<CandidatePlan>) => admits2023ByCeremony.filter((m) => m.ceremonyDate < d && !taken.has(m)).slice(0, n);
  const inDvm2 = new Set(ceremonyBefore('2023-08-10', 81, new Set()));
  const inDvm3 = new Set(ceremonyBefore('2023-11-01', 104, inDvm2));
  const fill = (list: DemoPerson[], n: number) => [...list, ...outsiders(r, roster, n - list.length, YOUNG)];

  const officials = (n: number) => free.take(r, n);
  const classes2022 = {
    candidates: [
      { courseTypeCode: 'nhan-thuc-ve-dang', title: 'Lớp bồi dưỡng nhận thức về Đảng, khóa I/2022', openedOn: '2022-04-11', endsOn: '2022-04-15', certifiedOn: '2022-04-15', students: [...a22, ...a22late] },
      { courseTypeCode: 'nhan-thuc-ve-dang', title: 'Lớp bồi dưỡng nhận thức về Đảng, khóa II/2022', openedOn: '2022-09-19', endsOn: '2022-09-23', certifiedOn: '2022-09-23', students: [...b22, ...b22late] },
    ],
    newMembers: { courseTypeCode: 'llct-dang-vien-moi', title: 'Lớp lý luận chính trị cho đảng viên mới, khóa I/2022', openedOn: '2022-11-07', endsOn: '2022-11-15', certifiedOn: '2022-11-15', students: byCeremony.slice(0, 120) },
    intermediate: { courseTypeCode: 'trung-cap-llct', title: 'Lớp Trung cấp lý luận chính trị, khóa 2021–2023', openedOn: '2021-10-04', endsOn: '2023-06-30', cohortLabel: 'khóa 2021–2023', students: officials(70) },
  };
  const classes2023 = {
    candidates: [
      { courseTypeCode: 'nhan-thuc-ve-dang', title: 'Lớp bồi dưỡng nhận thức về Đảng, khóa I/2023', openedOn: '2023-03-20', endsOn: '2023-03-24', certifiedOn: '2023-03-24', students: fill(a23, 101) },
      {
        courseTypeCode: 'nhan-thuc-ve-dang',
        title: 'Lớp bồi dưỡng nhận thức về Đảng cho sinh viên Trường Đại học Kinh tế kỹ thuật công nghiệp',
        openedOn: '2023-05-08',
        endsOn: '2023-05-12',
        certifiedOn: '2023-05-12',
        notes: 'Lớp dành cho sinh viên Trường Đại học Kinh tế kỹ thuật công nghiệp',
        students: [...u23, ...outsiders(r, roster, 62, ['2001-01-01', '2004-12-31'], university)],
      },
      { courseTypeCode: 'nhan-thuc-ve-dang', title: 'Lớp bồi dưỡng nhận thức về Đảng, khóa II/2023', openedOn: '2023-10-16', endsOn: '2023-10-20', certifiedOn: '2023-10-20', students: fill(b23, 102) },
    ],
    newMembers: [
      { courseTypeCode: 'llct-dang-vien-moi', title: 'Lớp lý luận chính trị cho đảng viên mới, khóa I/2023', openedOn: '2023-04-10', endsOn: '2023-04-18', certifiedOn: '2023-04-18', students: byCeremony.slice(120, 225) },
      { courseTypeCode: 'llct-dang-vien-moi', title: 'Lớp lý luận chính trị cho đảng viên mới, khóa II/2023', openedOn: '2023-08-14', endsOn: '2023-08-22', certifiedOn: '2023-08-22', students: fill([...byCeremony.slice(225), ...inDvm2], 104) },
      { courseTypeCode: 'llct-dang-vien-moi', title: 'Lớp lý luận chính trị cho đảng viên mới, khóa III/2023', openedOn: '2023-11-06', endsOn: '2023-11-14', certifiedOn: '2023-11-14', students: fill([...inDvm3], 104) },
    ],
    intermediate: { courseTypeCode: 'trung-cap-llct', title: 'Lớp Trung cấp lý luận chính trị hệ không tập trung', openedOn: '2023-02-20', cohortLabel: 'khóa 2022–2024', partnerSchool: 'Đảng ủy Khối', students: officials(79) },
  };
  const dependentCells = new Set(tree.dependentCells.map((d) => d.id));
  const secretaries = roster.stayingUnits
    .filter((u) => dependentCells.has(u.id))
    .map((u) => (roster.byUnit.get(u.id) ?? []).find((m) => m.role === 'ordinary'))
    .filter((m): m is OpeningMember => !!m)
    .slice(0, 637)
    .map((m) => free.use(m));
  const other2023: OtherTraining2023 = {
    sentToAdvanced: officials(6),
    registeredAdvanced2024: officials(8),
    registeredObject4: officials(223).map((person) => ({ person, on: r.date('2023-09-04', '2023-09-29') })),
    secretaries,
  };
  return { roster, free, admitted2022, admitted2023, classes2022, classes2023, other2023, conversions };
}

/** Made official in the last quarter of 2022 (admitted late in 2021): the first card comes in 2023. */
function makeLateOfficial(r: Random, m: OpeningMember): void {
  const official = r.date('2022-10-03', '2022-12-05');
  m.role = 'lateOfficial';
  m.ceremonyDate = addMonths(official, -12);
  m.admissionDecisionDate = onWeekday(addDays(m.ceremonyDate, -r.int(10, 20)));
  m.officialDate = official;
  m.card = null;
}
