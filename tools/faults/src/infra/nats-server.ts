import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { natsServerBinary, waitFor } from '@party/testing';
import { onProcessExit } from './on-exit';
import { answersTcp } from './tcp';
import { reservePort } from './ports';

/**
 * `nats-server -js` of the run on a port of its own, with its store in a temporary directory
 * that outlives a restart (the streams and the consumers' positions are kept, as on a server
 * an operator restarts).
 */
export class FaultNatsServer {
  private proc?: ChildProcess;
  private readonly storeDir = mkdtempSync(join(tmpdir(), 'nats-faults-'));

  private constructor(readonly port: number) {}

  static async start(): Promise<FaultNatsServer> {
    const server = new FaultNatsServer(await reservePort());
    await server.boot();
    return server;
  }

  get url(): string {
    return `nats://127.0.0.1:${this.port}`;
  }

  async boot(): Promise<void> {
    this.proc = spawn(natsServerBinary(), ['-a', '127.0.0.1', '-p', String(this.port), '-js', '-sd', this.storeDir], { stdio: 'ignore' });
    const proc = this.proc;
    const forget = onProcessExit(() => proc.kill('SIGKILL'));
    proc.once('exit', forget);
    await waitFor(() => answersTcp(this.port), { timeoutMs: 30_000, intervalMs: 50, what: `nats-server on ${this.port}` });
  }

  /** SIGTERM: the server flushes its store and exits, as on an operator's restart. */
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
    rmSync(this.storeDir, { recursive: true, force: true });
  }
}
