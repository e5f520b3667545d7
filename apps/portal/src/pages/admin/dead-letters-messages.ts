/** The `deadLetters` texts of the portal, Vietnamese first; `en` must have the same keys (checked by tsc). */
export const vi = {
  title: 'Sự kiện lỗi',
  intro: 'Sự kiện mà một phân hệ không xử lý được sau nhiều lần thử. Gửi lại khi đã khắc phục nguyên nhân.',
  total: 'Tổng số: {{count}}',
  empty: 'Không có sự kiện lỗi nào.',
  retry: 'Gửi lại',
  retrying: 'Đang gửi lại…',
  retried: 'Đã gửi lại sự kiện số {{seq}}.',
  columns: {
    seq: 'Số',
    event: 'Sự kiện',
    eventId: 'Mã sự kiện',
    consumer: 'Bộ xử lý',
    source: 'Nguồn',
    attempts: 'Số lần thử',
    error: 'Lỗi',
    occurredOn: 'Ngày phát sinh',
    deadLetteredAt: 'Chuyển lỗi lúc',
    actions: 'Thao tác',
  },
};

export const en: typeof vi = {
  title: 'Dead letters',
  intro: 'Events a service could not process after repeated attempts. Retry once the cause is fixed.',
  total: 'Total: {{count}}',
  empty: 'No dead letters.',
  retry: 'Retry',
  retrying: 'Retrying…',
  retried: 'Event no. {{seq}} sent again.',
  columns: {
    seq: 'No.',
    event: 'Event',
    eventId: 'Event id',
    consumer: 'Consumer',
    source: 'Source',
    attempts: 'Attempts',
    error: 'Error',
    occurredOn: 'Occurred on',
    deadLetteredAt: 'Dead-lettered',
    actions: 'Actions',
  },
};
