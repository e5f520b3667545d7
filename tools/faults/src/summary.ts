import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WORKSPACE_ROOT } from '@party/testing';
import type { EventsCheck } from './checks/events';
import { FIGURE_KEYS, Figures, sameFigures } from './checks/figures';
import type { JobsCheck } from './checks/jobs';
import type { RecordsCheck } from './checks/records';
import type { InjectedFault } from './drill';
import type { Ledger } from './workload/ledger';

export interface DrillSummary {
  profile: string;
  tookS: number;
  faults: InjectedFault[];
  commands: { sent: number; accepted: number; refused: number; unanswered: number; unansweredRecorded: number; perKind: ReturnType<Ledger['table']> };
  lost: number;
  doubled: number;
  refusedYetRecorded: number;
  refusals: string[];
  events: { outbox: number; missingFromStreams: number; streamDuplicates: number; consumers: number; notApplied: number; deadLetters: number };
  figures: { reported: Figures; recounted: Figures; equal: boolean; reportComplete: boolean };
  jobs: JobsCheck;
  appExits: Record<string, number>;
  problems: { lost: string[]; doubled: string[]; refusedYetRecorded: string[]; consumers: string[]; streams: string[] };
}

export function summarize(input: {
  profile: string;
  tookS: number;
  faults: InjectedFault[];
  ledger: Ledger;
  records: RecordsCheck[];
  events: EventsCheck;
  reported: Figures;
  reportComplete: boolean;
  recounted: Figures;
  jobs: JobsCheck;
  appExits: Record<string, number>;
}): DrillSummary {
  const { ledger, records, events } = input;
  const keys = (pick: (r: RecordsCheck) => string[]) => records.flatMap((r) => pick(r).map((k) => `${r.kind} ${k}`));
  const lost = keys((r) => r.lost);
  const doubled = keys((r) => r.doubled);
  const refusedYetRecorded = keys((r) => r.refusedYetRecorded);
  return {
    profile: input.profile,
    tookS: input.tookS,
    faults: input.faults,
    commands: {
      sent: ledger.records.length,
      accepted: ledger.count('accepted'),
      refused: ledger.count('refused'),
      unanswered: ledger.count('unanswered'),
      unansweredRecorded: records.reduce((a, r) => a + r.unansweredRecorded, 0),
      perKind: ledger.table(),
    },
    lost: lost.length,
    doubled: doubled.length,
    refusedYetRecorded: refusedYetRecorded.length,
    refusals: ledger.records.filter((r) => r.outcome === 'refused').map((r) => `${r.kind} ${r.key}: ${r.status} ${r.detail ?? ''}`),
    events: {
      outbox: events.streams.reduce((a, s) => a + s.outbox, 0),
      missingFromStreams: events.streams.reduce((a, s) => a + s.missing, 0),
      streamDuplicates: events.streams.reduce((a, s) => a + s.duplicates, 0),
      consumers: events.consumers.length,
      notApplied: events.consumers.reduce((a, c) => a + c.missing, 0),
      deadLetters: events.deadLetters,
    },
    figures: { reported: input.reported, recounted: input.recounted, equal: sameFigures(input.reported, input.recounted), reportComplete: input.reportComplete },
    jobs: input.jobs,
    appExits: input.appExits,
    problems: {
      lost,
      doubled,
      refusedYetRecorded,
      consumers: events.consumers.filter((c) => c.missing).map((c) => `${c.consumer}: ${c.missing} of ${c.expected} ${c.source} events not applied`),
      streams: events.streams.filter((s) => s.missing).map((s) => `${s.service}: ${s.missing} of ${s.outbox} outbox events not in its stream`),
    },
  };
}

const n = (x: number) => x.toLocaleString('en-US');

/** The summary for a person: what was done to the system, what it was asked, and what it kept. */
export function summaryText(s: DrillSummary): string {
  const c = s.commands;
  const lines = [
    `Fault drill (${s.profile}): ${s.faults.length} faults injected in ${s.tookS} s`,
    ...s.faults.map((f, i) => `  ${String(i + 1).padStart(2)}. [${f.atS} s] ${f.name} — recovered after ${f.recoveredAfterS} s, ${f.sentMeanwhile} commands sent meanwhile`),
    `Commands: ${n(c.sent)} sent, ${n(c.accepted)} accepted, ${n(c.refused)} refused, ${n(c.unanswered)} unanswered (${c.unansweredRecorded} of these recorded once, the rest not at all)`,
    `  ${Object.entries(c.perKind).map(([k, v]) => `${k} ${v.accepted}/${v.sent}`).join(', ')} (accepted/sent)`,
    `Lost ${s.lost}, doubled ${s.doubled}, refused yet recorded ${s.refusedYetRecorded}`,
    `Events: ${n(s.events.outbox)} in the outboxes, ${s.events.missingFromStreams} missing from the streams (${s.events.streamDuplicates} stored twice, absorbed by the inboxes); ` +
      `${s.events.consumers} consumers, ${s.events.notApplied} events not applied; ${s.events.deadLetters} dead letters`,
    `Figures: report ${s.figures.equal ? '=' : '≠'} recount${s.figures.reportComplete ? '' : ' (the report says it is incomplete)'}: ` +
      FIGURE_KEYS.map((k) => `${k} ${s.figures.reported[k]}${s.figures.reported[k] === s.figures.recounted[k] ? '' : `≠${s.figures.recounted[k]}`}`).join(', '),
    `Report jobs: ${s.jobs.accepted} accepted, ${s.jobs.completed} completed, ${s.jobs.failed.length} failed, ${s.jobs.unfinished.length} unfinished`,
    `Unplanned app exits (restarted by the supervisor): ${Object.entries(s.appExits).map(([a, k]) => `${a} ${k}`).join(', ') || 'none'}`,
  ];
  const problems = [...s.problems.lost.map((p) => `lost: ${p}`), ...s.problems.doubled.map((p) => `doubled: ${p}`), ...s.problems.refusedYetRecorded.map((p) => `refused yet recorded: ${p}`), ...s.problems.consumers, ...s.problems.streams, ...s.refusals.map((r) => `refused: ${r}`), ...s.jobs.failed, ...s.jobs.unfinished];
  if (problems.length) lines.push('Problems:', ...problems.slice(0, 30).map((p) => `  ${p}`), ...(problems.length > 30 ? [`  … and ${problems.length - 30} more`] : []));
  return lines.join('\n');
}

/** Keeps the last summary of each profile under tmp/faults/ (outside git), for whoever reads the run later. */
export function keepSummary(s: DrillSummary): string {
  const dir = join(WORKSPACE_ROOT, 'tmp', 'faults');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `last-${s.profile}.json`), JSON.stringify(s, null, 2) + '\n');
  writeFileSync(join(dir, `last-${s.profile}.txt`), summaryText(s) + '\n');
  return join(dir, `last-${s.profile}.txt`);
}
