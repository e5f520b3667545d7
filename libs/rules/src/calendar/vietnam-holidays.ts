import type { LocalDate } from '../local-date';
import type { Rule } from '../rule';

/**
 * Days off of state agencies (cơ quan hành chính, sự nghiệp, tổ chức chính trị – xã hội), which
 * rest on Saturday and Sunday, 2015–2030. DATA, not a computation: the Tết days and the swaps
 * are chosen by the Government each year, so they are written down as announced.
 *
 * Legal basis:
 * - to 2020: Bộ luật Lao động 2012, Điều 115 — 1/1; Tết Âm lịch 5 days; Giỗ Tổ Hùng Vương
 *   (10/3 âm lịch); 30/4; 1/5; 2/9 (one day).
 * - from 2021: Bộ luật Lao động 2019, Điều 112 — the same, and Quốc khánh becomes two days
 *   (2/9 and one adjacent day, 1/9 or 3/9, chosen each year).
 * - A holiday falling on the weekly rest day is compensated on the next working day
 *   (BLLĐ 2019, Điều 111 khoản 3; BLLĐ 2012 had the same rule). For Tết the announced plans
 *   put the compensation for a Saturday on the working day before the block and for a Sunday
 *   on the working day after it.
 *
 * `swapped` days are working days moved onto a Saturday (hoán đổi): the listed day is off and
 * the Saturday in `workedSaturdays` is worked. Only swaps we could confirm are listed; years or
 * entries not yet announced are marked `estimated` and use the usual pattern (no swaps).
 *
 * Lunar dates (Tết, Giỗ Tổ) were computed with the Vietnamese lunar calendar at UTC+7, which
 * differs from the Chinese one in 2030 (Vietnam: 2 Feb, China: 3 Feb).
 */

export type DayOffKind = 'holiday' | 'compensatory' | 'swapped';

export interface DayOff {
  /** First day off; with `to`, an inclusive block (weekend days inside it are harmless). */
  from: LocalDate;
  to?: LocalDate;
  name: string;
  kind: DayOffKind;
  /** Not (yet) confirmed by an announcement: the usual pattern was applied. */
  estimated?: true;
}

export interface WorkedSaturday {
  date: LocalDate;
  /** The working day moved onto this Saturday. */
  replaces: LocalDate;
  name: string;
}

export interface HolidayYear {
  year: number;
  /** Mùng 1 Tết Nguyên đán. */
  lunarNewYear: LocalDate;
  /** Giỗ Tổ Hùng Vương, 10/3 âm lịch. */
  hungKings: LocalDate;
  basis: string;
  daysOff: readonly DayOff[];
  workedSaturdays: readonly WorkedSaturday[];
  note?: string;
}

const BLLD_2012 = 'Bộ luật Lao động 2012, Điều 115';
const BLLD_2019 = 'Bộ luật Lao động 2019, Điều 112; Điều 111 khoản 3';

const holiday = (from: LocalDate, name: string, to?: LocalDate): DayOff => ({ from, to, name, kind: 'holiday' });
const compensatory = (from: LocalDate, name: string): DayOff => ({ from, name, kind: 'compensatory' });
const swapped = (from: LocalDate, name: string): DayOff => ({ from, name, kind: 'swapped' });
const estimated = (day: DayOff): DayOff => ({ ...day, estimated: true });

const NEW_YEAR = 'Tết Dương lịch';
const TET = 'Tết Nguyên đán';
const HUNG = 'Giỗ Tổ Hùng Vương';
const APR_30 = 'Ngày Chiến thắng 30/4';
const MAY_1 = 'Ngày Quốc tế Lao động 1/5';
const NATIONAL_DAY = 'Quốc khánh 2/9';

