import { todayInVietnam } from '@party/contracts';
import { AuditEntry } from '@party/database';
import { OutboxMessage } from '@party/messaging';
import { StagedUpload, UploadChunk } from '@party/service-kit';
import { countOf } from '@party/testing';
import { useStack } from '@party/gateway/testing';
import { PartyCard } from '../cards/party-card.entity';
import { Person } from '../people/person.entity';
import { MEMBERSHIP } from '../testing/membership-under-test';
import { csvOf, HEADERS, member, nextCitizenId, SheetRow, xlsxOf } from './roster-import.spec-helpers';

/**
 * The roster import through the real gateway (multipart, chunked into the service's staging
 * table over NATS) and the real membership service on its own schema: preview writes nothing,
 * commit writes every row as history or nothing, the caller's scope holds on every row.
 */
const stack = useStack({ label: 'roster', service: MEMBERSHIP });
const { em } = stack;
let secretary: string;
const today = todayInVietnam();
const ids: Record<string, string> = {};

beforeAll(async () => {
  Object.assign(ids, await stack.world.tree());
  secretary = await stack.world.secretary(ids.db1, { username: 'bithu.roster' });
}, 120_000);

const preview = (file: Buffer, name: string, token?: string) => stack.upload('/members/import/preview', file, name, token);
const commit = (uploadId: string, token?: string) => stack.post(`/members/import/${uploadId}/commit`, undefined, token);
/** Every table an import may write. */
const snapshot = stack.tables({ people: countOf(Person), outbox: countOf(OutboxMessage), audit: countOf(AuditEntry), cards: countOf(PartyCard) });
const eventsOf = async (personId: string) =>
  (await em().find(OutboxMessage, {}, { orderBy: { id: 'asc' } }))
    .filter((e) => (e.envelope.data as { personId?: string }).personId === personId)
    .map((e) => ({ type: e.type, occurredOn: e.occurredOn, data: e.envelope.data as Record<string, unknown> }));

