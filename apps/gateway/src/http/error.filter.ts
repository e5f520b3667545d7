import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import type { Response } from 'express';
import { DomainError, ERROR_STATUS, ErrorBody, ErrorCode } from '@party/contracts';
import { bodyParserAnswer } from './request-hygiene';

const BY_STATUS: Record<number, ErrorBody> = {
  400: { code: 'validation', message: { vi: 'Yêu cầu không hợp lệ', en: 'Bad request' } },
  401: { code: 'unauthenticated', message: { vi: 'Cần đăng nhập', en: 'Authentication required' } },
  403: { code: 'forbidden', message: { vi: 'Bạn không có quyền thực hiện thao tác này', en: 'You are not allowed to do this' } },
  404: { code: 'not_found', message: { vi: 'Không tìm thấy địa chỉ này', en: 'Not found' } },
  413: { code: 'validation', message: { vi: 'Dữ liệu gửi lên quá lớn', en: 'Payload too large' } },
  429: {
    code: 'rate_limited',
    message: { vi: 'Quá nhiều yêu cầu, vui lòng thử lại sau ít phút', en: 'Too many requests, please try again in a few minutes' },
  },
};

export function statusOf(code: ErrorCode): number {
  return ERROR_STATUS[code] ?? 500;
}

/** Every error leaves the gateway as `{code, message: {vi, en}, fields?}`; bad input never becomes a 500. */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ErrorFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const [status, body] = this.toResponse(exception);
    if (status >= 500 && status !== 503) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    res.status(status).json(body);
  }

  private toResponse(exception: unknown): [number, ErrorBody] {
    if (exception instanceof DomainError) return [statusOf(exception.body.code), exception.body];
    if (exception instanceof ThrottlerException) return [429, BY_STATUS[429]];
    const parser = bodyParserAnswer(exception);
    if (parser) return parser;
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const payload = exception.getResponse();
      if (typeof payload === 'object' && payload && 'code' in payload && 'message' in payload) return [status, payload as ErrorBody];
      if (status === 400 && exception.message.includes('JSON')) {
        return [400, { code: 'validation', message: { vi: 'Nội dung gửi lên không phải JSON hợp lệ', en: 'The request body is not valid JSON' } }];
      }
      return [status, BY_STATUS[status] ?? { code: status >= 500 ? 'internal' : 'validation', message: { vi: exception.message, en: exception.message } }];
    }
    return [500, { code: 'internal', message: { vi: 'Lỗi hệ thống, vui lòng thử lại sau', en: 'Internal error, please try again later' } }];
  }
}
