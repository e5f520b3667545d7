import { waitFor } from '@party/testing';
import type { Fault, FaultKind } from './faults';
import type { WholeSystem } from './system/whole-system';
import type { Workload } from './workload/workload';

export interface InjectedFault {
  name: string;
  kind: FaultKind;
  /** Seconds since the workload started. */
  atS: number;
  /** From the fault's start until every app answered again. */
  recoveredAfterS: number;
  /** Commands the workload sent from the fault's start until the system had recovered. */
  sentMeanwhile: number;
}

const seconds = (ms: number) => Math.round(ms / 100) / 10;

/**
 * Runs the faults one after another under the running workload: each is injected while commands
 * flow, the system is waited for until every app answers again (and `afterRecovery`), and the
 * workload then sends `healthyCommands` more on the recovered system before the next fault, so
 * every fault meets a system at work and leaves it working — one fault at a time, not two
 * outages adding up. Waits are on progress, never on the clock alone.
 */
export async function runDrill(
  system: WholeSystem,
  workload: Workload,
  faults: Fault[],
  opts: {
    warmUpCommands: number;
    healthyCommands: number;
    /** What else must have recovered before the next fault (the jobs in flight). */
    afterRecovery?: () => Promise<void>;
    log: (line: string) => void;
  },
): Promise<InjectedFault[]> {
  const started = Date.now();
  const injected: InjectedFault[] = [];
  workload.start();
  try {
    await waitFor(() => workload.ledger.count('accepted') >= opts.warmUpCommands, { timeoutMs: 120_000, intervalMs: 200, what: 'the workload to be under way' }).catch(() => {
      const refusals = workload.ledger.records.filter((r) => r.outcome !== 'accepted').slice(0, 5);
      throw new Error(`the workload's commands are not accepted by a healthy system: ${workload.ledger.count('accepted')} accepted; first others: ${JSON.stringify(refusals)}`);
    });
    for (const fault of faults) {
      const at = Date.now();
      const sentBefore = workload.sent();
      opts.log(`fault: ${fault.name}`);
      await fault.inject(system);
      await system.waitHealthy(`the system to recover from "${fault.name}"`, 240_000);
      const recovered = Date.now();
      const sentMeanwhile = workload.sent() - sentBefore;
      injected.push({ name: fault.name, kind: fault.kind, atS: seconds(at - started), recoveredAfterS: seconds(recovered - at), sentMeanwhile });
      opts.log(`  recovered after ${seconds(recovered - at)} s (${sentMeanwhile} commands sent meanwhile)`);
      await opts.afterRecovery?.();
      const target = workload.ledger.count('accepted') + opts.healthyCommands;
      await waitFor(() => workload.ledger.count('accepted') >= target, {
        timeoutMs: 120_000,
        intervalMs: 200,
        what: `${opts.healthyCommands} commands accepted after recovering from "${fault.name}"`,
      });
    }
  } finally {
    await workload.stop();
  }
  return injected;
}
