import { ClientNats, NatsOptions, ReadPacket, ServerNats, WritePacket } from '@nestjs/microservices';
import { ErrorCode, type Msg, type NatsConnection } from 'nats';

type ServerOptions = Required<NatsOptions>['options'] & { prefix?: string };

/** A request nobody answered is forgotten after this long (callers give up far sooner: 10 s, 2 min). */
const ABANDONED_REQUEST_MS = 15 * 60_000;

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

  /**
   * A request through the connection's one shared reply subscription (`nc.request`, a muxed
   * inbox) instead of Nest's subscribe + publish + unsubscribe of a new inbox per request: three
   * protocol operations and a subscription the server creates and drops for every HTTP request
   * the gateway forwards. The answer goes through Nest's own handler (ids, errors, disposal);
   * "no responders" becomes the empty answer Nest reports as `EmptyResponseException`, as before.
   * The caller's own timeout (rxjs) decides; the connection's is only there to free a request
   * that never gets an answer.
   */
  protected override publish(partialPacket: ReadPacket, callback: (packet: WritePacket) => unknown): () => void {
    let disposed = false;
    try {
      const packet = this.assignPacketId(partialPacket);
      const serialized = this.serializer.serialize(packet);
      const handle = this.createSubscriptionHandler(packet, (answer) => (disposed ? undefined : callback(answer)));
      const nc = this.natsClient as unknown as NatsConnection;
      nc.request(this.normalizePattern(partialPacket.pattern), serialized.data, { timeout: ABANDONED_REQUEST_MS, headers: this.mergeHeaders(serialized.headers) }).then(
        (msg) => handle(undefined, msg as never),
        (err: { code?: string }) => (err?.code === ErrorCode.NoResponders ? handle(undefined, { data: new Uint8Array() } as Msg as never) : handle(err as Error, undefined as never)),
      );
      return () => {
        disposed = true;
      };
    } catch (err) {
      callback({ err });
      return () => undefined;
    }
  }

  protected override normalizePattern(pattern: Parameters<ClientNats['normalizePattern']>[0]): string {
    return this.prefix + super.normalizePattern(pattern);
  }
}
