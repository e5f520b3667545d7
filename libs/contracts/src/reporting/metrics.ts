import type { ServiceName } from '../events/define-event';

/**
 * The metric catalogue of the year-end report (DOMAIN.md, "The year-end report"; issue 5): every
 * key as data — labels, unit, which facts and which date count, the section it is printed in and
 * the events that feed it. The reporting service publishes it (`GET /api/reports/metrics`) and
 * computes a key only when it has a calculator for it fed by a running consumer; the others come
 * back `null` and are listed under `pending`.
 *
 * `feeds` names event types (`<service>.<aggregate>.<event>`). Events that do not exist yet
 * (members, cadre, inspection, rating) are named as planned; the service never trusts `feeds`
 * alone to decide what is computed.
 */
export const METRIC_UNITS = ['orgs', 'people', 'classes', 'badges', 'cards', 'requests'] as const;
export type MetricUnit = (typeof METRIC_UNITS)[number];

export const METRIC_UNIT_LABELS: Readonly<Record<MetricUnit, { vi: string; en: string }>> = {
  orgs: { vi: 'tổ chức', en: 'organizations' },
  people: { vi: 'người', en: 'people' },
  classes: { vi: 'lớp', en: 'classes' },
  badges: { vi: 'huy hiệu', en: 'badges' },
  cards: { vi: 'thẻ', en: 'cards' },
  requests: { vi: 'lượt', en: 'requests' },
};

/**
 * `stock`: a state as of the report date (31/12); `flow`: facts whose date in the world
 * (the date named in `definition`) falls in the year — never the day they were recorded.
 */
export type MetricKind = 'stock' | 'flow';

export const REPORT_SECTIONS = ['organizations', 'partyDevelopment', 'cadre', 'training', 'memberWork', 'vetting', 'inspection', 'rating'] as const;
export type ReportSectionKey = (typeof REPORT_SECTIONS)[number];

export const REPORT_SECTION_TITLES: Readonly<Record<ReportSectionKey, { vi: string; en: string }>> = {
  organizations: { vi: 'Tổ chức cơ sở đảng và đảng viên', en: 'Grassroots organizations and members' },
  partyDevelopment: { vi: 'Phát triển đảng viên', en: 'Admissions and conversions' },
  cadre: { vi: 'Công tác cán bộ', en: 'Cadre work' },
  training: { vi: 'Đào tạo, bồi dưỡng', en: 'Training' },
  memberWork: { vi: 'Công tác đảng viên', en: 'Member administration' },
  vetting: { vi: 'Bảo vệ chính trị nội bộ', en: 'Internal political protection' },
  inspection: { vi: 'Kiểm tra, giám sát, khảo sát hồ sơ', en: 'Inspection, supervision, dossier surveys' },
  rating: { vi: 'Đánh giá, xếp loại chất lượng', en: 'Quality rating' },
};

export interface MetricDefinition {
  key: string;
  label: { vi: string; en: string };
  unit: MetricUnit;
  kind: MetricKind;
  /** Which facts count, and which of their dates decides the year. */
  definition: { vi: string; en: string };
  section: ReportSectionKey;
  /** The service whose events feed it. */
  source: ServiceName;
  /** Event types (`<service>.<aggregate>.<event>`) it is computed from. */
  feeds: readonly string[];
  /**
   * The key whose count it is a part of, when the report writes it as a share of it
   * (`143/151 = 94,7%`: `rating.orgs.goodOrBetter` of `rating.orgs.rated`).
   */
  shareOf?: string;
}

type Def = Omit<MetricDefinition, 'key'>;
const t = (vi: string, en: string) => ({ vi, en });

const ORG_EVENTS = {
  established: 'membership.organization.established',
  handedIn: 'membership.organization.handedIn',
  renamed: 'membership.organization.renamed',
  moved: 'membership.organization.moved',
  merged: 'membership.organization.merged',
  split: 'membership.organization.split',
  dissolved: 'membership.organization.dissolved',
  handedOver: 'membership.organization.handedOver',
} as const;
const ORG_TREE_EVENTS = Object.values(ORG_EVENTS);

/**
 * The member events as membership publishes them. Transfers are one event with a `kind`
 * (out | in | internal | temporary), dated the day the transfer took effect; reissued cards carry
 * their `reason` (damaged | lost). Expulsion is decided by the inspection service; membership
 * applies it and publishes `member.expelled` on the effective date.
 */