export const VIETNAM_HOLIDAYS: readonly HolidayYear[] = [
  {
    year: 2015,
    lunarNewYear: '2015-02-19',
    hungKings: '2015-04-28',
    basis: `${BLLD_2012}; Tờ trình 89/TTr-LĐTBXH (2014) và thông báo của Bộ LĐTBXH`,
    daysOff: [
      holiday('2015-01-01', NEW_YEAR),
      swapped('2015-01-02', NEW_YEAR),
      // Off 15/2–23/2: 16/2 swapped onto Saturday 14/2; 17/2 and 23/2 compensate the Tết days
      // falling on Sat 21 / Sun 22.
      holiday('2015-02-17', `${TET} Ất Mùi (29 tháng Chạp – mùng 5)`, '2015-02-23'),
      swapped('2015-02-16', TET),
      holiday('2015-04-28', HUNG),
      swapped('2015-04-29', HUNG),
      holiday('2015-04-30', APR_30),
      holiday('2015-05-01', MAY_1),
      holiday('2015-09-02', NATIONAL_DAY),
    ],
    workedSaturdays: [
      { date: '2014-12-27', replaces: '2015-01-02', name: NEW_YEAR },
      { date: '2015-02-14', replaces: '2015-02-16', name: TET },
      { date: '2015-04-25', replaces: '2015-04-29', name: HUNG },
    ],
  },
  {
    year: 2016,
    lunarNewYear: '2016-02-08',
    hungKings: '2016-04-16',
    basis: BLLD_2012,
    daysOff: [
      holiday('2016-01-01', NEW_YEAR),
      // 7/2 (29 Tết, last day of the year) is a Sunday: compensated on Friday 12/2.
      holiday('2016-02-06', `${TET} Bính Thân (28 tháng Chạp – mùng 7)`, '2016-02-14'),
      holiday('2016-04-16', HUNG),
      compensatory('2016-04-18', HUNG),
      holiday('2016-04-30', APR_30),
      holiday('2016-05-01', MAY_1),
      compensatory('2016-05-02', APR_30),
      compensatory('2016-05-03', MAY_1),
      holiday('2016-09-02', NATIONAL_DAY),
    ],
    workedSaturdays: [],
  },
  {
    year: 2017,
    lunarNewYear: '2017-01-28',
    hungKings: '2017-04-06',
    basis: BLLD_2012,
    daysOff: [
      holiday('2017-01-01', NEW_YEAR),
      compensatory('2017-01-02', NEW_YEAR),
      holiday('2017-01-26', `${TET} Đinh Dậu (29 tháng Chạp – mùng 5)`, '2017-02-01'),
      holiday('2017-04-06', HUNG),
      holiday('2017-04-30', APR_30),
      holiday('2017-05-01', MAY_1),
      compensatory('2017-05-02', APR_30),
      holiday('2017-09-02', NATIONAL_DAY),
      compensatory('2017-09-04', NATIONAL_DAY),
    ],
    workedSaturdays: [],
  },
  {
    year: 2018,
    lunarNewYear: '2018-02-16',
    hungKings: '2018-04-25',
    basis: `${BLLD_2012}; Công văn 6519/VPCP-KGVX (2018) for 31/12/2018`,
    daysOff: [
      holiday('2018-01-01', NEW_YEAR),
      holiday('2018-02-14', `${TET} Mậu Tuất (29 tháng Chạp – mùng 5)`, '2018-02-20'),
      holiday('2018-04-25', HUNG),
      holiday('2018-04-30', APR_30),
      holiday('2018-05-01', MAY_1),
      holiday('2018-09-02', NATIONAL_DAY),
      compensatory('2018-09-03', NATIONAL_DAY),
      swapped('2018-12-31', `${NEW_YEAR} 2019`),
    ],
    workedSaturdays: [{ date: '2019-01-05', replaces: '2018-12-31', name: `${NEW_YEAR} 2019` }],
  },
  {
    year: 2019,
    lunarNewYear: '2019-02-05',
    hungKings: '2019-04-14',
    basis: `${BLLD_2012}; Công văn 6519/VPCP-KGVX (2018)`,
    daysOff: [
      holiday('2019-01-01', NEW_YEAR),
      holiday('2019-02-02', `${TET} Kỷ Hợi (28 tháng Chạp – mùng 6)`, '2019-02-10'),
      holiday('2019-04-14', HUNG),
      compensatory('2019-04-15', HUNG),
      swapped('2019-04-29', APR_30),
      holiday('2019-04-30', APR_30),
      holiday('2019-05-01', MAY_1),
      holiday('2019-09-02', NATIONAL_DAY),
    ],
    workedSaturdays: [{ date: '2019-05-04', replaces: '2019-04-29', name: APR_30 }],
  },
  {
    year: 2020,
    lunarNewYear: '2020-01-25',
    hungKings: '2020-04-02',
    basis: BLLD_2012,
    daysOff: [
      holiday('2020-01-01', NEW_YEAR),
      holiday('2020-01-23', `${TET} Canh Tý (29 tháng Chạp – mùng 5)`, '2020-01-29'),
      holiday('2020-04-02', HUNG),
      holiday('2020-04-30', APR_30),
      holiday('2020-05-01', MAY_1),
      holiday('2020-09-02', NATIONAL_DAY),
    ],
    workedSaturdays: [],
  },
  {
    year: 2021,
    lunarNewYear: '2021-02-12',
    hungKings: '2021-04-21',
    basis: BLLD_2019,
    daysOff: [
      holiday('2021-01-01', NEW_YEAR),
      holiday('2021-02-10', `${TET} Tân Sửu (29 tháng Chạp – mùng 5)`, '2021-02-16'),
      holiday('2021-04-21', HUNG),
      holiday('2021-04-30', APR_30),
      holiday('2021-05-01', MAY_1),
      compensatory('2021-05-03', MAY_1),
      holiday('2021-09-02', NATIONAL_DAY, '2021-09-03'),
    ],
    workedSaturdays: [],
  },
  {
    year: 2022,
    lunarNewYear: '2022-02-01',
    hungKings: '2022-04-10',
    basis: BLLD_2019,
    daysOff: [
      holiday('2022-01-01', NEW_YEAR),
      compensatory('2022-01-03', NEW_YEAR),
      holiday('2022-01-29', `${TET} Nhâm Dần (27 tháng Chạp – mùng 6)`, '2022-02-06'),
      holiday('2022-04-10', HUNG),
      compensatory('2022-04-11', HUNG),
      holiday('2022-04-30', APR_30),
      holiday('2022-05-01', MAY_1),
      compensatory('2022-05-02', APR_30),
      compensatory('2022-05-03', MAY_1),
      holiday('2022-09-01', NATIONAL_DAY, '2022-09-02'),
    ],
    workedSaturdays: [],
  },
  {
    year: 2023,
    lunarNewYear: '2023-01-22',
    hungKings: '2023-04-29',
    basis: BLLD_2019,
    note: 'No swaps in 2023: 2/5 and 3/5 are compensation for Giỗ Tổ (Sat 29/4) and 30/4 (Sun), no Saturday was worked.',
    daysOff: [
      holiday('2023-01-01', NEW_YEAR),
      compensatory('2023-01-02', NEW_YEAR),
      // 20/1 and 26/1 compensate the Tết days on Sat 21/1 (30 Tết) and Sun 22/1 (mùng 1).
      holiday('2023-01-20', `${TET} Quý Mão (29 tháng Chạp – mùng 5)`, '2023-01-26'),
      holiday('2023-04-29', HUNG),
      holiday('2023-04-30', APR_30),
      holiday('2023-05-01', MAY_1),
      compensatory('2023-05-02', HUNG),
      compensatory('2023-05-03', APR_30),
      holiday('2023-09-01', NATIONAL_DAY, '2023-09-02'),
      compensatory('2023-09-04', NATIONAL_DAY),
    ],
    workedSaturdays: [],
  },
  {
    year: 2024,
    lunarNewYear: '2024-02-10',
    hungKings: '2024-04-18',
    basis: `${BLLD_2019}; Công văn 2450/VPCP-KGVX (2024)`,
    daysOff: [
      holiday('2024-01-01', NEW_YEAR),
      holiday('2024-02-08', `${TET} Giáp Thìn (29 tháng Chạp – mùng 5)`, '2024-02-14'),
      holiday('2024-04-18', HUNG),
      swapped('2024-04-29', APR_30),
      holiday('2024-04-30', APR_30),
      holiday('2024-05-01', MAY_1),
      holiday('2024-09-02', NATIONAL_DAY, '2024-09-03'),
    ],
    workedSaturdays: [{ date: '2024-05-04', replaces: '2024-04-29', name: APR_30 }],
  },
  {
    year: 2025,
    lunarNewYear: '2025-01-29',
    hungKings: '2025-04-07',
    basis: BLLD_2019,
    daysOff: [
      holiday('2025-01-01', NEW_YEAR),
      // Two days before Tết and three after fill Mon 27/1 – Fri 31/1: nine days with the weekends.
      holiday('2025-01-25', `${TET} Ất Tỵ (26 tháng Chạp – mùng 5)`, '2025-02-02'),
      holiday('2025-04-07', HUNG),
      holiday('2025-04-30', APR_30),
      holiday('2025-05-01', MAY_1),
      swapped('2025-05-02', MAY_1),
      holiday('2025-09-01', NATIONAL_DAY, '2025-09-02'),
    ],
    workedSaturdays: [{ date: '2025-04-26', replaces: '2025-05-02', name: MAY_1 }],
  },
  {
    year: 2026,
    lunarNewYear: '2026-02-17',
    hungKings: '2026-04-26',
    basis: `${BLLD_2019}; Công văn 12729/VPCP-KGVX (2025) for 1/1; Government plans for Tết and 2/9`,
    note: 'No swap around 30/4–1/5/2026 is known to us; add it here if one is announced.',
    daysOff: [
      holiday('2026-01-01', NEW_YEAR),
      swapped('2026-01-02', NEW_YEAR),
      holiday('2026-02-14', `${TET} Bính Ngọ (27 tháng Chạp – mùng 6)`, '2026-02-22'),
      holiday('2026-04-26', HUNG),
      compensatory('2026-04-27', HUNG),
      holiday('2026-04-30', APR_30),
      holiday('2026-05-01', MAY_1),
      swapped('2026-08-31', NATIONAL_DAY),
      holiday('2026-09-01', NATIONAL_DAY, '2026-09-02'),
    ],
    workedSaturdays: [
      { date: '2026-01-10', replaces: '2026-01-02', name: NEW_YEAR },
      { date: '2026-08-22', replaces: '2026-08-31', name: NATIONAL_DAY },
    ],
  },
  {
    year: 2027,
    lunarNewYear: '2027-02-06',
    hungKings: '2027-04-16',
    basis: `${BLLD_2019} — Tết and 2/9 not yet announced`,
    daysOff: [
      holiday('2027-01-01', NEW_YEAR),
      estimated(holiday('2027-02-04', `${TET} Đinh Mùi`, '2027-02-10')),
      holiday('2027-04-16', HUNG),
      holiday('2027-04-30', APR_30),
      holiday('2027-05-01', MAY_1),
      compensatory('2027-05-03', MAY_1),
      estimated(holiday('2027-09-02', NATIONAL_DAY, '2027-09-03')),
    ],
    workedSaturdays: [],
  },
  {
    year: 2028,
    lunarNewYear: '2028-01-26',
    hungKings: '2028-04-04',
    basis: `${BLLD_2019} — Tết and 2/9 not yet announced`,
    daysOff: [
      holiday('2028-01-01', NEW_YEAR),
      compensatory('2028-01-03', NEW_YEAR),
      estimated(holiday('2028-01-24', `${TET} Mậu Thân`, '2028-01-29')),
      holiday('2028-04-04', HUNG),
      holiday('2028-04-30', APR_30),
      holiday('2028-05-01', MAY_1),
      compensatory('2028-05-02', APR_30),
      estimated(holiday('2028-09-01', NATIONAL_DAY, '2028-09-02')),
      estimated(compensatory('2028-09-04', NATIONAL_DAY)),
    ],
    workedSaturdays: [],
  },
  {
    year: 2029,
    lunarNewYear: '2029-02-13',
    hungKings: '2029-04-23',
    basis: `${BLLD_2019} — Tết and 2/9 not yet announced`,
    daysOff: [
      holiday('2029-01-01', NEW_YEAR),
      estimated(holiday('2029-02-12', `${TET} Kỷ Dậu`, '2029-02-16')),
      holiday('2029-04-23', HUNG),
      holiday('2029-04-30', APR_30),
      holiday('2029-05-01', MAY_1),
      estimated(holiday('2029-09-02', NATIONAL_DAY, '2029-09-03')),
      estimated(compensatory('2029-09-04', NATIONAL_DAY)),
    ],
    workedSaturdays: [],
  },
  {
    year: 2030,
    lunarNewYear: '2030-02-02',
    hungKings: '2030-04-12',
    basis: `${BLLD_2019} — Tết and 2/9 not yet announced`,
    daysOff: [
      holiday('2030-01-01', NEW_YEAR),
      estimated(holiday('2030-01-31', `${TET} Canh Tuất`, '2030-02-06')),
      holiday('2030-04-12', HUNG),
      holiday('2030-04-30', APR_30),
      holiday('2030-05-01', MAY_1),
      estimated(holiday('2030-09-02', NATIONAL_DAY, '2030-09-03')),
    ],
    workedSaturdays: [],
  },
];


