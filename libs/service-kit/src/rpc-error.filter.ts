import { ArgumentsHost, Catch, Logger, RpcExceptionFilter } from '@nestjs/common';
import { RpcException } from '@nestjs/microservices';
import { Observable, throwError } from 'rxjs';
import { ZodError } from 'zod';
import { DomainError, ErrorBody, toFieldErrors } from '@party/contracts';
import { RuleNotInForceError } from '@party/rules';

/** Turns whatever a handler threw into a typed `ErrorBody` for the gateway; never leaks internals. */
export function toErrorBody(exception: unknown): ErrorBody {
  if (exception instanceof DomainError) return exception.body;
  if (exception instanceof ZodError) return DomainError.validation(toFieldErrors(exception)).body;
  // a date no encoded version of a regulation covers: the user can act on it (another date), so 422, not 500
  if (exception instanceof RuleNotInForceError) {
    return DomainError.rule({
      vi: `Hệ thống chưa có quy định "${exception.ruleId}" áp dụng cho ngày ${exception.on}: không thể xét theo quy định cho ngày này`,
      en: `No version of the regulation "${exception.ruleId}" is encoded for ${exception.on}: the case cannot be judged for that date`,
    }).body;
  }
  if (exception instanceof RpcException) {
    const err = exception.getError();
    if (typeof err === 'object' && err && 'code' in err) return err as ErrorBody;
  }
  return { code: 'internal', message: { vi: 'Lỗi hệ thống, vui lòng thử lại sau', en: 'Internal error, please try again later' } };
}

@Catch()
export class RpcErrorFilter implements RpcExceptionFilter<unknown> {
  private readonly logger = new Logger('RpcErrorFilter');

  catch(exception: unknown, _host: ArgumentsHost): Observable<never> {
    const body = toErrorBody(exception);
    if (body.code === 'internal') this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    return throwError(() => body);
  }
}
