import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import { UPLOAD_CHUNK_BYTES } from '@party/contracts';
import { AuditEntry } from '@party/database';
import { OutboxMessage } from '@party/messaging';
import { StagedUpload, UploadChunk } from '@party/service-kit';
import { countOf } from '@party/testing';
import { binaryBody, useStack } from '@party/gateway/testing';
import { Enrollment } from '../enrollments/enrollment.entity';
import { TRAINING } from '../testing/training-under-test';
import { twoBranchTree } from '../testing/two-branch-tree';
import { StagedImport } from './staged-import.entity';

/**
 * Training's spreadsheets as staged uploads, through the real gateway (multipart `file`, sent in
 * ≤ 256 KiB chunks over NATS into training's own staging tables) and the real training service
 * on this file's schema: the preview reports every problem and writes nothing, the commit by
 * `uploadId` — only by the uploader, for the class previewed — writes every row or none, and the
 * staged file is gone with the commit.
 */
const stack = useStack({ label: 'trainingupload', service: TRAINING });
const { em } = stack;
let otherBoard: string;
let secretary: string;
let org: Awaited<ReturnType<typeof twoBranchTree>>;

beforeAll(async () => {
  // the organization tree, as membership publishes it, for a secretary's scope
  org = await twoBranchTree(stack.iso, stack.service);
  otherBoard = await stack.world.user({ roles: ['org_board'], username: 'bantochuc.hai', fullName: 'Trần Văn Hai', password: 'BanToChuc2023' });
  secretary = await stack.world.secretary(org.G1, { username: 'bithu.upload', fullName: 'Nguyễn Thị Bí Thư' });
}, 120_000);

const auth = (token: string) => ({ authorization: `Bearer ${token}` });
const upload = (url: string, file: Buffer, name: string, token?: string, fields: Record<string, string> = {}) => stack.upload(`/training${url}`, file, name, token, fields);
const commit = (url: string, token?: string) => stack.post(`/training${url}`, undefined, token);

/** Every table an import may write. */
const tables = stack.tables({
  enrollments: countOf(Enrollment),
  completed: countOf(Enrollment, { completedOn: { $ne: null } }),
  certificates: countOf(Enrollment, { certificateNumber: { $ne: null } }),
  outbox: countOf(OutboxMessage),
  audit: countOf(AuditEntry),
});
const staged = async (uploadId: string) => ({
  uploads: await em().count(StagedUpload, { id: uploadId }),
  chunks: await em().count(UploadChunk, { uploadId }),
  bindings: await em().count(StagedImport, { upload: uploadId }),
});
const outbox = async (type: string, classId: string) =>
  (await em().find(OutboxMessage, { type }, { orderBy: { recordedAt: 'asc', id: 'asc' } })).filter((row) => (row.envelope.data as { classId?: string }).classId === classId);

async function openClass(title: string, openedOn = '2023-09-04'): Promise<string> {
  return (await stack.as().post('/training/classes', { courseTypeCode: 'nhan-thuc-ve-dang', title, openedOn }).expect(201)).body.id;
}

