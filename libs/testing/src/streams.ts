import { connect } from 'nats';
import { TEST_NATS_URL } from './isolation';

/** Removes the JetStream streams of one test file's prefix (`<PREFIX>_…`), so runs leave nothing behind. */
export async function deleteTestStreams(natsPrefix: string, url = TEST_NATS_URL): Promise<void> {
  const namePrefix = `${natsPrefix.toUpperCase()}_`;
  const nc = await connect({ servers: url });
  try {
    const jsm = await nc.jetstreamManager();
    for await (const name of jsm.streams.names()) if (name.startsWith(namePrefix)) await jsm.streams.delete(name).catch(() => undefined);
  } finally {
    await nc.close();
  }
}
