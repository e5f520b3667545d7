import { z } from 'zod';
import { SERVICES } from '../events/define-event';
import { METRIC_UNITS, REPORT_SECTIONS } from './metrics';
import { BOOKS_TERM, RECONCILIATION_TERMS, ReconciliationTerm } from './commands';

/**
 * What the reporting routes answer. Figures are counts (integers); a figure no calculator computes
 * yet is `null`, never missing, and its key is listed under `pending`. The descriptions are the
 * OpenAPI document's. A route's whole answer is named by the route (`ReportingYearEndResponse`);
 * only its parts carry ids.
 */
const text = z.object({ vi: z.string(), en: z.string() });
const count = z.number().int();

export const reportSectionSchema = z
  .object({ key: z.enum(REPORT_SECTIONS), title: text, metrics: z.array(z.string()).describe('Its keys, in catalogue order.') })
  .meta({ id: 'ReportSection', description: 'A section of the printed report.' });

export const metricDefinitionSchema = z
  .object({
    key: z.string(),
    label: text,
    unit: z.enum(METRIC_UNITS),
    kind: z.enum(['stock', 'flow']).describe('`stock`: a state on the report date (31/12); `flow`: facts whose date in the world falls in the year.'),
    definition: text.describe('Which facts count, and which of their dates decides the year.'),
    section: z.enum(REPORT_SECTIONS),
    source: z.enum(SERVICES).describe('The service whose events feed it.'),
    feeds: z.array(z.string()).describe('Event types (`<service>.<aggregate>.<event>`) it is computed from.'),
    computed: z.boolean().describe('Whether the service computes it today (a calculator fed by a running consumer); otherwise it is pending.'),
    shareOf: z.string().optional().describe('The key it is a part of, when the report writes it as a share of it (`143/151 = 94,7%`); absent otherwise.'),
  })
  .meta({ id: 'MetricDefinition', description: 'One key of the metric catalogue.' });

export const metricCatalogueSchema = z.object({ metrics: z.array(metricDefinitionSchema), sections: z.array(reportSectionSchema) });

export const reportScopeSchema = z
  .object({
    orgId: z.uuid().nullable().describe('The root of the subtree; null for the whole bloc.'),
    name: z.string().nullable().describe('The root’s name as last known on the report date; null for the whole bloc.'),
    orgCount: count.nullable().describe('Organizations of any kind in the subtree on the report date; null for the whole bloc.'),
  })
  .meta({ id: 'ReportScope', description: 'The subtree reported on.' });

export const reconciliationSchema = z
  .object({
    ...(Object.fromEntries(RECONCILIATION_TERMS.map((term) => [term, count.nullable()])) as Record<ReconciliationTerm, z.ZodNullable<z.ZodNumber>>),
    [BOOKS_TERM]: count
      .optional()
      .describe(
        'Nhập từ sổ sách: members the closing holds because they were recorded from the books (an existing member registered with a date of the year, or carried into the tree by their organization’s establishment in the year), never admissions. Added to the closing; absent when 0.',
      ),
  })
  .meta({
    id: 'ReportReconciliation',
    description: 'The headcount reconciliation in print order: opening (last year’s members on 31/12) ± the flows (+ those recorded from the books) = closing; a term is null while a figure it needs is unknown.',
  });

export const reportInconsistencySchema = z
  .object({
    code: z.string(),
    message: text,
    keys: z.array(z.string()).describe('The keys or terms involved.'),
    expected: z.number(),
    actual: z.number(),
  })
  .meta({ id: 'ReportInconsistency', description: 'Figures that do not agree with each other, or facts the read model cannot place.' });

export const sourceProgressSchema = z
  .object({
    source: z.enum(SERVICES).describe('The service whose event stream it is.'),
    appliedThrough: z
      .object({
        sequence: count.describe('The stream sequence of the last event applied, every earlier one applied too.'),
        eventId: z.string().nullable(),
        type: z.string().nullable().describe('`<service>.<aggregate>.<event>`; null when the stream no longer holds it.'),
        recordedAt: z.string().nullable().meta({ format: 'date-time', description: 'When the source service recorded that event.' }),
      })
      .nullable()
      .describe('null: no event of the stream applied yet.'),
    lastSequence: count.describe('The stream’s last event when asked.'),
    waiting: count.describe('Events of the stream not yet applied (pending or in flight).'),
  })
  .meta({ id: 'ReportSourceProgress', description: 'How far the read model has applied one source’s event stream.' });

