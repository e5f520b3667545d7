import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OwnedServer } from './owned-server';

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

export function natsServerBinary(): string {
  const candidates = [process.env.NATS_SERVER_BIN, '/usr/sbin/nats-server', '/usr/bin/nats-server', '/usr/local/bin/nats-server'];
  const found = candidates.find((c) => c && existsSync(c));
  if (!found) throw new Error('nats-server binary not found: install the Debian package nats-server or set NATS_SERVER_BIN');
  return found;
}

/**
 * A NATS server with JetStream that a test owns: its own port and store, so the test can stop
 * and restart it (the stored streams survive, as on a real restart) without touching anyone else.
 * With `config`: a configuration file's text (users, permissions) and the environment it reads
 * (passwords); with `port`: one chosen by the caller (the fault drill keeps its own).
 */
export class TestNatsServer extends OwnedServer {
  protected readonly name = 'nats-server';

  private constructor(
    port: number,
    private readonly storeDir: string,
    private readonly config?: { text: string; env: Record<string, string> },
  ) {
    super(port, storeDir);
  }

  static async start(config?: { text: string; env: Record<string, string> }, port?: number): Promise<TestNatsServer> {
    const server = new TestNatsServer(port ?? (await freePort()), mkdtempSync(join(tmpdir(), 'nats-test-')), config);
    await server.boot();
    return server;
  }

  get url(): string {
    return `nats://127.0.0.1:${this.port}`;
  }

  protected command() {
    const args = ['-a', '127.0.0.1', '-p', String(this.port), '-js', '-sd', this.storeDir];
    if (this.config) {
      const file = join(this.storeDir, 'nats.conf');
      writeFileSync(file, this.config.text, { mode: 0o600 });
      args.unshift('-c', file);
    }
    return { bin: natsServerBinary(), args, env: this.config?.env };
  }

  /** A restart as operators do it (SIGTERM: the server flushes its store and exits), half a second away by default. */
  override restart(downMs = 500): Promise<void> {
    return super.restart(downMs);
  }
}