export const PUBLIC_HOLIDAY_RULES: readonly Rule<{ nationalDayDays: number }>[] = [
  {
    id: 'calendar.public-holidays',
    version: 1,
    regulation: 'Bộ luật Lao động 2012, Điều 115',
    effectiveFrom: '2013-05-01',
    effectiveTo: '2020-12-31',
    description: {
      vi: 'Ngày nghỉ lễ, tết: 1/1, Tết Âm lịch 5 ngày, Giỗ Tổ Hùng Vương, 30/4, 1/5, Quốc khánh 1 ngày; nghỉ bù khi trùng ngày nghỉ hằng tuần.',
      en: 'Public holidays: 1 Jan, 5 days of Tết, Hùng Kings, 30 Apr, 1 May, one day for National Day; compensated when on a weekly rest day.',
    },
    params: { nationalDayDays: 1 },
  },
  {
    id: 'calendar.public-holidays',
    version: 2,
    regulation: 'Bộ luật Lao động 2019, Điều 112; Điều 111 khoản 3',
    effectiveFrom: '2021-01-01',
    description: {
      vi: 'Như trước, và Quốc khánh 2 ngày (2/9 và 1 ngày liền kề trước hoặc sau).',
      en: 'As before, with National Day two days (2 Sep and one adjacent day).',
    },
    params: { nationalDayDays: 2 },
  },
];