const ROSTER_HEADERS = ['STT', 'Mã người', 'Số CCCD', 'Họ và tên', 'Ngày sinh', 'Mã tổ chức', 'Ghi chú'];
async function roster(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách');
  ws.addRow(ROSTER_HEADERS);
  rows.forEach((r) => ws.addRow(r));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

let cccd = 1_203_000_000;
const citizenId = () => String(++cccd).padStart(12, '0');

describe('enrollment roster as a staged upload', () => {
  it('takes a file over 1 MB in several chunks and enrolls everyone, then the staged file is gone', async () => {
    const classId = await openClass('Lớp nhận thức về Đảng đông người');
    // a long note per row (ignored column) makes the workbook big even compressed
    const rows = Array.from({ length: 1500 }, (_, i) => [i + 1, null, citizenId(), `Học Viên Số ${i + 1}`, '15/05/2001', i % 2 ? org.C1 : org.C2, randomBytes(900).toString('base64')]);
    const file = await roster(rows);
    expect(file.length).toBeGreaterThan(1024 * 1024);

    const before = await tables();
    const pre = (await upload(`/classes/${classId}/enrollments/import/preview`, file, 'danh-sach-lon.xlsx').expect(200)).body;
    expect(pre).toMatchObject({ uploadId: expect.any(String), fileName: 'danh-sach-lon.xlsx', classId, totalRows: 1500, validRows: 1500, errorCount: 0, errors: [], truncated: false });
    expect(pre.sample).toHaveLength(50);
    const chunks = Math.ceil(file.length / UPLOAD_CHUNK_BYTES);
    expect(chunks).toBeGreaterThan(4);
    expect(await staged(pre.uploadId)).toEqual({ uploads: 1, chunks, bindings: 1 });
    expect(await tables()).toEqual(before);

    const done = (await commit(`/classes/${classId}/enrollments/import/${pre.uploadId}/commit`).expect(200)).body;
    expect(done).toEqual({ uploadId: pre.uploadId, classId, enrolled: 1500 });
    expect(await em().count(Enrollment, { classId, source: 'import' })).toBe(1500);
    const events = await outbox('training.enrollment.enrolled', classId);
    expect(events).toHaveLength(1500);
    expect(new Set(events.map((e) => e.occurredOn))).toEqual(new Set(['2023-09-04']));
    expect(await em().count(AuditEntry, { action: 'enrollment.importUpload', entityId: pre.uploadId })).toBe(1);
    expect(await staged(pre.uploadId)).toEqual({ uploads: 0, chunks: 0, bindings: 0 });
    // used: a second commit finds nothing
    await commit(`/classes/${classId}/enrollments/import/${pre.uploadId}/commit`).expect(404);
    expect((await stack.as().get(`/training/classes/${classId}`).expect(200)).body.counts.students).toBe(1500);
  }, 180_000);

  it('previews bad rows by row, column and problem, writes nothing, and the commit refuses the whole file', async () => {
    const classId = await openClass('Lớp có tệp lỗi');
    await stack.as().post(`/training/classes/${classId}/enrollments`, { person: { personId: 'p-da-co' }, orgId: org.C1 }).expect(201);
    const file = await roster([
      [1, 'p-moi', null, 'Phạm Minh Châu', null, org.C1, null],
      [2, null, '12345', 'Vũ Đức Dũng', '01/02/2003', null, null],
      [3, null, citizenId(), null, '01/02/2003', null, null],
      [4, null, citizenId(), 'Hoàng Thu Hà', '31/02/2003', null, null],
      [5, 'p-moi', null, 'Phạm Minh Châu', null, null, null],
      [6, 'p-da-co', null, null, null, null, null],
    ]);
    const before = await tables();
    const pre = (await upload(`/classes/${classId}/enrollments/import/preview`, file, 'loi.xlsx').expect(200)).body;
    expect(pre).toMatchObject({ classId, totalRows: 6, validRows: 1, errorCount: 5, truncated: false });
    expect(pre.errors).toEqual([
      { row: 3, column: 'Số CCCD', problem: 'Số CCCD "12345" phải gồm đúng 12 chữ số', problemEn: 'Citizen ID "12345" must be exactly 12 digits' },
      { row: 4, column: 'Họ và tên', problem: 'Thiếu họ và tên (bắt buộc khi chưa có mã người)', problemEn: 'Missing full name (required without personId)' },
      { row: 5, column: 'Ngày sinh', problem: 'Ngày sinh "31/02/2003" không hợp lệ (cần dạng dd/mm/yyyy)', problemEn: 'Invalid birth date "31/02/2003" (expected dd/mm/yyyy)' },
      { row: 6, column: 'Mã người', problem: 'Trùng người với dòng 2', problemEn: 'Same person as row 2' },
      { row: 7, column: 'Mã người', problem: 'mã p-da-co đã được ghi danh vào lớp này', problemEn: expect.stringContaining('already enrolled') },
    ]);
    expect(await tables()).toEqual(before);

    const refused = await commit(`/classes/${classId}/enrollments/import/${pre.uploadId}/commit`).expect(422);
    expect(refused.body.fields.map((f: { field: string }) => f.field)).toEqual(['row 3: Số CCCD', 'row 4: Họ và tên', 'row 5: Ngày sinh', 'row 6: Mã người', 'row 7: Mã người']);
    expect(await tables()).toEqual(before);
    expect(await em().count(Enrollment, { classId })).toBe(1);
  });

  it('refuses a commit by another user, for another class or purpose, or after expiry — and writes nothing', async () => {
    const classId = await openClass('Lớp của người tải lên');
    const otherClass = await openClass('Lớp khác');
    const file = await roster([[1, 'p-chu', null, 'Lê Văn Chủ', null, org.C1, null]]);
    const pre = (await upload(`/classes/${classId}/enrollments/import/preview`, file, 'cua-toi.xlsx').expect(200)).body;
    expect(pre).toMatchObject({ validRows: 1, errorCount: 0 });
    const before = await tables();

    // another Board member: the file is not theirs (they cannot even see it)
    const other = await commit(`/classes/${classId}/enrollments/import/${pre.uploadId}/commit`, otherBoard).expect(404);
    expect(other.body.message.en).toMatch(/expired/);
    // the uploader, but for another class, or as a results sheet
    await commit(`/classes/${otherClass}/enrollments/import/${pre.uploadId}/commit`).expect(404);
    await commit(`/classes/${classId}/results/import/${pre.uploadId}/commit`).expect(404);
    // not a uuid, a viewer
    await commit(`/classes/${classId}/enrollments/import/not-an-id/commit`).expect(400);
    await commit(`/classes/${classId}/enrollments/import/${pre.uploadId}/commit`, await stack.login('viewer')).expect(403);
    expect(await tables()).toEqual(before);
    expect(await staged(pre.uploadId)).toEqual({ uploads: 1, chunks: 1, bindings: 1 });

    // expired: refused as gone; the next upload sweeps it away
    await em().nativeUpdate(StagedUpload, { id: pre.uploadId }, { expiresAt: new Date(Date.now() - 1000) });
    await commit(`/classes/${classId}/enrollments/import/${pre.uploadId}/commit`).expect(404);
    expect(await tables()).toEqual(before);
    await upload(`/classes/${classId}/enrollments/import/preview`, file, 'lai.xlsx').expect(200);
    expect(await staged(pre.uploadId)).toEqual({ uploads: 0, chunks: 0, bindings: 0 });
  });

  it('keeps a secretary to their subtree: rows outside it are reported, the commit is refused (403) and writes nothing', async () => {
    const classId = await openClass('Lớp có học viên của nhiều đảng bộ');
    const file = await roster([
      [1, 'p-g1', null, 'Người Đảng Bộ Một', null, org.C1, null],
      [2, 'p-g2', null, 'Người Đảng Bộ Hai', null, org.C2, null],
    ]);
    const pre = (await upload(`/classes/${classId}/enrollments/import/preview`, file, 'bithu.xlsx', secretary).expect(200)).body;
    expect(pre).toMatchObject({ validRows: 1, errorCount: 1 });
    expect(pre.errors).toEqual([{ row: 3, column: 'Mã tổ chức', problem: `Tổ chức "${org.C2}" nằm ngoài phạm vi tổ chức bạn phụ trách`, problemEn: expect.any(String) }]);
    const before = await tables();
    const refused = await commit(`/classes/${classId}/enrollments/import/${pre.uploadId}/commit`, secretary).expect(403);
    expect(refused.body.fields).toEqual([expect.objectContaining({ field: 'row 3: Mã tổ chức' })]);
    expect(await tables()).toEqual(before);

    // within the subtree it goes through
    const mine = (await upload(`/classes/${classId}/enrollments/import/preview`, await roster([[1, 'p-g1', null, 'Người Đảng Bộ Một', null, org.C1, null]]), 'bithu-dung.xlsx', secretary).expect(200)).body;
    expect((await commit(`/classes/${classId}/enrollments/import/${mine.uploadId}/commit`, secretary).expect(200)).body).toEqual({ uploadId: mine.uploadId, classId, enrolled: 1 });
    // results are the Board's
    await upload(`/classes/${classId}/results/import/preview`, file, 'ket-qua.xlsx', secretary).expect(403);
  });

  it('asks for the file in the "file" field and refuses what is not a workbook', async () => {
    const classId = await openClass('Lớp tệp thiếu');
    const none = await stack.gw.http().post(`/api/training/classes/${classId}/enrollments/import/preview`).set(auth(stack.board)).field('note', 'x').expect(400);
    expect(none.body.fields[0].field).toBe('file');
    const bad = await upload(`/classes/${classId}/enrollments/import/preview`, Buffer.from('Họ và tên;Ngày sinh\n'), 'danh-sach.csv').expect(422);
    expect(bad.body.fields).toEqual([expect.objectContaining({ field: 'file', vi: 'Tệp không phải tệp Excel .xlsx' })]);
  });
});

describe('results sheet as a staged upload', () => {
  it('downloads the template as a file, records the filled sheet with its dates: completions and certificates in the outbox, staging cleaned', async () => {
    const classId = await openClass('Lớp nhận thức về Đảng khóa 3/2023');
    const people = Array.from({ length: 30 }, (_, i) => [i + 1, null, citizenId(), `Sinh Viên ${String(i + 1).padStart(2, '0')}`, '20/11/2002', org.C1, null]);
    const enrolled = (await upload(`/classes/${classId}/enrollments/import/preview`, await roster(people), 'lop.xlsx').expect(200)).body;
    await commit(`/classes/${classId}/enrollments/import/${enrolled.uploadId}/commit`).expect(200);

    const res = await stack.gw.http().get(`/api/training/classes/${classId}/results/template?format=xlsx`).set(auth(stack.board)).buffer(true).parse(binaryBody).expect(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="ket-qua-2023-09-04-[0-9a-f]{8}\.xlsx"$/);
    await stack.gw.http().get(`/api/training/classes/${classId}/results/template?format=pdf`).set(auth(stack.board)).expect(400);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.rowCount).toBe(31);
    for (let r = 2; r <= 31; r++) {
      const row = ws.getRow(r);
      const failed = r >= 30;
      row.getCell(6).value = failed ? 'Không đạt' : 'Đạt';
      row.getCell(7).value = failed ? null : 'Giỏi';
      row.getCell(9).value = failed ? null : `NT-2023-3-${String(r).padStart(3, '0')}`;
    }
    const sheet = Buffer.from(await wb.xlsx.writeBuffer());

    const before = await tables();
    const pre = (await upload(`/classes/${classId}/results/import/preview`, sheet, 'ket-qua.xlsx', undefined, { completedOn: '2023-09-15', certificateIssuedOn: '2023-09-20' }).expect(200)).body;
    expect(pre).toMatchObject({ classId, totalRows: 30, validRows: 30, errorCount: 0, completedOn: '2023-09-15', certificateIssuedOn: '2023-09-20' });
    expect(await tables()).toEqual(before);
    // another Board member cannot record the uploader's sheet
    await commit(`/classes/${classId}/results/import/${pre.uploadId}/commit`, otherBoard).expect(404);
    expect(await tables()).toEqual(before);

    const done = (await commit(`/classes/${classId}/results/import/${pre.uploadId}/commit`).expect(200)).body;
    expect(done).toMatchObject({ uploadId: pre.uploadId, classId, recorded: 30, passed: 28, failed: 2, certificates: 28 });
    const completed = await outbox('training.enrollment.completed', classId);
    expect(completed).toHaveLength(30);
    expect(new Set(completed.map((e) => e.occurredOn))).toEqual(new Set(['2023-09-15']));
    const certificates = await outbox('training.certificate.issued', classId);
    expect(certificates).toHaveLength(28);
    expect(certificates[0]).toMatchObject({ occurredOn: '2023-09-20', envelope: { data: { issuedOn: '2023-09-20', validUntil: '2028-09-19', certificateNumber: expect.stringMatching(/^NT-2023-3-/) } } });
    expect(await em().count(Enrollment, { classId, completedOn: '2023-09-15', result: 'passed', grade: 'good' })).toBe(28);
    expect(await staged(pre.uploadId)).toEqual({ uploads: 0, chunks: 0, bindings: 0 });
    // nobody left to complete: the template is empty, and the same sheet again is refused row by row
    expect((await stack.as().get(`/training/classes/${classId}/results/template`).expect(200)).body.students).toBe(0);
    const again = (await upload(`/classes/${classId}/results/import/preview`, sheet, 'ket-qua.xlsx', undefined, { completedOn: '2023-09-15' }).expect(200)).body;
    expect(again.validRows).toBe(0);
    expect(again.errorCount).toBeGreaterThanOrEqual(30);
    const after = await tables();
    await commit(`/classes/${classId}/results/import/${again.uploadId}/commit`).expect(422);
    expect(await tables()).toEqual(after);
  }, 120_000);

  it('refuses a bad form date before uploading anything', async () => {
    const classId = await openClass('Lớp ngày sai');
    const res = await upload(`/classes/${classId}/results/import/preview`, Buffer.from('PK'), 'x.xlsx', undefined, { completedOn: '15/09/2023' }).expect(400);
    expect(res.body.fields[0].field).toBe('completedOn');
  });
});

it('documents the multipart routes as the way in, with Vietnamese and English summaries', async () => {
  const doc = (await stack.gw.http().get('/api/docs-json').expect(200)).body;
  const paths = doc.paths as Record<string, Record<string, { summary: string; deprecated?: boolean; requestBody?: { content: Record<string, unknown> } }>>;
  for (const kind of ['enrollments', 'results']) {
    const preview = paths[`/api/training/classes/{id}/${kind}/import/preview`].post;
    expect(Object.keys(preview.requestBody?.content ?? {})).toEqual(['multipart/form-data', 'application/json']);
    expect(JSON.stringify(preview.requestBody?.content['multipart/form-data'])).toContain('"binary"');
    expect(preview.summary).toMatch(/^Xem trước .* \/ Preview /);
    expect(paths[`/api/training/classes/{id}/${kind}/import/{uploadId}/commit`].post.summary).toMatch(/tất cả hoặc không \/ .*every row or none/);
    expect(paths[`/api/training/classes/{id}/${kind}/import`].post.deprecated).toBe(true);
  }
  expect(JSON.stringify(paths['/api/training/classes/{id}/results/template'].get)).toContain('xlsx');
});
