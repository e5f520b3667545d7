import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { REPORT_QUEUE } from '@party/contracts';
import { DEFAULT_REPORT_RESULTS_DIR } from '@party/messaging';
import { number, TEST_REDIS_URL, WORKSPACE_ROOT, xlsxToCsv } from '@party/testing';
import { SCREENSHOTS, usePortal } from './portal-under-test';

// a browser driving Ant Design on a loaded 2-core CI machine: a click can land on a closing
// dropdown; a failed test runs again (its first error logged), each test opening its own page
jest.retryTimes(2, { logErrorsBeforeRetry: true });

// this file's system registers the report schedules, as production does (off by default in tests)
process.env.REPORT_SCHEDULES = 'on';

/**
 * The year-end report exported from the screens, as `bantochuc`: "Xuất báo cáo" runs the job in
 * the report worker (a process of the system under test), the progress bar rises to 100%, the
 * workbook and the PDF download; printing shows the report without the menu; the runs page lists
 * the run and the schedules; the administrator's queue dashboard shows the queue.
 */
const portal = usePortal('reports');
const downloads = mkdtempSync(join(tmpdir(), 'portal-reports-'));
/** The file's queue prefix: the system's schemas are `<prefix>_<app>`. */
const queuePrefix = () => portal.system.schemaOf('gateway').replace(/_gateway$/, '');

beforeAll(async () => {
  const w = portal.world;
  const tree = await w.tree({ effectiveOn: '2020-01-01' });
  await w.member({ orgId: tree.cell1, fullName: 'Nguyễn Thị Ánh Tuyết' });
  await w.member({ orgId: tree.cb2, fullName: 'Trần Đức Hưởng' });
  // a fact of 2023, so 2023 is a year of this world's own (not only a year the picker offers)
  await w.org({ kind: 'grassroots_cell', name: 'Chi bộ Trường Mầm non Hoa Sen', parentId: tree.bloc, effectiveOn: '2023-06-01' });
}, 180_000);

afterAll(async () => {
  const queue = new Queue(REPORT_QUEUE, { connection: { url: TEST_REDIS_URL }, prefix: queuePrefix() });
  await queue.obliterate({ force: true }).catch(() => undefined);
  await queue.close();
  rmSync(join(WORKSPACE_ROOT, DEFAULT_REPORT_RESULTS_DIR, queuePrefix()), { recursive: true, force: true });
  rmSync(downloads, { recursive: true, force: true });
});

describe('the year-end report page', () => {
  it('exports the report with a live progress bar, then downloads the workbook and the PDF', async () => {
    const page = await portal.open('bantochuc', '/reports/year-end');
    await page.locator('#year-end-title').waitFor();
    await page.locator('.report-sections, table').first().waitFor();
    // 2023 chosen, whatever year the page opened on
    await page.locator('#report-year').selectOption('2023');
    expect(await page.locator('#report-year').inputValue()).toBe('2023');
    await page.getByText(/Số liệu tại ngày 31\/12\/2023/).waitFor();
    const totalCell = page.getByRole('row', { name: /^Tổng số đảng viên/ }).first().locator('td.numeric');
    await totalCell.waitFor();
    const shown = Number((await totalCell.innerText()).replace(/\D/g, ''));
    expect(shown).toBe(2);
    await page.getByRole('button', { name: 'Xuất báo cáo' }).click();
    const bar = page.getByRole('progressbar', { name: 'Tiến độ lập báo cáo' });
    await bar.waitFor();
    await page.getByText('100% · Đã xong').waitFor({ timeout: 60_000 });
    await portal.shot(page, 'reports-1-exported');

    for (const ext of ['xlsx', 'pdf']) {
      const name = `bao-cao-cuoi-nam-2023.${ext}`;
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `Tải ${name}` }).click()]);
      expect(download.suggestedFilename()).toBe(name);
      const path = join(downloads, name);
      await download.saveAs(path);
      expect(statSync(path).size).toBeGreaterThan(1000);
    }
    // the workbook, read by LibreOffice, holds the member total the page showed
    const rows = xlsxToCsv(readFileSync(join(downloads, 'bao-cao-cuoi-nam-2023.xlsx')), downloads).flatMap((sheet) => sheet.rows);
    expect(rows.filter((r) => r[0] === 'members.total').map((r) => number(r[2]))).toEqual([shown]);
    expect(await portal.seriousViolations(page)).toEqual([]);
  }, 120_000);

  it('prints the report only: no menu, no top bar, no pickers or buttons', async () => {
    const page = await portal.open('bantochuc', '/reports/year-end');
    await page.locator('#year-end-title').waitFor();
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.sidebar', '.topbar', '.toolbar', '.report-export']) expect({ hidden, visible: await page.locator(hidden).first().isVisible() }).toEqual({ hidden, visible: false });
    expect(await page.locator('#year-end-title').isVisible()).toBe(true);
    await page.pdf({ path: join(SCREENSHOTS, 'reports-2-printed.pdf'), format: 'A4', printBackground: true });
    await portal.shot(page, 'reports-2-print-view');
  });

  it('lists the run with its files and the schedules with their next run', async () => {
    const page = await portal.open('bantochuc', '/reports/runs');
    await page.getByRole('heading', { name: 'Lịch chạy tự động' }).waitFor();
    await page.getByText('Báo cáo cuối năm, 17:00 ngày 31/12').waitFor();
    const row = page.getByRole('row', { name: /Báo cáo kết quả công tác tổ chức xây dựng đảng cuối năm/ }).first();
    await row.waitFor();
    expect(await row.textContent()).toMatch(/Đã xong/);
    await row.getByRole('button', { name: /Tải bao-cao-cuoi-nam-\d{4}\.pdf/ }).waitFor();
    await portal.shot(page, 'reports-3-runs');
    expect(await portal.seriousViolations(page)).toEqual([]);
  });

  it('shows the administrator the queue: jobs by state, the worker, the schedules', async () => {
    const page = await portal.open('admin', '/admin/queues');
    await page.getByRole('heading', { name: 'Hàng đợi công việc nền' }).waitFor();
    await page.getByText(/Bộ xử lý đang kết nối: \d+/).waitFor();
    await page.getByText('yearEnd.close').waitFor();
    await portal.shot(page, 'reports-4-queues');
    expect(await portal.seriousViolations(page)).toEqual([]);
    const viewer = await portal.open('viewer', '/admin/queues');
    await viewer.getByText(/không có quyền|Không có quyền/).first().waitFor();
  });
});
