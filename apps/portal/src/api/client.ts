import createClient, { type Client, type ClientOptions, type ClientPathsWithMethod, type Middleware, type MethodResponse } from 'openapi-fetch';
import { errorFromAnswer, isAbort, networkError } from './api-error';
import type { paths } from './schema';
import { sessionMiddleware } from './session-middleware';
import type { TokenResponse } from './session-store';

export { ApiError, type ErrorBody, type FieldError } from './api-error';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type PathOf<M extends Method> = ClientPathsWithMethod<typeof api, M>;
type Operation<M extends Method, P extends PathOf<M>> = paths[P] extends Record<M, infer O> ? O : never;
/** The JSON a route answers on success, e.g. `Answer<'get', '/api/members'>`. */
export type Answer<M extends Method, P extends PathOf<M>> = MethodResponse<typeof api, M, P>;
/** The JSON body a route takes. */
export type RequestBody<M extends Method, P extends PathOf<M>> =
  Operation<M, P> extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;
/** The query parameters a route takes. */
export type Query<M extends Method, P extends PathOf<M>> =
  Operation<M, P> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

/** A request that got no answer becomes an `ApiError` with status 0; an answer that is not JSON, one of its status. */
const answers: Middleware = {
  onError: ({ error }) => (isAbort(error) ? undefined : networkError()),
  async onResponse({ response, options }) {
    if (!response.ok || options.parseAs !== 'json') return undefined;
    if (response.headers.get('content-type')?.includes('json')) return undefined;
    // An empty answer is fine (nothing to read); anything else is a proxy's page, not the gateway.
    if ((await response.clone().text()) !== '') throw errorFromAnswer(response.status, undefined);
    return undefined;
  },
};

/** The client with the session and error handling; specs give it a gateway of their own. */
export function createApi(options: Pick<ClientOptions, 'baseUrl' | 'fetch'> = {}): Client<paths> {
  const client = createClient<paths>({ headers: { Accept: 'application/json' }, ...options });
  const refreshTokens = (refreshToken: string): Promise<TokenResponse> =>
    unwrap(client.POST('/api/auth/refresh', { body: { refreshToken } }));
  // `answers` first, so its onResponse also sees the answer to a request the session sent again.
  client.use(answers, sessionMiddleware(refreshTokens));
  return client;
}

/**
 * The gateway's API, typed by the client generated from its OpenAPI document (`npm run openapi`
 * writes `schema.d.ts`): `api.GET('/api/members', { params: { query } })`. A call answers
 * `{ data, error, response }`; `unwrap` turns that into the data or a thrown `ApiError`.
 */
export const api = createApi();

interface Answered<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * The data of a call, or the `ApiError` it failed with (what TanStack Query wants from a query
 * function). `accept` lists statuses other than 2xx whose body is a normal answer: health
 * answers 503 with the same document when something is down.
 */
export async function unwrap<T>(call: Promise<Answered<T>>, accept: readonly number[] = []): Promise<T> {
  const { data, error, response } = await call;
  if (response.ok) return data as T;
  if (accept.includes(response.status)) return error as T;
  throw errorFromAnswer(response.status, error);
}

export function login(username: string, password: string): Promise<TokenResponse> {
  return unwrap(api.POST('/api/auth/login', { body: { username, password } }));
}

/**
 * Ends this session on the server, so its tokens are refused at once even if copied elsewhere.
 * Best effort: signing out in the browser never waits for it or fails with it.
 */
export function endServerSession(accessToken: string): Promise<unknown> {
  return api.POST('/api/auth/logout', { headers: { Authorization: `Bearer ${accessToken}` } }).catch(() => undefined);
}
