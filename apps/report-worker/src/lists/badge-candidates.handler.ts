import { BADGE_ROUTES, BadgeCandidatesJob, type BadgeCandidateView, type ReportJobResult } from '@party/contracts';
import { handle } from '@party/messaging';
import { progressOf } from '../infra/progress';
import type { ResultStore } from '../infra/result-store';
import type { ServiceCalls } from '../infra/service-calls';
import type { WorkerEnv } from '../worker-env';
import { listWorkbook, viDate } from './list-workbook';
import { orgNames } from './org-names';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const BASIS: Record<string, string> = { regular: 'Đủ tuổi đảng', seriouslyIll: 'Bệnh hiểm nghèo (trao sớm)', posthumous: 'Truy tặng' };

/**
 * The members due a badge on an occasion (30 days before it, for the Board to prepare the
 * decisions): every level reached, those held by a discipline marked with the reason.
 */
export function badgeCandidatesHandler(deps: { calls: ServiceCalls; store: ResultStore; env: WorkerEnv }) {
  return handle(BadgeCandidatesJob, async (p, job): Promise<ReportJobResult> => {
    const step = progressOf(job, deps.env.JOB_STEP_DELAY_MS);
    await step(5);
    const rows = await deps.calls.all<BadgeCandidateView>(BADGE_ROUTES.eligible.pattern, { occasion: p.occasion, ...(p.orgId ? { orgId: p.orgId } : {}), sort: 'level', order: 'asc' });
    await step(50);
    const name = await orgNames(deps.calls, p.occasion);
    await step(70);
    const due = rows.filter((r) => r.status === 'due').length;
    const bytes = await listWorkbook(
      'Huy hiệu',
      `DANH SÁCH ĐẢNG VIÊN ĐỦ ĐIỀU KIỆN XÉT TẶNG HUY HIỆU ĐẢNG DỊP ${viDate(p.occasion)}`,
      `${due} đồng chí đủ điều kiện, ${rows.length - due} đồng chí tạm hoãn; lập ngày ${viDate(new Date().toISOString().slice(0, 10))}`,
      [
        { header: 'Họ và tên', width: 28, value: (r) => r.fullName },
        { header: 'Tổ chức đảng', width: 40, value: (r) => name(r.orgId) },
        { header: 'Huy hiệu (năm tuổi đảng)', width: 14, value: (r) => r.level },
        { header: 'Ngày quyết định kết nạp', width: 16, value: (r) => viDate(r.admissionDecisionDate) },
        { header: 'Ngày đủ tuổi đảng', width: 16, value: (r) => viDate(r.reachedOn) },
        { header: 'Căn cứ', width: 22, value: (r) => BASIS[r.basis] ?? r.basis },
        { header: 'Tình trạng', width: 40, value: (r) => (r.status === 'due' ? 'Đủ điều kiện' : `Tạm hoãn: ${r.hold?.reason ?? ''}${r.hold?.until ? ` (đến ${viDate(r.hold.until)})` : ''}`) },
      ],
      rows,
    );
    await step(90);
    const files = await deps.store.store(String(job.id), [
      {
        name: `huy-hieu-dang-${p.occasion}.xlsx`,
        title: { vi: `Đảng viên xét tặng Huy hiệu dịp ${viDate(p.occasion)}`, en: `Members due a badge on ${p.occasion}` },
        contentType: XLSX,
        permission: 'members:read',
        rows: rows.length,
        bytes,
      },
    ]);
    await job.updateProgress(100);
    return { files, summary: [{ label: { vi: 'Đủ điều kiện', en: 'Due' }, value: due }, { label: { vi: 'Tạm hoãn', en: 'Held' }, value: rows.length - due }], complete: true };
  });
}
