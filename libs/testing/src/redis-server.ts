import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './nats-server';
import { waitFor } from './wait-for';

export function redisServerBinary(): string {
  const found = [process.env.REDIS_SERVER_BIN, '/usr/bin/redis-server', '/usr/sbin/redis-server', '/usr/local/bin/redis-server'].find((c) => c && existsSync(c));
  if (!found) throw new Error('redis-server binary not found: install the Debian package redis-server or set REDIS_SERVER_BIN');
  return found;
}

/**
 * A Redis a test owns: its own port and data directory with the append-only file on, so the test
 * can stop and restart it and find the queue as it was (as a production Redis with persistence).
 */
export class TestRedisServer {
  private proc?: ChildProcess;
  private readonly dir = mkdtempSync(join(tmpdir(), 'redis-test-'));

  private constructor(readonly port: number) {}

  static async start(): Promise<TestRedisServer> {
    const server = new TestRedisServer(await freePort());
    await server.boot();
    return server;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  private async boot(): Promise<void> {
    const args = ['--port', String(this.port), '--bind', '127.0.0.1', '--dir', this.dir, '--appendonly', 'yes', '--appendfsync', 'always', '--save', '', '--protected-mode', 'no'];
    this.proc = spawn(redisServerBinary(), args, { stdio: 'ignore' });
    await waitFor(() => portAnswers(this.port), { timeoutMs: 10_000, intervalMs: 50, what: `redis-server on ${this.port}` });
  }

  /** SIGTERM: Redis finishes writing its append-only file and exits, as on an operator's restart. */
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

  async close(): Promise<void> {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

async function portAnswers(port: number): Promise<boolean> {
  const { Socket } = await import('node:net');
  return new Promise((resolve) => {
    const s = new Socket();
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => (s.destroy(), resolve(false)));
    s.connect(port, '127.0.0.1');
  });
}
