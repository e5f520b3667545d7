import { OrganizationEstablished } from '@party/contracts';
import { waitFor } from '@party/testing';
import { ProjectionStatus } from './operations/projection-status';
import { useReportingStack } from './testing/reporting-under-test';

/**
 * Whoever reads the reports can tell whether the figures include the last command: every year-end
 * report, and `GET /reports/status` (now `reports:read`), says up to which event of each source
 * stream the read model is complete, and how many events still wait. Its refusals read well too.
 */
const { stack, schemaOf } = useReportingStack('repcomplete', ['membership']);
let viewer: string;
beforeAll(async () => {
  viewer = await stack.login('viewer');
});

const get = (path: string, token?: string) => stack.get(path, token);
const consumers = () => stack.service.app.get(ProjectionStatus).consumers();

/** Records an organization through the API; answers its `organization.established` event once on the stream (test-only peek at membership's outbox). */
async function establish(name: string, parentId: string | null): Promise<{ orgId: string; eventId: string; recordedAt: string }> {
  const body = { kind: parentId ? 'grassroots_cell' : 'bloc_committee', name, parentId, effectiveOn: '2023-03-01', decisionNumber: `QĐ-${name}` };
  const orgId = (await stack.post('/orgs', body).expect(201)).body.id;
  const outbox = `"${schemaOf('membership')}"."outbox"`;
  const published = async () => {
    const [row] = await stack.em().execute<{ id: string; recorded_at: string; published_at: string | null }[]>(
      `select id, envelope->>'recordedAt' as recorded_at, published_at from ${outbox} where type = ? and envelope->'data'->>'orgId' = ?`,
      [OrganizationEstablished.type, orgId],
    );
    return row?.published_at ? row : null;
  };
  await waitFor(async () => !!(await published()), { what: `the establishment of ${name} on membership's stream` });
  const event = (await published()) as { id: string; recorded_at: string };
  return { orgId, eventId: event.id, recordedAt: event.recorded_at };
}

const membershipSource = (completeness: { sources: { source: string }[] }) => completeness.sources.find((s) => s.source === 'membership') as Record<string, any>;

it('says up to which event a report is complete, and that it is behind while an event waits', async () => {
  const first = await establish('Đảng bộ Khối', null);
  // caught up: the report's figures include the last command, and it says which one
  await waitFor(async () => (await get('/reports/year-end/2023').expect(200)).body.completeness.complete, { what: 'the read model to catch up' });
  const caughtUp = (await get('/reports/year-end/2023').expect(200)).body;
  expect(caughtUp.metrics['orgs.grassroots']).toBe(0);
  expect(membershipSource(caughtUp.completeness)).toEqual({
    source: 'membership',
    appliedThrough: { sequence: expect.any(Number), eventId: first.eventId, type: OrganizationEstablished.type, recordedAt: first.recordedAt },
    lastSequence: membershipSource(caughtUp.completeness).appliedThrough.sequence,
    waiting: 0,
  });
  expect(caughtUp.completeness.sources.map((s: { source: string }) => s.source).sort()).toEqual(['cadre', 'inspection', 'membership', 'training']);

  // the read model stops applying: a command recorded now is not in the figures, and the report says so
  await Promise.all(consumers().map((c) => c.stop()));
  try {
    await establish('Chi bộ Một', first.orgId);
    const behind = (await get('/reports/year-end/2023').expect(200)).body;
    expect(behind.metrics['orgs.grassroots']).toBe(0);
    expect(behind.completeness.complete).toBe(false);
    const m = membershipSource(behind.completeness);
    expect(m.appliedThrough.eventId).toBe(first.eventId);
    expect(m.waiting).toBeGreaterThanOrEqual(1);
    expect(m.lastSequence).toBeGreaterThan(m.appliedThrough.sequence);
    // the same, for a clerk who only reads reports
    const status = (await get('/reports/status', viewer).expect(200)).body;
    expect(status.completeness.complete).toBe(false);
    expect(membershipSource(status.completeness).appliedThrough.eventId).toBe(first.eventId);
  } finally {
    for (const c of consumers()) await c.start();
  }

  await waitFor(async () => (await get('/reports/year-end/2023').expect(200)).body.completeness.complete, { what: 'the read model to catch up again' });
  const after = (await get('/reports/year-end/2023').expect(200)).body;
  expect(after.metrics['orgs.grassroots']).toBe(1);
  expect(membershipSource(after.completeness)).toMatchObject({ appliedThrough: { type: OrganizationEstablished.type }, waiting: 0 });
  expect(membershipSource(after.completeness).appliedThrough.sequence).toBeGreaterThan(membershipSource(caughtUp.completeness).appliedThrough.sequence);
});

it('lets the Organization Board and a viewer read the status, which anyone not signed in may not', async () => {
  for (const token of [stack.board, viewer]) {
    const res = await get('/reports/status', token).expect(200);
    expect(res.body).toMatchObject({ phase: expect.any(String), consumers: expect.any(Array), completeness: { complete: expect.any(Boolean), sources: expect.any(Array) } });
  }
  await stack.gw.http().get('/api/reports/status').expect(401);
});

it('answers an organization unknown on the report date with a 404 that reads well in both languages', async () => {
  const res = await get(`/reports/year-end/2023?orgId=${crypto.randomUUID()}`, viewer).expect(404);
  expect(res.body.message).toEqual({ vi: 'Không tìm thấy tổ chức đảng tại ngày báo cáo', en: 'Party organization not found on the report date' });
});
