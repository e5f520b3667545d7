#!/usr/bin/env node
// `npm start`: infrastructure (PostgreSQL, NATS JetStream, Redis), database, migrations, seed,
// every app under a small supervisor (prefixed logs, restart with backoff), health wait,
// the demo story (once), a banner. Ctrl-C / SIGTERM stops the apps; `npm stop` also stops the
// infrastructure this script started.
//   npm start [-- --reset] [-- --infra-only]
import { existsSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import {
  APPS, CHILDREN_FILE, PORTAL_PORT, PREFIX_COLOURS, ROOT, SEEDED_FILE, START_PID_FILE,
  alive, appEnv, cmdline, colour, devEnv, ensureDataDir, log, sleep,
} from './lib/env.mjs';
import { ensureDatabase, ensureInfra } from './lib/infra.mjs';
import { Supervised, makePrefix, runPrefixed, setPrefixWidth, stopOneShots, tsNode } from './lib/proc.mjs';
import { migrateAndSeed } from './migrate.mjs';

const argv = process.argv.slice(2);
if (argv.includes('--help') || argv.includes('-h')) {
  console.log(`npm start [-- --reset] [-- --infra-only]
  --reset       run the demo seeder again (passes --reset to tools/demo)
  --infra-only  only make sure PostgreSQL, NATS and Redis answer, then exit
Env: DATABASE_URL, NATS_URL, REDIS_URL, NATS_PREFIX, QUEUE_PREFIX, JWT_PRIVATE_KEY, JWT_PUBLIC_KEY,
  WORKER_SIGNING_KEY, WORKER_PUBLIC_KEY, DEMO_PASSWORD
(also read from ./.env). npm stop stops what npm start started.`);
  process.exit(0);
}
const RESET = argv.includes('--reset');
const INFRA_ONLY = argv.includes('--infra-only');
const HEALTH_URL = 'http://127.0.0.1:3000/api/health';
const HEALTH_TIMEOUT_MS = 5 * 60_000;
const GRACE_MS = 10_000;

const supervised = [];
let shuttingDown = false;
let exitCode = 0;

function writeChildren() {
  const pids = Object.fromEntries(supervised.filter((s) => s.child?.pid).map((s) => [s.name, s.child.pid]));
  try {
    writeFileSync(CHILDREN_FILE, JSON.stringify(pids, null, 2) + '\n');
  } catch {
    /* .data removed under us */
  }
}

function removeOwnFiles() {
  try {
    if (Number(readFileSync(START_PID_FILE, 'utf8')) === process.pid) rmSync(START_PID_FILE, { force: true });
  } catch {
    /* not ours or gone */
  }
  rmSync(CHILDREN_FILE, { force: true });
}

async function shutdown(code) {
  if (shuttingDown) return;
  shuttingDown = true;
  exitCode = code ?? exitCode;
  const running = supervised.filter((s) => s.child);
  if (running.length) log.info(`stopping ${running.map((s) => s.name).join(', ')} (SIGTERM, SIGKILL after ${GRACE_MS / 1000}s)…`);
  await Promise.all([stopOneShots(GRACE_MS), ...supervised.map((s) => s.stop(GRACE_MS))]);
  removeOwnFiles();
  if (running.length) log.ok('apps stopped (infrastructure left running: npm stop stops what npm start started)');
  process.exit(exitCode);
}

let signals = 0;
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    signals += 1;
    if (signals > 1 && sig === 'SIGINT') {
      log.warn('second Ctrl-C: killing the apps now');
      for (const s of supervised) if (s.child?.pid) try { process.kill(-s.child.pid, 'SIGKILL'); } catch { /* gone */ }
      removeOwnFiles();
      process.exit(130);
    }
    void shutdown(sig === 'SIGINT' ? 130 : 143);
  });
}

function portInUse(port) {
  return new Promise((resolve) => {
    const s = connect({ host: '127.0.0.1', port });
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => (s.destroy(), resolve(false)));
    s.setTimeout(1000, () => (s.destroy(), resolve(false)));
  });
}

