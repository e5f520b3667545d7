import ExcelJS from 'exceljs';
import { antd } from './antd-driver';
import { usePortal } from './portal-under-test';

// a browser driving Ant Design on a loaded 2-core CI machine: a click can land on a closing
// dropdown; a failed test runs again (its first error logged), each test opening its own page
jest.retryTimes(2, { logErrorsBeforeRetry: true });

/**
 * The Organization Board's work from the screens, each test on data it creates through the
 * public API: a candidate taken through the whole pipeline to admission, a refused card
 * reissue, a roster with a bad row that writes nothing.
 */
const portal = usePortal('board');
const RECORD = /\/candidates\/[0-9a-f-]{36}$/;
let seq = 0;
/** A citizen ID no one else in this system has: this file's run, then a counter. */
const citizenId = () => `0${String(process.pid % 1000).padStart(3, '0')}${String(Date.now() % 100000).padStart(5, '0')}${String(++seq).padStart(3, '0')}`;

async function api(path: string): Promise<any> {
  return (await portal.world.api.get(path).expect(200)).body;
}

describe('the Organization Board in the portal', () => {
  let cell: string;
  const introducerIds: [string, string] = [citizenId(), citizenId()];
  const introducers: string[] = [];

  beforeAll(async () => {
    const tree = await portal.world.tree({ effectiveOn: '2000-01-01' });
    cell = tree.cell1;
    for (const id of introducerIds) introducers.push(await portal.world.member({ orgId: cell, citizenId: id, fullName: `Đảng Viên Giới Thiệu ${id.slice(-3)}` }));
  }, 120_000);

  it('takes a new person through the whole admission pipeline, from nomination to the ceremony', async () => {
    const page = await portal.open('bantochuc', '/candidates');
    const ui = antd(page);
    await page.click('#candidate-nominate');
    await page.waitForURL('**/candidates/new');
    await page.getByText('Nhập người mới').click();
    await page.fill('#candidate-nominate_person_fullName', 'Trần Thị Quần Chúng');
    await ui.date('#candidate-nominate_person_dateOfBirth', '15/05/1998');
    await ui.option('#candidate-nominate_person_gender', 'Nữ');
    await page.fill('#candidate-nominate_person_citizenId', citizenId());
    await page.fill('#candidate-nominate_person_hometown', 'Hà Nội');
    await ui.option('#candidate-nominate_person_generalEducation', '12/12');
    await ui.treeNode('#candidate-nominate_person_orgId', 'Phòng Kỹ thuật');
    await ui.option('#candidate-nominate_nominatedBy', 'Đoàn');
    await ui.date('#candidate-nominate_nominatedOn', '10/01/2025');
    await portal.shot(page, 'board-1-nominate');
    await ui.submitTo('candidate-nominate', RECORD);
    const candidateId = page.url().split('/').pop() as string;
    const { personId } = await api(`/candidates/${candidateId}`);

    // the course certificate comes from the training service, as it does in life
    await portal.world.certify(personId, 'nhan-thuc-ve-dang', '2025-04-10');

    await page.click('#candidate-step-sympathizer');
    await ui.date('#candidate-sympathizer_listedOn', '03/02/2025');
    await ui.option('#candidate-sympathizer_mentorPersonId', introducerIds[0]);
    await ui.submitTo('candidate-sympathizer', RECORD);

    await page.click('#candidate-step-vetting');
    await ui.date('#candidate-vetting_concludedOn', '02/06/2025');
    await ui.submitTo('candidate-vetting', RECORD);

    await page.click('#candidate-step-introducers');
    await ui.option('#candidate-introducers_introducers_0_personId', introducerIds[0]);
    await ui.date('#candidate-introducers_introducers_0_togetherSince', '03/01/2022');
    await ui.option('#candidate-introducers_introducers_1_personId', introducerIds[1]);
    await ui.date('#candidate-introducers_introducers_1_togetherSince', '03/01/2022');
    await ui.submitTo('candidate-introducers', RECORD);

    await page.click('#candidate-step-resolution');
    await ui.date('#candidate-resolution_voteDate', '01/07/2025');
    await page.fill('#candidate-resolution_resolutionNumber', '15-NQ/CB');
    await page.fill('#candidate-resolution_officialMembers', '9');
    await page.fill('#candidate-resolution_votesFor', '8');
    await ui.submitTo('candidate-resolution', RECORD);
    await portal.shot(page, 'board-2-candidate-record');

    await page.click('#candidate-admit');
    await ui.date('#candidate-admit_decisionDate', '15/07/2025');
    await page.fill('#candidate-admit_decisionNumber', `${seq}-QĐ/ĐUK`);
    await ui.submit('candidate-admit');
    await page.locator('.ant-modal-confirm .ant-btn-dangerous').click();
    await page.waitForURL(RECORD);

    await page.click('#candidate-ceremony');
    await ui.date('#candidate-ceremony_ceremonyDate', '25/07/2025');
    await ui.submitTo('candidate-ceremony', RECORD);
    await portal.shot(page, 'board-3-admitted');

    const member = await api(`/members/${personId}`);
    expect(member.status).toBe('probationary');
    expect(member.ceremonyDate).toBe('2025-07-25');
    expect(await portal.seriousViolations(page)).toEqual([]);
  });

  it('refuses a lost-card reissue for a probationary member under the person field, and writes nothing', async () => {
    const name = `Bùi Thị Dự Bị ${seq + 1}`;
    const personId = await portal.world.probationer({ orgId: cell, introducers: introducers as [string, string], ceremonyDate: '2025-03-01', fullName: name, citizenId: citizenId() });
    const page = await portal.open('bantochuc', `/cards/reissue?personId=${personId}`);
    await page.getByLabel('Thẻ bị mất').check();
    await page.fill('#card-reissue_cardNumber', '09123456');
    await page.click('#card-reissue-submit');
    const help = page.locator('#card-reissue_personId_help');
    await help.waitFor();
    expect(await help.textContent()).toMatch(/dự bị/);
    await portal.shot(page, 'board-4-card-refused');
    expect(await api(`/members/${personId}/cards`)).toMatchObject({ items: [] });
  });

  it('previews a roster with one bad row, row by row, and writes nothing', async () => {
    const ids = [citizenId(), citizenId(), citizenId()];
    const page = await portal.open('bantochuc', '/roster');
    await page.locator('#roster-file').waitFor({ state: 'attached' });
    await page.setInputFiles('#roster-file', { name: 'danh-sach.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await rosterFile(cell, ids) });
    const summary = page.locator('#roster-preview-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('1 dòng lỗi / 3 dòng');
    expect(await page.isDisabled('#roster-commit')).toBe(true);
    expect(await page.textContent('#roster-blocked')).toContain('Chưa ghi nhận gì');
    expect(await page.getByRole('region', { name: 'Các dòng của tệp và lỗi từng dòng' }).textContent()).toContain('31/02/1981');
    await portal.shot(page, 'board-5-roster-preview');
    for (const id of ids) expect((await api(`/members?q=${id}`)).total).toBe(0);
  });
});

/** Three official members of `orgId` in the roster's columns; the second born on 31/02/1981. */
async function rosterFile(orgId: string, ids: string[]): Promise<Buffer> {
  const headers = ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số CCCD', 'Dân tộc', 'Tôn giáo', 'Quê quán', 'Trình độ GDPT', 'Chuyên môn', 'Lý luận chính trị', 'Nghề nghiệp', 'Chức vụ', 'Mã tổ chức', 'Ngày quyết định kết nạp', 'Số quyết định kết nạp', 'Ngày lễ kết nạp', 'Ngày chính thức', 'Số thẻ đảng', 'Ngày cấp thẻ'];
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('DS');
  sheet.addRow(headers);
  ids.forEach((id, i) => {
    const born = i === 1 ? '31/02/1981' : '05/05/1980';
    sheet.addRow([i + 1, `Nguyễn Văn Nhập ${i + 1}`, born, 'Nam', id, 'Kinh', 'Không', 'Hà Nội', '12/12', 'Đại học', 'Sơ cấp', 'Kỹ sư', null, orgId, '01/03/2005', '15-QĐ/ĐUK', '20/03/2005', '20/03/2006', null, null]);
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
