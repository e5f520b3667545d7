import type { Rule } from '@party/rules';

/** Từ trần: the chi bộ notifies and sends the dossier up within 30 working days of the death. */
export const DEATH_NOTICE_DEADLINE_RULES: readonly Rule<{ workingDays: number }>[] = [
  {
    id: 'leaving.death-notice-deadline',
    version: 1,
    regulation: 'Hướng dẫn nghiệp vụ công tác đảng viên (Ban Tổ chức Trung ương): báo cáo, hồ sơ đảng viên từ trần',
    effectiveFrom: '2011-01-19',
    description: {
      vi: 'Trong 30 ngày làm việc kể từ ngày đảng viên từ trần, chi bộ báo cáo và gửi hồ sơ lên cấp ủy cấp trên.',
      en: 'Within 30 working days of a member’s death, the chi bộ reports it and sends the dossier up.',
    },
    params: { workingDays: 30 },
  },
];

export const STRIKE_OFF_REGULATION = 'Điều lệ Đảng, Điều 8; Quy định 24-QĐ/TW (2021), mục 8';
export const LEAVE_REGULATION = 'Điều lệ Đảng, Điều 8; Quy định 24-QĐ/TW (2021), mục 8.2';
export const EXEMPTION_REGULATION = 'Điều lệ Đảng, Điều 7; Quy định 24-QĐ/TW (2021), mục 7';
