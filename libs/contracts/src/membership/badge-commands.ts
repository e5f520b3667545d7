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

/** A case for early award (seriously ill, certified on a date) or posthumous award (died on a date). */
export const badgeCaseSchema = z
  .strictObject({
    personId: id('Mã người', 'person id'),
    seriouslyIllSince: factDate.optional(),
    diedOn: factDate.optional(),
    note: z.string().trim().max(500).optional(),
  })
  .refine((v) => v.seriouslyIllSince || v.diedOn, { path: ['seriouslyIllSince'], message: bilingual('Nhập ngày xác nhận bệnh nặng hoặc ngày từ trần', 'Give seriouslyIllSince or diedOn') });
