import ExcelJS from 'exceljs';

/** Calls under `/api` as one user; answers the parsed JSON, throws on a refusal. */
export class BenchClient {
  private token = '';

  constructor(readonly api: string) {}

  get accessToken(): string {
    return this.token;
  }

  async login(username: string, password: string): Promise<void> {
    this.token = '';
    this.token = (await this.call<{ accessToken: string }>('POST', '/auth/login', { username, password })).accessToken;
  }

  async call<T>(method: string, path: string, body?: unknown | FormData): Promise<T> {
    const form = body instanceof FormData;
    const res = await fetch(`${this.api}${path}`, {
      method,
      headers: { ...(form ? {} : { 'content-type': 'application/json' }), ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
      body: form ? body : body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status}: ${text.slice(0, 500)}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }
}

// Family and middle names in roughly their Vietnamese frequencies, so that a search for a common
// name ("nguyen van") finds what it finds in a real bloc: about one member in sixty.
const FAMILY: [string, number][] = [
  ['Nguyễn', 38], ['Trần', 11], ['Lê', 9.5], ['Phạm', 7], ['Hoàng', 5], ['Phan', 4.5], ['Vũ', 4], ['Huỳnh', 2], ['Võ', 2], ['Đặng', 2.1],
  ['Bùi', 2], ['Đỗ', 1.4], ['Hồ', 1.3], ['Ngô', 1.3], ['Dương', 1], ['Đinh', 0.8], ['Trương', 0.8], ['Lý', 0.5], ['Mai', 0.5],
];
const MIDDLE = { male: ['Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Thanh', 'Công', 'Xuân', 'Ngọc', 'Tiến', 'Mạnh', 'Anh', 'Trung', 'Hoàng', 'Việt'], female: ['Thị', 'Thu', 'Ngọc', 'Thanh', 'Minh', 'Phương', 'Hồng', 'Thuỳ', 'Kim', 'Bích', 'Mai', 'Diệu', 'Khánh'] };
const GIVEN = {
  male: ['An', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Hải', 'Hùng', 'Huy', 'Khánh', 'Long', 'Minh', 'Nam', 'Phong', 'Quân', 'Sơn', 'Thắng', 'Thành', 'Tuấn', 'Hiếu', 'Tùng'],
  female: ['Anh', 'Chi', 'Dung', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hoa', 'Hương', 'Lan', 'Linh', 'Loan', 'Mai', 'Ngân', 'Nhung', 'Thảo', 'Trang', 'Vân', 'Yến', 'Huyền'],
};
const HEADERS = [
  'STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số CCCD', 'Dân tộc', 'Tôn giáo', 'Quê quán', 'Trình độ GDPT', 'Chuyên môn', 'Lý luận chính trị', 'Nghề nghiệp',
  'Mã tổ chức', 'Ngày quyết định kết nạp', 'Số quyết định kết nạp', 'Ngày lễ kết nạp', 'Ngày chính thức', 'Số thẻ đảng', 'Ngày cấp thẻ',
];

/** Deterministic, so that every run (and the before and the after) loads the same bloc. */
function random(seed: number) {
  let s = seed >>> 0;
  const next = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
  const weighted = (xs: [string, number][]) => {
    let x = next() * xs.reduce((a, [, w]) => a + w, 0);
    for (const [v, w] of xs) if ((x -= w) < 0) return v;
    return xs[0][0];
  };
  return { next, pick, weighted, int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)) };
}

const vn = (d: Date) => `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
const plusDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

/**
 * An Excel roster of `members` official members spread over `cells`. Rows from `first` on: the
 * same names and dates, other citizen IDs and card numbers, so a bench imports fresh rows again.
 */
export async function rosterFile(cells: string[], members: number, first = 0): Promise<Buffer> {
  const r = random(2023);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách đảng viên');
  ws.addRow(HEADERS);
  for (let i = 0; i < members; i++) {
    const gender = r.next() < 0.58 ? 'male' : 'female';
    const admitted = new Date(Date.UTC(r.int(1993, 2020), r.int(0, 11), r.int(1, 28)));
    const born = new Date(Date.UTC(admitted.getUTCFullYear() - r.int(20, 32), r.int(0, 11), r.int(1, 28)));
    const ceremony = plusDays(admitted, r.int(7, 25));
    const official = new Date(Date.UTC(ceremony.getUTCFullYear() + 1, ceremony.getUTCMonth(), ceremony.getUTCDate()));
    const card = i % 20 !== 0;
    ws.addRow([
      i + 1, `${r.weighted(FAMILY)} ${r.pick(MIDDLE[gender])} ${r.pick(GIVEN[gender])}`, vn(born), gender === 'male' ? 'Nam' : 'Nữ', `001${String(100_000_000 + first + i).padStart(9, '0')}`,
      'Kinh', 'Không', 'Hà Nội', '12/12', 'Đại học', 'Sơ cấp', 'Kỹ sư', cells[i % cells.length], vn(admitted), `${r.int(10, 999)}-QĐ/ĐU`, vn(ceremony), vn(official),
      card ? `01${String(1_000_000 + first + i).padStart(7, '0')}` : null, card ? vn(plusDays(official, r.int(30, 150))) : null,
    ]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The bloc committee and `units` chi bộ cơ sở (`POST /orgs`, six at a time); answers the chi bộ ids. */
export async function establishBloc(board: BenchClient, units: number): Promise<string[]> {
  const establish = async (body: Record<string, unknown>) => {
    const answer = await board.call<{ id?: string; orgId?: string }>('POST', '/orgs', { effectiveOn: '2008-03-01', ...body });
    return (answer.id ?? answer.orgId) as string; // `orgId` before creates answered `{ id }`
  };
  const bloc = await establish({ kind: 'bloc_committee', name: 'Đảng bộ Khối Doanh nghiệp tỉnh', parentId: null, decisionNumber: '125-QĐ/TU' });
  const cells: string[] = [];
  for (let i = 0; i < units; i += 6) {
    const batch = Array.from({ length: Math.min(6, units - i) }, (_, k) => i + k);
    cells.push(...(await Promise.all(batch.map((n) => establish({ kind: 'grassroots_cell', name: `Chi bộ Công ty số ${n + 1}`, parentId: bloc, decisionNumber: `${100 + n}-QĐ/ĐUK` })))));
  }
  return cells;
}

/** Step one of the Board's import: the file uploaded and checked (`/members/import/preview`); refused when any row is wrong. */
export async function previewRoster(board: BenchClient, file: Buffer): Promise<{ uploadId: string; rows: number }> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(file)], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), 'danh-sach-dang-vien.xlsx');
  const preview = await board.call<{ uploadId: string; rows: number; errorCount: number; errors?: unknown[] }>('POST', '/members/import/preview', form);
  if (preview.errorCount) throw new Error(`the bench roster has ${preview.errorCount} problems: ${JSON.stringify(preview.errors?.slice(0, 3))}`);
  return preview;
}

/** Step two: every row of a previewed file recorded, in one transaction. */
export async function commitRoster(board: BenchClient, uploadId: string): Promise<{ imported: number }> {
  return board.call<{ imported: number }>('POST', `/members/import/${uploadId}/commit`, {});
}

/**
 * A bloc as the demo story opens it, the quick way: the bloc committee and `units` chi bộ cơ sở
 * (`POST /orgs`), then `members` official members from one Excel roster, previewed and committed
 * through the bulk path (`/members/import`) the Board uses.
 */
export async function loadBloc(board: BenchClient, opts: { units: number; members: number }): Promise<{ orgs: number; members: number }> {
  const cells = await establishBloc(board, opts.units);
  const preview = await previewRoster(board, await rosterFile(cells, opts.members));
  const done = await commitRoster(board, preview.uploadId);
  return { orgs: cells.length + 1, members: done.imported };
}
