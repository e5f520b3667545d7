import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { natsServerConfig } from '@party/messaging';

/**
 * `npm run nats-config [-- --prefix P] [-- --out FILE]`: writes the NATS server configuration (users
 * and subject permissions) generated from libs/messaging; by default deploy/nats.conf, which
 * `npm start` and docker-compose run the server with. A spec fails when the committed file drifts.
 */
const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const out = resolve(option('--out') ?? 'deploy/nats.conf');
writeFileSync(out, natsServerConfig(option('--prefix') ?? ''));
console.log(`wrote ${out}`);