describe('preview', () => {
  it('lists every problem by row and column, Vietnamese first, and writes nothing', async () => {
    const taken = nextCitizenId();
    await stack
      .as()
      .post('/members/existing', {
        fullName: 'Trần Văn Có', dateOfBirth: '1970-01-01', gender: 'male', citizenId: taken, ethnicity: 'kinh', religion: 'none', hometown: 'Huế',
        generalEducation: '12/12', orgId: ids.cell1, admissionDecisionDate: '2000-01-01', officialDate: '2001-01-01',
      })
      .expect(201);
    const first = member(ids.cell1);
    const unknownOrg = '01900000-0000-7000-8000-000000000000';
    const rows: SheetRow[] = [
      first, // row 2: fine
      member(ids.cell1, { 'Ngày sinh': '31/02/1980' }), // 3
      member(ids.cell1, { 'Giới tính': 'Không rõ' }), // 4
      member(ids.cell1, { 'Số CCCD': '12345' }), // 5
      member(ids.cell1, { 'Số CCCD': first['Số CCCD'] }), // 6
      member(ids.cell1, { 'Số CCCD': taken }), // 7
      member(unknownOrg), // 8
      member(ids.db1), // 9: a đảng bộ, not a chi bộ
      member(ids.cell1, { 'Ngày chính thức': null, 'Số thẻ đảng': '01234567', 'Ngày cấp thẻ': '01/01/2010' }), // 10
      member(ids.cell1, { 'Họ và tên': '' }), // 11
      member(ids.cell1, { 'Ngày chính thức': '01/01/2004' }), // 12
    ];
    const before = await snapshot();
    const res = await preview(await xlsxOf(rows), 'danh-sach.xlsx').expect(200);
    expect(res.body).toMatchObject({ fileName: 'danh-sach.xlsx', rows: 11, valid: 1, invalid: 10, errorCount: 10, truncated: false });
    expect(res.body.errors).toEqual([
      { row: 3, column: 'Ngày sinh', problem: { vi: 'Ngày sinh "31/02/1980" không hợp lệ (cần dạng dd/mm/yyyy)', en: 'Ngày sinh "31/02/1980" is not a valid date (expected dd/mm/yyyy)' } },
      { row: 4, column: 'Giới tính', problem: { vi: 'Giới tính "Không rõ" không có trong danh mục (một trong: Nam, Nữ)', en: 'Giới tính "Không rõ" is not in the code list (one of: Male, Female)' } },
      { row: 5, column: 'Số CCCD', problem: { vi: 'Số CCCD phải gồm đúng 12 chữ số', en: 'Citizen ID must be exactly 12 digits' } },
      { row: 6, column: 'Số CCCD', problem: { vi: `Số CCCD ${first['Số CCCD']} trùng với dòng 2`, en: `Citizen ID ${first['Số CCCD']} repeats row 2` } },
      { row: 7, column: 'Số CCCD', problem: { vi: `Số CCCD ${taken} đã có trong hồ sơ của một người khác; mỗi người chỉ có một hồ sơ`, en: `Citizen ID ${taken} already belongs to another person record; one record per person` } },
      { row: 8, column: 'Mã tổ chức', problem: { vi: `Tổ chức đảng không tồn tại vào ngày ${today}`, en: `The organization does not exist on ${today}` } },
      {
        row: 9,
        column: 'Mã tổ chức',
        problem: {
          vi: 'Đảng bộ Công ty Điện lực là đảng bộ cơ sở: đảng viên sinh hoạt ở chi bộ, hãy ghi chi bộ của đảng viên',
          en: 'Đảng bộ Công ty Điện lực is a grassroots party committee: members are active in a party cell; give the member\'s cell',
        },
      },
      { row: 10, column: 'Số thẻ đảng', problem: { vi: 'Đảng viên dự bị chưa được cấp thẻ; thẻ đảng viên chỉ cấp cho đảng viên chính thức', en: 'A probationary member holds no card; party cards are for official members only' } },
      { row: 11, column: 'Họ và tên', problem: { vi: 'Thiếu họ và tên', en: 'Missing Họ và tên' } },
      { row: 12, column: 'Ngày chính thức', problem: { vi: 'Ngày chính thức phải sau ngày quyết định kết nạp', en: 'The official date must follow the admission decision' } },
    ]);
    // the rows themselves, for the table beside the problems: as typed, a readable date as ISO, the organization by name
    expect(res.body.linesTruncated).toBe(false);
    expect(res.body.lines.map((l: { row: number; ok: boolean }) => [l.row, l.ok])).toEqual([[2, true], ...[3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((r) => [r, false])]);
    expect(res.body.lines[0]).toEqual({
      row: 2, ok: true, fullName: 'Nguyễn Văn Mẫu', dateOfBirth: '1980-05-05', citizenId: first['Số CCCD'], organization: 'Chi bộ Phòng Kỹ thuật',
      admissionDecisionDate: '2005-03-01', officialDate: '2006-03-20', cardNumber: null,
    });
    expect(res.body.lines[1]).toMatchObject({ row: 3, dateOfBirth: '31/02/1980' });
    expect(res.body.lines[6]).toMatchObject({ row: 8, organization: unknownOrg });
    expect(res.body.lines[9]).toMatchObject({ row: 11, fullName: null });
    expect(await snapshot()).toEqual(before);
  });

  it('names the missing columns of the header row', async () => {
    const res = await preview(csvOf([member(ids.cell1)], { headers: HEADERS.filter((h) => h !== 'Dân tộc' && h !== 'Mã tổ chức') }), 'thieu-cot.csv').expect(200);
    expect(res.body.errors).toEqual([{ row: 1, column: null, problem: { vi: 'Dòng tiêu đề thiếu cột: Dân tộc, Mã tổ chức (hoặc Tên tổ chức)', en: 'The header row lacks the columns: Dân tộc, Mã tổ chức (hoặc Tên tổ chức)' } }]);
  });

  it('refuses a viewer before reading the file, and a request without a file', async () => {
    const viewer = await stack.login('viewer');
    await preview(csvOf([member(ids.cell1)]), 'x.csv', viewer).expect(403);
    const res = await stack.gw.http().post('/api/members/import/preview').set({ authorization: `Bearer ${stack.board}` }).expect(400);
    expect(res.body.fields[0].field).toBe('file');
  });
});

describe('commit', () => {
  it('writes nothing when one row is wrong: 422 with the row errors', async () => {
    const rows = [member(ids.cell1), member(ids.cell1), member(ids.cell1, { 'Dân tộc': 'Sao Hỏa' })];
    const { uploadId } = (await preview(await xlsxOf(rows), 'mot-dong-sai.xlsx').expect(200)).body;
    const before = await snapshot();
    const res = await commit(uploadId).expect(422);
    expect(res.body.code).toBe('rule_violation');
    expect(res.body.message.vi).toContain('chưa ghi nhận đảng viên nào');
    expect(res.body.rowErrors).toEqual([{ row: 4, column: 'Dân tộc', problem: { vi: 'Dân tộc "Sao Hỏa" không có trong danh mục (xem danh mục)', en: 'Dân tộc "Sao Hỏa" is not in the code list (see the code list)' } }]);
    expect(await snapshot()).toEqual(before);
  });

  it('records a good .xlsx as history — person.recorded today, member.registered on the decision date, the card on its date, never an admission — audited, staging cleaned; the same file again is refused', async () => {
    const rows = [
      member(ids.cell1, { 'Họ và tên': 'Phạm Thị Lan', 'Giới tính': 'nữ', 'Ngày sinh': new Date(Date.UTC(1985, 6, 9)), 'Ngày quyết định kết nạp': new Date(Date.UTC(2010, 0, 15)), 'Ngày lễ kết nạp': '2010-02-01', 'Ngày chính thức': '01/02/2011', 'Số thẻ đảng': '79123456', 'Ngày cấp thẻ': '15/05/2011' }),
      member(ids.cb2, { 'Họ và tên': 'Hoàng Văn Dự Bị', 'Ngày quyết định kết nạp': '10/12/2023', 'Ngày lễ kết nạp': '20/12/2023', 'Ngày chính thức': null }),
      member(ids.cb2, { 'Họ và tên': 'Lò Văn Tày', 'Dân tộc': 'TÀY', 'Tôn giáo': 'phat giao', 'Trình độ GDPT': '10/10 (hệ 10 năm)', 'Lý luận chính trị': 'Trung cấp', 'Số CCCD': Number('001080000123') }),
    ];
    const file = await xlsxOf(rows);
    const before = await snapshot();
    const pre = (await preview(file, 'dang-vien.xlsx').expect(200)).body;
    expect(pre).toMatchObject({ rows: 3, valid: 3, invalid: 0, errors: [] });
    expect(await em().count(StagedUpload, { id: pre.uploadId })).toBe(1);
    const res = await commit(pre.uploadId).expect(200);
    const created = [2, 3, 4].map((row) => ({ row, personId: expect.any(String) }));
    expect(res.body).toEqual({ uploadId: pre.uploadId, imported: 3, probationary: 1, official: 2, cards: 1, created });
    expect(await snapshot()).toEqual({ people: before.people + 3, outbox: before.outbox + 7, audit: before.audit + 5, cards: before.cards + 1 });

    const lan = await em().findOneOrFail(Person, { fullName: 'Phạm Thị Lan' });
    expect(lan).toMatchObject({ gender: 'female', dateOfBirth: '1985-07-09', status: 'official', admissionDecisionDate: '2010-01-15', ceremonyDate: '2010-02-01', officialDate: '2011-02-01', orgId: ids.cell1 });
    const lanEvents = await eventsOf(lan.id);
    expect(lanEvents.map((e) => [e.type, e.occurredOn])).toEqual([
      ['membership.person.recorded', today],
      ['membership.member.registered', '2010-01-15'],
      ['membership.card.issued', '2011-05-15'],
    ]);
    expect(lanEvents[1].data).toMatchObject({ source: 'existing', admissionDecisionDate: '2010-01-15', ceremonyDate: '2010-02-01', officialDate: '2011-02-01', orgKind: 'dependent_cell' });
    expect(lanEvents[2].data).toMatchObject({ cardNumber: '79123456', issuedOn: '2011-05-15' });

    const probationer = await em().findOneOrFail(Person, { fullName: 'Hoàng Văn Dự Bị' });
    expect(probationer).toMatchObject({ status: 'probationary', officialDate: null, ceremonyDate: '2023-12-20' });
    const pe = await eventsOf(probationer.id);
    expect(pe.map((e) => e.type)).toEqual(['membership.person.recorded', 'membership.member.registered']);
    expect(pe[1]).toMatchObject({ occurredOn: '2023-12-10', data: { officialDate: null, ceremonyDate: '2023-12-20', source: 'existing' } });

    const tay = await em().findOneOrFail(Person, { fullName: 'Lò Văn Tày' });
    expect(tay).toMatchObject({ ethnicity: 'tay', religion: 'buddhism', generalEducation: '10/10', theoryLevel: 'intermediate', citizenId: '001080000123' });
    // the created ids, row by row
    expect(res.body.created.map((c: { personId: string }) => c.personId)).toEqual([lan.id, probationer.id, tay.id]);

    expect(await em().count(OutboxMessage, { type: 'membership.member.admitted' })).toBe(0);
    const audit = await em().findOneOrFail(AuditEntry, { action: 'roster.imported', entityId: pre.uploadId });
    expect(audit).toMatchObject({ actorName: 'bantochuc', entity: 'roster_import', after: { fileName: 'dang-vien.xlsx', rows: 3, imported: 3, size: file.length } });
    expect(await em().count(StagedUpload, { id: pre.uploadId })).toBe(0);
    expect(await em().count(UploadChunk, { uploadId: pre.uploadId })).toBe(0);
    await commit(pre.uploadId).expect(404);

    // the same file again: every citizen ID (and the card) is taken now
    const again = (await preview(file, 'dang-vien.xlsx').expect(200)).body;
    expect(again).toMatchObject({ rows: 3, valid: 0, invalid: 3 });
    expect(again.errors.map((e: { row: number; column: string }) => [e.row, e.column])).toEqual([[2, 'Số CCCD'], [2, 'Số thẻ đảng'], [3, 'Số CCCD'], [4, 'Số CCCD']]);
    const mid = await snapshot();
    const refused = await commit(again.uploadId).expect(422);
    expect(refused.body.rowErrors).toHaveLength(4);
    expect(await snapshot()).toEqual(mid);
  });

  it("checks every row against the database again on commit, though its preview's row checks are kept: a citizen ID recorded in between is refused", async () => {
    const rows = [member(ids.cell1), member(ids.cell1, { 'Họ và tên': 'Người Bị Lấy Số' })];
    const pre = (await preview(await xlsxOf(rows), 'lay-so-giua-chung.xlsx').expect(200)).body;
    expect(pre).toMatchObject({ valid: 2, errors: [] });
    const base = { fullName: 'Người Đăng Ký Trước', dateOfBirth: '1980-05-05', gender: 'male', ethnicity: 'kinh', religion: 'none', hometown: 'Hà Nội', generalEducation: '12/12', orgId: ids.cell1 };
    await stack.as().post('/members/existing', { ...base, citizenId: rows[1]['Số CCCD'], admissionDecisionDate: '2004-05-01', officialDate: '2005-05-19' }).expect(201);
    const before = await snapshot();
    const refused = await commit(pre.uploadId).expect(422);
    expect(refused.body.rowErrors).toEqual([{ row: 3, column: 'Số CCCD', problem: expect.objectContaining({ vi: expect.stringContaining(String(rows[1]['Số CCCD'])) }) }]);
    expect(await snapshot()).toEqual(before);
  });

  it('leaves nothing behind when the write fails on its last table (a card number taken meanwhile): 409, the file kept to commit again', async () => {
    const rows = Array.from({ length: 300 }, (_, i) => member(ids.cell1, { 'Số thẻ đảng': `0300${String(i).padStart(4, '0')}`, 'Ngày cấp thẻ': '01/06/2007' }));
    const pre = (await preview(await xlsxOf(rows), 'the-bi-lay.xlsx').expect(200)).body;
    expect(pre).toMatchObject({ valid: 300, errors: [] });
    // the cards are written last, after every person, event and audit row of the file: a card
    // number recorded by someone else between the commit's check and its write
    const schema = `"${em().config.get('schema')}"`;
    const sql = (s: string) => em().getConnection().execute(s);
    await sql(`create function ${schema}.card_taken() returns trigger language plpgsql as $$ begin
      if new.card_number = '03000299' then raise exception 'card number taken' using errcode = 'unique_violation'; end if; return new; end $$`);
    await sql(`create trigger card_taken before insert on ${schema}.party_card for each row execute function ${schema}.card_taken()`);
    const before = await snapshot();
    try {
      const res = await commit(pre.uploadId).expect(409);
      expect(res.body.message.vi).toBe('Một số CCCD hoặc số thẻ trong tệp vừa được ghi nhận bởi thao tác khác; chưa ghi ai, hãy xem trước lại');
      expect(await snapshot()).toEqual(before);
      expect(await em().count(StagedUpload, { id: pre.uploadId })).toBe(1);
    } finally {
      await sql(`drop trigger card_taken on ${schema}.party_card`);
      await sql(`drop function ${schema}.card_taken()`);
    }
    expect((await commit(pre.uploadId).expect(200)).body).toMatchObject({ imported: 300, cards: 300 });
    expect(await snapshot()).toEqual({ people: before.people + 300, outbox: before.outbox + 900, audit: before.audit + 601, cards: before.cards + 300 });
  }, 60_000);

  it('records a semicolon CSV with a BOM, organizations by name, codes by code and ISO dates', async () => {
    const headers = HEADERS.map((h) => (h === 'Mã tổ chức' ? 'Tên tổ chức' : h));
    const rows = [
      member('', { 'Tên tổ chức': 'chi bo cong ty xay lap', 'Họ và tên': 'Vũ Thị; Chấm Phẩy', 'Giới tính': 'female', 'Ngày sinh': '1990-11-30', 'Dân tộc': 'kinh', 'Tôn giáo': 'none', 'Ngày quyết định kết nạp': '2015-06-01', 'Ngày lễ kết nạp': '', 'Ngày chính thức': '2016-06-20' }),
      member('', { 'Tên tổ chức': 'Chi bộ Phòng Kỹ thuật', 'Họ và tên': 'Đỗ Văn Dấu "Nháy"' }),
    ];
    const pre = (await preview(csvOf(rows, { sep: ';', bom: true, headers }), 'ds.csv').expect(200)).body;
    expect(pre).toMatchObject({ rows: 2, valid: 2, errors: [] });
    expect((await commit(pre.uploadId).expect(200)).body).toMatchObject({ imported: 2, official: 2 });
    expect(await em().findOneOrFail(Person, { fullName: 'Vũ Thị; Chấm Phẩy' })).toMatchObject({ orgId: ids.cb2, gender: 'female', dateOfBirth: '1990-11-30', ceremonyDate: null, officialDate: '2016-06-20' });
    expect(await em().findOneOrFail(Person, { fullName: 'Đỗ Văn Dấu "Nháy"' })).toMatchObject({ orgId: ids.cell1 });
  });

  it('goes through in chunks: a 2,000-row file over 1 MB, staged in several ≤ 256 KiB chunks', async () => {
    const long = 'Cán bộ kỹ thuật vận hành lưới điện trung thế và hạ áp, phụ trách an toàn lao động khu vực phía Bắc, kiêm nhiệm công tác đoàn thể và văn thể mỹ thuật của đơn vị cơ sở'.slice(0, 250);
    const rows = Array.from({ length: 2000 }, (_, i) => member(i % 2 ? ids.cell1 : ids.cb2, { 'Họ và tên': `Người Thứ ${i + 1}`, 'Nghề nghiệp': long, 'Chức vụ': long }));
    const file = csvOf(rows);
    expect(file.length).toBeGreaterThan(1024 * 1024);
    const started = Date.now();
    const pre = (await preview(file, 'lon.csv').expect(200)).body;
    const previewMs = Date.now() - started;
    expect(pre).toMatchObject({ rows: 2000, valid: 2000, errorCount: 0 });
    expect(await em().count(UploadChunk, { uploadId: pre.uploadId })).toBe(Math.ceil(file.length / (256 * 1024)));
    const before = await snapshot();
    const res = await commit(pre.uploadId).expect(200);
    console.log(`roster import: 2,000 rows, ${(file.length / 1024 / 1024).toFixed(2)} MB CSV — preview ${previewMs} ms, commit ${Date.now() - started - previewMs} ms`);
    expect(res.body.imported).toBe(2000);
    expect(await snapshot()).toMatchObject({ people: before.people + 2000, outbox: before.outbox + 4000, audit: before.audit + 2001 });
  }, 120_000);
});

describe('scope: a secretary works only inside their subtree', () => {
  it('cannot import into an organization outside it (every row is checked)', async () => {
    const rows = [member(ids.cell1), member(ids.cb2)];
    const pre = (await preview(await xlsxOf(rows), 'bithu.xlsx', secretary).expect(200)).body;
    expect(pre.errors).toEqual([
      { row: 3, column: 'Mã tổ chức', problem: { vi: `Tổ chức này nằm ngoài phạm vi tổ chức đảng bạn phụ trách (tính đến ngày ${today})`, en: `This organization is outside the organization you are scoped to (as of ${today})` } },
    ]);
    const before = await snapshot();
    await commit(pre.uploadId, secretary).expect(422);
    expect(await snapshot()).toEqual(before);
    // another user cannot commit (or even see) the secretary's staged file
    await commit(pre.uploadId, stack.board).expect(404);
  });

  it('cannot export outside it; without orgId gets only their subtree', async () => {
    await stack.gw.http().get(`/api/members/export?orgId=${ids.cb2}&format=csv`).set({ authorization: `Bearer ${secretary}` }).expect(403);
    const res = await stack.gw.http().get('/api/members/export?format=csv').set({ authorization: `Bearer ${secretary}` }).buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="danh-sach-dang-vien-\d{4}-\d{2}-\d{2}\.csv"/);
    const text = (res.body as Buffer).toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trim().split('\r\n');
    expect(lines[0].split(',').slice(0, 5)).toEqual(['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số CCCD']);
    const inCell1 = await em().count(Person, { orgId: ids.cell1, status: { $in: ['official', 'probationary'] } });
    expect(lines).toHaveLength(1 + inCell1);
    expect(lines.slice(1).every((l) => l.includes(ids.cell1) && !l.includes(ids.cb2))).toBe(true);
  });
});

