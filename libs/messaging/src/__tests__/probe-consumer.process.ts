/**
 * The "consuming service" of the backbone test, run as its own process so the test can kill it
 * with SIGKILL mid-stream, as a crash would; with `die-after-commit`, it kills itself right after
 * its first transaction commits, before that batch is acknowledged.
 */
import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { NatsNames } from '@party/contracts';
import { serviceOrmOptions } from '@party/database';
import { connectNats, DurableConsumer } from '../index';
import { effectHandler, probeEntities } from './probe';

async function main() {
  const [natsUrl, databaseUrl, schema, prefix, name, ackWaitMs, mode] = process.argv.slice(2);
  const orm = await MikroORM.init(serviceOrmOptions({ service: 'probe', entities: probeEntities, migrationsDir: __dirname }, { databaseUrl, schema, poolMax: 3 }));
  if (mode === 'die-after-commit') {
    // the crash the inbox is for: effects committed, their acknowledgements never sent
    orm.em.getEventManager().registerSubscriber({ afterTransactionCommit: () => void process.kill(process.pid, 'SIGKILL') });
  }
  const nc = await connectNats({ url: natsUrl, name: `probe-${process.pid}` });
  const consumer = new DurableConsumer(orm, nc, new NatsNames(prefix), { name, source: 'membership', handlers: [effectHandler(name)], ackWaitMs: Number(ackWaitMs) }, console);
  await consumer.start();
  process.send?.('ready');
  process.on('SIGTERM', async () => {
    await consumer.stop();
    await nc.drain();
    await orm.close();
    process.exit(0);
  });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
