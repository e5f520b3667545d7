import { UnrecoverableError } from 'bullmq';
import { firstValueFrom, NEVER, timeout } from 'rxjs';
import { DomainError, readJobFailure } from '@party/contracts';
import { failureOfServiceError, jobFailure } from './job-failure';

/**
 * How a job's failure is classified and worded: a refusal by a service fails the job at once
 * (BullMQ's UnrecoverableError: it would fail the same way on every retry), a service that is
 * away or slow is retried with backoff, and whatever reason BullMQ stores is read back as words
 * in both languages, never a stack trace.
 */
const words = (err: Error) => readJobFailure(err.message);
const FRAME = /\bat \S+ \(|\.ts:\d+|node_modules|\n/;

describe('a failure the worker meets while calling a service', () => {
  it.each(['validation', 'not_found', 'forbidden', 'conflict', 'rule_violation', 'unauthenticated'])('is final when the service refuses (%s)', (code) => {
    const refusal = new DomainError({ code, message: { vi: 'Không tìm thấy tổ chức đảng', en: 'Party organization not found' } } as never);
    const err = failureOfServiceError('reporting', refusal);
    expect(err).toBeInstanceOf(UnrecoverableError);
    expect(JSON.parse(err.message)).toMatchObject({ code });
    expect(words(err)).toEqual({
      vi: 'Dịch vụ reporting từ chối: Không tìm thấy tổ chức đảng',
      en: 'The reporting service refused: Party organization not found',
    });
  });

  it('is retried when the service does not answer in time (rxjs timeout)', async () => {
    const timedOut = await firstValueFrom(NEVER.pipe(timeout(1))).catch((e: Error) => e);
    const err = failureOfServiceError('membership', timedOut);
    expect(err).not.toBeInstanceOf(UnrecoverableError);
    expect(JSON.parse(err.message).code).toBe('unavailable');
    expect(words(err)?.vi).toBe('Dịch vụ membership không phản hồi; hệ thống sẽ tự thử lại sau ít phút.');
    expect(words(err)?.en).toBe('The membership service did not answer; the job will be retried in a few minutes.');
  });

  it.each(['503 no responders available', 'Empty response. There are no subscribers listening to that message ("reporting.year-end")', 'CONNECTION_REFUSED', 'disconnected'])(
    'is retried when the service is away: %s',
    (message) => {
      const err = failureOfServiceError('reporting', new Error(message));
      expect(err).not.toBeInstanceOf(UnrecoverableError);
      expect(JSON.parse(err.message).code).toBe('unavailable');
    },
  );

  it('is retried when the service answers that it is unavailable itself (a typed 503, not a refusal)', () => {
    const err = failureOfServiceError('reporting', new DomainError({ code: 'unavailable', message: { vi: 'Cơ sở dữ liệu không phản hồi', en: 'The database did not answer' } }));
    expect(err).not.toBeInstanceOf(UnrecoverableError);
  });

  it('is retried, in words without the stack, when the error is one nobody expected', () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'items')\n    at ServiceCalls.all (/app/apps/report-worker/src/infra/service-calls.ts:52:7)");
    const err = failureOfServiceError('membership', bug);
    expect(err).not.toBeInstanceOf(UnrecoverableError);
    const text = words(err);
    expect(text?.vi).toBe("Lỗi khi gọi dịch vụ membership: Cannot read properties of undefined (reading 'items')");
    expect(`${text?.vi} ${text?.en}`).not.toMatch(FRAME);
  });

  it('keeps a failure the worker words itself final or not as told', () => {
    expect(jobFailure({ code: 'x', vi: 'a', en: 'b' }, true)).toBeInstanceOf(UnrecoverableError);
    expect(jobFailure({ code: 'x', vi: 'a', en: 'b' })).not.toBeInstanceOf(UnrecoverableError);
  });
});

describe('a failed reason read back for a person', () => {
  it('is nothing when the job did not fail', () => {
    expect(readJobFailure(undefined)).toBeNull();
    expect(readJobFailure('')).toBeNull();
  });

  it('explains BullMQ’s own stalled reason in both languages', () => {
    const text = readJobFailure('job stalled more than allowable limit');
    expect(text?.vi).toContain('Bộ xử lý báo cáo dừng đột ngột nhiều lần');
    expect(text?.en).toContain('The report worker stopped abruptly several times');
    expect(`${text?.vi} ${text?.en}`).not.toContain('allowable limit');
  });

  it('words an unknown reason in both languages with its first line only, never the stack frames', () => {
    const reason = 'Error: ENOSPC: no space left on device, write\n    at async writeFile (node:internal/fs/promises:1:1)\n    at ResultStore.store (/app/apps/report-worker/src/infra/result-store.ts:37:7)';
    const text = readJobFailure(reason);
    expect(text?.vi).toBe('Lỗi không mong đợi khi lập báo cáo (Error: ENOSPC: no space left on device, write). Hãy chạy lại; nếu vẫn lỗi, báo quản trị hệ thống.');
    expect(text?.en).toMatch(/^Unexpected error while making the report \(Error: ENOSPC/);
    expect(`${text?.vi} ${text?.en}`).not.toMatch(FRAME);
  });

  it('keeps a long reason short', () => {
    const text = readJobFailure('x'.repeat(5000));
    expect(text?.en.length).toBeLessThan(400);
  });

  it('takes JSON that is not ours as an unknown reason', () => {
    expect(readJobFailure('{"message":"boom"}')?.en).toContain('Unexpected error while making the report ({"message":"boom"})');
  });
});
