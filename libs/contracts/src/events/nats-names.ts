import type { ServiceName } from './define-event';

/**
 * Every subject and stream name carries the environment's prefix (`NATS_PREFIX`) so that test
 * files and environments share one NATS server without colliding. Subjects take `prefix.`,
 * stream and consumer names (which may not contain dots) take `PREFIX_`.
 */
export class NatsNames {
  readonly subjectPrefix: string;
  readonly namePrefix: string;

  constructor(readonly prefix = '') {
    if (prefix && !/^[A-Za-z0-9_-]+$/.test(prefix)) {
      throw new Error(`NATS_PREFIX may hold only letters, digits, '_' and '-': "${prefix}"`);
    }
    this.subjectPrefix = prefix ? `${prefix}.` : '';
    this.namePrefix = prefix ? `${prefix.toUpperCase()}_` : '';
  }

  /** `evt.membership.member.admitted.v1` → `<prefix>.evt.membership.member.admitted.v1` */
  subject(subject: string): string {
    return this.subjectPrefix + subject;
  }

  /** Request-reply patterns such as `membership.health`. */
  command(pattern: string): string {
    return this.subjectPrefix + pattern;
  }

  eventStream(service: ServiceName): string {
    return `${this.namePrefix}EVT_${service.toUpperCase()}`;
  }

  eventSubjects(service: ServiceName): string {
    return `${this.subjectPrefix}evt.${service}.>`;
  }

  get deadLetterStream(): string {
    return `${this.namePrefix}DLQ`;
  }

  deadLetterSubject(consumer: string): string {
    return `${this.subjectPrefix}dlq.${consumer}`;
  }

  get deadLetterSubjects(): string {
    return `${this.subjectPrefix}dlq.>`;
  }

  get retryStream(): string {
    return `${this.namePrefix}RETRY`;
  }

  retrySubject(consumer: string): string {
    return `${this.subjectPrefix}retry.${consumer}`;
  }

  get retrySubjects(): string {
    return `${this.subjectPrefix}retry.>`;
  }

  /** Durable consumer names: `<PREFIX>_<consumer>_<stream suffix>`. */
  durable(consumer: string, source: string): string {
    return `${this.namePrefix}${consumer}__${source}`.replace(/[^A-Za-z0-9_-]/g, '_');
  }
}
