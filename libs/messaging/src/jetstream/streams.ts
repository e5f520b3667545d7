import { DiscardPolicy, JetStreamManager, RetentionPolicy, StorageType, StreamConfig, nanos } from 'nats';
import { NatsNames, ServiceName } from '@party/contracts';

const DUPLICATE_WINDOW = nanos(2 * 60_000);

function isNotFound(err: unknown): boolean {
  const e = err as { code?: string; api_error?: { err_code?: number } };
  return e?.api_error?.err_code === 10059 || e?.code === '404';
}

/** Creates the stream, or brings an existing one to this configuration. */
async function upsertStream(jsm: JetStreamManager, config: Partial<StreamConfig> & { name: string }): Promise<void> {
  try {
    const info = await jsm.streams.info(config.name);
    const same = JSON.stringify([...info.config.subjects].sort()) === JSON.stringify([...(config.subjects ?? [])].sort());
    if (!same) await jsm.streams.update(config.name, { ...info.config, subjects: config.subjects });
  } catch (err) {
    if (!isNotFound(err)) throw err;
    try {
      await jsm.streams.add(config);
    } catch (addErr) {
      // another replica created it between our look and our add
      if (!String((addErr as Error).message).includes('already in use')) throw addErr;
    }
  }
}

/**
 * Event streams keep everything (limits retention, no age): a new or rebuilt projection
 * replays from the first event (ARCHITECTURE.md, "Streams keep history").
 */
export async function ensureEventStream(jsm: JetStreamManager, names: NatsNames, service: ServiceName, replicas = 1): Promise<string> {
  const name = names.eventStream(service);
  await upsertStream(jsm, {
    name,
    subjects: [names.eventSubjects(service)],
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    discard: DiscardPolicy.Old,
    max_age: 0,
    duplicate_window: DUPLICATE_WINDOW,
    num_replicas: replicas,
  });
  return name;
}

/** Dead letters and the retries an operator asks for. */
export async function ensureOperationalStreams(jsm: JetStreamManager, names: NatsNames, replicas = 1): Promise<void> {
  await upsertStream(jsm, {
    name: names.deadLetterStream,
    subjects: [names.deadLetterSubjects],
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    max_age: 0,
    duplicate_window: DUPLICATE_WINDOW,
    num_replicas: replicas,
  });
  await upsertStream(jsm, {
    name: names.retryStream,
    subjects: [names.retrySubjects],
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    max_age: nanos(30 * 24 * 3600_000),
    duplicate_window: DUPLICATE_WINDOW,
    num_replicas: replicas,
  });
}

/** Removes every stream of one environment: for tests and `seed:demo --reset`. */
export async function deleteEnvironmentStreams(jsm: JetStreamManager, names: NatsNames): Promise<number> {
  const ours = names.prefix
    ? (name: string) => name.startsWith(names.namePrefix)
    : (name: string) => /^EVT_[A-Z]+$/.test(name) || name === 'DLQ' || name === 'RETRY';
  let deleted = 0;
  for await (const name of jsm.streams.names()) {
    if (ours(name)) {
      await jsm.streams.delete(name);
      deleted++;
    }
  }
  return deleted;
}
