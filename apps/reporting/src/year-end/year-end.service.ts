import { Injectable } from '@nestjs/common';
import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import {
  DomainError,
  METRIC_KEYS,
  METRICS,
  MetricCatalogueView,
  Principal,
  REPORT_SECTION_LIST,
  REPORTS_ROUTES,
  ReportInconsistency,
  ReportScope,
  ReportYears,
  RouteInput,
  YearEndReport,
} from '@party/contracts';
import { during, lastKnownVersion, subtreeIds } from '@party/org-replica';
import { Handles, QueryContext } from '@party/service-kit';
import { ProjectionStatus } from '../operations/projection-status';
import { recordedFromBooks } from './books-entries';
import { CALCULATORS, COMPUTED_KEYS, ReportContext, subtreeOf } from './calculators';
import { findInconsistencies, reconciliationOf, sharesOf } from './year-end.rules';
import { yearsWithFacts } from './years';

@Injectable()
export class YearEndService {
  constructor(
    private readonly orm: MikroORM,
    private readonly status: ProjectionStatus,
  ) {}

  private get schema(): string {
    return this.orm.config.get('schema') as string;
  }

  @Handles(REPORTS_ROUTES.metrics)
  catalogue(): MetricCatalogueView {
    return {
      metrics: METRICS.map((m) => ({ ...m, feeds: [...m.feeds], computed: COMPUTED_KEYS.has(m.key) })),
      sections: REPORT_SECTION_LIST.map((s) => ({ ...s, metrics: [...s.metrics] })),
    };
  }

  @Handles(REPORTS_ROUTES.yearEnd)
  async yearEnd(q: RouteInput<typeof REPORTS_ROUTES.yearEnd>, { em, principal }: QueryContext): Promise<YearEndReport> {
    const ctx: ReportContext = { schema: this.schema, year: q.year, from: `${q.year}-01-01`, asOf: `${q.year}-12-31`, scopeRoot: null, subtrees: new Map() };
    ctx.scopeRoot = await this.scopeRoot(em, principal, q.orgId ?? null, ctx);
    // before the figures: whatever was applied by then is in them (a lower bound, never a promise)
    const completeness = await this.status.completeness();

    // the opening headcount (last year's members.total), the members recorded from the books, the scope's name and the input checks run beside the calculators, not after them
    const [metrics, opening, fromBooks, scope, problems] = await Promise.all([
      this.compute(em, ctx),
      this.openingHeadcount(em, ctx),
      recordedFromBooks(em.fork(), ctx),
      this.scopeView(em.fork(), ctx),
      this.inputProblems(em.fork(), ctx),
    ]);
    const reconciliation = reconciliationOf(metrics, opening, fromBooks);
    const pending = METRIC_KEYS.filter((k) => !COMPUTED_KEYS.has(k));
    const inconsistencies: ReportInconsistency[] = [...findInconsistencies(metrics, reconciliation, pending), ...problems];
    return {
      year: q.year,
      asOf: ctx.asOf,
      scope,
      metrics,
      pending,
      shares: sharesOf(metrics),
      reconciliation,
      inconsistencies,
      sections: REPORT_SECTION_LIST.map((s) => ({ ...s, metrics: [...s.metrics] })),
      completeness,
    };
  }

  /**
   * The years with recorded facts in the caller's scope (a secretary: their subtree at any time;
   * anyone else: everything), newest first: the years a year-end report has something to say about.
   */
  @Handles(REPORTS_ROUTES.years)
  async years(_q: unknown, { em, principal }: QueryContext): Promise<ReportYears> {
    return { years: await yearsWithFacts(em, this.schema, principal.orgScopeId) };
  }

  /** Every catalogue key: a number when a calculator computes it, otherwise null. */
  private async compute(em: EntityManager, ctx: ReportContext): Promise<Record<string, number | null>> {
    const results = await Promise.all(CALCULATORS.map((c) => c.compute(em.fork(), ctx)));
    const computed = Object.assign({}, ...results) as Record<string, number>;
    return Object.fromEntries(METRIC_KEYS.map((k) => [k, COMPUTED_KEYS.has(k) ? (computed[k] ?? null) : null]));
  }

  /** `members.total` on 31/12 of the year before, once a calculator gives it. */
  private async openingHeadcount(em: EntityManager, ctx: ReportContext): Promise<number | null> {
    const calc = CALCULATORS.find((c) => c.keys.includes('members.total'));
    if (!calc) return null;
    const prev = ctx.year - 1;
    const r = await calc.compute(em.fork(), { ...ctx, year: prev, from: `${prev}-01-01`, asOf: `${prev}-12-31` });
    return r['members.total'] ?? null;
  }

  /**
   * The root of the subtree reported on. A scoped principal (a secretary) gets their own
   * organization, or an organization of their subtree they name; anyone else the whole bloc or
   * the organization named. The tree is this service's own replica, never membership's.
   */
  private async scopeRoot(em: EntityManager, principal: Principal, orgId: string | null, ctx: ReportContext): Promise<string | null> {
    if (orgId && !(await lastKnownVersion(em, orgId, ctx.asOf))) {
      throw DomainError.notFound({ vi: 'tổ chức đảng', en: 'Party organization' }, { vi: 'tại ngày báo cáo', en: 'on the report date' });
    }
    if (principal.orgScopeId === null) return orgId;
    if (!orgId || orgId === principal.orgScopeId) return principal.orgScopeId;
    // in the secretary's subtree at some moment of the year: its flows of that year are theirs to see
    if (!(await subtreeIds(em, principal.orgScopeId, during(ctx.from, ctx.asOf))).includes(orgId)) {
      throw DomainError.forbidden({ vi: 'Tổ chức này nằm ngoài phạm vi của bạn', en: 'This organization is outside your scope' });
    }
    return orgId;
  }

  private async scopeView(em: EntityManager, ctx: ReportContext): Promise<ReportScope> {
    if (!ctx.scopeRoot) return { orgId: null, name: null, orgCount: null };
    const named = await lastKnownVersion(em, ctx.scopeRoot, ctx.asOf);
    // the organizations the stocks were counted over (asked once for the report)
    const orgs = (await subtreeOf(em, ctx, 'stock')) ?? [];
    return { orgId: ctx.scopeRoot, name: named?.name ?? null, orgCount: orgs.length };
  }

  /** Facts the projection cannot place: students of a class it never heard of. */
  private async inputProblems(em: EntityManager, ctx: ReportContext): Promise<ReportInconsistency[]> {
    if (ctx.scopeRoot) return [];
    const [r] = await em.execute<{ n: number }[]>(
      `select count(*)::int as n from "${this.schema}"."training_enrollment" e where not exists (select 1 from "${this.schema}"."training_class" c where c.class_id = e.class_id)`,
    );
    const n = Number(r?.n ?? 0);
    if (!n) return [];
    return [
      {
        code: 'enrollments_without_class',
        message: { vi: `${n} học viên thuộc lớp chưa có trong dữ liệu báo cáo`, en: `${n} students belong to a class the report has not received` },
        keys: ['training.students.candidates', 'training.students.newMembers', 'training.students.intermediateTheory'],
        expected: 0,
        actual: n,
      },
    ];
  }
}
