import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NATS_USERS, NatsUser, natsPasswordEnv, natsServerConfig, natsUrlFor } from '@party/messaging';
import { natsServerBinary, waitFor } from '@party/testing';
import { onProcessExit } from './on-exit';
import { answersTcp } from './tcp';
import { reservePort } from './ports';

/**
 * `nats-server -js` of the run on a port of its own, with its store in a temporary directory
 * that outlives a restart (the streams and the consumers' positions are kept, as on a server
 * an operator restarts), and the users and subject permissions `npm start` configures: the drills
 * run the whole system under the same authorization as production.
 */
export class FaultNatsServer {
  private proc?: ChildProcess;
  private readonly storeDir = mkdtempSync(join(tmpdir(), 'nats-faults-'));
  private readonly passwords = Object.fromEntries(NATS_USERS.map((u) => [u, randomBytes(18).toString('base64url')])) as Record<NatsUser, string>;

  private constructor(readonly port: number) {}

  static async start(): Promise<FaultNatsServer> {
    const server = new FaultNatsServer(await reservePort());
    await server.boot();
    return server;
  }

  /** The operator's URL (checks, drills); `urlFor(app)` is an app's. */
  get url(): string {
    return this.urlFor('operator');
  }

  urlFor(user: NatsUser): string {
    return natsUrlFor(user, this.passwords[user], '127.0.0.1', this.port);
  }

  async boot(): Promise<void> {
    const config = join(this.storeDir, 'nats.conf');
    writeFileSync(config, natsServerConfig(), { mode: 0o600 });
    this.proc = spawn(natsServerBinary(), ['-c', config, '-a', '127.0.0.1', '-p', String(this.port), '-sd', this.storeDir], { stdio: 'ignore', env: { ...process.env, ...natsPasswordEnv(this.passwords) } });
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
