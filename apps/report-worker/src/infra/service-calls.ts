import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { firstValueFrom, timeout } from 'rxjs';
import { v7 as uuidv7 } from 'uuid';
import { readTokenKey, REPORT_WORKER_ISSUER, REPORT_WORKER_PRINCIPAL, ServiceTokenSigner } from '@party/auth';
import { DomainError, isErrorBody, ServiceRequest } from '@party/contracts';
import { natsServerOptions, PrefixedNatsClient } from '@party/messaging';
import { WORKER_ENV, WorkerEnv } from '../worker-env';
import { failureOfServiceError } from './job-failure';

/** Request-reply to the services, as the gateway does it; a refusal or a silence becomes the job's failure in words. */
@Injectable()
export class ServiceCalls implements OnApplicationShutdown {
  private readonly client: PrefixedNatsClient;
  private connected?: Promise<unknown>;
  /**
   * Who the worker is when it asks a service: its own signed token, which the services read as
   * `REPORT_WORKER_PRINCIPAL` (a whole-bloc reader of exactly what its jobs read). The
   * organization a job is about travels as `orgId`, checked against the requester's scope when
   * the job was asked for.
   */
  private readonly tokens: ServiceTokenSigner;

  constructor(@Inject(WORKER_ENV) private readonly env: WorkerEnv) {
    this.client = new PrefixedNatsClient({
      ...natsServerOptions(env.NATS_URL),
      prefix: env.NATS_PREFIX,
      maxReconnectAttempts: -1,
      reconnectTimeWait: 250,
      waitOnFirstConnect: true,
    });
    const key = readTokenKey(env.WORKER_SIGNING_KEY, 'private');
    if (key instanceof Error) throw key;
    this.tokens = new ServiceTokenSigner(key, REPORT_WORKER_ISSUER, REPORT_WORKER_PRINCIPAL.userId);
  }

  async ask<T>(pattern: string, payload: unknown, correlationId: string = uuidv7()): Promise<T> {
    const service = pattern.split('.')[0];
    this.connected ??= this.client.connect();
    const message: ServiceRequest = { token: this.tokens.token(), correlationId, payload };
    try {
      await this.connected;
      return await firstValueFrom(this.client.send<T>(pattern, message).pipe(timeout(this.env.SERVICE_TIMEOUT_MS)));
    } catch (err) {
      throw failureOfServiceError(service, isErrorBody(err) ? new DomainError(err) : err);
    }
  }

  /** Every page of a paged list route (`{ items, total }`), 500 rows a page. */
  async all<T>(pattern: string, query: Record<string, unknown>): Promise<T[]> {
    const rows: T[] = [];
    for (let page = 1; ; page++) {
      const answer = await this.ask<{ items: T[]; total: number }>(pattern, { ...query, page, pageSize: 500 });
      rows.push(...answer.items);
      if (!answer.items.length || rows.length >= answer.total) return rows;
    }
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.connected) await this.client.close();
  }
}
