import { createHash } from 'node:crypto';
import type { ReportCompleteness, ReportWatermark } from '@party/contracts';

/**
 * The read model's input watermark: the position of every source stream it has applied. Every
 * figure of every year is read from tables only those streams feed, so the same positions mean
 * the same figures — a report asked twice between two facts is one job — and any new fact moves
 * it. It is deliberately not per year: a stock of 2023 depends on every earlier fact, a flow on
 * facts recorded in 2024, and the cadre and rating projections landing later join the positions
 * without anyone listing their tables here. The price: a fact of 2024 also renews the 2023 job.
 *
 * Shape: `w<sum of positions>-<8 hex of the positions and last event ids>`: readable, growing as
 * facts arrive, and distinct after a stream is recreated (new event ids at old positions).
 */
export function watermarkOf(c: ReportCompleteness): ReportWatermark {
  const sources = c.sources.map((s) => ({ source: s.source, sequence: s.appliedThrough?.sequence ?? 0 }));
  const sum = sources.reduce((a, s) => a + s.sequence, 0);
  const basis = c.sources.map((s) => `${s.source}:${s.appliedThrough?.sequence ?? 0}:${s.appliedThrough?.eventId ?? ''}`).join('|');
  const hash = createHash('sha256').update(basis).digest('hex').slice(0, 8);
  const recorded = c.sources.map((s) => s.appliedThrough?.recordedAt).filter((r): r is string => !!r).sort();
  return { watermark: `w${sum}-${hash}`, lastRecordedAt: recorded.at(-1) ?? null, complete: c.complete, sources };
}
