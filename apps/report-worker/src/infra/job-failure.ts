import { UnrecoverableError } from 'bullmq';
import { DomainError, jobFailureMessage, JobFailureText } from '@party/contracts';

/**
 * A job's failure in words a person can act on (both languages, as JSON in BullMQ's
 * `failedReason`). Transient ones (a service away) are retried with backoff; `final` ones (a
 * request the service refuses) would fail the same way again, so they stop at once.
 */
export function jobFailure(f: JobFailureText, final = false): Error {
  return final ? new UnrecoverableError(jobFailureMessage(f)) : new Error(jobFailureMessage(f));
}

/** A service's answer to a call the worker made, as the job's failure. */
export function failureOfServiceError(service: string, err: unknown): Error {
  if (err instanceof DomainError) {
    const final = ['validation', 'not_found', 'forbidden', 'conflict', 'rule_violation', 'unauthenticated'].includes(err.body.code);
    return jobFailure({ code: err.body.code, vi: `Dịch vụ ${service} từ chối: ${err.body.message.vi}`, en: `The ${service} service refused: ${err.body.message.en}` }, final);
  }
  // a message, never the frames of a stack that may follow it
  const msg = String((err as Error)?.message ?? err).split('\n')[0].trim();
  if (/timeout|no responders|empty response|Empty response|not connected|CONNECTION_REFUSED|disconnect/i.test(msg) || (err as Error)?.name === 'TimeoutError') {
    return jobFailure({
      code: 'unavailable',
      vi: `Dịch vụ ${service} không phản hồi; hệ thống sẽ tự thử lại sau ít phút.`,
      en: `The ${service} service did not answer; the job will be retried in a few minutes.`,
    });
  }
  return jobFailure({ code: 'unexpected', vi: `Lỗi khi gọi dịch vụ ${service}: ${msg.slice(0, 200)}`, en: `Error calling the ${service} service: ${msg.slice(0, 200)}` });
}
