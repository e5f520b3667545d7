import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkEvents } from './checks/events';
import { recount, reported } from './checks/figures';
import { acceptedJobs, waitForJobs } from './checks/jobs';
import { checkRecords } from './checks/records';
import { runDrill } from './drill';
import { faultPlan, Profile } from './faults';
import { Infrastructure } from './infra/infrastructure';
import { DrillSummary, keepSummary, summarize, summaryText } from './summary';
import { WholeSystem } from './system/whole-system';
import { ApiClient } from './workload/api-client';
import { Ledger } from './workload/ledger';
import { Workload } from './workload/workload';

/**
 * The fault drill: the whole system on its own PostgreSQL, NATS and Redis, a scripted workload of
 * real commands through the gateway, and faults injected under it — apps crashed, NATS and Redis
 * restarted, PostgreSQL away. Then: every accepted command recorded once with its event, every
 * event in its stream and applied once by every consumer, nothing dead-lettered, the year-end
 * report equal to a recount from the owners' tables, every accepted report job completed.
 *
 * `npm test` runs the short form (one fault of each kind); `npm run test:faults` the long one
 * (FAULTS_PROFILE=long: every app crashed, each infrastructure fault twice; FAULTS_ROUNDS=n repeats).
 */
const PROFILE: Profile = process.env.FAULTS_PROFILE === 'long' ? 'long' : 'short';
const ROUNDS = Math.max(1, Number(process.env.FAULTS_ROUNDS ?? 1) || 1);
const SETTINGS = {
  short: { width: 2, jobEveryMs: 6000, warmUpCommands: 20, healthyCommands: 15, timeoutMs: 15 * 60_000 },
  long: { width: 3, jobEveryMs: 5000, warmUpCommands: 40, healthyCommands: 40, timeoutMs: 60 * 60_000 },
}[PROFILE];

const runDir = mkdtempSync(join(tmpdir(), `faults-${PROFILE}-`));
let infra: Infrastructure | undefined;
let system: WholeSystem | undefined;
let api: ApiClient;
let workload: Workload;
let passed = false;

beforeAll(async () => {
  infra = await Infrastructure.start();
  system = await WholeSystem.start({ infra, runDir });
  api = new ApiClient(system.api, 'bantochuc', system.password);
  await api.login();
  workload = new Workload(api, new Ledger(), { width: SETTINGS.width, jobEveryMs: SETTINGS.jobEveryMs, runId: randomBytes(3).toString('hex') });
  await workload.setUp();
  await system.waitSettled('the foundation to be taken in everywhere');
}, 10 * 60_000);

afterAll(async () => {
  await system?.dispose();
  await infra?.dispose();
  // the apps' logs stay for whoever must find out why
  if (passed) rmSync(runDir, { recursive: true, force: true });
  else process.stderr.write(`fault drill: the apps' logs are in ${runDir}\n`);
}, 120_000);

it(`keeps every accepted command once, every event applied once, the report equal to a recount and every job finished, through the ${PROFILE} fault plan`, async () => {
  const sys = system as WholeSystem;
  const started = Date.now();
  const log = (line: string) => process.env.FAULTS_VERBOSE && process.stdout.write(`[faults] ${line}\n`);
  const faults = faultPlan(PROFILE, ROUNDS);
  // a job that met the fault has its retries (BullMQ backoff) to finish before the next one
  const jobsDone = async () => {
    const jobs = await waitForJobs(api, acceptedJobs(workload.ledger), 3 * 60_000);
    if (jobs.unfinished.length) throw new Error(`report jobs still unfinished 3 minutes after recovering: ${jobs.unfinished.join('; ')}`);
  };
  const injected = await runDrill(sys, workload, faults, { warmUpCommands: SETTINGS.warmUpCommands, healthyCommands: SETTINGS.healthyCommands, afterRecovery: jobsDone, log });

  await sys.waitSettled('the system to settle after the faults', 5 * 60_000);
  const jobs = await waitForJobs(api, acceptedJobs(workload.ledger), 5 * 60_000);
  const records = await checkRecords(sys, workload.ledger);
  const events = await checkEvents(sys);
  const report = await reported(api);
  const recounted = await recount(sys);
  const summary: DrillSummary = summarize({
    profile: PROFILE,
    tookS: Math.round((Date.now() - started) / 1000),
    faults: injected,
    ledger: workload.ledger,
    records,
    events,
    reported: report.figures,
    reportComplete: report.complete,
    recounted,
    jobs,
    appExits: sys.crashes(),
  });
  process.stdout.write(`\n${summaryText(summary)}\n(kept in ${keepSummary(summary)})\n\n`);

  expect(summary.faults).toHaveLength(faults.length);
  for (const kind of ['org', 'member', 'class', 'enrollment', 'job'] as const) expect({ kind, accepted: summary.commands.perKind[kind].accepted > 0 }).toEqual({ kind, accepted: true });
  expect(summary.problems).toEqual({ lost: [], doubled: [], refusedYetRecorded: [], consumers: [], streams: [] });
  expect({ lost: summary.lost, doubled: summary.doubled, deadLetters: summary.events.deadLetters, refusals: summary.refusals }).toEqual({ lost: 0, doubled: 0, deadLetters: 0, refusals: [] });
  expect(summary.figures.reported).toEqual(summary.figures.recounted);
  expect(summary.figures.reportComplete).toBe(true);
  expect({ failed: jobs.failed, unfinished: jobs.unfinished, completed: jobs.completed }).toEqual({ failed: [], unfinished: [], completed: jobs.accepted });
  passed = true;
}, SETTINGS.timeoutMs);
