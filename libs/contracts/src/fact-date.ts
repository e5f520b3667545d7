import { z } from 'zod';
import { bilingual } from './errors/validate';
import { isCalendarDate, todayInVietnam, type LocalDate } from './local-date';

/**
 * How many days after today a command may date a fact. 0: a fact is recorded once it has
 * happened (a ceremony planned for Friday is recorded on Friday, or later). A constant, not an
 * environment variable, because the same schema validates in every service, in the roster import
 * and in the portal's forms: a per-process setting could let one service accept what another
 * refuses, and the specs' "today vs tomorrow" edge would depend on the deployment.
 */
export const FACT_DATE_MARGIN_DAYS = 0;

/**
 * The earliest fact any record holds: no member, candidate or student alive was born before it,
 * and the Party was founded in 1930. A year typed as 0100 or 1023 is a slip, refused like 9999.
 */
export const FACT_DATE_FLOOR: LocalDate = '1900-01-01';

/** What a refusal calls a date field, by its key (the last segment of its path). */
const LABELS: Record<string, [vi: string, en: string]> = {
  dateOfBirth: ['Ngày sinh', 'The birth date'],
  admissionDecisionDate: ['Ngày quyết định kết nạp', 'The admission decision date'],
  ceremonyDate: ['Ngày lễ kết nạp', 'The ceremony date'],
  officialDate: ['Ngày chính thức', 'The official date'],
  cardIssuedOn: ['Ngày cấp thẻ', 'The card issue date'],
  nominatedOn: ['Ngày giới thiệu quần chúng', 'The nomination date'],
  listedOn: ['Ngày vào danh sách cảm tình Đảng', 'The sympathizer listing date'],
  concludedOn: ['Ngày kết luận thẩm tra lý lịch', 'The vetting conclusion date'],
  togetherSince: ['Ngày bắt đầu cùng công tác, học tập, sinh sống', 'The date they started working, studying or living together'],
  voteDate: ['Ngày chi bộ xét', 'The chi bộ vote date'],
  decisionDate: ['Ngày quyết định', 'The decision date'],
  meetingDate: ['Ngày họp chi bộ', 'The chi bộ meeting date'],
  effectiveOn: ['Ngày hiệu lực', 'The effective date'],
  issuedOn: ['Ngày cấp', 'The issue date'],
  arrivedOn: ['Ngày tiếp nhận', 'The arrival date'],
  departedOn: ['Ngày chuyển đi', 'The departure date'],
  receivedOn: ['Ngày nhận', 'The date received'],
  dossierReceivedOn: ['Ngày nhận hồ sơ', 'The date the dossier was received'],
  activityStartedOn: ['Ngày bắt đầu sinh hoạt', 'The date activity started'],
  startOn: ['Ngày bắt đầu', 'The start date'],
  dateOfDeath: ['Ngày mất', 'The date of death'],
  diedOn: ['Ngày mất', 'The date of death'],
  noticeSentOn: ['Ngày gửi thông báo', 'The notice date'],
  sentOn: ['Ngày gửi', 'The sending date'],
  repliedOn: ['Ngày trả lời', 'The reply date'],
  from: ['Ngày bắt đầu miễn sinh hoạt', 'The exemption start date'],
  documentDate: ['Ngày văn bản', 'The document date'],
  approvedOn: ['Ngày phê duyệt', 'The approval date'],
  occasion: ['Ngày dịp trao tặng', 'The award occasion'],
  seriouslyIllSince: ['Ngày xác nhận bệnh nặng', 'The date the serious illness was certified'],
  openedOn: ['Ngày khai giảng', 'The opening date'],
  enrolledOn: ['Ngày ghi danh', 'The enrollment date'],
  recordedOn: ['Ngày ghi nhận', 'The date recorded'],
  completedOn: ['Ngày hoàn thành', 'The completion date'],
  certificateIssuedOn: ['Ngày cấp giấy chứng nhận', 'The certificate date'],
  registeredOn: ['Ngày đăng ký', 'The registration date'],
  heldOn: ['Ngày tổ chức', 'The date held'],
  withdrawnOn: ['Ngày thôi học', 'The withdrawal date'],
  doneOn: ['Ngày hoàn thành bước', 'The date the phase was done'],
  conclusionDate: ['Ngày kết luận', 'The conclusion date'],
  followedUpOn: ['Ngày theo dõi', 'The follow-up date'],
  surveyedOn: ['Ngày khảo sát', 'The survey date'],
  instructionDate: ['Ngày văn bản chỉ đạo', 'The instruction date'],
  electedOn: ['Ngày bầu (đại hội)', 'The election date'],
};

