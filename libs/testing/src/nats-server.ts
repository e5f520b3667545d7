import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import { createServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = new Socket();
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => (s.destroy(), resolve(false)));
    s.connect(port, '127.0.0.1');
  });
}

export function natsServerBinary(): string {
  const candidates = [process.env.NATS_SERVER_BIN, '/usr/sbin/nats-server', '/usr/bin/nats-server', '/usr/local/bin/nats-server'];
  const found = candidates.find((c) => c && existsSync(c));
  if (!found) throw new Error('nats-server binary not found: install the Debian package nats-server or set NATS_SERVER_BIN');
  return found;
}

/**
 * A NATS server with JetStream that a test owns: its own port and store, so the test can stop
 * and restart it (the stored streams survive, as on a real restart) without touching anyone else.
 */
export class TestNatsServer {
  private proc?: ChildProcess;
  private readonly storeDir = mkdtempSync(join(tmpdir(), 'nats-test-'));

  private constructor(
    readonly port: number,
    private readonly config?: { text: string; env: Record<string, string> },
  ) {}

  /** `config`: a configuration file's text (users, permissions) and the environment it reads (passwords). */
  static async start(config?: { text: string; env: Record<string, string> }): Promise<TestNatsServer> {
    const server = new TestNatsServer(await freePort(), config);
    await server.boot();
    return server;
  }

  get url(): string {
    return `nats://127.0.0.1:${this.port}`;
  }

  private async boot(): Promise<void> {
    const args = ['-a', '127.0.0.1', '-p', String(this.port), '-js', '-sd', this.storeDir];
    if (this.config) {
      const file = join(this.storeDir, 'nats.conf');
      writeFileSync(file, this.config.text, { mode: 0o600 });
      args.unshift('-c', file);
    }
    this.proc = spawn(natsServerBinary(), args, { stdio: 'ignore', env: { ...process.env, ...this.config?.env } });
    const deadline = Date.now() + 10_000;
    while (!(await portAnswers(this.port))) {
      if (Date.now() > deadline) throw new Error(`nats-server did not start on ${this.port}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** A restart as operators do it (SIGTERM: the server flushes its store and exits). */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const proc = this.proc;
    if (!proc || proc.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      proc.once('exit', () => resolve());
      proc.kill(signal);
    });
    this.proc = undefined;
  }

  async restart(downMs = 500): Promise<void> {
    await this.stop();
    await new Promise((r) => setTimeout(r, downMs));
    await this.boot();
  }

  async dispose(): Promise<void> {
    await this.stop('SIGKILL');
    rmSync(this.storeDir, { recursive: true, force: true });
  }
}