const MEMBER_EVENTS = {
  registered: 'membership.member.registered',
  admitted: 'membership.member.admitted',
  madeOfficial: 'membership.member.madeOfficial',
  removedFromProbation: 'membership.member.removedFromProbation',
  transferCompleted: 'membership.transfer.completed',
  died: 'membership.member.died',
  struckOff: 'membership.member.struckOff',
  leftParty: 'membership.member.leftParty',
  expelled: 'membership.member.expelled',
  reassigned: 'membership.member.reassigned',
  cardIssued: 'membership.card.issued',
  cardReissued: 'membership.card.reissued',
  badgeAwarded: 'membership.badge.awarded',
} as const;
/**
 * What the headcount is derived from: who is a member (registered existing members, admissions,
 * transfers, leaving, expulsion), the moves made by a merger, split or dissolution (not transfers)
 * and the tree that places them (a hand-over takes the members out of the bloc).
 */
const MEMBER_STOCK_EVENTS = [
  MEMBER_EVENTS.registered,
  MEMBER_EVENTS.admitted,
  MEMBER_EVENTS.transferCompleted,
  MEMBER_EVENTS.died,
  MEMBER_EVENTS.struckOff,
  MEMBER_EVENTS.leftParty,
  MEMBER_EVENTS.expelled,
  MEMBER_EVENTS.removedFromProbation,
  MEMBER_EVENTS.reassigned,
  ...ORG_TREE_EVENTS,
];

const orgs = (d: Omit<Def, 'unit' | 'section' | 'source'>): Def => ({ unit: 'orgs', section: 'organizations', source: 'membership', ...d });
const trainingClasses = (category: string, what: { vi: string; en: string }, code: string): [string, Def][] => [
  [
    `training.classes.${code}`,
    {
      label: t(`Số lớp ${what.vi}`, `Classes: ${what.en}`),
      unit: 'classes',
      kind: 'flow',
      definition: t(
        `Lớp loại "${category}" có ngày khai giảng trong năm (khóa học kéo dài nhiều năm tính vào năm khai giảng).`,
        `Classes of category "${category}" whose opening date falls in the year (a cohort spanning years counts in the year it opened).`,
      ),
      section: 'training',
      source: 'training',
      feeds: ['training.class.opened', 'training.class.updated'],
    },
  ],
  [
    `training.students.${code}`,
    {
      label: t(`Số học viên lớp ${what.vi}`, `Students: ${what.en}`),
      unit: 'people',
      kind: 'flow',
      definition: t(
        `Học viên ghi danh (kể cả đã rút) vào các lớp loại "${category}" khai giảng trong năm; tính theo ngày khai giảng của lớp.`,
        `Students enrolled (withdrawn included) in classes of category "${category}" opened in the year; counted by the class's opening date.`,
      ),
      section: 'training',
      source: 'training',
      feeds: ['training.class.opened', 'training.class.updated', 'training.enrollment.enrolled'],
    },
  ],
];

export const BADGE_LEVELS = [30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90] as const;

const rating = (subject: 'orgs' | 'members'): [string, Def][] => {
  const who = subject === 'orgs' ? t('tổ chức cơ sở đảng', 'grassroots organizations') : t('đảng viên', 'members');
  const feeds = [subject === 'orgs' ? 'membership.rating.orgRated' : 'membership.rating.memberRated'];
  const unit: MetricUnit = subject === 'orgs' ? 'orgs' : 'people';
  const levels: [string, { vi: string; en: string }, string][] = [
    ['rated', t(`Số ${who.vi} được đánh giá, xếp loại`, `${who.en} rated`), 'mọi mức / every level'],
    ['goodOrBetter', t(`Số ${who.vi} hoàn thành tốt nhiệm vụ trở lên`, `${who.en} rated good or better`), 'HTXSNV + HTTNV'],
    ['excellent', t(`Số ${who.vi} hoàn thành xuất sắc nhiệm vụ`, `${who.en} rated excellent`), 'HTXSNV'],
    ['completed', t(`Số ${who.vi} hoàn thành nhiệm vụ`, `${who.en} rated completed`), 'HTNV'],
    ['notCompleted', t(`Số ${who.vi} không hoàn thành nhiệm vụ`, `${who.en} rated not completed`), 'KHTNV'],
  ];
  return levels.map(([level, label, levelText]) => [
    `rating.${subject}.${level}`,
    {
      label,
      unit,
      kind: 'flow',
      definition: t(
        `Kết quả xếp loại của năm đánh giá (${levelText}), theo năm được đánh giá, không theo ngày nhập.`,
        `Ratings of the rating year (${levelText}), by the year rated, not the day recorded.`,
      ),
      section: 'rating',
      source: 'membership',
      feeds,
      // every level is written as a share of those rated: "143/151 = 94,7%"
      ...(level === 'rated' ? {} : { shareOf: `rating.${subject}.rated` }),
    },
  ]);
};

