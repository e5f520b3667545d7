#!/usr/bin/env node
// `npm stop`: stops the running `npm start` (its pid file; it stops its apps gracefully) and the
// infrastructure that `npm start` itself started (.data/started.json) — nothing else.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { CHILDREN_FILE, START_PID_FILE, alive, cmdline, log, sleep } from './lib/env.mjs';
import { stopInfra } from './lib/infra.mjs';
import { stopGroup } from './lib/proc.mjs';

function readJson(file, fallback) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return fallback;
  }
}

async function stopStart() {
  if (!existsSync(START_PID_FILE)) return log.info('npm start is not running (no .data/start.pid)');
  const pid = Number(readFileSync(START_PID_FILE, 'utf8'));
  if (!alive(pid) || !cmdline(pid).includes('tools/dev/start.mjs')) {
    log.info(`npm start (pid ${pid}) is not running any more`);
    rmSync(START_PID_FILE, { force: true });
    return;
  }
  log.info(`stopping npm start (pid ${pid}) and its apps …`);
  process.kill(pid, 'SIGTERM');
  for (let i = 0; i < 300 && alive(pid); i++) await sleep(100);
  if (alive(pid)) {
    log.warn(`npm start (pid ${pid}) did not stop within 30s: killed`);
    process.kill(pid, 'SIGKILL');
  } else log.ok('npm start stopped');
  rmSync(START_PID_FILE, { force: true });
}

/** Apps left behind by an `npm start` that was killed hard (its children.json is still there). */
async function stopOrphans() {
  const children = readJson(CHILDREN_FILE, {});
  for (const [name, pid] of Object.entries(children)) {
    const cl = cmdline(pid);
    if (!alive(pid) || !(cl.includes('@swc-node/register') || cl.includes('vite'))) continue;
    log.info(`stopping orphaned ${name} (pid ${pid})`);
    await stopGroup(pid, 10_000);
  }
  rmSync(CHILDREN_FILE, { force: true });
}

await stopStart();
await stopOrphans();
await stopInfra();
