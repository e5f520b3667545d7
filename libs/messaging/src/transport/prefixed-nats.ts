import { ClientNats, NatsOptions, ServerNats } from '@nestjs/microservices';

type ServerOptions = Required<NatsOptions>['options'] & { prefix?: string };

/**
 * Nest's NATS request-reply, with the environment prefix on every pattern so that test files
 * and environments sharing one NATS server never answer each other's requests. Handlers keep
 * their plain patterns (`@MessagePattern('membership.health')`).
 */
export class PrefixedNatsServer extends ServerNats {
  private readonly prefix: string;
  private readonly defaultQueue?: string;

  constructor(options: ServerOptions) {
    super(options);
    this.prefix = options.prefix ? `${options.prefix}.` : '';
    this.defaultQueue = options.queue;
  }

  override bindEvents(client: Parameters<ServerNats['bindEvents']>[0]): void {
    for (const channel of this.messageHandlers.keys()) {
      const queue = this.messageHandlers.get(channel)?.extras?.queue ?? this.defaultQueue;
      const subscription = client.subscribe(this.prefix + channel, {
        queue,
        callback: this.getMessageHandler(channel).bind(this),
      });
      (this as unknown as { subscriptions: unknown[] }).subscriptions.push(subscription);
    }
  }
}

export class PrefixedNatsClient extends ClientNats {
  private readonly prefix: string;

  constructor(options: ServerOptions) {
    super(options);
    this.prefix = options.prefix ? `${options.prefix}.` : '';
  }

  protected override normalizePattern(pattern: Parameters<ClientNats['normalizePattern']>[0]): string {
    return this.prefix + super.normalizePattern(pattern);
  }
}
