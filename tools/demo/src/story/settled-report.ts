import type { DemoApi } from '../api';

export interface YearEndAnswer {
  metrics: Record<string, number | null>;
  shares: Record<string, { text: string }>;
}

/**
 * The year-end report once the figures a story expects have arrived. The reporting status says
 * what reached the streams; an event still in a service's outbox is not there yet, so a story
 * waits for its own figures (bounded), then returns the last answer for the spec to compare:
 * a figure that never comes fails with its difference, not with a timeout.
 */
export async function settledReport(api: DemoApi, year: number, expected: Record<string, number>, timeoutMs = 180_000): Promise<YearEndAnswer> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const status = await api.get<{ consumers: { lag: number }[] }>('/reports/status');
    const report = await api.get<YearEndAnswer>(`/reports/year-end/${year}`);
    const caughtUp = status.consumers.length > 0 && status.consumers.every((c) => c.lag === 0);
    if ((caughtUp && Object.entries(expected).every(([k, v]) => report.metrics[k] === v)) || Date.now() > until) return report;
    await new Promise((r) => setTimeout(r, 500));
  }
}
