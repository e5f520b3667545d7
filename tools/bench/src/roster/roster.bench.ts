import { loadavg } from 'node:os';
import { waitFor } from '@party/testing';
import { commitRoster, establishBloc, previewRoster, rosterFile } from '../gateway/bloc';
import { timed, withSignedInSystem } from '../gateway/signed-in-system';
import { cpuMs } from '../scale/rss';
import { Baseline, copyBaselines, correlationOf, WrittenTable } from './baselines';

/**
 * The Board's roster import (issue 17: "import ≥ 30 % of raw COPY") beside raw `COPY` of the same
 * rows. The gateway and membership of this checkout as processes (`startBenchSystem`), `units` chi
 * bộ cơ sở, then `runs` imports of a generated roster of `members` rows, each on fresh rows (other
 * citizen IDs and card numbers), each timed as the Board does it: the preview (upload, staging,
 * every check) and the commit (the checks against the database again, every row written as history
 * with COPY in one transaction).
 * After each import, once the relay has published its events (so that neither the next import nor
 * the baseline shares the CPU with the relay), the rows it wrote are written again by the
 * baselines (./baselines): raw COPY of the `person` rows alone; of `person` and its outbox rows
 * (the events: `person.recorded`, `member.registered`, `card.issued` when a card is held); of
 * everything the commit writes (those, the audit rows and the cards); and everything with the JSON
 * insert the commit used before COPY.
 */
export interface RosterBenchOptions {
  /** The checkout measured: this one, or an older commit in a git worktree (`BENCH_ROOT`) for a before/after. */
  root: string;
  members: number;
  units: number;
  runs: number;
}

/** One import and its COPY baselines, on the same rows. */
export interface RosterRun {
  /** The rows of the file, all imported. */
  rows: number;
  fileBytes: number;
  previewMs: number;
  commitMs: number;
  /** CPU time of membership and of the gateway in each step (10 ms ticks): steadier than the wall clock on a shared machine. */
  cpu: { preview: StepCpu; commit: StepCpu };
  /** From the commit's answer until the relay had published every one of its events (not part of the import's time). */
  publishMs: number;
  /** Rows the commit wrote per table (person, outbox, audit_log, party_card). */
  written: Record<WrittenTable, number>;
  /** The server's time for each baseline's COPY transaction. */
  copyMs: Record<Baseline, number>;
  /** Everything the commit writes, with the JSON insert it used before COPY (`json_populate_recordset`, 2.000 rows each) through node-postgres, one transaction. */
  jsonInsertMs: number;
}

export interface StepCpu {
  membership: number;
  gateway: number;
}

export interface RosterBenchResult {
  commit: string;
  units: number;
  runs: RosterRun[];
  /** 1-minute load average before and after the timed runs. */
  load: [number, number];
}


export async function benchRoster(opts: RosterBenchOptions): Promise<RosterBenchResult> {
  return withSignedInSystem(opts.root, async ({ system, db, schema, board }) => {
    const cells = await establishBloc(board, opts.units);
    const load0 = loadavg()[0];
    const runs: RosterRun[] = [];
    for (let i = 0; i < opts.runs; i++) {
      const file = await rosterFile(cells, opts.members, i * opts.members);
      const cpuNow = (): StepCpu => ({ membership: cpuMs(system.pids.membership), gateway: cpuMs(system.pids.gateway) });
      const cpuSince = (a: StepCpu): StepCpu => ({ membership: cpuMs(system.pids.membership) - a.membership, gateway: cpuMs(system.pids.gateway) - a.gateway });
      let cpu0 = cpuNow();
      const [preview, previewMs] = await timed(() => previewRoster(board, file));
      const previewCpu = cpuSince(cpu0);
      cpu0 = cpuNow();
      const [done, commitMs] = await timed(() => commitRoster(board, preview.uploadId));
      const cpu = { preview: previewCpu, commit: cpuSince(cpu0) };
      if (done.imported !== opts.members) throw new Error(`run ${i + 1}: ${done.imported} of ${opts.members} rows imported`);
      const answeredAt = performance.now();
      const correlationId = await correlationOf(db, schema, preview.uploadId);
      const unpublished = async () => Number((await db.query(`select count(*)::int as n from "${schema}"."outbox" where correlation_id = $1 and published_at is null`, [correlationId])).rows[0].n);
      await waitFor(async () => (await unpublished()) === 0, { timeoutMs: 300_000, intervalMs: 100, what: 'the relay to publish the import' });
      const publishMs = performance.now() - answeredAt;
      const baseline = await copyBaselines(db, schema, correlationId);
      if (baseline.written.person !== opts.members) throw new Error(`run ${i + 1}: ${baseline.written.person} person rows read back for ${opts.members} imported`);
      runs.push({ rows: done.imported, fileBytes: file.length, previewMs, commitMs, cpu, publishMs, ...baseline });
    }
    return { commit: system.commit, units: cells.length, runs, load: [load0, loadavg()[0]] };
  });
}
