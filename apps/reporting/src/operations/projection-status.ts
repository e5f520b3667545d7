import { Injectable, OnModuleInit } from '@nestjs/common';
import { z } from 'zod';
import { REPORTS_ROUTES, type ReportingConsumerStatus, type ReportingStatus } from '@party/contracts';
import type { DurableConsumer } from '@party/messaging';
import { BackboneRunner, Handles, HealthProbe } from '@party/service-kit';
import { REPORTING_CONSUMER_NAMES } from '../projection/consumers';

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

  @Handles(REPORTS_ROUTES.status)
  async status(): Promise<ReportingStatus> {
    const consumers = this.consumers();
    const lags: ReportingConsumerStatus[] = await Promise.all(
      consumers.map(async (c) => ({ name: c.name, source: c.streamName, lag: await c.lag() })),
    );
    const lag = lags.reduce((a, c) => a + c.lag, 0);
    const phase = phaseOf({ consumersRunning: consumers.length === REPORTING_CONSUMER_NAMES.length, lag, caughtUpOnce: this.caughtUpOnce, threshold: SEEDING_LAG });
    if (phase === 'ready' && lag === 0) this.caughtUpOnce = true;
    return { phase, consumers: lags };
  }

  async phase(): Promise<'ready' | 'seeding'> {
    return (await this.status()).phase;
  }
}
