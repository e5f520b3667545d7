import { ChildProcess, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { Socket } from 'node:net';
import { onProcessExit } from './on-exit';
import { waitFor } from './wait-for';

/** Whether something accepts a TCP connection on a loopback port. */
export function answersTcp(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = new Socket();
    s.setTimeout(2000, () => (s.destroy(), resolve(false)));
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => (s.destroy(), resolve(false)));
    s.connect(port, '127.0.0.1');
  });
}

/**
 * A server process a test owns (NATS, Redis) on a loopback port of its own, with a directory that
 * outlives a restart: started, stopped as an operator stops it, restarted after a pause, disposed;
 * killed if the test process exits without disposing of it.
 */
export abstract class OwnedServer {
  private proc?: ChildProcess;

  protected constructor(
    readonly port: number,
    private readonly dir: string,
  ) {}

  /** The binary, its arguments and environment. */
  protected abstract command(): { bin: string; args: string[]; env?: Record<string, string> };
  protected abstract readonly name: string;

  protected async boot(): Promise<void> {
    const { bin, args, env } = this.command();
    this.proc = spawn(bin, args, { stdio: 'ignore', env: { ...process.env, ...env } });
    const proc = this.proc;
    const forget = onProcessExit(() => proc.kill('SIGKILL'));
    proc.once('exit', forget);
    await waitFor(() => answersTcp(this.port), { timeoutMs: 30_000, intervalMs: 50, what: `${this.name} on ${this.port}` });
  }

  /** SIGTERM by default: the server writes what it holds and exits, as on an operator's restart. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const proc = this.proc;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      proc.once('exit', () => resolve());
      proc.kill(signal);
    });
  }

  async restart(downMs = 0): Promise<void> {
    await this.stop();
    if (downMs) await new Promise((r) => setTimeout(r, downMs));
    await this.boot();
  }

  async dispose(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    await this.stop(signal);
    rmSync(this.dir, { recursive: true, force: true });
  }
}
