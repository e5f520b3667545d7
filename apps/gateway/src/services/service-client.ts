import { Inject, Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { firstValueFrom, timeout, TimeoutError } from 'rxjs';
import { EmptyResponseException } from '@nestjs/microservices/errors/empty-response.exception';
import { v7 as uuidv7 } from 'uuid';
import { DomainError, isErrorBody, ServiceRequest } from '@party/contracts';
import { natsServerOptions, PrefixedNatsClient } from '@party/messaging';
import { GATEWAY_ENV, GatewayEnv } from '../config/gateway-env';
import type { Caller } from '../http/caller';

/**
 * Request-reply to the services. The caller's signed access token and a correlation id travel with every
 * request; a service's typed error comes back as a `DomainError`, so the error filter answers
 * with the right status (400/403/404/409/422) and the service's own words.
 */
@Injectable()
export class ServiceClient implements OnModuleInit, OnApplicationShutdown {
  private readonly client: PrefixedNatsClient;

  constructor(@Inject(GATEWAY_ENV) private readonly env: GatewayEnv) {
    this.client = new PrefixedNatsClient({
      ...natsServerOptions(env.NATS_URL),
      prefix: env.NATS_PREFIX,
      maxReconnectAttempts: -1,
      reconnectTimeWait: 250,
      waitOnFirstConnect: true,
    });
  }

  onModuleInit(): Promise<unknown> {
    return this.client.connect();
  }

  onApplicationShutdown(): Promise<void> {
    return this.client.close();
  }

  /** A command or query on behalf of the caller of an HTTP request. */
  forCaller<T>(pattern: string, payload: unknown, caller: Caller, opts: { timeoutMs?: number } = {}): Promise<T> {
    return this.request<T>(pattern, payload, caller.token, { ...opts, correlationId: caller.correlationId });
  }

  /** `token`: the caller's access token, as it came (null only for a health probe). */
  async request<T>(pattern: string, payload: unknown, token: string | null, opts: { timeoutMs?: number; correlationId?: string } = {}): Promise<T> {
    const message: ServiceRequest = { token, correlationId: opts.correlationId ?? uuidv7(), payload };
    try {
      return await firstValueFrom(this.client.send<T>(pattern, message).pipe(timeout(opts.timeoutMs ?? this.env.SERVICE_TIMEOUT_MS)));
    } catch (err) {
      if (isErrorBody(err)) throw new DomainError(err);
      const service = pattern.split('.')[0];
      // nobody subscribed (the service is not running) or nobody answered in time
      if (err instanceof TimeoutError || err instanceof EmptyResponseException) {
        throw new DomainError({
          code: 'unavailable',
          message: { vi: `Dịch vụ ${service} không phản hồi, vui lòng thử lại sau`, en: `The ${service} service did not answer; please try again later` },
        });
      }
      throw err;
    }
  }
}
