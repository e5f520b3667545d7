import { useSystem } from '@party/service-kit/testing';
import { Random, TEST_DEMO_PASSWORD } from '@party/testing';
import { DemoApi } from '../api';
import { recordInspection2023 } from './inspection';
import { settledReport } from './settled-report';
import { seedOrganizationChanges2023, seedOrganizations } from './organizations';

/**
 * The demo's organizations of 2022–2023 and the Inspection Committee's 2023, recorded by the demo's
 * own code through the public API of a whole system of this file's own (every service a process),
 * then read from the year-end report: 3 inspected, 3 supervised, 80 surveyed, 71 of 151 left.
 */
const system = useSystem('demoinsp');
const log = () => undefined;

it('records the 2023 program and surveys, and the year-end report shows 3, 3, 80 and 71 of 151', async () => {
  const board = new DemoApi(`${system.base}/api`);
  await board.login('bantochuc', TEST_DEMO_PASSWORD);
  const tree = await seedOrganizations(board, new Random(2023), log);
  await seedOrganizationChanges2023(board, tree, log);
  const ubkt = new DemoApi(`${system.base}/api`);
  await ubkt.login('ubkt', TEST_DEMO_PASSWORD);
  await recordInspection2023(ubkt, new Random(20234), tree, log);
  const expected = { 'orgs.grassroots': 151, 'inspection.orgs': 3, 'supervision.orgs': 3, 'dossierSurveys.orgs': 80, 'dossierSurveys.remaining': 71 };
  const report = await settledReport(board, 2023, expected);
  expect(report.metrics).toMatchObject(expected);
  const outcomes = await board.get<{ total: number }>('/inspection/outcomes?year=2023');
  expect(outcomes.total).toBe(6);
}, 600_000);
