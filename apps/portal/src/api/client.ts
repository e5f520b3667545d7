import type { ErrorBody, ErrorCode, FieldError, LocalizedText } from '@party/contracts';
import { clearSession, readSession, saveTokens, type TokenResponse } from './session-store';

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

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  /** Statuses other than 2xx whose JSON body is a normal answer (health answers 503 when down). */
  accept?: readonly number[];
  /** Send the bearer token and refresh it on a 401; off for sign-in and refresh themselves. */
  auth?: boolean;
  signal?: AbortSignal;
}

const NETWORK_ERROR: LocalizedText = {
  vi: 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.',
  en: 'Cannot reach the server. Please check the network and try again.',
};

export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const auth = options.auth ?? true;
  const session = auth ? readSession() : null;
  let response = await send(path, options, session?.accessToken);

  if (response.status === 401 && auth && session) {
    const refreshed = await refreshOnce(session.refreshToken);
    if (refreshed) response = await send(path, options, refreshed);
  }
  return read<T>(response, options.accept);
}

export function login(username: string, password: string): Promise<TokenResponse> {
  return api<TokenResponse>('/api/auth/login', { method: 'POST', body: { username, password }, auth: false });
}

async function send(path: string, options: RequestOptions, token: string | undefined): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers['Authorization'] = `Bearer ${token}`;
  try {
    return await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, { code: 'unavailable', message: NETWORK_ERROR }, false);
  }
}

async function read<T>(response: Response, accept: readonly number[] = []): Promise<T> {
  const text = await response.text();
  let json: unknown = undefined;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  if (response.ok || accept.includes(response.status)) {
    if (json === undefined && text) throw new ApiError(response.status, unexpected(response.status), false);
    return json as T;
  }
  if (isErrorBody(json)) throw new ApiError(response.status, json);
  throw new ApiError(response.status, unexpected(response.status), false);
}

function unexpected(status: number): ErrorBody {
  // The gateway answers its own 5xx in JSON; a bare 5xx is a proxy in front of it that could not reach it.
  if (status >= 500) return { code: 'unavailable', message: NETWORK_ERROR };
  return {
    code: 'internal',
    message: { vi: `Đã có lỗi xảy ra (mã ${status}).`, en: `Something went wrong (status ${status}).` },
  };
}

// A local check rather than contracts' `isErrorBody`: that one also checks the code against
// the known list, and a newer gateway's code should still show its message here.
function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { code?: unknown; message?: { vi?: unknown; en?: unknown } };
  return typeof v.code === 'string' && typeof v.message?.vi === 'string' && typeof v.message?.en === 'string';
}

// Refresh tokens rotate: two requests that get a 401 together must share one refresh, or the
// second would present a token the first has already spent and sign the user out.
let inFlightRefresh: Promise<string | null> | null = null;

function refreshOnce(refreshToken: string): Promise<string | null> {
  inFlightRefresh ??= refresh(refreshToken).finally(() => {
    inFlightRefresh = null;
  });
  return inFlightRefresh;
}

async function refresh(refreshToken: string): Promise<string | null> {
  // Another request may have refreshed already while this one was waiting for its 401.
  const current = readSession();
  if (current && current.refreshToken !== refreshToken) return current.accessToken;
  try {
    const tokens = await api<TokenResponse>('/api/auth/refresh', {
      method: 'POST',
      body: { refreshToken },
      auth: false,
    });
    return saveTokens(tokens).accessToken;
  } catch (error) {
    // Only a refused refresh ends the session; a network blip leaves it for the next try.
    if (error instanceof ApiError && error.status !== 0 && error.status < 500) clearSession();
    return null;
  }
}
