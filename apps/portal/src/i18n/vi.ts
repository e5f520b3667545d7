import type { OrgKind } from '@party/contracts';
import { coreVi } from './core';
import * as homeMessages from '../pages/home/messages';
import * as candidatesMessages from '../pages/candidates/messages';
import * as probationMessages from '../pages/probation/messages';
import * as cardsMessages from '../pages/cards/messages';
import * as badgesMessages from '../pages/badges/messages';
import * as transfersMessages from '../pages/transfers/messages';
import * as leavingMessages from '../pages/leaving/messages';
import * as rosterMessages from '../pages/roster/messages';
import * as trainingMessages from '../pages/training/messages';
import * as memberRecordMessages from '../pages/members/record-messages';
import * as orgActionsMessages from '../pages/orgs/actions-messages';
import * as inspectionMessages from '../pages/inspection/messages';
import * as disciplineMessages from '../pages/discipline/messages';
import * as cadreMessages from '../pages/cadre/messages';
import * as ratingMessages from '../pages/rating/messages';
import * as uiMessages from '../ui/messages';
import * as usersMessages from '../pages/admin/users-messages';
import * as deadLettersMessages from '../pages/admin/dead-letters-messages';
import * as queuesMessages from '../pages/admin/queues-messages';
import * as auditMessages from '../pages/admin/audit-messages';
import * as reportJobsMessages from '../pages/reports/jobs-messages';
import * as orgsMessages from '../pages/orgs/messages';
import * as membersMessages from '../pages/members/messages';

