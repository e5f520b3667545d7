import { DemoApi, inParallel } from '../api';
import { personName } from '../names';
import { Random } from '../random';
import { DemoOrg, DemoTree } from './organizations';
import { nextCitizenId } from './training';

const OPENING_MEMBERS = 9197;
/** Members of the six organizations handed over in 2023, who leave the bloc with them. */
const HANDED_OVER_MEMBERS = 438;

const HOMETOWNS = ['Hà Nội', 'Nam Định', 'Thái Bình', 'Hải Dương', 'Hưng Yên', 'Bắc Ninh', 'Hà Nam', 'Ninh Bình', 'Thanh Hóa', 'Nghệ An', 'Phú Thọ', 'Vĩnh Phúc'];
const OCCUPATIONS = ['Kỹ sư', 'Kế toán viên', 'Công nhân', 'Chuyên viên', 'Giảng viên', 'Bác sĩ', 'Điều dưỡng', 'Nhân viên kinh doanh', 'Cán bộ quản lý'];

/** Splits `total` into `parts` sizes that differ by at most one. */
function spread(total: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, i) => Math.floor(total / parts) + (i < total % parts ? 1 : 0));
}

/**
 * The 9,197 members of the bloc at 31/12/2022, recorded as existing members with their historical
 * admission and official dates (`POST /api/members/existing`: history, never an admission of the
 * year it is typed). 438 of them are in the organizations handed over in 2023.
 */
export async function seedOpeningMembers(api: DemoApi, r: Random, tree: DemoTree, log: (m: string) => void): Promise<void> {
  const handedOverIds = new Set(tree.handedOver.map((o) => o.id));
  const dissolvedIds = new Set(tree.dissolved.map((o) => o.id));
  const unitsOf = (pred: (u: DemoOrg) => boolean) =>
    [...tree.cells, ...tree.dependentCells].filter((u) => !dissolvedIds.has(u.id) && pred(u));
  const leaving = unitsOf((u) => handedOverIds.has(u.id) || handedOverIds.has(u.parentId));
  const staying = unitsOf((u) => !handedOverIds.has(u.id) && !handedOverIds.has(u.parentId));
  const placements = [
    ...leaving.flatMap((u, i) => Array<string>(spread(HANDED_OVER_MEMBERS, leaving.length)[i]).fill(u.id)),
    ...staying.flatMap((u, i) => Array<string>(spread(OPENING_MEMBERS - HANDED_OVER_MEMBERS, staying.length)[i]).fill(u.id)),
  ];
  let done = 0;
  await inParallel(placements, 8, async (orgId) => {
    const gender = r.next() < 0.58 ? 'male' : 'female';
    const dateOfBirth = r.date('1955-01-01', '2000-12-31');
    const admittedYear = Math.min(2021, Number(dateOfBirth.slice(0, 4)) + r.int(20, 35));
    const admissionDecisionDate = r.date(`${admittedYear}-01-01`, `${admittedYear}-11-30`);
    const ceremony = new Date(Date.parse(`${admissionDecisionDate}T00:00:00Z`) + r.int(7, 30) * 86_400_000).toISOString().slice(0, 10);
    const officialDate = `${Number(ceremony.slice(0, 4)) + 1}${ceremony.slice(4)}`.replace('-02-29', '-02-28');
    await api.post('/members/existing', {
      fullName: personName(r, gender),
      dateOfBirth,
      gender,
      citizenId: nextCitizenId(),
      ethnicity: r.weighted([['kinh', 94], ['tay', 1.5], ['muong', 1.5], ['thai', 1], ['nung', 1], ['hoa', 1]] as const),
      religion: r.weighted([['none', 93], ['buddhism', 4], ['catholicism', 3]] as const),
      hometown: r.pick(HOMETOWNS),
      generalEducation: '12/12',
      professionalEducation: r.weighted([['bachelor', 60], ['college', 15], ['intermediate', 10], ['master', 12], ['doctor', 3]] as const),
      theoryLevel: r.weighted([['elementary', 70], ['intermediate', 22], ['advanced', 5], ['none', 3]] as const),
      occupation: r.pick(OCCUPATIONS),
      orgId,
      admissionDecisionDate,
      admissionDecisionNumber: `${r.int(10, 999)}-QĐ/ĐUK`,
      ceremonyDate: ceremony,
      officialDate,
    });
    if (++done % 2000 === 0) log(`${done} đảng viên`);
  });
  log(`${placements.length} đảng viên tại 31/12/2022 (${HANDED_OVER_MEMBERS} ở các tổ chức bàn giao năm 2023)`);
}
