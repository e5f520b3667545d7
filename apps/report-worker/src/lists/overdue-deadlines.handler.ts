import type { Permission, ReportJobResult } from '@party/contracts';
import { OverdueDeadlinesJob } from '@party/contracts';
import { handle } from '@party/messaging';
import { progressOf } from '../infra/progress';
import type { FileToStore, ResultStore } from '../infra/result-store';
import type { ServiceCalls } from '../infra/service-calls';
import type { WorkerEnv } from '../worker-env';
import { ListColumn, listWorkbook, viDate } from './list-workbook';
import { orgNames } from './org-names';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Row = Record<string, any>;
interface OverdueList {
  file: string;
  title: { vi: string; en: string };
  pattern: string;
  permission: Permission;
  /** The inspection phases have no organization filter: a list for one organization leaves them out. */
  wholeBlocOnly?: boolean;
  columns: (name: (id: string | null | undefined) => string) => ListColumn<Row>[];
}

const STAGES: Record<string, string> = { decision: 'Quyết định kết nạp', ceremony: 'Lễ kết nạp', presentLetter: 'Xuất trình giấy giới thiệu', startActivity: 'Bắt đầu sinh hoạt' };
const TRANSFER_KINDS: Record<string, string> = { out: 'Chuyển đi', in: 'Chuyển đến', internal: 'Trong nội bộ', temporary: 'Tạm thời' };
const PHASES: Record<string, string> = { plan: 'Xây dựng kế hoạch', notice: 'Thông báo kế hoạch', selfReport: 'Tự kiểm tra, báo cáo', verification: 'Thẩm tra, xác minh', conclusion: 'Kết luận' };
const PROGRAM_KINDS: Record<string, string> = { inspection: 'Kiểm tra', supervision: 'Giám sát' };