describe('POST /members/existing shares the per-row path', () => {
  it('registers a probationary member as history, and an official one with the card they hold', async () => {
    const base = { fullName: 'Mai Văn Mới', dateOfBirth: '1998-01-01', gender: 'male', ethnicity: 'kinh', religion: 'none', hometown: 'Hà Nội', generalEducation: '12/12', orgId: ids.cell1 };
    const p = (await stack.as().post('/members/existing', { ...base, citizenId: nextCitizenId(), admissionDecisionDate: '2024-05-01', ceremonyDate: '2024-05-19' }).expect(201)).body;
    expect(p).toMatchObject({ status: 'probationary', officialDate: null });
    const o = (await stack.as().post('/members/existing', { ...base, citizenId: nextCitizenId(), admissionDecisionDate: '2004-05-01', officialDate: '2005-05-19', cardNumber: '01999888', cardIssuedOn: '2006-01-01' }).expect(201)).body;
    expect((await stack.as().get(`/members/${o.id}/cards`).expect(200)).body.items).toMatchObject([{ cardNumber: '01999888', issuedOn: '2006-01-01', kind: 'issue' }]);
    const dup = await stack.as().post('/members/existing', { ...base, citizenId: nextCitizenId(), admissionDecisionDate: '2004-05-01', officialDate: '2005-05-19', cardNumber: '01999888', cardIssuedOn: '2006-01-01' }).expect(409);
    expect(dup.body.message.vi).toContain('Số thẻ đảng viên 01999888 đã được cấp');
    await stack.as(secretary).post('/members/existing', { ...base, orgId: ids.cb2, citizenId: nextCitizenId(), admissionDecisionDate: '2004-05-01', officialDate: '2005-05-19' }).expect(403);
  });
});

it('publishes the roster routes in the OpenAPI document, with Vietnamese and English summaries', async () => {
  const doc = (await stack.gw.http().get('/api/docs-json').expect(200)).body;
  expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/members/import/preview', '/api/members/import/{uploadId}/commit', '/api/members/export']));
  expect(doc.paths['/api/members/import/preview'].post.summary).toMatch(/^Xem trước nhập danh sách đảng viên .* \/ Preview a roster import/);
  expect(Object.keys(doc.paths['/api/members/import/preview'].post.requestBody.content)).toEqual(['multipart/form-data']);
});
