import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown, Provider } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import type { NatsConnection } from 'nats';
import { NatsNames, ServiceName } from '@party/contracts';
import { connectNats, ConsumerSpec, DurableConsumer, ensureEventStream, ensureOperationalStreams, OutboxRelay } from '@party/messaging';
import type { BaseEnv } from './config';
import { EVENT_CONSUMERS, NATS_CONNECTION, NATS_NAMES, SERVICE_ENV, SERVICE_NAME } from './tokens';

export const natsProviders: Provider[] = [
  {
    provide: NATS_NAMES,
    inject: [SERVICE_ENV],
    useFactory: (env: BaseEnv) => new NatsNames(env.NATS_PREFIX),
  },
  {
    provide: NATS_CONNECTION,
    inject: [SERVICE_ENV, SERVICE_NAME],
    useFactory: (env: BaseEnv, service: string) => connectNats({ url: env.NATS_URL, name: `${service}-${process.pid}` }),
  },
];

/**
 * Runs the service's side of the backbone: its event stream, the outbox relay, and its durable
 * consumers. Started after the app is up, stopped before connections close, so in-flight
 * messages finish (graceful shutdown).
 */
@Injectable()
export class BackboneRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Backbone');
  private relay?: OutboxRelay;
  readonly consumers: DurableConsumer[] = [];

  constructor(
    private readonly orm: MikroORM,
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(NATS_NAMES) private readonly names: NatsNames,
    @Inject(SERVICE_NAME) private readonly service: ServiceName,
    @Inject(EVENT_CONSUMERS) private readonly specs: ConsumerSpec[],
    @Inject(SERVICE_ENV) private readonly env: BaseEnv,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const jsm = await this.nc.jetstreamManager();
    await ensureEventStream(jsm, this.names, this.service);
    await ensureOperationalStreams(jsm, this.names);
    this.relay = new OutboxRelay(this.orm, this.nc, this.names, this.logger);
    this.relay.start();
    for (const spec of this.specs) {
      const batchSize = this.env.CONSUMER_BATCH_SIZE ?? spec.batchSize;
      const consumer = new DurableConsumer(this.orm, this.nc, this.names, { ...spec, batchSize }, this.logger);
      await consumer.start();
      this.consumers.push(consumer);
    }
    this.logger.log(`outbox relay and ${this.consumers.length} consumer(s) running`);
  }

  get relayPublished(): number {
    return this.relay?.published ?? 0;
  }

  /** After a command committed events: publish now rather than at the next poll. */
  kickRelay(): void {
    this.relay?.kick();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.step('consumers', Promise.all(this.consumers.map((c) => c.stop())));
    await this.step('outbox relay', this.relay?.stop());
    // a drain waits on the server; a shutdown must not wait on it for long (SIGTERM has a hard stop)
    if (!this.nc.isClosed()) {
      const drained = await this.step('nats drain', this.nc.drain().then(() => true), 3000);
      if (!drained && !this.nc.isClosed()) await this.nc.close();
    }
  }

  /** Awaits one shutdown step, saying which one when it is slow; gives up after `limitMs`. */
  private async step<T>(name: string, work: Promise<T> | undefined, limitMs = 10_000): Promise<T | undefined> {
    const started = Date.now();
    let timer: NodeJS.Timeout | undefined;
    const result = await Promise.race([work, new Promise<undefined>((r) => (timer = setTimeout(() => r(undefined), limitMs)))]);
    clearTimeout(timer);
    const took = Date.now() - started;
    if (took > 2000) this.logger.warn(`shutdown: ${name} took ${took} ms${took >= limitMs ? ' (gave up waiting)' : ''}`);
    return result;
  }
}
