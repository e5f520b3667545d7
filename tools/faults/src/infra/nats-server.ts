import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NATS_USERS, NatsUser, natsPasswordEnv, natsServerConfig, natsUrlFor } from '@party/messaging';
import { natsServerBinary } from '@party/testing';
import { OwnedServer } from './owned-server';
import { reservePort } from './ports';

/**
 * `nats-server` with JetStream of the run, its store in a temporary directory that outlives a
 * restart (the streams and the consumers' positions are kept, as on a server an operator
 * restarts), with the users and subject permissions `npm start` configures (deploy/nats.conf):
 * the drills run the whole system under the same authorization as production.
 */
export class FaultNatsServer extends OwnedServer {
  protected readonly name = 'nats-server';
  private readonly passwords = Object.fromEntries(NATS_USERS.map((u) => [u, randomBytes(18).toString('base64url')])) as Record<NatsUser, string>;

  private constructor(
    port: number,
    private readonly storeDir: string,
  ) {
    super(port, storeDir);
  }

  static async start(): Promise<FaultNatsServer> {
    const server = new FaultNatsServer(await reservePort(), mkdtempSync(join(tmpdir(), 'nats-faults-')));
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

  protected command() {
    const config = join(this.storeDir, 'nats.conf');
    writeFileSync(config, natsServerConfig(), { mode: 0o600 });
    return {
      bin: natsServerBinary(),
      args: ['-c', config, '-a', '127.0.0.1', '-p', String(this.port), '-sd', this.storeDir],
      env: natsPasswordEnv(this.passwords),
    };
  }
}
