import { Controller, Inject, Injectable, Logger, OnModuleInit, Type } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { MessagePattern } from '@nestjs/microservices';
import { MikroORM } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { assertPermission, PrincipalVerifier } from '@party/auth';
import { DomainError, FieldError, Route, ServiceRequest, splitPayload, toFieldErrors } from '@party/contracts';
import type { BaseEnv } from '../config';
import { BackboneRunner } from '../messaging.providers';
import { SERVICE_ENV } from '../tokens';
import { ROUTE_HANDLER } from './handles.decorator';
import type { CommandContext, QueryContext } from './route-context';
import { UnitOfWork } from './unit-of-work';

export const SERVICE_ROUTES = Symbol('SERVICE_ROUTES');

type BoundHandler = (input: unknown, ctx: QueryContext | CommandContext) => unknown;

/**
 * The service's side of a declared route — the one command pipeline: permission → validation of
 * each input part → (a command) one transaction in which the handler changes state and writes its
 * events and audit through the unit of work → the relay woken after commit. At boot it fails when a
 * declared route has no handler or two, or a handler answers a route this service does not declare
 * (immich's job-handler check, for routes).
 */
@Injectable()
export class RouteDispatcher implements OnModuleInit {
  private readonly logger = new Logger('Routes');
  private readonly handlers = new Map<string, BoundHandler>();
  private readonly checkResponses: boolean;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
    private readonly orm: MikroORM,
    private readonly backbone: BackboneRunner,
    private readonly verifier: PrincipalVerifier,
    @Inject(SERVICE_ROUTES) private readonly routes: readonly Route[],
    @Inject(SERVICE_ENV) env: BaseEnv,
  ) {
    this.checkResponses = env.CHECK_RESPONSES ?? env.NODE_ENV === 'test';
  }

  onModuleInit(): void {
    const declared = new Set(this.routes.map((r) => r.pattern));
    const problems: string[] = [];
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object' || wrapper.isAlias) continue;
      const proto = Object.getPrototypeOf(instance);
      for (const name of this.scanner.getAllMethodNames(proto)) {
        const route = this.reflector.get<Route | undefined>(ROUTE_HANDLER, proto[name]);
        if (!route) continue;
        const where = `${wrapper.name as string}.${name}`;
        if (!declared.has(route.pattern)) problems.push(`${where} handles ${route.pattern}, which this service does not declare`);
        else if (this.handlers.has(route.pattern)) problems.push(`${route.pattern} has two handlers (the second: ${where})`);
        else this.handlers.set(route.pattern, (proto[name] as BoundHandler).bind(instance));
      }
    }
    for (const route of this.routes) if (!this.handlers.has(route.pattern)) problems.push(`${route.pattern} (${route.method} /api/${route.path}) has no handler`);
    if (problems.length) throw new Error(`Routes and handlers disagree:\n  ${problems.join('\n  ')}`);
    this.logger.log(`${this.routes.length} routes`);
  }

  async dispatch(route: Route, req: ServiceRequest): Promise<unknown> {
    // who asks is what a signed token says, never a principal written in the message
    const principal = assertPermission(req.token ? this.verifier.principalOf(req.token) : null, ...route.permissions);
    const input = validateInput(route, req.payload);
    const handler = this.handlers.get(route.pattern) as BoundHandler;
    const base = { principal, correlationId: req.correlationId };
    let result: unknown;
    if (route.kind === 'query') {
      result = await handler(input, { ...base, em: this.orm.em.fork() });
    } else {
      let uow: UnitOfWork | undefined;
      result = await this.orm.em.fork().transactional(async (em) => {
        uow = new UnitOfWork(em, principal, req.correlationId);
        const out = await handler(input, { ...base, em, uow });
        await uow.flushBulk();
        return out;
      });
      if (uow?.recordedEvents) this.backbone.kickRelay();
    }
    if (this.checkResponses) this.checkResponse(route, result);
    return result;
  }

  private checkResponse(route: Route, result: unknown): void {
    const parsed = route.response.safeParse(result);
    if (parsed.success) return;
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`${route.pattern} answered outside its declared response schema: ${issues.join('; ')}`);
  }
}

/** Each declared part validated on its own; every bad field of every part named at once. */
export function validateInput(route: Route, payload: unknown): Record<string, unknown> {
  const parts = splitPayload(route, payload);
  const fields: FieldError[] = [];
  const out: Record<string, unknown> = {};
  const take = (schema: z.ZodType | undefined, value: unknown) => {
    if (!schema) return;
    const r = schema.safeParse(value ?? {}, { reportInput: true });
    if (r.success) Object.assign(out, r.data);
    else fields.push(...toFieldErrors(r.error));
  };
  take(route.query, parts.query);
  take(route.body, parts.body);
  take(route.params, parts.params);
  if (fields.length) throw DomainError.validation(fields);
  return out;
}

/**
 * The NATS edge of every declared route of a service: one generated controller whose methods
 * answer the routes' patterns and hand each request to the dispatcher.
 */
export function routesController(routes: readonly Route[]): Type<unknown> {
  @Controller()
  class DeclaredRoutesController {
    constructor(readonly dispatcher: RouteDispatcher) {}
  }
  const proto = DeclaredRoutesController.prototype as unknown as Record<string, unknown>;
  routes.forEach((route) => {
    const key = route.pattern.replace(/[^A-Za-z0-9]/g, '_');
    const descriptor: PropertyDescriptor = {
      value: function (this: DeclaredRoutesController, req: ServiceRequest) {
        return this.dispatcher.dispatch(route, req);
      },
      writable: true,
      configurable: true,
    };
    Object.defineProperty(proto, key, descriptor);
    MessagePattern(route.pattern)(proto, key, descriptor);
  });
  return DeclaredRoutesController;
}
