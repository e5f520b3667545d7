import { Injectable } from '@nestjs/common';
import { EntityManager, LockMode, raw } from '@mikro-orm/postgresql';
import { CLASS_ROUTES, ClassOpened, ClassUpdated, CourseCategory, DomainError, pageOf, RouteInput } from '@party/contracts';
import { CommandContext, Handles, QueryContext } from '@party/service-kit';
import { CourseType } from '../course-types/course-type.entity';
import { requireCourseType } from '../course-types/course-types.service';
import { Enrollment } from '../enrollments/enrollment.entity';
import { assertWholeBloc, outOfScope } from '../organizations/organization-scope';
import { orgScopeOf } from '@party/org-replica';
import { listScope, RecordScope } from '../shared/list-scope';
import { personOf } from '../shared/person';
import { TrainingClass } from './class.entity';
import { changedFields, checkClassUpdate, ClassState, classState } from './classes.rules';

export interface ClassCounts {
  /** Everyone enrolled, withdrawn included: the students of the class. */
  students: number;
  withdrawn: number;
  completed: number;
  passed: number;
  certificates: number;
}

export interface ClassView extends ClassState {
  courseTypeNameVi: string;
  category: CourseCategory;
  counts: ClassCounts;
}

const NO_STUDENTS: ClassCounts = { students: 0, withdrawn: 0, completed: 0, passed: 0, certificates: 0 };

/** Student counts per class, one query; a class without students is absent from the map. */
export async function countsByClass(em: EntityManager, classIds: string[]): Promise<Map<string, ClassCounts>> {
  if (!classIds.length) return new Map();
  const rows: Record<string, unknown>[] = await em
    .createQueryBuilder(Enrollment, 'e')
    .select([
      'e.class_id',
      raw('count(*)::int as students'),
      raw(`count(*) filter (where e.attendance = 'withdrawn')::int as withdrawn`),
      raw('count(e.completed_on)::int as completed'),
      raw(`count(*) filter (where e.result = 'passed')::int as passed`),
      raw('count(e.certificate_number)::int as certificates'),
    ])
    .where({ classId: { $in: classIds } })
    .groupBy('e.class_id')
    .execute('all', false);
  return new Map(
    rows.map((r) => [
      String(r.class_id),
      { students: Number(r.students), withdrawn: Number(r.withdrawn), completed: Number(r.completed), passed: Number(r.passed), certificates: Number(r.certificates) },
    ]),
  );
}

/** The same counts from rows already loaded (a secretary's students only). */
export function countRows(rows: Pick<Enrollment, 'attendance' | 'withdrawnOn' | 'completedOn' | 'result' | 'certificateNumber'>[]): ClassCounts {
  return {
    students: rows.length,
    withdrawn: rows.filter((r) => r.attendance === 'withdrawn' || r.withdrawnOn !== null).length,
    completed: rows.filter((r) => r.completedOn !== null).length,
    passed: rows.filter((r) => r.result === 'passed').length,
    certificates: rows.filter((r) => r.certificateNumber !== null).length,
  };
}

export function classEventData(c: TrainingClass, type: CourseType) {
  const { id, notes: _notes, ...rest } = classState(c);
  return { classId: id, ...rest, category: type.category };
}

@Injectable()
export class ClassesService {
  @Handles(CLASS_ROUTES.openClass)
  async openClass(cmd: RouteInput<typeof CLASS_ROUTES.openClass>, { em, uow, principal }: CommandContext) {
    assertWholeBloc(principal);
    const type = await requireCourseType(em, cmd.courseTypeCode);
    const cls = em.create(TrainingClass, cmd);
    em.persist(cls);
    uow.event(ClassOpened, classEventData(cls, type), cls.openedOn);
    uow.audit('class.open', 'training_class', cls.id, null, classState(cls));
    return this.view(cls, type, NO_STUDENTS);
  }

