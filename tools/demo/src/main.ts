import 'reflect-metadata';
import { DemoApi } from './api';
import { Random } from './random';
import { seedOpeningMembers } from './story/members';
import { seedOrganizationChanges2023, seedOrganizations } from './story/organizations';
import { seedTraining } from './story/training';

/**
 * `npm run seed:demo`: the 2023 story of one bloc, through the gateway's public API only.
 * Done so far: the organization tree and its 2023 changes, the 2022–2023 training, the 9,197
 * members at 31/12/2022. Still to come: the membership events of 2023 (admissions, conversions,
 * transfers, deaths, cards, badges) and the other services' facts.
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
  await seedOpeningMembers(api, r, tree, log);
  await seedOrganizationChanges2023(api, tree, log);
  await seedTraining(api, r, tree, log);
  log('done');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
