import type { NextFunction, Request, Response } from 'express';
import type { ErrorBody } from '@party/contracts';

const NUL = '\u0000';
const NUL_MESSAGE = { vi: 'Không được chứa ký tự NUL (mã 0)', en: 'Must not contain a NUL character (code 0)' };

/** The path of the first string holding a NUL character, or null. */
function nulPath(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes(NUL) ? path || '(body)' : null;
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const found = nulPath(v, path ? `${path}.${i}` : String(i));
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const found = (k.includes(NUL) ? path || '(body)' : null) ?? nulPath(v, path ? `${path}.${k}` : k);
      if (found) return found;
    }
  }
  return null;
}

/**
 * PostgreSQL cannot store a NUL character in text and answers the query with an error: a NUL in
 * any field or query parameter is refused here, named, before it reaches a service.
 */
export function refuseNulCharacters(req: Request, res: Response, next: NextFunction): void {
  const field = nulPath(req.body, '') ?? nulPath(req.query, '') ?? (decodeURIComponentSafe(req.path).includes(NUL) ? '(path)' : null);
  if (!field) return next();
  const body: ErrorBody = { code: 'validation', message: { vi: 'Dữ liệu gửi lên có ký tự không hợp lệ', en: 'The request holds an invalid character' }, fields: [{ field, ...NUL_MESSAGE }] };
  res.status(400).json(body);
}

function decodeURIComponentSafe(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** Answers about people must not stay in a browser's or a proxy's cache (personal data). */
export function noStore(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('Cache-Control', 'no-store');
  next();
}

/**
 * body-parser's own errors (not Nest's): a body over the limit is 413, unparsable JSON 400, an
 * unknown charset 415 — never a 500. Null when `exception` is not one of them.
 */
export function bodyParserAnswer(exception: unknown): [number, ErrorBody] | null {
  const e = exception as { type?: unknown; status?: unknown; limit?: unknown };
  if (typeof e?.type !== 'string' || typeof e.status !== 'number') return null;
  if (e.type === 'entity.too.large') {
    const limit = typeof e.limit === 'number' ? `${Math.round(e.limit / 1024)} KB` : '1 MB';
    return [413, { code: 'validation', message: { vi: `Dữ liệu gửi lên quá lớn (tối đa ${limit}); tệp lớn hãy gửi theo cách tải tệp lên`, en: `The request body is too large (at most ${limit}); send large files as an upload` } }];
  }
  if (e.type === 'entity.parse.failed') return [400, { code: 'validation', message: { vi: 'Nội dung gửi lên không phải JSON hợp lệ', en: 'The request body is not valid JSON' } }];
  if (e.type === 'encoding.unsupported' || e.type === 'charset.unsupported') return [415, { code: 'validation', message: { vi: 'Bảng mã của nội dung không được hỗ trợ (dùng UTF-8)', en: 'Unsupported body encoding (use UTF-8)' } }];
  if (e.status >= 400 && e.status < 500) return [e.status, { code: 'validation', message: { vi: 'Yêu cầu không hợp lệ', en: 'Bad request' } }];
  return null;
}
