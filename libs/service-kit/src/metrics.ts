import { Controller, Get, Header, Inject, Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { collectDefaultMetrics, Counter, Gauge, Registry } from 'prom-client';
import { BackboneRunner } from './messaging.providers';
import { SERVICE_NAME } from './tokens';

/**
 * Prometheus metrics of one service: the process, and its side of the backbone — events waiting
 * in the outbox (the relay's lag), events published, and each consumer's outcomes.
 */
@Injectable()
export class ServiceMetrics {
  readonly registry = new Registry();

  constructor(orm: MikroORM, backbone: BackboneRunner, @Inject(SERVICE_NAME) service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
    const schema = orm.config.get('schema');
    new Gauge({
      name: 'outbox_unpublished_events',
      help: 'Events committed but not yet published to JetStream',
      registers: [this.registry],
      async collect() {
        const [row] = await orm.em.fork().execute<{ n: string }[]>(`select count(*) as n from "${schema}"."outbox" where published_at is null`);
        this.set(Number(row.n));
      },
    });
    new Counter({
      name: 'outbox_published_events_total',
      help: 'Events this process published from the outbox',
      registers: [this.registry],
      collect() {
        this.reset();
        this.inc(backbone.relayPublished);
      },
    });
    new Counter({
      name: 'consumer_events_total',
      help: 'Events handled by a durable consumer, by outcome',
      labelNames: ['consumer', 'outcome'],
      registers: [this.registry],
      collect() {
        this.reset();
        for (const c of backbone.consumers) {
          for (const [outcome, n] of Object.entries(c.stats)) this.inc({ consumer: c.name, outcome }, n);
        }
      },
    });
  }
}

@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: ServiceMetrics) {}

  @Get()
  @Header('Content-Type', 'text/plain; version=0.0.4')
  scrape(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}