async function checkHealth() {
  try {
    const res = await fetch(HEALTH_URL, { signal: AbortSignal.timeout(5000) });
    const body = (await res.text()).replace(/\s+/g, ' ').slice(0, 600);
    return { status: res.status, body };
  } catch (e) {
    return { status: 0, body: e.cause?.code ?? e.message };
  }
}

async function waitForHealth(gateway) {
  const started = Date.now();
  let last = { status: 0, body: '' };
  let lastPrint = 0;
  log.info(`waiting for ${HEALTH_URL} …`);
  while (!shuttingDown) {
    last = await checkHealth();
    // every service up; `seeding` (a bulk load still open, the read model catching up) serves the API too
    if (last.status === 200 || (last.status === 503 && last.body.includes('"status":"seeding"'))) {
      log.ok(`gateway healthy after ${Math.round((Date.now() - started) / 1000)}s${last.status === 503 ? ' (seeding)' : ''}`);
      return true;
    }
    if (gateway.state === 'failed') {
      log.error('the gateway crashed and gave up restarting: not waiting for health any longer');
      return false;
    }
    const elapsed = Date.now() - started;
    if (elapsed > HEALTH_TIMEOUT_MS) {
      log.error(`gave up after ${HEALTH_TIMEOUT_MS / 60_000} minutes; last health answer: ${last.status || 'no answer'} ${last.body}`);
      return false;
    }
    if (Date.now() - lastPrint >= 10_000) {
      lastPrint = Date.now();
      if (elapsed > 1000) log.info(`… still waiting (${Math.round(elapsed / 1000)}s): ${last.status || 'no answer'} ${last.body}`);
    }
    await sleep(1000);
  }
  return false;
}

/** Builds the portal once, then serves the build under supervision. Resolves to a status line. */
async function startPortal(env, colourName) {
  const config = 'apps/portal/vite.config.ts';
  if (!existsSync(join(ROOT, config))) {
    log.warn(`${config} does not exist (yet): the portal is skipped`);
    return 'not built (apps/portal/vite.config.ts missing)';
  }
  const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
  if (!existsSync(vite)) {
    log.warn('vite is not installed (node_modules/vite): the portal is skipped');
    return 'not built (vite missing)';
  }
  const prefix = makePrefix('portal', colourName);
  // The services may run in development mode; the portal is always the production build (no
  // development React, no source maps), as its users get it.
  const code = await runPrefixed(process.execPath, [vite, 'build', '--config', config], { env: { ...appEnv(env, 'portal'), NODE_ENV: 'production' }, prefix });
  if (shuttingDown) return 'stopped';
  if (code !== 0) {
    log.error(`the portal build failed (exit ${code}): the portal is not served; the API runs on`);
    return 'build failed (see [portal] lines)';
  }
  const s = new Supervised({
    name: 'portal', cmd: process.execPath, env, colourName, onChange: writeChildren,
    args: [vite, 'preview', '--config', config, '--port', String(PORTAL_PORT), '--strictPort', '--host', '127.0.0.1'],
  });
  supervised.push(s);
  s.start();
  return `http://127.0.0.1:${PORTAL_PORT}`;
}

async function runDemo(env) {
  const file = 'tools/demo/src/main.ts';
  if (!existsSync(join(ROOT, file))) {
    if (RESET) log.warn(`--reset: ${file} does not exist (yet), nothing to reset`);
    return 'no demo story (tools/demo not written yet)';
  }
  if (existsSync(SEEDED_FILE) && !RESET) return `demo story already seeded (${readFileSync(SEEDED_FILE, 'utf8').trim()}; npm start -- --reset to redo)`;
  log.info(`seeding the demo story${RESET ? ' (--reset)' : ''} …`);
  const [cmd, args] = tsNode(file, ...(RESET ? ['--reset'] : []));
  const code = await runPrefixed(cmd, args, { env: { ...appEnv(env, 'demo'), API_URL: 'http://127.0.0.1:3000/api' }, prefix: makePrefix('demo', 'green') });
  if (code !== 0) {
    log.error(`the demo seeder failed (exit ${code}); the apps keep running — fix it and run npm start -- --reset`);
    return 'demo story FAILED (see [demo] lines)';
  }
  writeFileSync(SEEDED_FILE, new Date().toISOString() + '\n');
  return 'demo story seeded';
}

