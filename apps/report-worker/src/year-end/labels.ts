import { BOOKS_TERM, METRIC_UNIT_LABELS, METRICS_BY_KEY, RECONCILIATION_TERMS, type MetricUnit } from '@party/contracts';

/** The words the report's files use beside the catalogue's own labels. */
export const PENDING_TEXT = { vi: 'chưa có số liệu', en: 'no figures yet' };

export const RECONCILIATION_LABELS: Readonly<Record<(typeof RECONCILIATION_TERMS)[number] | typeof BOOKS_TERM, { vi: string; en: string }>> = {
  opening: { vi: 'Đảng viên đầu kỳ (31/12 năm trước)', en: 'Opening (31 Dec of the year before)' },
  admitted: { vi: 'Kết nạp', en: 'Admitted' },
  transferredIn: { vi: 'Chuyển đến', en: 'Transferred in' },
  transferredOut: { vi: 'Chuyển đi', en: 'Transferred out' },
  died: { vi: 'Từ trần', en: 'Died' },
  struckOff: { vi: 'Xóa tên', en: 'Struck off' },
  leftParty: { vi: 'Cho ra khỏi Đảng', en: 'Left the Party' },
  expelled: { vi: 'Khai trừ', en: 'Expelled' },
  removedFromProbation: { vi: 'Xóa tên đảng viên dự bị', en: 'Removed from probation' },
  handedOverIn: { vi: 'Tiếp nhận cùng tổ chức', en: 'Handed in with their organizations' },
  handedOverOut: { vi: 'Bàn giao cùng tổ chức', en: 'Handed over with their organizations' },
  recordedFromBooks: { vi: 'Nhập từ sổ sách', en: 'Recorded from the books' },
  closing: { vi: 'Đảng viên cuối kỳ (31/12)', en: 'Closing (31 Dec)' },
};

/** How each term moves the headcount, as printed beside it. */
export const RECONCILIATION_SIGN_TEXT: Readonly<Partial<Record<string, string>>> = {
  admitted: '+',
  transferredIn: '+',
  handedOverIn: '+',
  recordedFromBooks: '+',
  transferredOut: '−',
  died: '−',
  struckOff: '−',
  leftParty: '−',
  expelled: '−',
  removedFromProbation: '−',
  handedOverOut: '−',
  closing: '=',
};

/** A key's label and unit from the catalogue; a key a newer reporting service added is shown as itself. */
export function metricLabel(key: string): { vi: string; en: string } {
  return METRICS_BY_KEY.get(key)?.label ?? { vi: key, en: key };
}

export function metricUnit(key: string): { vi: string; en: string } {
  const unit = METRICS_BY_KEY.get(key)?.unit as MetricUnit | undefined;
  return unit ? METRIC_UNIT_LABELS[unit] : { vi: '', en: '' };
}

export function metricDefinition(key: string): { vi: string; en: string } {
  return METRICS_BY_KEY.get(key)?.definition ?? { vi: '', en: '' };
}
