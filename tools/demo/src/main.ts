import 'reflect-metadata';
import { DemoApi } from './api';
import { Random } from './random';
import { seedOrganizations } from './story/organizations';
import { seedTraining } from './story/training';

/**
 * `npm run seed:demo`: the 2023 story of one bloc, through the gateway's public API only.
 * The membership facts beyond the organization tree (the 9,197 members at 31/12/2022 and every
 * membership event of 2023) come with the rest of the membership capabilities.
 */
async function main() {
  const api = new DemoApi(process.env.API_URL ?? 'http://127.0.0.1:3000/api');
  const r = new Random(2023);
  const started = Date.now();
  const log = (m: string) => console.log(`[demo] ${m} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (process.argv.includes('--reset')) {
    console.log('[demo] --reset: emptying the service schemas and streams is not implemented yet; seeding on top');
  }
  await api.login('bantochuc', process.env.DEMO_PASSWORD ?? 'Demo@2023');
  const existing = await api.get<unknown[]>('/orgs?kind=bloc_committee');
  if (Array.isArray(existing) ? existing.length : (existing as { items?: unknown[] })?.items?.length) {
    log('the bloc is already there: nothing to do');
    return;
  }
  const tree = await seedOrganizations(api, r, log);
  await seedTraining(api, r, tree, log);
  log('done');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
