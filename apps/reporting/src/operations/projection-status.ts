import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { NatsConnection } from 'nats';
import { z } from 'zod';
import { type NatsNames, REPORTS_ROUTES, type ReportCompleteness, type ReportingConsumerStatus, type ReportingStatus } from '@party/contracts';
import type { DurableConsumer } from '@party/messaging';
import { BackboneRunner, Handles, HealthProbe, NATS_CONNECTION, NATS_NAMES } from '@party/service-kit';
import { REPORTING_CONSUMER_NAMES, reportingConsumerSpecs } from '../projection/consumers';
import { completenessOf, sourceProgress } from './source-progress';

const SOURCES = reportingConsumerSpecs().map((s) => ({ name: s.name, source: s.source }));

/** Backlog at or above which the projection says `seeding` even after it has caught up once. */
export const SEEDING_LAG = z.coerce.number().int().min(1).default(1000).parse(process.env.REPORTING_SEEDING_LAG ?? undefined);

/**
 * `seeding` until the projection has caught up with its streams once since boot (or since a
 * rebuild), and again while a backlog of at least `SEEDING_LAG` events waits (a bulk load).
 * A few events in flight in normal operation do not make the system unavailable.
 */
export function phaseOf(state: { consumersRunning: boolean; lag: number; caughtUpOnce: boolean; threshold: number }): 'ready' | 'seeding' {
  if (!state.consumersRunning) return 'seeding';
  if (state.lag === 0) return 'ready';
  if (!state.caughtUpOnce) return 'seeding';
  return state.lag >= state.threshold ? 'seeding' : 'ready';
}

@Injectable()
export class ProjectionStatus implements OnModuleInit {
  private caughtUpOnce = false;

  constructor(
    private readonly backbone: BackboneRunner,
    private readonly probe: HealthProbe,
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(NATS_NAMES) private readonly names: NatsNames,
  ) {}

  onModuleInit(): void {
    this.probe.setPhaseProvider(() => this.phase());
  }

  consumers(): DurableConsumer[] {
    return this.backbone.consumers.filter((c) => (REPORTING_CONSUMER_NAMES as readonly string[]).includes(c.name));
  }

  /** After a rebuild: seeding again until caught up. */
  restartSeeding(): void {
    this.caughtUpOnce = false;
  }

  /** Readable by whoever reads reports: whether the figures include the last command recorded. */
  @Handles(REPORTS_ROUTES.status)
  async status(): Promise<ReportingStatus> {
    const [lagged, completeness] = await Promise.all([this.lags(), this.completeness()]);
    return { ...lagged, completeness };
  }

  private async lags(): Promise<Pick<ReportingStatus, 'phase' | 'consumers'>> {
    const consumers = this.consumers();
    const lags: ReportingConsumerStatus[] = await Promise.all(
      consumers.map(async (c) => ({ name: c.name, source: c.streamName, lag: await c.lag() })),
    );
    const lag = lags.reduce((a, c) => a + c.lag, 0);
    const phase = phaseOf({ consumersRunning: consumers.length === REPORTING_CONSUMER_NAMES.length, lag, caughtUpOnce: this.caughtUpOnce, threshold: SEEDING_LAG });
    if (phase === 'ready' && lag === 0) this.caughtUpOnce = true;
    return { phase, consumers: lags };
  }

  /** Up to which event of each source stream the read model is complete; asked before a report's figures are computed. */
  async completeness(): Promise<ReportCompleteness> {
    const jsm = await this.nc.jetstreamManager();
    const running = this.consumers();
    return completenessOf(
      await Promise.all(
        SOURCES.map(({ name, source }) => {
          const c = running.find((r) => r.name === name);
          // not started (yet): the durable it will use, so what it already applied still shows
          return sourceProgress(jsm, c ?? { streamName: this.names.eventStream(source), durableName: this.names.durable(name, source) }, source);
        }),
      ),
    );
  }

  async phase(): Promise<'ready' | 'seeding'> {
    return (await this.lags()).phase;
  }
}