export const reportCompletenessSchema = z
  .object({
    complete: z.boolean().describe('true: every event on the source streams when the report was asked for is in its figures; false: the read model is behind (`waiting`).'),
    sources: z.array(sourceProgressSchema),
  })
  .meta({
    id: 'ReportCompleteness',
    description: 'Up to which event of each source the figures are complete (read before they were computed, so the figures include at least those), and whether events are still waiting.',
  });

export const reportShareSchema = z
  .object({
    of: z.string().describe('The key of the whole (`rating.orgs.rated`).'),
    part: count,
    whole: count,
    percent: z.number().nullable().describe('part / whole in percent, one decimal, rounded half up (8/151 → 5,3, never the truncated 5,2); null when the whole is 0.'),
    text: z.string().describe('As Vietnamese reports write it: `143/151 = 94,7%`, `8.434/9.197 = 91,7%`; `0/0` when the whole is 0.'),
  })
  .meta({ id: 'ReportShare', description: 'A figure written as a share of another.' });

export const yearEndReportSchema = z.object({
  year: count,
  asOf: z.string().meta({ format: 'date', description: 'YYYY-12-31: stocks are as of this date; flows are the facts dated in the year.' }),
  scope: reportScopeSchema,
  metrics: z.record(z.string(), count.nullable()).describe('Every catalogue key: a count, or null while it is pending.'),
  pending: z.array(z.string()).describe('Keys not computed yet: no consumer feeds them.'),
  shares: z
    .record(z.string(), reportShareSchema)
    .describe('The keys the catalogue writes as a share of another (`shareOf`), by key, when both counts are known: `rating.orgs.goodOrBetter` → `143/151 = 94,7%`.'),
  reconciliation: reconciliationSchema,
  inconsistencies: z.array(reportInconsistencySchema),
  sections: z.array(reportSectionSchema),
  completeness: reportCompletenessSchema,
});

export const reportYearsSchema = z.object({ years: z.array(count).describe('Newest first.') });

export const reportingConsumerStatusSchema = z
  .object({ name: z.string(), source: z.string().describe('The stream it reads.'), lag: count.describe('Events waiting on that stream.') })
  .meta({ id: 'ReportingConsumerStatus' });

export const reportingStatusSchema = z.object({
  phase: z.enum(['ready', 'seeding']).describe('`seeding` until the read model has caught up once since boot or a rebuild, and again during a large backlog.'),
  consumers: z.array(reportingConsumerStatusSchema),
  completeness: reportCompletenessSchema,
});

export const rebuildResultSchema = z.object({
  clearedRows: count.describe('Read-model rows removed.'),
  clearedInbox: count.describe('Inbox rows of the reporting consumers removed.'),
  consumers: z.array(z.string()).describe('The consumers replaying from the start of their streams.'),
});

export type ReportSection = z.infer<typeof reportSectionSchema>;
export type MetricCatalogueView = z.infer<typeof metricCatalogueSchema>;
export type ReportScope = z.infer<typeof reportScopeSchema>;
export type ReportInconsistency = z.infer<typeof reportInconsistencySchema>;
export type ReportShare = z.infer<typeof reportShareSchema>;
export type YearEndReport = z.infer<typeof yearEndReportSchema>;
export type ReportYears = z.infer<typeof reportYearsSchema>;
export type ReportingConsumerStatus = z.infer<typeof reportingConsumerStatusSchema>;
export type ReportingStatus = z.infer<typeof reportingStatusSchema>;
export type ReportSourceProgress = z.infer<typeof sourceProgressSchema>;
export type ReportCompleteness = z.infer<typeof reportCompletenessSchema>;
export type RebuildResult = z.infer<typeof rebuildResultSchema>;
