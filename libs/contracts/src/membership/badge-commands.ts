import { z } from 'zod';
import { bilingual } from '../errors/validate';
import { factDate } from '../fact-date';

/** Inputs of Party badges (Huy hiệu Đảng); the routes are in badges.routes.ts. */

const id = (vi: string, en: string) => z.uuid({ message: bilingual(`${vi} không hợp lệ`, `Invalid ${en}`) });
const BADGE_LEVELS = [30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90] as const;

/** A badge level in years of party age (30, 40, 45 … 90). */
export const badgeLevel = z.coerce
  .number({ message: bilingual('Mức huy hiệu không hợp lệ', 'Invalid badge level') })
  .refine((l) => (BADGE_LEVELS as readonly number[]).includes(l), { message: bilingual(`Mức huy hiệu phải là một trong ${BADGE_LEVELS.join(', ')} năm`, `Level must be one of ${BADGE_LEVELS.join(', ')} years`) });

export const badgeAwardSchema = z.strictObject({
  personId: id('Mã người', 'person id'),
  level: badgeLevel,
  occasion: factDate,
  decisionNumber: z
    .string({ message: bilingual('Vui lòng nhập số quyết định', 'Decision number is required') })
    .trim()
    .min(1, bilingual('Vui lòng nhập số quyết định', 'Decision number is required'))
    .max(64),
});
export type BadgeAwardInput = z.infer<typeof badgeAwardSchema>;

/** The most awards one batch records (a bloc's round is a few hundred). */
export const BADGE_BATCH_MAX = 500;

/**
 * One round's awards under one decision (quyết định tặng Huy hiệu Đảng đợt 2/9): recorded all or
 * none. Each item is a member and the level awarded; one member may receive two levels.
 */
export const badgeAwardBatchSchema = z
  .strictObject({
    occasion: factDate,
    decisionNumber: badgeAwardSchema.shape.decisionNumber,
    awards: z
      .array(z.strictObject({ personId: id('Mã người', 'person id'), level: badgeLevel }), { message: bilingual('Chọn các đảng viên được tặng', 'Choose the members awarded') })
      .min(1, bilingual('Chọn ít nhất một đảng viên được tặng', 'Choose at least one member'))
      .max(BADGE_BATCH_MAX, bilingual(`Mỗi lần ghi nhận tối đa ${BADGE_BATCH_MAX} đảng viên`, `At most ${BADGE_BATCH_MAX} awards at once`)),
  })
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.awards.forEach((a, i) => {
      const key = `${a.personId}/${a.level}`;
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['awards', i, 'personId'], message: bilingual('Đảng viên này đã có trong danh sách với cùng mức huy hiệu', 'This member is listed twice for the same level') });
      seen.add(key);
    });
  });
export type BadgeAwardBatchInput = z.infer<typeof badgeAwardBatchSchema>;

/** A case for early award (seriously ill, certified on a date) or posthumous award (died on a date). */
export const badgeCaseSchema = z
  .strictObject({
    personId: id('Mã người', 'person id'),
    seriouslyIllSince: factDate.optional(),
    diedOn: factDate.optional(),
    note: z.string().trim().max(500).optional(),
  })
  .refine((v) => v.seriouslyIllSince || v.diedOn, { path: ['seriouslyIllSince'], message: bilingual('Nhập ngày xác nhận bệnh nặng hoặc ngày từ trần', 'Give seriouslyIllSince or diedOn') });
