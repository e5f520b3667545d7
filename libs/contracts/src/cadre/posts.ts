import { z } from 'zod';
import { bilingual } from '../errors/validate';

/**
 * The vocabulary every part of cadre work shares (DOMAIN.md, "Cadre work"): terms (nhiệm kỳ), the
 * two committees an organization elects per term, and the posts on them.
 */

/**
 * A term of office (nhiệm kỳ đại hội) written as Vietnamese documents write it, `2020-2025`:
 * five years from a congress year (Điều lệ Đảng, Điều 13: đại hội cấp cơ sở 5 năm 2 lần, cấp trên
 * cơ sở 5 năm 1 lần — a chi bộ's half-term is recorded under the five-year term it falls in).
 */
export const TERM_PATTERN = /^(\d{4})-(\d{4})$/;
export const termCode = z
  .string({ message: bilingual('Nhiệm kỳ viết dạng 2020-2025', 'A term is written 2020-2025') })
  .regex(TERM_PATTERN, bilingual('Nhiệm kỳ viết dạng 2020-2025', 'A term is written 2020-2025'))
  .refine((t) => {
    const [, from, to] = TERM_PATTERN.exec(t) ?? [];
    return Number(to) - Number(from) === 5 && Number(from) >= 1930 && Number(from) <= 2100;
  }, bilingual('Nhiệm kỳ 5 năm, ví dụ 2020-2025', 'A term lasts five years, e.g. 2020-2025'));
export type TermCode = z.infer<typeof termCode>;

export const termStartYear = (term: string): number => Number(term.slice(0, 4));
export const termEndYear = (term: string): number => Number(term.slice(5, 9));
/** The term a date falls in, counting terms from 2020-2025 in steps of five years. */
export function termOf(date: string): string {
  const year = Number(date.slice(0, 4));
  const from = 2020 + Math.floor((year - 2020) / 5) * 5;
  return `${from}-${from + 5}`;
}

/** Cấp ủy (the executive committee) or ủy ban kiểm tra (the inspection committee) of an organization. */
export const COMMITTEE_KINDS = ['executive', 'inspection'] as const;
export type CommitteeKind = (typeof COMMITTEE_KINDS)[number];
export const COMMITTEE_KIND_LABELS: Readonly<Record<CommitteeKind, { vi: string; en: string }>> = {
  executive: { vi: 'Cấp ủy (Ban Chấp hành)', en: 'Executive committee' },
  inspection: { vi: 'Ủy ban Kiểm tra', en: 'Inspection committee' },
};

/** Posts on a committee; the first four are on the executive committee, the last three on the inspection committee. */
export const POSTS = ['secretary', 'deputy_secretary', 'standing_member', 'member', 'inspection_chair', 'inspection_deputy', 'inspection_member'] as const;
export type Post = (typeof POSTS)[number];
export const POSTS_OF: Readonly<Record<CommitteeKind, readonly Post[]>> = {
  executive: ['secretary', 'deputy_secretary', 'standing_member', 'member'],
  inspection: ['inspection_chair', 'inspection_deputy', 'inspection_member'],
};
export const POST_LABELS: Readonly<Record<Post, { vi: string; en: string }>> = {
  secretary: { vi: 'Bí thư', en: 'Secretary' },
  deputy_secretary: { vi: 'Phó Bí thư', en: 'Deputy secretary' },
  standing_member: { vi: 'Ủy viên Ban Thường vụ', en: 'Standing committee member' },
  member: { vi: 'Cấp ủy viên', en: 'Committee member' },
  inspection_chair: { vi: 'Chủ nhiệm Ủy ban Kiểm tra', en: 'Inspection committee chair' },
  inspection_deputy: { vi: 'Phó Chủ nhiệm Ủy ban Kiểm tra', en: 'Inspection committee deputy chair' },
  inspection_member: { vi: 'Ủy viên Ủy ban Kiểm tra', en: 'Inspection committee member' },
};
export const postSchema = z.enum(POSTS, { message: bilingual('Chức danh không hợp lệ', 'Invalid post') });
export const committeeKindSchema = z.enum(COMMITTEE_KINDS, { message: bilingual('Loại ủy ban là cấp ủy (executive) hoặc ủy ban kiểm tra (inspection)', 'The committee is executive or inspection') });
