import { searchableName } from '@party/contracts';
import { personName } from './names';
import { Random } from '@party/testing';
import { synthId, SynthOrg } from './tree';

/** membership's `person` columns, in the order of the rows below (COPY … (columns) from stdin). */
export const PERSON_COLUMNS = [
  'id', 'full_name', 'search_name', 'date_of_birth', 'gender', 'citizen_id', 'ethnicity', 'religion', 'hometown', 'general_education', 'professional_education',
  'theory_level', 'occupation', 'position', 'org_id', 'status', 'admission_decision_date', 'admission_decision_number', 'ceremony_date', 'official_date', 'recorded_at',
] as const;

const ETHNICITY: [string, number][] = [['kinh', 86], ['tay', 2], ['thai', 2], ['muong', 1.5], ['khmer', 1.5], ['hoa', 1], ['nung', 1], ['hmong', 1]];
const RELIGION: [string, number][] = [['none', 92], ['buddhism', 5], ['catholicism', 2], ['protestantism', 1]];
const PROFESSIONAL: [string, number][] = [['bachelor', 55], ['master', 10], ['college', 10], ['intermediate', 12], ['elementary', 5], ['none', 8]];
const THEORY: [string, number][] = [['elementary', 60], ['intermediate', 25], ['advanced', 5], ['none', 10]];
const OCCUPATIONS = ['Kỹ sư', 'Kế toán', 'Giáo viên', 'Bác sĩ', 'Công nhân', 'Cán bộ', 'Nông dân', 'Nhân viên văn phòng', 'Quân nhân', 'Hưu trí'];
const HOMETOWNS = ['Hà Nội', 'Nam Định', 'Thái Bình', 'Nghệ An', 'Thanh Hóa', 'Hải Dương', 'Hà Tĩnh', 'Quảng Nam', 'Hồ Chí Minh', 'Bắc Ninh', 'Hưng Yên', 'Phú Thọ'];

const plusDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
// 29/02 + one year is 01/03, as Date.UTC rolls it
const plusYear = (iso: string) => new Date(Date.UTC(Number(iso.slice(0, 4)) + 1, Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)))).toISOString().slice(0, 10);

/**
 * The members of a scale as rows of membership's `person` table (tab-separated, `\N` for null), in
 * batches of `batch` lines: each member in a chi bộ drawn by its weight, 95 % official and 5 %
 * probationary (admitted in the last year), born 20–32 years before their admission, admitted
 * 1975–2023. Every value is a code of the contracts' code lists, as the roster import writes them.
 */
export function* memberRows(orgs: SynthOrg[], members: number, seed: number, batch = 20_000): Generator<string> {
  const r = new Random(seed);
  const cells = orgs.filter((o) => o.weight > 0);
  const cumulative: number[] = [];
  let sum = 0;
  for (const c of cells) cumulative.push((sum += c.weight));
  const cellAt = (x: number) => {
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return cells[lo];
  };
  const recordedAt = '2024-01-01T00:00:00Z';
  let lines: string[] = [];
  for (let i = 0; i < members; i++) {
    const gender = r.next() < 0.6 ? 'male' : 'female';
    const name = personName(r, gender);
    const probationary = r.next() < 0.05;
    const admitted = probationary ? r.date('2023-01-15', '2023-12-20') : r.date('1975-01-01', '2022-12-31');
    const ceremony = plusDays(admitted, r.int(7, 25));
    const born = r.date(`${Number(admitted.slice(0, 4)) - 32}-01-01`, `${Number(admitted.slice(0, 4)) - 20}-12-31`);
    const cell = cellAt(r.next() * sum);
    lines.push(
      [
        synthId(2, i), name, searchableName(name), born, gender, `0${String(10_000_000_000 + i).slice(-11)}`, r.weighted(ETHNICITY), r.weighted(RELIGION), r.pick(HOMETOWNS), '12/12',
        r.weighted(PROFESSIONAL), r.weighted(THEORY), r.pick(OCCUPATIONS), '\\N', cell.id, probationary ? 'probationary' : 'official', admitted, `${r.int(10, 999)}-QĐ/ĐU`, ceremony,
        probationary ? '\\N' : plusYear(ceremony), recordedAt,
      ].join('\t'),
    );
    if (lines.length === batch) {
      yield lines.join('\n') + '\n';
      lines = [];
    }
  }
  if (lines.length) yield lines.join('\n') + '\n';
}
