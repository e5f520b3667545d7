import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './nats-server';
import { OwnedServer } from './owned-server';

export function redisServerBinary(): string {
  const found = [process.env.REDIS_SERVER_BIN, '/usr/bin/redis-server', '/usr/sbin/redis-server', '/usr/local/bin/redis-server'].find((c) => c && existsSync(c));
  if (!found) throw new Error('redis-server binary not found: install the Debian package redis-server or set REDIS_SERVER_BIN');
  return found;
}

/**
 * A Redis a test owns: its own port and data directory with the append-only file on (fsync
 * always), so the test can stop and restart it and find the queue as it was (as a production
 * Redis with persistence); with `password`, as `npm start` runs it.
 */
export class TestRedisServer extends OwnedServer {
  protected readonly name = 'redis-server';

  private constructor(
    port: number,
    private readonly dataDir: string,
    private readonly password?: string,
  ) {
    super(port, dataDir);
  }

  /** `port`: one chosen by the caller (the fault drill keeps its own), else a free one. */
  static async start(opts: { password?: string; port?: number } = {}): Promise<TestRedisServer> {
    const server = new TestRedisServer(opts.port ?? (await freePort()), mkdtempSync(join(tmpdir(), 'redis-test-')), opts.password);
    await server.boot();
    return server;
  }

  get url(): string {
    return `redis://${this.password ? `:${this.password}@` : ''}127.0.0.1:${this.port}`;
  }

  protected command() {
    const auth = this.password ? ['--requirepass', this.password] : ['--protected-mode', 'no'];
    return {
      bin: redisServerBinary(),
      args: ['--port', String(this.port), '--bind', '127.0.0.1', '--dir', this.dataDir, '--appendonly', 'yes', '--appendfsync', 'always', '--save', '', ...auth],
    };
  }

  /** SIGTERM: Redis finishes writing its append-only file, then its directory goes. */
  close(): Promise<void> {
    return this.dispose('SIGTERM');
  }
}