function labelOf(path: readonly PropertyKey[]): [string, string] {
  const key = [...path].reverse().find((k): k is string => typeof k === 'string');
  const known = key ? LABELS[key] : undefined;
  if (known) return known;
  return key ? [`Ngày (${key})`, `The date (${key})`] : ['Ngày', 'The date'];
}

function plusDays(day: LocalDate, days: number): LocalDate {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The day `onFactDay` fixed for the check running now, and its latest fact date; null: the clock's. */
let factDay: { today: LocalDate; latest: LocalDate } | null = null;

/** Today in Vietnam, or the day `onFactDay` fixed. */
function factToday(): LocalDate {
  return factDay?.today ?? todayInVietnam();
}

/** The latest day a fact may carry when recorded now (on the day `onFactDay` fixed, when it runs). */
export function latestFactDate(now?: Date): LocalDate {
  if (factDay && !now) return factDay.latest;
  return plusDays(todayInVietnam(now), FACT_DATE_MARGIN_DAYS);
}

/**
 * Runs `check` — synchronous: a batch's schema checks, the 45,000 dates of a 9,000-row roster —
 * with every `factDate` judged against `today` (the caller's, once) instead of the clock read
 * again for each date. The rule is the same, its day is the batch's: a roster checked at
 * midnight is judged on one day, not on two halves. Synchronous so that no other request's
 * check can run while the day is fixed.
 */
export function onFactDay<T>(today: LocalDate, check: () => T): T {
  const outer = factDay;
  factDay = { today, latest: plusDays(today, FACT_DATE_MARGIN_DAYS) };
  try {
    const result = check();
    if (result instanceof Promise) throw new Error('onFactDay: the check must be synchronous (another request would run on the fixed day)');
    return result;
  } finally {
    factDay = outer;
  }
}

/**
 * The date of something that happened in the world (a vote, a decision, a death, a class's
 * opening) as a command records it: a valid `YYYY-MM-DD`, not after today in Vietnam (plus
 * `FACT_DATE_MARGIN_DAYS`), not before `FACT_DATE_FLOOR`. The refusal names the field and the
 * day. Queries' `asOf` and the planned ends of periods (`untilOn`, `endsOn`, an exemption's `to`)
 * stay `localDate`: they may lie ahead.
 */
export const factDate = z
  .string()
  // no `abort`: an aborting issue would skip the enclosing object's own refinements (its other fields' messages)
  .refine(isCalendarDate, { message: bilingual('Ngày không hợp lệ, cần dạng YYYY-MM-DD', 'Invalid date, expected YYYY-MM-DD') })
  .refine((d) => !isCalendarDate(d) || d >= FACT_DATE_FLOOR, {
    error: (iss) => {
      const [vi, en] = labelOf(iss.path ?? []);
      return bilingual(`${vi} ${String(iss.input)} trước năm ${FACT_DATE_FLOOR.slice(0, 4)}: kiểm tra lại năm`, `${en} ${String(iss.input)} is before ${FACT_DATE_FLOOR.slice(0, 4)}: check the year`);
    },
  })
  .refine((d) => !isCalendarDate(d) || d <= latestFactDate(), {
    error: (iss) => {
      const [vi, en] = labelOf(iss.path ?? []);
      const today = factToday();
      const margin = FACT_DATE_MARGIN_DAYS ? { vi: ` (quá ${FACT_DATE_MARGIN_DAYS} ngày)`, en: ` (by more than ${FACT_DATE_MARGIN_DAYS} days)` } : { vi: '', en: '' };
      return bilingual(
        `${vi} ${String(iss.input)} ở sau hôm nay (${today})${margin.vi}: chỉ ghi nhận việc đã diễn ra`,
        `${en} ${String(iss.input)} is after today (${today})${margin.en}: only what has happened can be recorded`,
      );
    },
  });