const ENTRIES: [string, Def][] = [
  // ── organizations and members at year end ──────────────────────────────────────────────
  ['orgs.grassroots', orgs({
    label: t('Tổ chức cơ sở đảng', 'Grassroots party organizations'),
    kind: 'stock',
    definition: t('Đảng bộ cơ sở và chi bộ cơ sở đang hoạt động tại ngày báo cáo (31/12), theo cây tổ chức tại ngày đó.', 'Grassroots party committees and cells active on the report date (31 Dec), by the tree as it was that day.'),
    feeds: ORG_TREE_EVENTS,
  })],
  ['orgs.grassroots.partyCommittees', orgs({
    label: t('Đảng bộ cơ sở', 'Grassroots party committees'),
    kind: 'stock',
    shareOf: 'orgs.grassroots',
    definition: t('Đảng bộ cơ sở đang hoạt động tại ngày báo cáo.', 'Grassroots party committees active on the report date.'),
    feeds: ORG_TREE_EVENTS,
  })],
  ['orgs.grassroots.cells', orgs({
    label: t('Chi bộ cơ sở', 'Grassroots party cells'),
    kind: 'stock',
    shareOf: 'orgs.grassroots',
    definition: t('Chi bộ cơ sở đang hoạt động tại ngày báo cáo.', 'Grassroots party cells active on the report date.'),
    feeds: ORG_TREE_EVENTS,
  })],
  ['members.total', {
    label: t('Tổng số đảng viên', 'Members'),
    unit: 'people',
    kind: 'stock',
    definition: t('Đảng viên (chính thức và dự bị) sinh hoạt chính thức trong phạm vi tại ngày báo cáo; đảng viên sinh hoạt tạm thời không tính; đang chuyển sinh hoạt tính đúng một nơi.', 'Members (official and probationary) with official party activity in scope on the report date; temporary activity excluded; members in transit counted exactly once.'),
    section: 'organizations',
    source: 'membership',
    feeds: MEMBER_STOCK_EVENTS,
  }],
  ['orgs.established', orgs({
    label: t('Tổ chức cơ sở đảng thành lập mới', 'Grassroots organizations established'),
    kind: 'flow',
    definition: t('Tổ chức cơ sở đảng thành lập mới (không kể tổ chức sinh ra do hợp nhất, chia tách) có ngày hiệu lực của quyết định trong năm.', 'Grassroots organizations newly established (not those created by a merger or split) whose decision takes effect in the year.'),
    feeds: [ORG_EVENTS.established],
  })],
  ['orgs.dissolved', orgs({
    label: t('Tổ chức cơ sở đảng giải thể', 'Grassroots organizations dissolved'),
    kind: 'flow',
    definition: t('Tổ chức cơ sở đảng giải thể có ngày hiệu lực của quyết định trong năm.', 'Grassroots organizations dissolved by a decision taking effect in the year.'),
    feeds: [ORG_EVENTS.dissolved],
  })],
  ['orgs.handedOver', orgs({
    label: t('Tổ chức cơ sở đảng bàn giao', 'Grassroots organizations handed over'),
    kind: 'flow',
    definition: t('Tổ chức cơ sở đảng bàn giao cho cấp ủy khác (cùng đảng viên) có ngày hiệu lực trong năm.', 'Grassroots organizations handed over to another superior committee (with their members), effective in the year.'),
    feeds: [ORG_EVENTS.handedOver],
  })],
  ['orgs.handedIn', orgs({
    label: t('Tổ chức cơ sở đảng tiếp nhận', 'Grassroots organizations handed in'),
    kind: 'flow',
    definition: t('Tổ chức cơ sở đảng do cấp ủy khác bàn giao về (cùng đảng viên) có ngày hiệu lực trong năm.', 'Grassroots organizations received from another superior committee (with their members), effective in the year.'),
    feeds: [ORG_EVENTS.handedIn],
  })],
  ['members.handedOver', {
    label: t('Đảng viên bàn giao cùng tổ chức', 'Members handed over with their organizations'),
    unit: 'people',
    kind: 'flow',
    definition: t(
      'Đảng viên sinh hoạt trong các tổ chức bàn giao, tại ngày hiệu lực của việc bàn giao trong năm; với một tổ chức cấp dưới, cả đảng viên theo tổ chức của mình (hợp nhất, chia tách, giải thể) ra ngoài tổ chức đó.',
      'Members of the organizations handed over, on the effective date of the hand-over in the year; for a subtree, also the members a merger, split or dissolution carried out of it.',
    ),
    section: 'organizations',
    source: 'membership',
    feeds: [...MEMBER_STOCK_EVENTS],
  }],
  ['members.handedIn', {
    label: t('Đảng viên tiếp nhận cùng tổ chức', 'Members handed in with their organizations'),
    unit: 'people',
    kind: 'flow',
    definition: t(
      'Đảng viên của các tổ chức được bàn giao về, tại ngày hiệu lực trong năm; với một tổ chức cấp dưới, cả đảng viên theo tổ chức của mình (hợp nhất, chia tách, giải thể) vào tổ chức đó.',
      'Members of the organizations handed in, on the effective date in the year; for a subtree, also the members a merger, split or dissolution carried into it.',
    ),
    section: 'organizations',
    source: 'membership',
    feeds: [...MEMBER_STOCK_EVENTS],
  }],
  // ── party development ──────────────────────────────────────────────────────────────────
  ['members.admitted', {
    label: t('Kết nạp đảng viên', 'Members admitted'),
    unit: 'people',
    kind: 'flow',
    definition: t('Quần chúng được kết nạp, theo ngày quyết định kết nạp (không theo ngày lễ, ngày nhập).', 'People admitted, by the date of the admission decision (not the ceremony, not the day recorded).'),
    section: 'partyDevelopment',
    source: 'membership',
    feeds: [MEMBER_EVENTS.admitted],
  }],
  ['members.madeOfficial', {
    label: t('Chuyển đảng chính thức', 'Probationary members made official'),
    unit: 'people',
    kind: 'flow',
    definition: t('Đảng viên dự bị được công nhận chính thức, theo ngày chính thức (ngày lễ kết nạp + 12 tháng), kể cả khi họp xét muộn.', 'Probationary members made official, by the official date (ceremony + 12 months), even when reviewed late.'),
    section: 'partyDevelopment',
    source: 'membership',
    feeds: [MEMBER_EVENTS.madeOfficial],
  }],
  ['members.removedFromProbation', {
    label: t('Xóa tên đảng viên dự bị', 'Probationary members removed'),
    unit: 'people',
    kind: 'flow',
    definition: t('Đảng viên dự bị không đủ điều kiện công nhận chính thức, bị xóa tên trong danh sách đảng viên dự bị, theo ngày quyết định.', 'Probationary members not converted and struck off the probationary list, by decision date.'),
    section: 'partyDevelopment',
    source: 'membership',
    feeds: [MEMBER_EVENTS.removedFromProbation],
  }],
  // ── cadre ──────────────────────────────────────────────────────────────────────────────
  ['cadre.consolidated.people', {
    label: t('Số đồng chí cấp ủy được kiện toàn', 'Committee members consolidated'),
    unit: 'people',
    kind: 'flow',
    definition: t('Cấp ủy viên, bí thư, phó bí thư được kiện toàn tại cấp ủy cơ sở (không kể bổ sung Ban Chấp hành, UBKT Đảng bộ Khối), theo ngày quyết định.', 'Committee members, secretaries, deputies filled at grassroots committees (not the bloc\'s own committee additions), by decision date.'),
    section: 'cadre',
    source: 'cadre',
    feeds: ['cadre.committee.consolidated'],
  }],
  ['cadre.consolidated.orgs', {
    label: t('Số tổ chức được kiện toàn cấp ủy', 'Organizations whose committee was consolidated'),
    unit: 'orgs',
    kind: 'flow',
    definition: t('Chi bộ, đảng bộ cơ sở có ít nhất một quyết định kiện toàn trong năm.', 'Grassroots organizations with at least one consolidation decision in the year.'),
    section: 'cadre',
    source: 'cadre',
    feeds: ['cadre.committee.consolidated'],
  }],
  ['cadre.blocCommittee.added', {
    label: t('Bổ sung Ủy viên Ban Chấp hành Đảng bộ Khối', 'Added to the bloc executive committee'),
    unit: 'people',
    kind: 'flow',
    definition: t('Đồng chí được bổ sung vào Ban Chấp hành Đảng bộ Khối, theo ngày quyết định.', 'People added to the bloc executive committee, by decision date.'),
    section: 'cadre',
    source: 'cadre',
    feeds: ['cadre.committee.consolidated'],
  }],
  ['cadre.blocInspectionCommittee.added', {
    label: t('Bổ sung Ủy viên UBKT Đảng ủy Khối', 'Added to the bloc inspection committee'),
    unit: 'people',
    kind: 'flow',
    definition: t('Đồng chí được bổ sung vào Ủy ban Kiểm tra Đảng ủy Khối, theo ngày quyết định.', 'People added to the bloc inspection committee, by decision date.'),
    section: 'cadre',
    source: 'cadre',
    feeds: ['cadre.committee.consolidated'],
  }],
  // planning (quy hoạch) and confidence votes (lấy phiếu tín nhiệm)
  ['cadre.planning.added', {
    label: t('Số đồng chí được bổ sung vào quy hoạch', 'People added to planning'),
    unit: 'people',
    kind: 'flow',
    definition: t('Người được quy hoạch vào ít nhất một chức danh (quyết định phê duyệt quy hoạch hoặc bổ sung khi rà soát), theo ngày quyết định; mỗi người tính một lần.', 'People planned for at least one post (a planning decision or a review\'s addition), by decision date; each person once.'),
    section: 'cadre',
    source: 'cadre',
    feeds: ['cadre.planning.planned'],
  }],
  ['cadre.planning.removed', {
    label: t('Số đồng chí đưa ra khỏi quy hoạch', 'People removed from planning'),
    unit: 'people',
    kind: 'flow',
    definition: t('Người ra khỏi quy hoạch ít nhất một chức danh: do rà soát, hoặc đương nhiên (kỷ luật từ khiển trách trở lên, không đạt tiêu chuẩn chính trị, trên 1/2 phiếu tín nhiệm thấp), theo ngày ra khỏi quy hoạch; mỗi người tính một lần.', 'People out of at least one post\'s plan: by a review, or by themselves (a reprimand or heavier, failing political vetting, more than 1/2 low confidence), by the day they left; each person once.'),
    section: 'cadre',
    source: 'cadre',
    feeds: ['cadre.planning.planned', 'cadre.planning.removed'],
  }],
  ['cadre.planning.reviews', {
    label: t('Số lượt rà soát, bổ sung quy hoạch', 'Planning reviews'),
    unit: 'requests',
    kind: 'flow',
    definition: t('Quyết định rà soát, bổ sung quy hoạch trong năm, theo ngày quyết định.', 'Planning review decisions of the year, by decision date.'),
    section: 'cadre',
    source: 'cadre',
    feeds: ['cadre.planning.reviewed'],
  }],
  ['cadre.votes.held', {
    label: t('Số lượt lấy phiếu tín nhiệm', 'Confidence votes held'),
    unit: 'people',
    kind: 'flow',
    definition: t('Lượt lấy phiếu tín nhiệm hợp lệ (có ít nhất 2/3 số người được triệu tập có mặt) đối với một người giữ chức vụ, theo ngày lấy phiếu (Quy định 96-QĐ/TW).', 'Valid confidence votes (at least 2/3 of those summoned attending) on one person holding a post, by the date held (Quy định 96-QĐ/TW).'),
    section: 'cadre',
    source: 'cadre',
    feeds: ['cadre.confidenceVote.recorded'],
  }],
  ['cadre.votes.flagged', {
    label: t('Số lượt có trên 1/2 phiếu tín nhiệm thấp', 'Confidence votes with more than 1/2 low'),
    unit: 'people',
    kind: 'flow',
    definition: t('Trong số lượt lấy phiếu hợp lệ, lượt có trên 1/2 số phiếu tín nhiệm thấp (phải xem xét cho thôi giữ chức vụ hoặc miễn nhiệm), theo ngày lấy phiếu.', 'Among valid votes, those with more than 1/2 low confidence (relief or dismissal to consider), by the date held.'),
    section: 'cadre',
    source: 'cadre',
    feeds: ['cadre.confidenceVote.recorded'],
  }],
  // ── training ───────────────────────────────────────────────────────────────────────────
  ['training.advancedTheory.sent', {
    label: t('Cử đi học Cao cấp lý luận chính trị', 'Sent to advanced political theory'),
    unit: 'people',
    kind: 'flow',
    definition: t('Người được cử đi học lớp loại "advancedTheory", theo ngày quyết định cử đi học.', 'People sent to a course of category "advancedTheory", by the date of the sending decision.'),
    section: 'training',
    source: 'training',
    feeds: ['training.sending.made'],
  }],
  ['training.advancedTheory.registeredNextYear', {
    label: t('Đăng ký học Cao cấp LLCT năm sau', 'Registered for advanced political theory next year'),
    unit: 'people',
    kind: 'flow',
    definition: t('Đăng ký học lớp loại "advancedTheory" cho năm báo cáo + 1 (theo năm học đăng ký, không theo ngày nhập).', 'Registrations for a course of category "advancedTheory" for the report year + 1 (by the year registered for, not the day recorded).'),
    section: 'training',
    source: 'training',
    feeds: ['training.registration.made'],
  }],
  ['training.object4.registered', {
    label: t('Đăng ký học lớp Đối tượng 4', 'Registered for the object-4 class'),
    unit: 'people',
    kind: 'flow',
    definition: t('Đăng ký học lớp loại "object4" có ngày đăng ký trong năm.', 'Registrations for a course of category "object4" whose registration date falls in the year.'),
    section: 'training',
    source: 'training',
    feeds: ['training.registration.made'],
  }],
  ['training.secretaries.trained', {
    label: t('Bí thư chi bộ được tập huấn nghiệp vụ', 'Cell secretaries trained'),
    unit: 'people',
    kind: 'flow',
    definition: t('Số người khác nhau dự các buổi tập huấn cho bí thư chi bộ tổ chức trong năm (theo ngày tổ chức).', 'Distinct people attending training sessions for cell secretaries held in the year (by the day held).'),
    section: 'training',
    source: 'training',
    feeds: ['training.secretarySession.attended'],
  }],
  ...trainingClasses('partyAwareness', t('bồi dưỡng nhận thức về Đảng (đối tượng kết nạp)', 'awareness of the Party (candidates)'), 'candidates'),
  ...trainingClasses('newMemberTheory', t('lý luận chính trị cho đảng viên mới', 'political theory for new members'), 'newMembers'),
  ...trainingClasses('intermediateTheory', t('trung cấp lý luận chính trị', 'intermediate political theory'), 'intermediateTheory'),
  // ── member work: badges, cards, transfers, leaving ──────────────────────────────────────
  ['badges.awarded', {
    label: t('Trao tặng Huy hiệu Đảng', 'Party badges awarded'),
    unit: 'badges',
    kind: 'flow',
    definition: t('Huy hiệu Đảng trao tặng (mọi mức) theo ngày của đợt trao (3/2, 19/5, 2/9, 7/11); bằng tổng các mức.', 'Party badges awarded (every level) by the date of the award round (3/2, 19/5, 2/9, 7/11); the sum of the levels.'),
    section: 'memberWork',
    source: 'membership',
    feeds: [MEMBER_EVENTS.badgeAwarded],
  }],
  ...BADGE_LEVELS.map((level): [string, Def] => [
    `badges.awarded.${level}`,
    {
      label: t(`Huy hiệu ${level} năm tuổi Đảng`, `${level}-year party badges`),
      unit: 'badges',
      kind: 'flow',
      definition: t(`Huy hiệu ${level} năm tuổi Đảng trao tặng theo ngày của đợt trao trong năm.`, `${level}-year badges awarded, by the date of the award round in the year.`),
      section: 'memberWork',
      source: 'membership',
      feeds: [MEMBER_EVENTS.badgeAwarded],
    },
  ]),
  ['cards.issued', {
    label: t('Cấp thẻ đảng viên mới', 'Party cards issued'),
    unit: 'cards',
    kind: 'flow',
    definition: t('Thẻ đảng viên cấp lần đầu, theo ngày cấp thẻ.', 'First party cards issued, by issue date.'),
    section: 'memberWork',
    source: 'membership',
    feeds: [MEMBER_EVENTS.cardIssued],
  }],
  ['cards.reissued.damaged', {
    label: t('Đổi thẻ đảng viên bị hỏng', 'Cards reissued (damaged)'),
    unit: 'cards',
    kind: 'flow',
    definition: t('Thẻ cấp lại do hỏng, theo ngày cấp.', 'Cards reissued because damaged, by issue date.'),
    section: 'memberWork',
    source: 'membership',
    feeds: [MEMBER_EVENTS.cardReissued],
  }],
  ['cards.reissued.lost', {
    label: t('Cấp lại thẻ đảng viên bị mất', 'Cards reissued (lost)'),
    unit: 'cards',
    kind: 'flow',
    definition: t('Thẻ cấp lại do mất, theo ngày cấp.', 'Cards reissued because lost, by issue date.'),
    section: 'memberWork',
    source: 'membership',
    feeds: [MEMBER_EVENTS.cardReissued],
  }],
  ['transfers.out', {
    label: t('Chuyển sinh hoạt đảng đi đảng bộ khác', 'Transferred out of the bloc'),
    unit: 'people',
    kind: 'flow',
    definition: t('Đảng viên chuyển sinh hoạt chính thức ra ngoài phạm vi, theo ngày chuyển có hiệu lực.', 'Members whose official transfer out of scope took effect in the year.'),
    section: 'memberWork',
    source: 'membership',
    feeds: [MEMBER_EVENTS.transferCompleted],
  }],
  ['transfers.in', {
    label: t('Tiếp nhận sinh hoạt đảng', 'Transferred in'),
    unit: 'people',
    kind: 'flow',
    definition: t('Đảng viên chuyển sinh hoạt chính thức vào phạm vi, theo ngày tiếp nhận có hiệu lực.', 'Members whose official transfer into scope took effect in the year.'),
    section: 'memberWork',
    source: 'membership',
    feeds: [MEMBER_EVENTS.transferCompleted],
  }],
  ['transfers.internal', {
    label: t('Chuyển sinh hoạt trong nội bộ Đảng bộ Khối', 'Internal transfers'),
    unit: 'people',
    kind: 'flow',
    definition: t('Chuyển sinh hoạt chính thức giữa các tổ chức trong phạm vi, theo ngày có hiệu lực.', 'Official transfers between organizations within scope, by effective date.'),
    section: 'memberWork',
    source: 'membership',
    feeds: [MEMBER_EVENTS.transferCompleted],
  }],
  ['deaths', {
    label: t('Đảng viên từ trần', 'Members deceased'),
    unit: 'people',
    kind: 'flow',
    definition: t('Đảng viên từ trần, theo ngày mất (không theo ngày nhận hồ sơ).', 'Members who died, by date of death (not the day the dossier arrived).'),
    section: 'memberWork',
    source: 'membership',
    feeds: [MEMBER_EVENTS.died],
  }],
  ['members.struckOff', {
    label: t('Xóa tên đảng viên', 'Members struck off'),
    unit: 'people',
    kind: 'flow',
    definition: t('Đảng viên chính thức bị xóa tên, theo ngày quyết định.', 'Official members struck off, by decision date.'),
    section: 'memberWork',
    source: 'membership',
    feeds: [MEMBER_EVENTS.struckOff],
  }],
  ['members.leftParty', {
    label: t('Cho ra khỏi Đảng', 'Allowed to leave the Party'),
    unit: 'people',
    kind: 'flow',
    definition: t('Đảng viên được cho ra khỏi Đảng, theo ngày quyết định.', 'Members allowed to leave, by decision date.'),
    section: 'memberWork',
    source: 'membership',
    feeds: [MEMBER_EVENTS.leftParty],
  }],
  ['members.expelled', {
    label: t('Khai trừ ra khỏi Đảng', 'Members expelled'),
    unit: 'people',
    kind: 'flow',
    definition: t('Đảng viên bị khai trừ, theo ngày quyết định kỷ luật có hiệu lực.', 'Members expelled, by the date the discipline decision took effect.'),
    section: 'memberWork',
    source: 'membership',
    feeds: [MEMBER_EVENTS.expelled],
  }],
  // ── vetting ────────────────────────────────────────────────────────────────────────────
  ['vetting.requestsToPolice', {
    label: t('Gửi xin ý kiến Công an về tiêu chuẩn chính trị', 'Vetting requests sent to the police'),
    unit: 'people',
    kind: 'flow',
    definition: t('Người được gửi xin ý kiến Công an rà soát tiêu chuẩn chính trị, theo ngày công văn.', 'People whose political-standard vetting request was sent to the police, by the date of the letter.'),
    section: 'vetting',
    source: 'cadre',
    feeds: ['cadre.vetting.requestSent'],
  }],
  ['vetting.concluded', {
    label: t('Kết luận tiêu chuẩn chính trị', 'Vetting conclusions'),
    unit: 'people',
    kind: 'flow',
    definition: t('Người được Ban Thường vụ kết luận về tiêu chuẩn chính trị, theo ngày kết luận.', 'People on whom the standing committee concluded, by conclusion date.'),
    section: 'vetting',
    source: 'cadre',
    feeds: ['cadre.vetting.concluded'],
  }],
  // ── inspection and supervision ─────────────────────────────────────────────────────────
  ['inspection.orgs', {
    label: t('Tổ chức cơ sở đảng được kiểm tra', 'Organizations inspected'),
    unit: 'orgs',
    kind: 'flow',
    definition: t('Tổ chức cơ sở đảng (cấp ủy, bí thư) được kiểm tra theo chương trình của năm.', 'Grassroots organizations (committees, secretaries) inspected under the year\'s program.'),
    section: 'inspection',
    source: 'inspection',
    feeds: ['inspection.inspection.concluded'],
  }],
  ['supervision.orgs', {
    label: t('Tổ chức cơ sở đảng được giám sát', 'Organizations supervised'),
    unit: 'orgs',
    kind: 'flow',
    definition: t('Tổ chức cơ sở đảng được giám sát theo chương trình của năm.', 'Grassroots organizations supervised under the year\'s program.'),
    section: 'inspection',
    source: 'inspection',
    feeds: ['inspection.supervision.concluded'],
  }],
  ['dossierSurveys.orgs', {
    label: t('Tổ chức được khảo sát hồ sơ', 'Organizations whose dossiers were surveyed'),
    unit: 'orgs',
    kind: 'flow',
    definition: t('Tổ chức đảng được khảo sát hồ sơ tổ chức đảng và đảng viên trong năm, theo ngày khảo sát.', 'Organizations whose organization and member dossiers were surveyed in the year, by survey date.'),
    section: 'inspection',
    source: 'inspection',
    feeds: ['inspection.dossierSurvey.completed'],
  }],
  ['dossierSurveys.remaining', {
    label: t('Tổ chức cơ sở đảng chưa được khảo sát hồ sơ', 'Grassroots organizations not yet surveyed'),
    unit: 'orgs',
    kind: 'stock',
    definition: t('Tổ chức cơ sở đảng tại ngày báo cáo chưa từng được khảo sát hồ sơ.', 'Grassroots organizations on the report date never surveyed so far.'),
    section: 'inspection',
    source: 'inspection',
    feeds: ['inspection.dossierSurvey.completed', ...ORG_TREE_EVENTS],
  }],
  ...discipline('khien_trach', 'khienTrach', t('Đảng viên bị kỷ luật khiển trách', 'Members reprimanded')),
  ...discipline('canh_cao', 'canhCao', t('Đảng viên bị kỷ luật cảnh cáo', 'Members warned')),
  ...discipline('cach_chuc', 'cachChuc', t('Đảng viên bị kỷ luật cách chức', 'Members removed from post')),
  ...discipline('khai_tru', 'khaiTru', t('Đảng viên bị kỷ luật khai trừ', 'Members expelled (discipline decisions)')),
  // ── rating ─────────────────────────────────────────────────────────────────────────────
  ...rating('orgs'),
  ...rating('members'),
];

