export * from './logger';
export * from './outbox/outbox-message.entity';
export * from './outbox/event-outbox';
export * from './outbox/outbox-flush';
export * from './outbox/outbox-relay';
export * from './inbox/inbox-entry.entity';
export * from './jetstream/connection';
export * from './jetstream/streams';
export * from './consumer/event-handler';
export * from './consumer/durable-consumer';
export * from './dead-letters/dead-letter-headers';
export * from './dead-letters/dead-letter-admin';
export * from './transport/prefixed-nats';

import { InboxEntry } from './inbox/inbox-entry.entity';
import { OutboxMessage } from './outbox/outbox-message.entity';
import { OutboxFlush } from './outbox/outbox-flush';
/** Every service schema holds these two tables. */
export const MESSAGING_ENTITIES = [OutboxMessage, InboxEntry];
/** What an ORM holding them registers: the outbox rows of a transaction written in one statement. */
export const MESSAGING_SUBSCRIBERS = [new OutboxFlush()];
export * from './jobs/job-handlers';
export * from './jobs/job-results';
export * from './transport/nats-url';
export * from './security/nats-permissions';
