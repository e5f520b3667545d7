/** The `queues` texts of the portal (the administrator's queue dashboard), Vietnamese first. */
export const vi = {
  title: 'Hàng đợi công việc nền',
  intro: 'Các công việc lập báo cáo, danh sách theo lịch: số việc theo trạng thái, lịch chạy, việc lỗi và lý do. Chạy lại việc lỗi khi đã khắc phục nguyên nhân.',
  workers: 'Bộ xử lý đang kết nối: {{n}}',
  noWorker: 'Không có bộ xử lý nào đang kết nối: các việc sẽ chờ đến khi report-worker chạy lại.',
  counts: 'Số việc theo trạng thái',
  states: { waiting: 'Đang chờ', active: 'Đang chạy', delayed: 'Chờ thử lại', completed: 'Đã xong', failed: 'Lỗi', prioritized: 'Ưu tiên' },
  schedulers: 'Lịch chạy',
  tableLabel: 'Các việc {{state}}',
  exportName: 'hang-doi-{{state}}',
  empty: 'Không có việc nào ở trạng thái này.',
  retry: 'Chạy lại',
  retried: 'Đã đưa việc {{id}} vào hàng đợi lại.',
  columns: { id: 'Mã việc', name: 'Loại việc', progress: 'Tiến độ', attempts: 'Số lần thử', createdAt: 'Tạo lúc', finishedAt: 'Kết thúc lúc', reason: 'Lý do lỗi', actions: 'Thao tác', key: 'Lịch', pattern: 'Mẫu cron', next: 'Lần chạy tới' },
};

export const en: typeof vi = {
  title: 'Background job queue',
  intro: 'Report and scheduled list jobs: counts by state, schedules, failed jobs and why. Retry a failed job once its cause is fixed.',
  workers: 'Workers connected: {{n}}',
  noWorker: 'No worker is connected: jobs wait until the report worker runs again.',
  counts: 'Jobs by state',
  states: { waiting: 'Waiting', active: 'Active', delayed: 'Delayed', completed: 'Completed', failed: 'Failed', prioritized: 'Prioritized' },
  schedulers: 'Schedules',
  tableLabel: 'Jobs {{state}}',
  exportName: 'queue-{{state}}',
  empty: 'No job in this state.',
  retry: 'Retry',
  retried: 'Job {{id}} is queued again.',
  columns: { id: 'Job id', name: 'Job', progress: 'Progress', attempts: 'Attempts', createdAt: 'Created', finishedAt: 'Finished', reason: 'Failure', actions: 'Actions', key: 'Schedule', pattern: 'Cron pattern', next: 'Next run' },
};