  @Handles(CLASS_ROUTES.updateClass)
  async updateClass(input: RouteInput<typeof CLASS_ROUTES.updateClass>, { em, uow, principal }: CommandContext) {
    assertWholeBloc(principal);
    const { id: classId, ...patch } = input;
    const cls = await em.findOne(TrainingClass, { id: classId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!cls) throw DomainError.notFound({ vi: 'lớp học', en: 'Class' });
    const before = classState(cls);
    const changed = changedFields(before, patch);
    const counts = (await countsByClass(em, [cls.id])).get(cls.id) ?? NO_STUDENTS;
    if (!changed.length) return this.view(cls, await requireCourseType(em, cls.courseTypeCode), counts);
    const type = await requireCourseType(em, patch.courseTypeCode ?? cls.courseTypeCode);
    const next = { ...before, ...Object.fromEntries(changed.map((f) => [f, patch[f]])) } as ClassState;
    const [{ earliest }] = await em
      .createQueryBuilder(Enrollment, 'e')
      .select(raw('min(e.completed_on)::text as earliest'))
      .where({ classId: cls.id })
      .execute<{ earliest: string | null }[]>('all', false);
    // a withdrawn student's seat is free again
    const problem = checkClassUpdate(next, { students: counts.students - counts.withdrawn, earliestCompletion: earliest });
    if (problem) throw DomainError.rule(problem.message, undefined, [{ field: problem.field, ...problem.message }]);
    em.assign(cls, Object.fromEntries(changed.map((f) => [f, next[f]])));
    uow.event(ClassUpdated, { ...classEventData(cls, type), previousOpenedOn: before.openedOn, changed }, cls.openedOn);
    uow.audit('class.update', 'training_class', cls.id, before, classState(cls));
    return this.view(cls, type, counts);
  }

  /**
   * The classes that opened in a year (a class counts in the year it opens), with their students.
   * A secretary — or anyone asking for one organization (`orgId`) — sees the classes that serve an
   * organization of the subtree or hold one of its students, counted by those students only.
   */
  @Handles(CLASS_ROUTES.listClasses)
  async listClasses(q: RouteInput<typeof CLASS_ROUTES.listClasses>, { em, principal }: QueryContext) {
    const scope = await listScope(principal, q.orgId, em);
    let classes = await em.find(
      TrainingClass,
      { openedOn: { $gte: `${q.year}-01-01`, $lte: `${q.year}-12-31` }, ...(q.courseTypeCode ? { courseTypeCode: q.courseTypeCode } : {}) },
      { orderBy: { openedOn: 'asc', id: 'asc' } },
    );
    const types = new Map((await em.find(CourseType, {})).map((t) => [t.code, t]));
    let counts: Map<string, ClassCounts>;
    if (scope.whole) {
      counts = await countsByClass(
        em,
        classes.map((c) => c.id),
      );
    } else {
      const own = await this.studentsInScope(em, scope, classes.map((c) => c.id));
      classes = classes.filter((c) => own.has(c.id) || servesScope(c, scope));
      counts = new Map([...own].map(([id, rows]) => [id, countRows(rows)]));
    }
    const items = classes.flatMap((c) => {
      const type = types.get(c.courseTypeCode); // always there: classes are opened for a known type
      return type ? [this.view(c, type, counts.get(c.id) ?? NO_STUDENTS)] : [];
    });
    const byType = new Map<string, { courseTypeCode: string; nameVi: string; category: CourseCategory; classes: number; students: number }>();
    for (const item of items) {
      const t = byType.get(item.courseTypeCode) ?? { courseTypeCode: item.courseTypeCode, nameVi: item.courseTypeNameVi, category: item.category, classes: 0, students: 0 };
      t.classes += 1;
      t.students += item.counts.students;
      byType.set(item.courseTypeCode, t);
    }
    if (q.sort === 'title') items.sort((a, b) => a.title.localeCompare(b.title, 'vi') || a.id.localeCompare(b.id));
    if (q.order === 'desc') items.reverse();
    return { year: q.year, scope: scope.whole ? ('bloc' as const) : ('subtree' as const), ...pageOf(items, q), byCourseType: [...byType.values()] };
  }

  /** A class and its students; a secretary sees it only with their own students (else 403). */
  @Handles(CLASS_ROUTES.getClass)
  async getClass({ id: classId }: RouteInput<typeof CLASS_ROUTES.getClass>, { em, principal }: QueryContext) {
    const cls = await em.findOne(TrainingClass, { id: classId });
    if (!cls) throw DomainError.notFound({ vi: 'lớp học', en: 'Class' });
    const scope = await orgScopeOf(em, principal);
    const type = await requireCourseType(em, cls.courseTypeCode);
    let counts: ClassCounts;
    let students: Enrollment[];
    if (scope.whole) {
      counts = (await countsByClass(em, [cls.id])).get(cls.id) ?? NO_STUDENTS;
      students = await em.find(Enrollment, { classId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
    } else {
      students = (await this.studentsInScope(em, scope, [cls.id])).get(cls.id) ?? [];
      if (!students.length && !servesScope(cls, scope)) throw outOfScope({ vi: 'Lớp học này', en: 'This class' });
      counts = countRows(students);
    }
    return {
      ...this.view(cls, type, counts),
      scope: scope.whole ? ('bloc' as const) : ('subtree' as const),
      students: students.map((s) => ({
        enrollmentId: s.id,
        person: personOf(s),
        orgId: s.orgId,
        enrolledOn: s.enrolledOn,
        attendance: s.attendance,
        withdrawnOn: s.withdrawnOn,
        withdrawalReason: s.withdrawalReason,
        completedOn: s.completedOn,
        result: s.result,
        grade: s.grade,
        certificateNumber: s.certificateNumber,
        certificateIssuedOn: s.certificateIssuedOn,
        certificateValidUntil: s.certificateValidUntil,
      })),
    };
  }

  /** A scoped caller's students of the given classes, each checked on the day they enrolled. */
  private async studentsInScope(em: EntityManager, scope: RecordScope, classIds: string[]): Promise<Map<string, Enrollment[]>> {
    const orgIds = scope.orgIds();
    if (!classIds.length || !orgIds.length) return new Map();
    const rows = await em.find(Enrollment, { classId: { $in: classIds }, orgId: { $in: orgIds } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
    const out = new Map<string, Enrollment[]>();
    for (const r of rows) if (scope.covers(r.orgId, r.enrolledOn)) out.set(r.classId, [...(out.get(r.classId) ?? []), r]);
    return out;
  }

  private view(c: TrainingClass, type: CourseType, counts: ClassCounts): ClassView {
    return { ...classState(c), courseTypeNameVi: type.nameVi, category: type.category, counts };
  }
}

/** The class serves an organization of the scope (on the day it opened). */
function servesScope(c: TrainingClass, scope: RecordScope): boolean {
  return c.servedOrgIds.some((id) => scope.covers(id, c.openedOn));
}
