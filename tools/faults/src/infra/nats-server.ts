import { randomBytes } from 'node:crypto';
import { NATS_USERS, NatsUser, natsPasswordEnv, natsServerConfig, natsUrlFor } from '@party/messaging';
import { TestNatsServer } from '@party/testing';
import { reservePort } from './ports';

/**
 * The run's NATS: a `TestNatsServer` on a port the run keeps across restarts, with the users and
 * subject permissions `npm start` configures (deploy/nats.conf) — the drills run the whole system
 * under the same authorization as production — and each app's URL with its own user.
 */
export class FaultNatsServer {
  private constructor(
    readonly server: TestNatsServer,
    private readonly passwords: Record<NatsUser, string>,
  ) {}

  static async start(): Promise<FaultNatsServer> {
    const passwords = Object.fromEntries(NATS_USERS.map((u) => [u, randomBytes(18).toString('base64url')])) as Record<NatsUser, string>;
    const server = await TestNatsServer.start({ text: natsServerConfig(), env: natsPasswordEnv(passwords) }, await reservePort());
    return new FaultNatsServer(server, passwords);
  }

  /** The operator's URL (checks, drills); `urlFor(app)` is an app's. */
  get url(): string {
    return this.urlFor('operator');
  }

  urlFor(user: NatsUser): string {
    return natsUrlFor(user, this.passwords[user], '127.0.0.1', this.server.port);
  }

  restart(downMs: number): Promise<void> {
    return this.server.restart(downMs);
  }

  dispose(): Promise<void> {
    return this.server.dispose();
  }
}
