import { z } from 'zod';
import type { Permission } from '../auth/roles';
import type { BackendService } from '../services/patterns';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * The OpenAPI tags, one per department's piece of work, so the docs (and the generated client's
 * grouping) read the way the departments are organised. The key is what a route names.
 */
export const API_TAGS = {
  organizations: 'Ban Tổ chức — Tổ chức đảng / Party organizations',
  members: 'Ban Tổ chức — Đảng viên / Members',
  candidates: 'Ban Tổ chức — Quần chúng ưu tú / Candidates',
  admissions: 'Ban Tổ chức — Kết nạp / Admissions',
  probation: 'Ban Tổ chức — Dự bị, chính thức / Probation',
  cards: 'Ban Tổ chức — Thẻ đảng / Party cards',
  badges: 'Ban Tổ chức — Huy hiệu / Badges',
  transfers: 'Ban Tổ chức — Chuyển sinh hoạt / Transfers',
  leaving: 'Ban Tổ chức — Xóa tên, ra khỏi Đảng, từ trần / Leaving',
  dossier: 'Ban Tổ chức — Hồ sơ đảng viên / Dossier',
  roster: 'Ban Tổ chức — Danh sách đảng viên (Excel) / Roster',
  training: 'Đào tạo, bồi dưỡng LLCT / Political training',
  cadre: 'Ban Tổ chức — Cán bộ / Cadre',
  inspection: 'Ủy ban Kiểm tra / Inspection Committee',
  rating: 'Đánh giá, xếp loại / Quality rating',
  reports: 'Báo cáo, thống kê / Reports',
  auth: 'Đăng nhập / Authentication',
  admin: 'Quản trị hệ thống / Administration',
} as const;
export type ApiTag = keyof typeof API_TAGS;

type ObjectSchema = z.ZodObject;

/**
 * One route of the system, declared once (ARCHITECTURE.md, "Two kinds of messages"): the HTTP
 * method and path the gateway serves, the NATS pattern the owning service answers, the permission
 * both check, the input in its three parts and the response. The gateway's forwarder, the
 * service's dispatcher, the OpenAPI document and the portal's generated client all read this.
 */
export interface RouteSpec<
  P extends ObjectSchema | undefined = ObjectSchema | undefined,
  Q extends ObjectSchema | undefined = ObjectSchema | undefined,
  B extends z.ZodType | undefined = z.ZodType | undefined,
  R extends z.ZodType = z.ZodType,
> {
  service: BackendService;
  method: HttpMethod;
  /** Below `/api`, in Nest's syntax: `probation/:personId/convert`. */
  path: string;
  /** The request-reply subject the service answers (prefixed with `NATS_PREFIX` on the wire). */
  pattern: string;
  /** Every permission listed is needed (checked by the gateway before validation, and by the service). */
  permission: Permission | readonly Permission[];
  tag: ApiTag;
  /** What the route does, Vietnamese first. */
  summary: string;
  description?: string;
  params?: P;
  query?: Q;
  body?: B;
  response: R;
  /** The success status; 201 for a `POST` that creates, else 200. */
  status?: 200 | 201 | 202;
  /** A command changes state (one transaction, its events and audit, the relay woken after commit); a query reads. Default: every method but `GET` is a command. */
  kind?: 'command' | 'query';
  /** Shown in the OpenAPI document for the main routes. */
  examples?: { body?: unknown; response?: unknown };
  /** How long the gateway waits for the service, when longer than its default (a whole sheet in one transaction). */
  timeoutMs?: number;
  /** Kept for older clients; the document says which route replaces it. */
  deprecated?: boolean;
}

export interface Route<
  P extends ObjectSchema | undefined = ObjectSchema | undefined,
  Q extends ObjectSchema | undefined = ObjectSchema | undefined,
  B extends z.ZodType | undefined = z.ZodType | undefined,
  R extends z.ZodType = z.ZodType,
> extends RouteSpec<P, Q, B, R> {
  kind: 'command' | 'query';
  status: 200 | 201 | 202;
  permissions: readonly Permission[];
}

export function defineRoute<
  P extends ObjectSchema | undefined = undefined,
  Q extends ObjectSchema | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
  R extends z.ZodType = z.ZodType,
>(spec: RouteSpec<P, Q, B, R>): Route<P, Q, B, R> {
  const permissions = (typeof spec.permission === 'string' ? [spec.permission] : spec.permission) as readonly Permission[];
  return {
    ...spec,
    kind: spec.kind ?? (spec.method === 'GET' ? 'query' : 'command'),
    status: spec.status ?? 200,
    permissions,
  };
}

type Out<S> = S extends z.ZodType ? z.output<S> : unknown;
// an absent part adds nothing to the handler's input: `object` is the identity of `&`
type ObjOut<S> = S extends z.ZodType ? z.output<S> : object;

/** What a service's handler receives: the path, query and body, each validated, in one object. */
export type RouteInput<R> = R extends Route<infer P, infer Q, infer B, z.ZodType> ? ObjOut<P> & ObjOut<Q> & (B extends z.ZodType ? Out<B> : object) : never;

/** What a handler returns (the response schema's input side: dates as strings, no transforms applied). */
export type RouteResult<R> = R extends Route<any, any, any, infer S> ? z.input<S> : never;

/** What the HTTP client receives. */
export type RouteResponse<R> = R extends Route<any, any, any, infer S> ? z.output<S> : never;

/** Keys of a zod object, for splitting a flat payload into its parts. */
export function shapeKeys(schema: ObjectSchema | undefined): string[] {
  return schema ? Object.keys(schema.shape) : [];
}

/**
 * On the wire a request is one flat object (path parameters over body over query), as it always
 * was; the service splits it by the declared shapes and validates each part on its own, so a
 * refined body schema never has to be merged with the path's.
 */
export function splitPayload(route: Route, payload: unknown): { params: Record<string, unknown>; query: Record<string, unknown>; body: unknown } {
  const flat = (payload && typeof payload === 'object' && !Array.isArray(payload) ? payload : {}) as Record<string, unknown>;
  const paramKeys = new Set(shapeKeys(route.params));
  const queryKeys = new Set(route.body ? shapeKeys(route.query) : []);
  const params: Record<string, unknown> = {};
  const query: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(flat)) {
    if (paramKeys.has(k)) params[k] = v;
    else if (queryKeys.has(k)) query[k] = v;
    else rest[k] = v;
  }
  // a route without a body takes what is left as its query (a strict query schema refuses strangers)
  return route.body ? { params, query, body: rest } : { params, query: rest, body: undefined };
}
