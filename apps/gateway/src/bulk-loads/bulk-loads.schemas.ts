import { bilingual } from '@party/contracts';
import { z } from 'zod';

export const startBulkLoadSchema = z.strictObject({
  label: z.string({ message: bilingual('Vui lòng nhập tên đợt nạp dữ liệu', 'label is required') }).trim().min(1, bilingual('Vui lòng nhập tên đợt nạp dữ liệu', 'label is required')).max(200),
  /** After this many minutes without an end the load no longer counts (a loader that died). */
  expectedMinutes: z.number({ message: bilingual('Số phút phải là số', 'expectedMinutes must be a number') }).int().min(1).max(24 * 60).default(60),
});
export type StartBulkLoadInput = z.infer<typeof startBulkLoadSchema>;

export const bulkLoadSchema = z.object({
  id: z.uuid(),
  label: z.string(),
  /** The username that started it. */
  startedBy: z.string(),
  startedAt: z.iso.datetime(),
  /** When an open load stops counting (its loader died). */
  expiresAt: z.iso.datetime(),
  endedAt: z.iso.datetime().nullable(),
});
export type BulkLoadView = z.infer<typeof bulkLoadSchema>;
