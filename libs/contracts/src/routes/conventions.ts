import { z } from 'zod';
import { ERROR_STATUS } from '../errors/domain-error';
import { bilingual } from '../errors/validate';

/**
 * One set of API conventions for every service: a create answers `{ id }`; every list is paged,
 * sorted and filtered the same way and answers `{ items, total, page, pageSize }`.
 */

export const pageParam = z.coerce.number({ message: bilingual('Số trang không hợp lệ', 'Invalid page') }).int().min(1).max(1_000_000).default(1);
export const pageSizeParam = z.coerce
  .number({ message: bilingual('Cỡ trang không hợp lệ', 'Invalid page size') })
  .int()
  .min(1, bilingual('Cỡ trang tối thiểu là 1', 'The page size is at least 1'))
  .max(500, bilingual('Cỡ trang tối đa là 500', 'The page size is at most 500'))
  .default(50);
export const sortOrderParam = z.enum(['asc', 'desc'], { message: bilingual('Thứ tự sắp xếp là asc hoặc desc', 'Order is asc or desc') }).default('asc');

/** `page`, `pageSize` and `order`, plus `sort` among the given columns (the first is the default). */
export function listQuery<const S extends readonly [string, ...string[]]>(sortable: S) {
  return {
    page: pageParam,
    pageSize: pageSizeParam,
    sort: z.enum(sortable, { message: bilingual(`Sắp xếp theo một trong: ${sortable.join(', ')}`, `Sort by one of: ${sortable.join(', ')}`) }).default(sortable[0] as S[0]),
    order: sortOrderParam,
  };
}

/** A page of a list. */
export function paged<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    /** Every row that matches the filter, on all pages. */
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}
export type Paged<T> = { items: T[]; total: number; page: number; pageSize: number };

/** Rows `page` of `pageSize`, for a list that is built in memory (worklists computed by rules). */
export function pageOf<T>(rows: T[], q: { page: number; pageSize: number }): Paged<T> {
  const start = (q.page - 1) * q.pageSize;
  return { items: rows.slice(start, start + q.pageSize), total: rows.length, page: q.page, pageSize: q.pageSize };
}

/** What a create answers. */
export const createdResponse = z.object({ id: z.uuid() });

const localizedText = z.object({ vi: z.string(), en: z.string() });

/** The error every route may answer: the status comes from `code`; the messages are for a person. */
export const errorBodySchema = z.object({
    code: z.enum(Object.keys(ERROR_STATUS) as [keyof typeof ERROR_STATUS, ...(keyof typeof ERROR_STATUS)[]]),
    message: localizedText,
    fields: z.array(localizedText.extend({ field: z.string() })).optional(),
    regulation: z.string().optional(),
    violations: z.array(localizedText.extend({ code: z.string(), regulation: z.string(), ruleId: z.string().optional() })).optional(),
    rowErrors: z.array(z.object({ row: z.number().int().nullable(), column: z.string().nullable(), problem: localizedText })).optional(),
  });
