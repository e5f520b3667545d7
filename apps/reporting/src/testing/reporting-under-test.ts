import type { BackendService } from '@party/contracts';
import { Stack, useStack } from '@party/gateway/testing';
import { waitFor } from '@party/testing';
import { ProjectionStatus } from '../operations/projection-status';
import { reportingOrm } from '../reporting.orm';
import { REPORTING_CONSUMER_NAMES } from '../projection/consumers';

/** Reporting as the service under test of a spec's stack (`useStack({ service: REPORTING, … })`). */
export const REPORTING = {
  service: 'reporting' as const,
  orm: reportingOrm,
  loadModule: () => require('../app.module').AppModule,
};

export interface ReportingStack {
  stack: Stack;
  /** The schema of a source service's process. */
  schemaOf(source: BackendService): string;
  /** Every event the sources recorded is published and taken in by the reporting consumers. */
  caughtUp(): Promise<void>;
  /** The year-end report once caught up, as `token`'s user (the board by default). */
  report(year: number, query?: string, token?: string): Promise<Record<string, any>>;
}

/**
 * Reporting in-process with the services it projects (membership and training unless told) as
 * their own processes, as `npm start` runs them: facts are made through their public routes and
 * the figures read through `/api/reports`.
 */
export function useReportingStack(label: string, sources: BackendService[] = ['membership', 'training']): ReportingStack {
  const stack = useStack({ label, service: REPORTING, processes: sources });
  const schemaOf = (source: BackendService) => `${stack.iso.schema}_${source}`;
  // test-only peek at the sources' outboxes: the consumers' lag cannot see what is not yet published
  const unpublished = async () => {
    const sql = sources.map((s) => `select count(*)::int as n from "${schemaOf(s)}"."outbox" where published_at is null`).join(' union all ');
    const rows = await stack.em().execute<{ n: number }[]>(sql);
    return rows.reduce((a, r) => a + Number(r.n), 0);
  };
  const caughtUp = async () => {
    await waitFor(
      async () => {
        if (await unpublished()) return false;
        const status = await stack.service.app.get(ProjectionStatus).status();
        return status.consumers.length === REPORTING_CONSUMER_NAMES.length && status.consumers.every((c) => c.lag === 0);
      },
      { timeoutMs: 30_000, what: 'the reporting consumers to catch up' },
    );
  };
  const report = async (year: number, query = '', token?: string) => {
    await caughtUp();
    return (await stack.get(`/reports/year-end/${year}${query}`, token).expect(200)).body as Record<string, any>;
  };
  return { stack, schemaOf, caughtUp, report };
}