/** Discipline decisions of one level (Điều lệ Đảng, Điều 35) decided in the year and not annulled by the report date. */
function discipline(level: string, key: string, label: { vi: string; en: string }): [string, Def][] {
  return [[`discipline.members.${key}`, {
    label,
    unit: 'people',
    kind: 'flow',
    definition: t(
      `Quyết định kỷ luật mức này trong năm, theo ngày quyết định; quyết định đã bị hủy (hoặc thay bằng mức nhẹ hơn) đến ngày báo cáo không tính (mã ${level}).`,
      `Discipline decisions of this level in the year, by decision date; one annulled (or replaced by a lighter one) by the report date does not count (code ${level}).`,
    ),
    section: 'inspection',
    source: 'inspection',
    feeds: ['inspection.discipline.decided', 'inspection.discipline.annulled'],
  }]];
}

export const METRICS: readonly MetricDefinition[] = ENTRIES.map(([key, def]) => ({ key, ...def }));

export const METRIC_KEYS: readonly string[] = METRICS.map((m) => m.key);

export const METRICS_BY_KEY: ReadonlyMap<string, MetricDefinition> = new Map(METRICS.map((m) => [m.key, m]));

if (METRICS_BY_KEY.size !== METRICS.length) throw new Error('Duplicate metric key in the catalogue');
for (const m of METRICS) if (m.shareOf && !METRICS_BY_KEY.has(m.shareOf)) throw new Error(`${m.key} is a share of ${m.shareOf}, not in the catalogue`);

/** Sections in print order with their keys in catalogue order. */
export const REPORT_SECTION_LIST: readonly { key: ReportSectionKey; title: { vi: string; en: string }; metrics: string[] }[] = REPORT_SECTIONS.map((key) => ({
  key,
  title: REPORT_SECTION_TITLES[key],
  metrics: METRICS.filter((m) => m.section === key).map((m) => m.key),
}));