/** The overdue lists, each its own file, for the department that acts on it. */
export const OVERDUE_LISTS: readonly OverdueList[] = [
  {
    file: 'qua-han-xet-chinh-thuc',
    title: { vi: 'Đảng viên dự bị quá hạn xét chính thức', en: 'Probation reviews overdue' },
    pattern: 'membership.probation.reviews',
    permission: 'members:read',
    columns: () => [
      { header: 'Họ và tên', width: 28, value: (r) => r.fullName },
      { header: 'Chi bộ, đảng bộ', width: 40, value: (r) => r.orgName },
      { header: 'Ngày lễ kết nạp', width: 14, value: (r) => viDate(r.ceremonyDate) },
      { header: 'Ngày hết dự bị', width: 14, value: (r) => viDate(r.probationEnds) },
      { header: 'Hạn xét chính thức', width: 16, value: (r) => viDate(r.reviewDeadline) },
      { header: 'Căn cứ', width: 40, value: (r) => r.regulation },
    ],
  },
  {
    file: 'qua-han-ket-nap',
    title: { vi: 'Quyết định, lễ kết nạp quá hạn', en: 'Admission decisions and ceremonies overdue' },
    pattern: 'membership.admission.deadlines',
    permission: 'members:read',
    columns: (name) => [
      { header: 'Việc', width: 20, value: (r) => STAGES[r.stage] ?? r.stage },
      { header: 'Họ và tên', width: 28, value: (r) => r.fullName },
      { header: 'Chi bộ, đảng bộ', width: 40, value: (r) => name(r.orgId) },
      { header: 'Tính từ ngày', width: 14, value: (r) => viDate(r.from) },
      { header: 'Hạn', width: 14, value: (r) => viDate(r.deadline) },
      { header: 'Căn cứ', width: 40, value: (r) => r.regulation },
    ],
  },
  {
    file: 'qua-han-chuyen-sinh-hoat',
    title: { vi: 'Chuyển sinh hoạt đảng quá hạn', en: 'Transfer deadlines overdue' },
    pattern: 'membership.transfer.deadlines',
    permission: 'members:read',
    columns: (name) => [
      { header: 'Việc', width: 24, value: (r) => STAGES[r.stage] ?? r.stage },
      { header: 'Họ và tên', width: 28, value: (r) => r.fullName },
      { header: 'Loại', width: 14, value: (r) => TRANSFER_KINDS[r.kind] ?? r.kind },
      { header: 'Nơi đến', width: 40, value: (r) => name(r.toOrgId) },
      { header: 'Tính từ ngày', width: 14, value: (r) => viDate(r.from) },
      { header: 'Hạn', width: 14, value: (r) => viDate(r.deadline) },
    ],
  },
  {
    file: 'qua-han-bao-tu',
    title: { vi: 'Thông báo đảng viên từ trần quá hạn', en: 'Death notices overdue' },
    pattern: 'membership.death.notices',
    permission: 'members:read',
    columns: () => [
      { header: 'Họ và tên', width: 28, value: (r) => r.fullName },
      { header: 'Chi bộ, đảng bộ', width: 40, value: (r) => r.orgName },
      { header: 'Ngày mất', width: 14, value: (r) => viDate(r.dateOfDeath) },
      { header: 'Hạn thông báo', width: 14, value: (r) => viDate(r.deadline) },
      { header: 'Căn cứ', width: 40, value: (r) => r.regulation },
    ],
  },
  {
    file: 'qua-han-kiem-tra-giam-sat',
    title: { vi: 'Các bước kiểm tra, giám sát quá hạn', en: 'Inspection phases overdue' },
    pattern: 'inspection.phase.overdue',
    permission: 'inspection:read',
    wholeBlocOnly: true,
    columns: () => [
      { header: 'Năm', width: 8, value: (r) => r.year },
      { header: 'Loại', width: 12, value: (r) => PROGRAM_KINDS[r.kind] ?? r.kind },
      { header: 'Tổ chức đảng', width: 40, value: (r) => r.orgName ?? '' },
      { header: 'Nội dung', width: 50, value: (r) => r.subject },
      { header: 'Bước', width: 22, value: (r) => PHASES[r.phase] ?? r.phase },
      { header: 'Hạn', width: 14, value: (r) => viDate(r.dueOn) },
      { header: 'Số ngày quá hạn', width: 12, value: (r) => r.daysOverdue },
    ],
  },
];

/** Every Monday: what is overdue as of the day, a file per list. */
export function overdueDeadlinesHandler(deps: { calls: ServiceCalls; store: ResultStore; env: WorkerEnv }) {
  return handle(OverdueDeadlinesJob, async (p, job): Promise<ReportJobResult> => {
    const step = progressOf(job, deps.env.JOB_STEP_DELAY_MS);
    await step(5);
    const name = await orgNames(deps.calls, p.asOf);
    const lists = OVERDUE_LISTS.filter((l) => !(l.wholeBlocOnly && p.orgId));
    const files: FileToStore[] = [];
    const summary: ReportJobResult['summary'] = [];
    for (const [i, list] of lists.entries()) {
      const query = { asOf: p.asOf, ...(list.wholeBlocOnly ? {} : { status: 'overdue', ...(p.orgId ? { orgId: p.orgId } : {}) }) };
      const rows = await deps.calls.all<Row>(list.pattern, query);
      const bytes = await listWorkbook(list.title.vi.slice(0, 31), `${list.title.vi.toLocaleUpperCase('vi')} TẠI NGÀY ${viDate(p.asOf)}`, `${rows.length} trường hợp`, list.columns(name), rows);
      files.push({ name: `${list.file}-${p.asOf}.xlsx`, title: list.title, contentType: XLSX, permission: list.permission, rows: rows.length, bytes });
      summary.push({ label: list.title, value: rows.length });
      await step(10 + ((i + 1) * 80) / lists.length);
    }
    const stored = await deps.store.store(String(job.id), files);
    await job.updateProgress(100);
    return { files: stored, summary, complete: true };
  });
}
