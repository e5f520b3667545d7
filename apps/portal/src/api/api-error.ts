import type { components } from './schema';

export type ErrorBody = components['schemas']['ErrorBody'];
export type ErrorCode = ErrorBody['code'];
export type FieldError = NonNullable<ErrorBody['fields']>[number];
type LocalizedText = ErrorBody['message'];

/**
 * A failed call to the gateway, carrying the server's body so a page can show its message and
 * field messages in the reader's language. Network failures and non-JSON answers (a proxy's
 * 502 while the gateway restarts) get a body of our own with status 0 or the HTTP status.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody,
    /** False when the body is ours (no answer, or an answer that was not the gateway's JSON). */
    readonly fromServer = true,
  ) {
    super(`${status} ${body.code}: ${body.message.en}`);
    this.name = 'ApiError';
  }

  get code(): ErrorCode {
    return this.body.code;
  }

  /** The server's messages for one field (`username`, `roles.0`), if any. */
  fieldErrors(field: string): FieldError[] {
    return (this.body.fields ?? []).filter((f) => f.field === field || f.field.startsWith(`${field}.`));
  }

  /** Field errors that no form control claimed, so they are still shown somewhere. */
  otherFieldErrors(knownFields: readonly string[]): FieldError[] {
    return (this.body.fields ?? []).filter(
      (f) => !knownFields.some((k) => f.field === k || f.field.startsWith(`${k}.`)),
    );
  }
}

const NETWORK_ERROR: LocalizedText = {
  vi: 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.',
  en: 'Cannot reach the server. Please check the network and try again.',
};

/** No answer at all: the network, or nothing listening where the gateway should be. */
export function networkError(): ApiError {
  return new ApiError(0, { code: 'unavailable', message: NETWORK_ERROR }, false);
}

/** A request cancelled by its caller (TanStack Query aborts what it no longer needs): not a failure to report. */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** A failed answer: the gateway's own error body when it sent one, else ours for the status. */
export function errorFromAnswer(status: number, body: unknown): ApiError {
  return isErrorBody(body) ? new ApiError(status, body) : new ApiError(status, unexpected(status), false);
}

function unexpected(status: number): ErrorBody {
  // The gateway answers its own 5xx in JSON; a bare 5xx is a proxy in front of it that could not reach it.
  if (status >= 500) return { code: 'unavailable', message: NETWORK_ERROR };
  return {
    code: 'internal',
    message: { vi: `Đã có lỗi xảy ra (mã ${status}).`, en: `Something went wrong (status ${status}).` },
  };
}

// A loose check rather than one against the known codes: a newer gateway's code should still
// show its message here.
function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { code?: unknown; message?: { vi?: unknown; en?: unknown } };
  return typeof v.code === 'string' && typeof v.message?.vi === 'string' && typeof v.message?.en === 'string';
}
