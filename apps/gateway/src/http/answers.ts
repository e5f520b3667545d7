import { applyDecorators, CallHandler, ExecutionContext, HttpCode, Inject, Injectable, NestInterceptor, SetMetadata, Type } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { map, Observable } from 'rxjs';
import type { z } from 'zod';
import { GATEWAY_ENV, GatewayEnv } from '../config/gateway-env';
import { ERROR_STATUSES, ErrorBody } from '../routes/route-forwarder';

/** A `createZodDto` class: its schema checks the answer, its `Output` documents it. */
interface ZodDtoClass {
  schema: z.ZodType;
  Output: Type<unknown>;
}

const ERROR_DESCRIPTIONS: Record<number, string> = {
  ...Object.fromEntries(ERROR_STATUSES),
  423: 'Đăng nhập sai nhiều lần từ địa chỉ này: chờ rồi thử lại / Too many failed logins from this address: wait, then try again',
  429: 'Quá nhiều yêu cầu / Too many requests',
};
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 422 | 423 | 429;

const ANSWER_SCHEMA = 'gateway:answerSchema';

/**
 * What a hand-written gateway route answers, in the OpenAPI document as the declared routes are
 * (route-forwarder.ts): the success status and schema, and each typed error it may give. A list of
 * things is `[Dto]`. Under `NODE_ENV=test` the answer is checked against the schema, as the route
 * dispatcher checks the services' answers, so the document cannot lie here either.
 */
export function Answers(status: number, dto: ZodDtoClass | [ZodDtoClass], ...errors: ErrorStatus[]): MethodDecorator {
  const one = Array.isArray(dto) ? dto[0] : dto;
  return applyDecorators(
    HttpCode(status),
    ApiResponse({ status, description: 'OK', type: Array.isArray(dto) ? [one.Output] : one.Output }),
    ...apiErrors(...errors),
    SetMetadata(ANSWER_SCHEMA, Array.isArray(dto) ? one.schema.array() : one.schema),
  );
}

/** The typed errors of a route, each with the one error body. */
export function apiErrors(...statuses: ErrorStatus[]): MethodDecorator[] {
  return [ApiExtraModels(ErrorBody), ...statuses.map((status) => ApiResponse({ status, description: ERROR_DESCRIPTIONS[status], schema: { $ref: getSchemaPath(ErrorBody) } }))];
}

/**
 * Registered globally only when answers are checked (`CHECK_RESPONSES`, on under test): in
 * production no request pays for an interceptor that would do nothing.
 */
@Injectable()
export class AnswerCheck implements NestInterceptor {
  private readonly on: boolean;

  constructor(
    private readonly reflector: Reflector,
    @Inject(GATEWAY_ENV) env: GatewayEnv,
  ) {
    this.on = checksAnswers(env);
  }

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const schema = this.reflector.get<z.ZodType | undefined>(ANSWER_SCHEMA, ctx.getHandler());
    if (!this.on || !schema) return next.handle();
    return next.handle().pipe(
      map((answer) => {
        const parsed = schema.safeParse(answer);
        if (parsed.success) return answer;
        const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
        throw new Error(`${ctx.getClass().name}.${ctx.getHandler().name} answered outside its declared response schema: ${issues.join('; ')}`);
      }),
    );
  }
}

/** Whether this gateway checks its hand-written routes' answers against their schemas. */
export const checksAnswers = (env: GatewayEnv): boolean => env.CHECK_RESPONSES ?? env.NODE_ENV === 'test';
