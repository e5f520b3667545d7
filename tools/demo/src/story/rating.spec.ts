import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReportJobView } from '@party/contracts';
import { useSystem } from '@party/service-kit/testing';
import { number, pdfText, Random, TEST_DEMO_PASSWORD, xlsxToCsv } from '@party/testing';
import { DemoApi } from '../api';
import { seedOrganizationChanges2023, seedOrganizations } from './organizations';
import { recordRating2023 } from './rating';
import { settledReport } from './settled-report';

/**
 * The demo's organizations of 2022–2023 and the 2023 rating, recorded by the demo's own code
 * through the public API of a whole system of this file's own (every service a process): the
 * Board opens the round and proposes, the Standing Committee decides; the year-end report then
 * gives 151 rated, 143/151 = 94,7% good or better, 28/151 = 18,5% excellent, 8/151 = 5,3%
 * completed. Without the members (the roster is the slow part of the demo): their figures are 0.
 */
const system = useSystem('demorating');
const log = () => undefined;

let board: DemoApi;

it('rates the 151 grassroots organizations of 2023 as the reference report, its shares rounded', async () => {
  board = new DemoApi(`${system.base}/api`);
  await board.login('bantochuc', TEST_DEMO_PASSWORD);
  const tree = await seedOrganizations(board, new Random(2023), log);
  await seedOrganizationChanges2023(board, tree, log);
  const standing = new DemoApi(`${system.base}/api`);
  await standing.login('thuongvu', TEST_DEMO_PASSWORD);
  await recordRating2023(board, standing, 20238, log);

  const report = await settledReport(board, 2023, { 'rating.orgs.rated': 151, 'rating.orgs.completed': 8 });
  expect(report.metrics).toMatchObject({
    'orgs.grassroots': 151,
    'rating.orgs.rated': 151,
    'rating.orgs.goodOrBetter': 143,
    'rating.orgs.excellent': 28,
    'rating.orgs.completed': 8,
    'rating.orgs.notCompleted': 0,
    'rating.members.rated': 0,
  });
  expect(report.shares['rating.orgs.goodOrBetter'].text).toBe('143/151 = 94,7%');
  expect(report.shares['rating.orgs.excellent'].text).toBe('28/151 = 18,5%');
  expect(report.shares['rating.orgs.completed'].text).toBe('8/151 = 5,3%');
  expect(report.shares['rating.orgs.notCompleted'].text).toBe('0/151 = 0,0%');
}, 600_000);

it('writes those shares in the report job\'s PDF and the same figures in its workbook (the worker over the demo\'s data)', async () => {
  const report = await settledReport(board, 2023, { 'rating.orgs.rated': 151 });
  const { id } = await board.post<{ id: string }>('/reports/jobs', { kind: 'yearEnd', year: 2023 });
  let job: ReportJobView;
  for (const until = Date.now() + 300_000; ; await new Promise((r) => setTimeout(r, 500))) {
    job = await board.get<ReportJobView>(`/reports/jobs/${encodeURIComponent(id)}`);
    if (job.state === 'completed' || job.state === 'failed' || Date.now() > until) break;
  }
  expect({ state: job.state, error: job.error }).toEqual({ state: 'completed', error: null });
  const tmp = mkdtempSync(join(tmpdir(), 'demo-rating-job-'));
  const file = (name: string) => board.download(`/reports/jobs/${encodeURIComponent(id)}/files/${name}`);

  const pdf = join(tmp, 'report.pdf');
  writeFileSync(pdf, await file('bao-cao-cuoi-nam-2023.pdf'));
  const text = pdfText(pdf).replace(/\s+/g, ' ');
  for (const share of ['143/151 = 94,7%', '28/151 = 18,5%', '8/151 = 5,3%']) expect(text).toContain(share);

  const cells = new Map<string, number | null>();
  for (const sheet of xlsxToCsv(await file('bao-cao-cuoi-nam-2023.xlsx'), tmp)) for (const row of sheet.rows) if (row[0] in report.metrics) cells.set(row[0], number(row[2]));
  for (const key of ['orgs.grassroots', 'rating.orgs.rated', 'rating.orgs.goodOrBetter', 'rating.orgs.excellent', 'rating.orgs.completed']) {
    expect({ key, cell: cells.get(key) }).toEqual({ key, cell: report.metrics[key] });
  }
}, 600_000);
