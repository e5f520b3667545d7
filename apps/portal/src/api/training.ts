import { api, unwrap, type Answer, type Query, type RequestBody } from './client';
import type { components } from './schema';
import { fileNameOf } from './roster';
import { saveBlob } from '../ui/export-xlsx';

export type ClassQuery = Query<'get', '/api/training/classes'>;
export type ClassList = Answer<'get', '/api/training/classes'>;
export type TrainingClass = ClassList['items'][number];
export type ClassDetail = Answer<'get', '/api/training/classes/{id}'>;
export type ClassStudent = ClassDetail['students'][number];
export type CourseType = Answer<'get', '/api/training/course-types'>['items'][number];
export type CourseCategory = CourseType['category'];
export type Attendance = ClassStudent['attendance'];
export type CompletionResult = NonNullable<ClassStudent['result']>;
export type Grade = NonNullable<ClassStudent['grade']>;
export type OpenClassBody = RequestBody<'post', '/api/training/classes'>;
export type UpdateClassBody = RequestBody<'patch', '/api/training/classes/{id}'>;
export type AddCourseTypeBody = RequestBody<'post', '/api/training/course-types'>;
export type EnrollBody = RequestBody<'post', '/api/training/classes/{id}/enrollments'>;
export type AttendanceBody = RequestBody<'patch', '/api/training/enrollments/{id}/attendance'>;
export type WithdrawBody = RequestBody<'post', '/api/training/enrollments/{id}/withdrawal'>;
export type CompleteBody = RequestBody<'post', '/api/training/enrollments/{id}/completion'>;
export type RegistrationQuery = Query<'get', '/api/training/registrations'>;
export type RegistrationList = Answer<'get', '/api/training/registrations'>;
export type Registration = RegistrationList['items'][number];
export type RegisterBody = RequestBody<'post', '/api/training/registrations'>;
export type SendingQuery = Query<'get', '/api/training/sendings'>;
export type SendingList = Answer<'get', '/api/training/sendings'>;
export type Sending = SendingList['items'][number];
export type SendBody = RequestBody<'post', '/api/training/sendings'>;
export type SecretarySessionBody = RequestBody<'post', '/api/training/secretary-sessions'>;
export type EnrollmentPreview = components['schemas']['TrainingEnrollmentPreviewOfUpload'];
export type ResultsPreview = components['schemas']['TrainingResultsPreviewOfUpload'];
export type TrainingImportError = components['schemas']['TrainingImportError'];

// Records, so the build fails when the API gains or drops a value; their order is the forms'.
const ATTENDANCES: Record<Exclude<Attendance, 'enrolled'>, true> = { attending: true, partial: true, absent: true, withdrawn: true };
export const ATTENDANCE_VALUES = Object.keys(ATTENDANCES) as Exclude<Attendance, 'enrolled'>[];
const RESULTS: Record<CompletionResult, true> = { passed: true, failed: true };
export const RESULT_VALUES = Object.keys(RESULTS) as CompletionResult[];
const GRADES: Record<Grade, true> = { excellent: true, good: true, fair: true, average: true };
export const GRADE_VALUES = Object.keys(GRADES) as Grade[];
const CATEGORIES: Record<CourseCategory, true> = {
  partyAwareness: true, newMemberTheory: true, intermediateTheory: true, advancedTheory: true, object4: true, professional: true, other: true,
};
export const CATEGORY_VALUES = Object.keys(CATEGORIES) as CourseCategory[];

export const fetchClasses = (query: ClassQuery, signal?: AbortSignal) => unwrap(api.GET('/api/training/classes', { params: { query }, signal }));
export const fetchClass = (id: string, signal?: AbortSignal) => unwrap(api.GET('/api/training/classes/{id}', { params: { path: { id } }, signal }));
export const fetchCourseTypes = (signal?: AbortSignal) => unwrap(api.GET('/api/training/course-types', { params: { query: { pageSize: 200, sort: 'nameVi' } }, signal }));
export const openClass = (body: OpenClassBody) => unwrap(api.POST('/api/training/classes', { body }));
export const updateClass = (id: string, body: UpdateClassBody) => unwrap(api.PATCH('/api/training/classes/{id}', { params: { path: { id } }, body }));
export const addCourseType = (body: AddCourseTypeBody) => unwrap(api.POST('/api/training/course-types', { body }));
export const enroll = (id: string, body: EnrollBody) => unwrap(api.POST('/api/training/classes/{id}/enrollments', { params: { path: { id } }, body }));
export const recordAttendance = (id: string, body: AttendanceBody) => unwrap(api.PATCH('/api/training/enrollments/{id}/attendance', { params: { path: { id } }, body }));
export const withdraw = (id: string, body: WithdrawBody) => unwrap(api.POST('/api/training/enrollments/{id}/withdrawal', { params: { path: { id } }, body }));
export const complete = (id: string, body: CompleteBody) => unwrap(api.POST('/api/training/enrollments/{id}/completion', { params: { path: { id } }, body }));
export const fetchRegistrations = (query: RegistrationQuery, signal?: AbortSignal) => unwrap(api.GET('/api/training/registrations', { params: { query }, signal }));
export const register = (body: RegisterBody) => unwrap(api.POST('/api/training/registrations', { body }));
export const fetchSendings = (query: SendingQuery, signal?: AbortSignal) => unwrap(api.GET('/api/training/sendings', { params: { query }, signal }));
export const send = (body: SendBody) => unwrap(api.POST('/api/training/sendings', { body }));
export const recordSecretarySession = (body: SecretarySessionBody) => unwrap(api.POST('/api/training/secretary-sessions', { body }));

/** An enrollment roster (.xlsx), staged and checked row by row; nothing is written. */
export function previewEnrollments(classId: string, file: File): Promise<EnrollmentPreview> {
  const form = new FormData();
  form.append('file', file, file.name);
  return unwrap(api.POST('/api/training/classes/{id}/enrollments/import/preview', { params: { path: { id: classId } }, body: form as never })) as Promise<EnrollmentPreview>;
}
export const commitEnrollments = (classId: string, uploadId: string) =>
  unwrap(api.POST('/api/training/classes/{id}/enrollments/import/{uploadId}/commit', { params: { path: { id: classId, uploadId } } }));

/** A results sheet, with the dates of rows leaving them blank; checked row by row, nothing written. */
export function previewResults(classId: string, file: File, dates: { completedOn?: string; certificateIssuedOn?: string }): Promise<ResultsPreview> {
  const form = new FormData();
  form.append('file', file, file.name);
  if (dates.completedOn) form.append('completedOn', dates.completedOn);
  if (dates.certificateIssuedOn) form.append('certificateIssuedOn', dates.certificateIssuedOn);
  return unwrap(api.POST('/api/training/classes/{id}/results/import/preview', { params: { path: { id: classId } }, body: form as never })) as Promise<ResultsPreview>;
}
export const commitResults = (classId: string, uploadId: string) =>
  unwrap(api.POST('/api/training/classes/{id}/results/import/{uploadId}/commit', { params: { path: { id: classId, uploadId } } }));

/** The class's results sheet with the students still to record, as an .xlsx download. */
export async function downloadResultsTemplate(classId: string): Promise<void> {
  const answer = api.GET('/api/training/classes/{id}/results/template', { params: { path: { id: classId }, query: { format: 'xlsx' } }, parseAs: 'blob' });
  const { response } = await answer;
  const blob = (await unwrap(answer)) as unknown as Blob;
  saveBlob(blob, fileNameOf(response) ?? 'ket-qua.xlsx');
}