function banner(env, portal, demo) {
  const line = colour('green', '─'.repeat(64));
  const pw = env.DEMO_PASSWORD;
  const out = [
    '', line,
    colour('bold', '  Ready.'),
    `  API          http://127.0.0.1:3000/api`,
    `  OpenAPI      http://127.0.0.1:3000/api/docs`,
    `  Portal       ${portal}`,
    `  Demo logins  admin, bantochuc, ubkt, thuongvu, viewer — password ${pw}`,
    `  Demo data    ${demo}`,
    ...supervised.filter((s) => s.state !== 'running').map((s) => colour('red', `  NOT RUNNING  ${s.name} (${s.state === 'failed' ? 'gave up after repeated crashes' : 'crashed, restarting'}) — see its log lines`)),
    `  Ctrl-C stops the apps; npm stop also stops the infrastructure npm start started.`,
    line, '',
  ];
  console.log(out.join('\n'));
}

async function main() {
  ensureDataDir();
  if (existsSync(START_PID_FILE)) {
    const pid = Number(readFileSync(START_PID_FILE, 'utf8'));
    if (pid !== process.pid && alive(pid) && cmdline(pid).includes('tools/dev/start.mjs')) {
      log.error(`npm start is already running (pid ${pid}); run npm stop first`);
      process.exit(1);
    }
  }
  writeFileSync(START_PID_FILE, `${process.pid}\n`);
  const env = devEnv();
  env.NODE_ENV ??= 'development';
  env.LOG_PRETTY ??= 'true'; // human-readable app logs in the terminal (pino-pretty)

  await ensureInfra(env);
  if (INFRA_ONLY) {
    log.ok('infrastructure is up (--infra-only); npm stop stops what was started');
    removeOwnFiles();
    return;
  }
  await ensureDatabase(env.DATABASE_URL);
  if (shuttingDown) return;
  if (!(await migrateAndSeed(env))) return shutdown(1);
  if (shuttingDown) return;

  const busy = [];
  for (const p of [...APPS.map((a) => a.port), PORTAL_PORT]) if (await portInUse(p)) busy.push(p);
  if (busy.length) {
    log.error(`port(s) ${busy.join(', ')} already in use on 127.0.0.1: another npm start or stray app? (npm stop, or: ss -ltnp)`);
    return shutdown(1);
  }

  setPrefixWidth(Math.max(...APPS.map((a) => a.name.length)));
  let gateway;
  APPS.forEach((app, i) => {
    const file = `apps/${app.name}/src/main.ts`;
    if (!existsSync(join(ROOT, file))) {
      log.warn(`${file} does not exist (yet): ${app.name} is not started`);
      return;
    }
    const [cmd, args] = tsNode(file);
    const s = new Supervised({
      name: app.name, cmd, args, colourName: PREFIX_COLOURS[i % PREFIX_COLOURS.length], onChange: writeChildren,
      env: { ...appEnv(env, app.name), HTTP_PORT: String(app.port) },
    });
    supervised.push(s);
    if (app.name === 'gateway') gateway = s;
    s.start();
  });
  const portal = startPortal(env, PREFIX_COLOURS[APPS.length % PREFIX_COLOURS.length]);

  let healthy = false;
  if (!gateway) log.warn('no gateway: not waiting for health, no demo story');
  else healthy = await waitForHealth(gateway);
  if (shuttingDown) return;
  if (gateway && !healthy) return shutdown(1);
  const demo = healthy ? await runDemo(env) : 'not seeded (no gateway)';
  const portalStatus = await portal;
  if (shuttingDown) return;
  if (healthy) banner(env, portalStatus, demo);
  else log.warn(`not everything is up; running: ${supervised.map((s) => s.name).join(', ') || 'nothing'}`);
  if (!supervised.length) {
    log.warn('no app to run: exiting');
    return shutdown(0);
  }
}

main().catch((e) => {
  log.error(e.message);
  void shutdown(1);
});
