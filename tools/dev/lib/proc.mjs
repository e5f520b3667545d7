// Child processes with colour-prefixed, line-buffered output, and a small supervisor with
// restart backoff and graceful stop (SIGTERM, SIGKILL after a grace period).
import { spawn } from 'node:child_process';
import { ROOT, colour, alive, sleep } from './env.mjs';

const SWC = ['-r', '@swc-node/register'];

/** argv to run a TypeScript entry point with swc-node (cwd = repo root). */
export const tsNode = (file, ...args) => [process.execPath, [...SWC, file, ...args]];

let width = 10;
export function setPrefixWidth(n) {
  width = Math.max(width, n);
}

export function makePrefix(name, colourName) {
  return colour(colourName, `[${name}]`.padEnd(width + 2));
}

/** Forwards a readable stream to stdout line by line, each line prefixed. */
function pipeLines(stream, prefix, out) {
  let buf = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    buf += chunk;
    let i;
    while ((i = buf.indexOf('\n')) >= 0) {
      out.write(`${prefix} ${buf.slice(0, i).replace(/\r$/, '')}\n`);
      buf = buf.slice(i + 1);
    }
  });
  stream.on('end', () => {
    if (buf) out.write(`${prefix} ${buf}\n`);
    buf = '';
  });
}

/**
 * Spawns a command in its own process group (so a signal reaches its children too, and a
 * terminal Ctrl-C reaches us first, not it) with prefixed output.
 */
export function spawnPrefixed(cmd, args, { env, prefix, cwd = ROOT }) {
  const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  pipeLines(child.stdout, prefix, process.stdout);
  pipeLines(child.stderr, prefix, process.stderr);
  return child;
}

/** Runs a command to completion with prefixed output; resolves to its exit code. */
export function runPrefixed(cmd, args, opts) {
  return new Promise((resolve) => {
    const child = spawnPrefixed(cmd, args, opts);
    if (child.pid) oneShots.add(child.pid);
    child.on('error', (e) => {
      process.stderr.write(`${opts.prefix} ${colour('red', `cannot start ${cmd}: ${e.message}`)}\n`);
      resolve(127);
    });
    child.on('close', (code, signal) => {
      oneShots.delete(child.pid);
      resolve(code ?? (signal ? 128 : 1));
    });
  });
}

/** Pids of the run-to-completion children (migrations, seeds, builds) still running. */
export const oneShots = new Set();

/** Stops the run-to-completion children (on Ctrl-C during migrations, a build, the seed). */
export function stopOneShots(graceMs = 10_000) {
  return Promise.all([...oneShots].map((pid) => stopGroup(pid, graceMs)));
}

export function killGroup(pid, signal) {
  if (!pid) return;
  try {
    process.kill(-pid, signal);
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      /* already gone */
    }
  }
}

/** Whether any process of the group still exists. */
function groupAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM' || alive(pid);
  }
}

/** SIGTERM to a process group, SIGKILL after `graceMs`; resolves when it is gone. */
export async function stopGroup(pid, graceMs = 10_000) {
  if (!pid || !groupAlive(pid)) return 'gone';
  killGroup(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    if (!groupAlive(pid)) return 'stopped';
    await sleep(100);
  }
  killGroup(pid, 'SIGKILL');
  for (let i = 0; i < 50 && groupAlive(pid); i++) await sleep(100);
  return 'killed';
}

/**
 * One long-running child: restarted with exponential backoff when it exits on its own
 * (at most `maxRestarts` times; the count resets after `stableMs` of uptime), never taking
 * the others down.
 */
export class Supervised {
  constructor({ name, cmd, args, env, colourName, maxRestarts = 5, stableMs = 120_000, onChange = () => {} }) {
    Object.assign(this, { name, cmd, args, env, maxRestarts, stableMs, onChange });
    this.prefix = makePrefix(name, colourName);
    this.restarts = 0;
    this.stopping = false;
    this.state = 'idle'; // idle | running | backoff | failed | stopped
    this.child = undefined;
    this.timer = undefined;
    this.exited = Promise.resolve();
  }

  say(msg, c = 'yellow') {
    process.stderr.write(`${this.prefix} ${colour(c, msg)}\n`);
  }

  start() {
    if (this.stopping) return;
    const startedAt = Date.now();
    const child = spawnPrefixed(this.cmd, this.args, { env: this.env, prefix: this.prefix });
    this.child = child;
    this.state = 'running';
    this.onChange();
    let done;
    this.exited = new Promise((r) => (done = r));
    child.on('error', (e) => this.say(`cannot start: ${e.message}`, 'red'));
    child.on('close', (code, signal) => {
      this.child = undefined;
      done();
      if (this.stopping) {
        this.state = 'stopped';
        this.onChange();
        return;
      }
      if (Date.now() - startedAt >= this.stableMs) this.restarts = 0;
      const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
      if (this.restarts >= this.maxRestarts) {
        this.state = 'failed';
        this.say(`*** ${this.name} ${how}; gave up after ${this.maxRestarts} restarts — fix it and run npm start again ***`, 'red');
        this.onChange();
        return;
      }
      this.restarts += 1;
      const delay = Math.min(30_000, 1000 * 2 ** (this.restarts - 1));
      this.state = 'backoff';
      this.say(`*** ${this.name} ${how} (crashed); restart ${this.restarts}/${this.maxRestarts} in ${delay / 1000}s ***`, 'red');
      this.onChange();
      this.timer = setTimeout(() => this.start(), delay);
    });
  }

  async stop(graceMs = 10_000) {
    this.stopping = true;
    clearTimeout(this.timer);
    const pid = this.child?.pid;
    if (!pid) {
      this.state = 'stopped';
      return;
    }
    const how = await stopGroup(pid, graceMs);
    if (how === 'killed') this.say(`did not stop within ${graceMs / 1000}s: killed`, 'red');
    await this.exited;
  }
}
