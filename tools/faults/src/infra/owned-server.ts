import { ChildProcess, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { waitFor } from '@party/testing';
import { onProcessExit } from './on-exit';
import { answersTcp } from './tcp';

/**
 * A server process the run owns (NATS, Redis) on a loopback port of its own, with a directory that
 * outlives a restart: started, stopped as an operator stops it, restarted after a pause, disposed.
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

  async boot(): Promise<void> {
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

  async restart(downMs: number): Promise<void> {
    await this.stop();
    await new Promise((r) => setTimeout(r, downMs));
    await this.boot();
  }

  async dispose(): Promise<void> {
    await this.stop('SIGKILL');
    rmSync(this.dir, { recursive: true, force: true });
  }
}
