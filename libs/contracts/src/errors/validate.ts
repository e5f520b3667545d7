import { z } from 'zod';
import { DomainError, FieldError, LocalizedText } from './domain-error';

const SEPARATOR = '\n';

/**
 * A custom message in both languages, for `.refine(..., { message: bilingual(vi, en) })`:
 * zod carries one string, so the two travel together and `toFieldErrors` splits them.
 */
export function bilingual(vi: string, en: string): string {
  return `${vi}${SEPARATOR}${en}`;
}

const vi = z.locales.vi().localeError;
const en = z.locales.en().localeError;

function textOf(issue: z.core.$ZodIssue, fn: typeof vi): string {
  const out = fn(issue as never);
  return typeof out === 'string' ? out : (out?.message ?? issue.message);
}

function localize(issue: z.core.$ZodIssue): LocalizedText {
  if (issue.code === 'custom' || issue.message.includes(SEPARATOR)) {
    const [v, e] = issue.message.split(SEPARATOR);
    return { vi: v, en: e ?? v };
  }
  if (issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined) {
    return { vi: 'Thiếu thông tin bắt buộc', en: 'Required' };
  }
  return { vi: textOf(issue, vi), en: textOf(issue, en) };
}

export function toFieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join('.') || '(body)',
    ...localize(issue),
  }));
}

/** Parses input or throws a `validation` DomainError naming every bad field in both languages. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input, { reportInput: true });
  if (!result.success) throw DomainError.validation(toFieldErrors(result.error));
  return result.data;
}
