import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { redisServerBinary, waitFor } from '@party/testing';
import { onProcessExit } from './on-exit';
import { answersTcp } from './tcp';
import { reservePort } from './ports';

/**
 * `redis-server` of the run on a port of its own, with its append-only file on (fsync always), so
 * a restart finds the job queue as it was — as a production Redis keeping BullMQ's data does.
 */
export class FaultRedisServer {
  private proc?: ChildProcess;
  private readonly dir = mkdtempSync(join(tmpdir(), 'redis-faults-'));
  /** As `npm start` runs it: a password, so another local process cannot read or empty the queues. */
  private readonly password = randomBytes(18).toString('base64url');

  private constructor(readonly port: number) {}

  static async start(): Promise<FaultRedisServer> {
    const server = new FaultRedisServer(await reservePort());
    await server.boot();
    return server;
  }

  get url(): string {
    return `redis://:${this.password}@127.0.0.1:${this.port}`;
  }

  async boot(): Promise<void> {
    const args = ['--port', String(this.port), '--bind', '127.0.0.1', '--dir', this.dir, '--appendonly', 'yes', '--appendfsync', 'always', '--save', '', '--requirepass', this.password];
    this.proc = spawn(redisServerBinary(), args, { stdio: 'ignore' });
    const proc = this.proc;
    const forget = onProcessExit(() => proc.kill('SIGKILL'));
    proc.once('exit', forget);
    await waitFor(() => answersTcp(this.port), { timeoutMs: 30_000, intervalMs: 50, what: `redis-server on ${this.port}` });
  }

  /** SIGTERM: Redis finishes writing its append-only file and exits. */
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