/** Vietnamese, the portal's first language; `en.ts` must have the same keys (checked by tsc). */
export const vi = {
  ...coreVi,
  nav: {
    label: 'Điều hướng chính',
    status: 'Tình trạng hệ thống',
    work: 'Nghiệp vụ',
    home: 'Trang chủ',
    groups: {
      organization: 'Tổ chức, đảng viên',
      lifecycle: 'Phát triển, quản lý đảng viên',
      training: 'Đào tạo, bồi dưỡng',
      inspection: 'Kiểm tra, giám sát, kỷ luật',
      cadre: 'Công tác cán bộ',
      rating: 'Đánh giá, xếp loại',
      reports: 'Báo cáo, thống kê',
      admin: 'Quản trị',
    },
    roster: 'Nhập danh sách',
    candidates: 'Phát triển đảng viên',
    probation: 'Xét chính thức',
    cards: 'Thẻ đảng viên',
    badges: 'Huy hiệu Đảng',
    transfers: 'Chuyển sinh hoạt',
    leaving: 'Xóa tên, từ trần',
    training: 'Lớp bồi dưỡng LLCT',
    programs: 'Chương trình kiểm tra, giám sát',
    surveys: 'Khảo sát hồ sơ',
    cases: 'Kiểm tra dấu hiệu vi phạm',
    disciplines: 'Kỷ luật',
    complaints: 'Khiếu nại, tố cáo',
    outcomes: 'Kết quả kỷ luật',
    committees: 'Cấp ủy các nhiệm kỳ',
    consolidations: 'Kiện toàn cấp ủy',
    planning: 'Quy hoạch cán bộ',
    votes: 'Lấy phiếu tín nhiệm',
    vetting: 'Bảo vệ chính trị nội bộ',
    ratingDecisions: 'Chờ Ban Thường vụ quyết định',
    ratingRounds: 'Đánh giá, xếp loại chất lượng',
    openMenu: 'Mở menu',
    loadingPage: 'Đang mở trang…',
    orgs: 'Tổ chức đảng',
    members: 'Đảng viên',
    reports: 'Báo cáo cuối năm',
    admin: 'Quản trị',
    users: 'Người dùng',
    deadLetters: 'Sự kiện lỗi',
    audit: 'Nhật ký thay đổi',
    queues: 'Hàng đợi công việc',
    reportRuns: 'Các lần chạy báo cáo',
  },
  status: {
    title: 'Tình trạng hệ thống',
    intro: 'Tự động cập nhật mỗi 10 giây.',
    updatedAt: 'Cập nhật lúc {{time}}',
    refresh: 'Cập nhật ngay',
    refreshing: 'Đang cập nhật…',
    overall: {
      up: 'Hệ thống hoạt động bình thường',
      down: 'Một số thành phần đang gián đoạn',
      seeding: 'Hệ thống đang nạp dữ liệu ban đầu',
    },
    unreachable: 'Không lấy được tình trạng hệ thống.',
    servicesTitle: 'Các phân hệ nghiệp vụ',
    infraTitle: 'Hạ tầng',
    badge: { up: 'Hoạt động', down: 'Gián đoạn', unknown: 'Không rõ' },
    services: {
      membership: 'Đảng viên, tổ chức đảng',
      cadre: 'Cán bộ',
      training: 'Bồi dưỡng lý luận chính trị',
      inspection: 'Kiểm tra, giám sát',
      reporting: 'Báo cáo, thống kê',
    },
    infra: {
      postgres: 'Cơ sở dữ liệu (PostgreSQL)',
      nats: 'Truyền sự kiện (NATS)',
      redis: 'Hàng đợi tác vụ (Redis)',
    },
  },
  users: usersMessages.vi,
  deadLetters: deadLettersMessages.vi,
  audit: auditMessages.vi,
  queues: queuesMessages.vi,
  reportJobs: reportJobsMessages.vi,
  dateInput: {
    placeholder: 'dd/mm/yyyy',
    invalid: 'Ngày không hợp lệ, cần dạng dd/mm/yyyy (ví dụ 31/12/2024).',
    today: 'Hôm nay',
  },
  orgKinds: {
    bloc_committee: 'Đảng bộ Khối (cấp trên cơ sở)',
    grassroots_committee: 'Đảng bộ cơ sở',
    grassroots_cell: 'Chi bộ cơ sở',
    sub_committee: 'Đảng bộ bộ phận',
    dependent_cell: 'Chi bộ trực thuộc',
    party_group: 'Tổ đảng',
  } satisfies Record<OrgKind, string>,
  orgs: orgsMessages.vi,
  members: membersMessages.vi,
  reports: {
    title: 'Báo cáo cuối năm',
    intro: 'Số liệu đến ngày 31/12 của năm báo cáo; số phát sinh tính theo ngày của sự việc trong năm.',
    year: 'Năm báo cáo',
    yearsWithFacts: 'Năm có dữ liệu',
    otherYears: 'Năm khác',
    org: 'Phạm vi',
    wholeScope: 'Toàn bộ phạm vi được giao',
    asOf: 'Số liệu tại ngày {{date}}',
    completeUpTo: 'Số liệu đã gồm mọi thao tác ghi nhận đến {{time}}.',
    completeEmpty: 'Chưa có sự kiện nào được ghi nhận.',
    behind: 'Báo cáo đang cập nhật: còn {{waiting}} sự kiện chưa tính vào số liệu; tải lại sau ít phút.',
    scopeOrgs: '{{name}}: {{count}} tổ chức',
    noData: 'chưa có dữ liệu',
    pendingTitle: 'Chỉ tiêu chưa có dữ liệu',
    pendingIntro: 'Các chỉ tiêu sau hiển thị "chưa có dữ liệu" vì phân hệ cung cấp số liệu cho chúng chưa được kết nối với báo cáo; không có nghĩa là bằng 0.',
    metric: 'Chỉ tiêu',
    value: 'Số liệu',
    unit: 'Đơn vị',
    definition: 'Cách tính',
    sectionEmpty: 'Mục này chưa có chỉ tiêu.',
    reconciliationTitle: 'Cân đối số đảng viên',
    reconciliationIntro: 'Đầu kỳ + tăng − giảm = cuối kỳ.',
    reconciliationComputed: 'Tính từ các số trên',
    reconciliationMismatch: 'Cuối kỳ theo báo cáo ({{closing}}) khác số tính được ({{computed}}).',
    reconciliationMissing: 'Chưa đủ số liệu để cân đối.',
    terms: {
      opening: 'Đầu kỳ',
      admitted: 'Kết nạp',
      transferredIn: 'Chuyển đến',
      transferredOut: 'Chuyển đi',
      died: 'Từ trần',
      struckOff: 'Xóa tên',
      leftParty: 'Ra khỏi Đảng',
      expelled: 'Khai trừ',
      removedFromProbation: 'Xóa tên đảng viên dự bị',
      handedOverIn: 'Tiếp nhận cùng tổ chức',
      handedOverOut: 'Bàn giao cùng tổ chức',
      recordedFromBooks: 'Nhập từ sổ sách',
      closing: 'Cuối kỳ',
    },
    inconsistenciesTitle: 'Số liệu không khớp',
    inconsistencyValues: 'Cần {{expected}}, thực tế {{actual}}',
    chartTraining: 'Lớp và học viên theo loại lớp',
    chartOrgs: 'Tổ chức cơ sở đảng theo loại',
    classes: 'Số lớp',
    students: 'Số học viên',
    courses: {
      candidates: 'Nhận thức về Đảng',
      newMembers: 'Đảng viên mới',
      intermediateTheory: 'Trung cấp LLCT',
    },
    chartNoData: 'Chưa có dữ liệu để vẽ biểu đồ.',
  },
  home: homeMessages.vi,
  candidates: candidatesMessages.vi,
  probation: probationMessages.vi,
  cards: cardsMessages.vi,
  badges: badgesMessages.vi,
  transfers: transfersMessages.vi,
  leaving: leavingMessages.vi,
  roster: rosterMessages.vi,
  training: trainingMessages.vi,
  memberRecord: memberRecordMessages.vi,
  orgActions: orgActionsMessages.vi,
  inspection: inspectionMessages.vi,
  discipline: disciplineMessages.vi,
  cadre: cadreMessages.vi,
  rating: ratingMessages.vi,
  ui: uiMessages.vi,
};

export type Messages = typeof vi;
