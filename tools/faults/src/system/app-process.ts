import { ChildProcess, spawn } from 'node:child_process';
import { appendFileSync, createWriteStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WORKSPACE_ROOT } from '@party/testing';
import { onProcessExit } from '@party/testing';

/**
 * The environment a child starts from: the machine's basics only. A Jest worker's own
 * environment may carry another spec's `DB_SCHEMA`, `NATS_PREFIX`… (a service harness sets them
 * in-process), which must not leak into the run's apps.
 */
const INHERITED = ['PATH', 'HOME', 'USER', 'LANG', 'LC_ALL', 'TZ', 'TMPDIR', 'SHELL', 'NODE_EXTRA_CA_CERTS'];
export function baseEnv(): Record<string, string> {
  const env: Record<string, string> = { TS_NODE_PROJECT: join(WORKSPACE_ROOT, 'tsconfig.base.json') };
  for (const key of INHERITED) if (process.env[key] !== undefined) env[key] = process.env[key] as string;
  return env;
}

const tsArgs = (entry: string, args: string[]) => ['-r', '@swc-node/register', join(WORKSPACE_ROOT, entry), ...args];

/** Runs a TypeScript entry point of the workspace to its end (a migration, the seed); rejects with its log's tail. */
export function runOnce(entry: string, env: Record<string, string>, logFile: string, args: string[] = []): Promise<void> {
  return new Promise((resolve, reject) => {
    const log = createWriteStream(logFile, { flags: 'a' });
    const child = spawn(process.execPath, tsArgs(entry, args), { cwd: WORKSPACE_ROOT, env: { ...baseEnv(), ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.pipe(log, { end: false });
    child.stderr?.pipe(log, { end: false });
    child.once('error', reject);
    child.once('close', (code) => {
      log.end(() => {
        if (code === 0) return resolve();
        reject(new Error(`${entry} ${args.join(' ')} exited with ${code}:\n${tail(logFile)}`));
      });
    });
  });
}

export function tail(file: string, lines = 25): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

const BACKOFF_MS = [500, 1000, 2000, 4000, 8000];

/**
 * One app of the system as its own process (`node -r @swc-node/register apps/<app>/src/main.ts`,
 * as `npm start` runs it), under a small supervisor: an exit the run did not ask for (an app
 * that gave up while PostgreSQL was away) is counted and the app started again with backoff, as
 * `npm start`'s supervisor and any orchestrator do. Its output goes to `<logDir>/<app>.log`.
 */
export class AppProcess {
  private child?: ChildProcess;
  private expectingExit = false;
  private disposed = false;
  private restartTimer?: NodeJS.Timeout;
  /** Exits nobody asked for, with their codes. */
  readonly crashes: { at: string; code: number | null; signal: string | null }[] = [];

  constructor(
    readonly name: string,
    readonly port: number,
    private readonly env: Record<string, string>,
    private readonly logDir: string,
  ) {}

  get logFile(): string {
    return join(this.logDir, `${this.name}.log`);
  }

  get running(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  start(): void {
    if (this.disposed || this.running) return;
    clearTimeout(this.restartTimer);
    this.expectingExit = false;
    appendFileSync(this.logFile, `\n=== ${new Date().toISOString()} start ${this.name} (port ${this.port})\n`);
    const log = createWriteStream(this.logFile, { flags: 'a' });
    const child = spawn(process.execPath, tsArgs(`apps/${this.name}/src/main.ts`, []), {
      cwd: WORKSPACE_ROOT,
      env: { ...baseEnv(), ...this.env, HTTP_PORT: String(this.port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.pipe(log, { end: false });
    child.stderr?.pipe(log, { end: false });
    const forget = onProcessExit(() => child.kill('SIGKILL'));
    child.once('exit', (code, signal) => {
      forget();
      this.exited(child, code, signal);
    });
    // after its output is all written
    child.once('close', () => log.end());
    this.child = child;
  }

  private exited(child: ChildProcess, code: number | null, signal: NodeJS.Signals | null): void {
    if (this.child !== child) return;
    appendFileSync(this.logFile, `=== ${new Date().toISOString()} exit code=${code} signal=${signal}\n`);
    if (this.expectingExit || this.disposed) return;
    this.crashes.push({ at: new Date().toISOString(), code, signal });
    const delay = BACKOFF_MS[Math.min(this.crashes.length - 1, BACKOFF_MS.length - 1)];
    this.restartTimer = setTimeout(() => this.start(), delay);
  }

  /** Stops it with `signal` (SIGKILL: a crash; SIGTERM: a graceful stop) and resolves once it is gone. */
  async stop(signal: NodeJS.Signals = 'SIGTERM', graceMs = 15_000): Promise<void> {
    clearTimeout(this.restartTimer);
    const child = this.child;
    this.expectingExit = true;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      const hard = setTimeout(() => child.kill('SIGKILL'), graceMs);
      child.once('exit', () => {
        clearTimeout(hard);
        resolve();
      });
      child.kill(signal);
    });
  }

  /** Whether it answers its readiness probe (the gateway: its whole-system health, any answer). */
  async ready(): Promise<boolean> {
    if (!this.running) return false;
    const path = this.name === 'gateway' ? '/api/health' : '/health/ready';
    try {
      const res = await fetch(`http://127.0.0.1:${this.port}${path}`, { signal: AbortSignal.timeout(5000) });
      await res.arrayBuffer();
      return this.name === 'gateway' ? res.status === 200 || res.status === 503 : res.status === 200;
    } catch {
      return false;
    }
  }

  async dispose(): Promise<void> {
    this.disposed = true;
    await this.stop('SIGKILL');
  }
}
