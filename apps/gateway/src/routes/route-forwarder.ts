import { Controller, HttpCode, Req, RequestMapping, RequestMethod, Type } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiExtraModels, ApiOperation, ApiParam, ApiResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { createZodDto, namedZodDto } from '../http/zod-dto';
import { z } from 'zod';
import { RequirePermissions } from '@party/auth';
import { API_TAGS, errorBodySchema, Principal, Route } from '@party/contracts';
import { ServiceClient } from '../services/service-client';
import { ApiZodQuery, openApiSchema } from '../http/zod';

/** The error every route may answer, once in the document's components. */
export class ErrorBody extends createZodDto(errorBodySchema) {}

export const ERROR_STATUSES = [
  [400, 'Dữ liệu không hợp lệ, từng trường / Invalid input, field by field'],
  [401, 'Chưa đăng nhập / Not authenticated'],
  [403, 'Không có quyền hoặc ngoài phạm vi / Not allowed or out of scope'],
  [404, 'Không tìm thấy / Not found'],
  [409, 'Xung đột với dữ liệu hiện có / Conflicts with what is recorded'],
  [422, 'Trái quy định, nêu căn cứ / Breaks a rule, with its regulation'],
] as const;

const METHODS: Record<Route['method'], RequestMethod> = {
  GET: RequestMethod.GET,
  POST: RequestMethod.POST,
  PUT: RequestMethod.PUT,
  PATCH: RequestMethod.PATCH,
  DELETE: RequestMethod.DELETE,
};

/** `membership.probation.convert` → `MembershipProbationConvert`: names of the route's OpenAPI schemas and operation. */
export function routeName(route: Route): string {
  return route.pattern
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
}

interface ForwardedRequest {
  principal: Principal;
  accessToken: string;
  id?: string | number;
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
}

/**
 * Every declared route as an HTTP endpoint (ARCHITECTURE.md: "Each route is declared once"): one
 * generated controller whose methods check the permission (guards, before any validation), send
 * path + query + body as one payload to the owning service and answer what it answers. The
 * service validates; its typed errors become 400/403/404/409/422 in the error filter. The OpenAPI
 * operation — tag, summary, parameters, body, success response, errors — is read off the same
 * declaration, through nestjs-zod.
 */
export function forwardingController(routes: readonly Route[]): Type<unknown> {
  @ApiBearerAuth()
  @ApiExtraModels(ErrorBody)
  @Controller()
  class DeclaredRoutesController {
    constructor(readonly services: ServiceClient) {}
  }
  const proto = DeclaredRoutesController.prototype as unknown as Record<string, unknown>;
  const seen = new Set<string>();
  for (const route of [...routes].sort(literalSegmentsFirst)) {
    const name = routeName(route);
    const signature = `${route.method} ${route.path}`;
    if (seen.has(name) || seen.has(signature)) throw new Error(`Route declared twice: ${route.pattern} (${signature})`);
    seen.add(name).add(signature);
    const key = name[0].toLowerCase() + name.slice(1);
    const descriptor: PropertyDescriptor = {
      value: function (this: DeclaredRoutesController, req: ForwardedRequest) {
        const body = route.method === 'GET' || !req.body || typeof req.body !== 'object' ? {} : req.body;
        const payload = { ...req.query, ...body, ...req.params };
        return this.services.forCaller(route.pattern, payload, { principal: req.principal, token: req.accessToken, correlationId: String(req.id ?? '') || crypto.randomUUID() }, { timeoutMs: route.timeoutMs });
      },
      writable: true,
      configurable: true,
    };
    Object.defineProperty(proto, key, descriptor);
    const decorators: MethodDecorator[] = [
      RequestMapping({ path: route.path, method: METHODS[route.method] }),
      HttpCode(route.status),
      RequirePermissions(...route.permissions),
      ApiTags(API_TAGS[route.tag]),
      ApiOperation({ operationId: key, summary: route.summary, description: describe(route), ...(route.deprecated ? { deprecated: true } : {}) }),
      ApiResponse({ status: route.status, description: 'OK', type: namedZodDto(route.response, `${name}Response`).Output, ...(route.examples?.response ? { example: route.examples.response } : {}) }),
      ...ERROR_STATUSES.map(([status, description]) => ApiResponse({ status, description, schema: { $ref: getSchemaPath(ErrorBody) } })),
    ];
    for (const [param, schema] of Object.entries(route.params?.shape ?? {})) {
      decorators.push(ApiParam({ name: param, required: true, schema: openApiSchema(schema as z.ZodType) as never }));
    }
    if (route.query) decorators.push(ApiZodQuery(route.query));
    if (route.body) decorators.push(ApiBody({ type: namedZodDto(route.body, `${name}Body`), ...(route.examples?.body ? { examples: { example: { value: route.examples.body } } } : {}) }));
    for (const d of decorators) d(proto, key, descriptor);
    Req()(proto, key, 0);
  }
  return DeclaredRoutesController;
}

/**
 * Express matches in registration order: `members/headcount` must come before `members/:id`
 * whatever order the contracts list them in. Paths sort segment by segment with a parameter after
 * every literal at the same place (which also groups the OpenAPI document by path).
 */
export function literalSegmentsFirst(a: Route, b: Route): number {
  const key = (r: Route) => r.path.split('/').map((seg) => (seg.startsWith(':') ? '\uffff' : seg)).join('/');
  const [ka, kb] = [key(a), key(b)];
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

function describe(route: Route): string {
  const perms = route.permissions.join(', ');
  return [route.description, `Quyền / permission: \`${perms}\`. NATS: \`${route.pattern}\`.`].filter(Boolean).join('\n\n');
}
