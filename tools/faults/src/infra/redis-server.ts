import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { redisServerBinary } from '@party/testing';
import { OwnedServer } from './owned-server';
import { reservePort } from './ports';

/**
 * `redis-server` of the run on a port of its own, with its append-only file on (fsync always), so
 * a restart finds the job queue as it was — as a production Redis keeping BullMQ's data does —
 * and a password, as `npm start` runs it, so another local process cannot read or empty the queues.
 */
export class FaultRedisServer extends OwnedServer {
  protected readonly name = 'redis-server';
  private readonly password = randomBytes(18).toString('base64url');

  private constructor(
    port: number,
    private readonly dataDir: string,
  ) {
    super(port, dataDir);
  }

  static async start(): Promise<FaultRedisServer> {
    const server = new FaultRedisServer(await reservePort(), mkdtempSync(join(tmpdir(), 'redis-faults-')));
    await server.boot();
    return server;
  }

  get url(): string {
    return `redis://:${this.password}@127.0.0.1:${this.port}`;
  }

  protected command() {
    return {
      bin: redisServerBinary(),
      args: ['--port', String(this.port), '--bind', '127.0.0.1', '--dir', this.dataDir, '--appendonly', 'yes', '--appendfsync', 'always', '--save', '', '--requirepass', this.password],
    };
  }
}
