
/**
 * Typed errors that cross the wire from a service to the gateway. The code decides the HTTP
 * status there; the messages are for a person (Vietnamese first, English too).
 */
export const ERROR_STATUS = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rule_violation: 422,
  locked: 423,
  rate_limited: 429,
  unavailable: 503,
  internal: 500,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

export interface LocalizedText {
  vi: string;
  en: string;
}

export interface FieldError extends LocalizedText {
  /** `introducers.1.personId` */
  field: string;
}

export interface ErrorBody {
  code: ErrorCode;
  message: LocalizedText;
  fields?: FieldError[];
  /** The regulation a rule violation comes from, e.g. `Quy định 232-QĐ/TW, Điều 1`. */
  regulation?: string;
  /** Every rule a command broke, when it broke several (an admission refused on age and certificate). */
  violations?: RuleViolation[];
  /** A file refused as a whole (an import): each problem with its row and column, as the preview lists them. */
  rowErrors?: RowError[];
}

/** One problem of an imported file: Excel's row number (1 = the header; null = the whole file) and the column header. */
export interface RowError {
  row: number | null;
  column: string | null;
  problem: LocalizedText;
}

export interface RuleViolation extends LocalizedText {
  code: string;
  regulation: string;
  ruleId?: string;
}

export class DomainError extends Error {
  constructor(readonly body: ErrorBody) {
    super(`${body.code}: ${body.message.en}`);
    this.name = 'DomainError';
  }

  /**
   * `what` names the thing, never a whole sentence (the helper writes "Không tìm thấy …" / "… not
   * found" around it); `where` narrows it: `notFound({ vi: 'tổ chức đảng', en: 'Party organization' },
   * { vi: 'tại ngày báo cáo', en: 'on the report date' })`.
   */
  static notFound(what: LocalizedText, where?: LocalizedText): DomainError {
    const vi = `Không tìm thấy ${what.vi}${where ? ` ${where.vi}` : ''}`;
    const en = `${what.en} not found${where ? ` ${where.en}` : ''}`;
    return new DomainError({ code: 'not_found', message: { vi, en } });
  }

  static forbidden(message: LocalizedText = { vi: 'Bạn không có quyền thực hiện thao tác này', en: 'You are not allowed to do this' }): DomainError {
    return new DomainError({ code: 'forbidden', message });
  }

  static conflict(message: LocalizedText): DomainError {
    return new DomainError({ code: 'conflict', message });
  }

  static rule(message: LocalizedText, regulation?: string, fields?: FieldError[]): DomainError {
    return new DomainError({ code: 'rule_violation', message, regulation, fields });
  }

  static validation(fields: FieldError[], message?: LocalizedText): DomainError {
    return new DomainError({
      code: 'validation',
      message: message ?? { vi: 'Dữ liệu không hợp lệ', en: 'Invalid input' },
      fields,
    });
  }
}

export function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<ErrorBody>;
  return typeof v.code === 'string' && v.code in ERROR_STATUS && typeof v.message === 'object' && v.message !== null;
}
