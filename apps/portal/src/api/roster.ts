import { api, unwrap, type Answer } from './client';
import type { components } from './schema';
import { saveBlob } from '../ui/export-xlsx';

export type RosterPreview = components['schemas']['RosterPreview'];
export type RosterPreviewLine = RosterPreview['lines'][number];
export type RosterRowError = RosterPreview['errors'][number];
export type RosterCommitted = Answer<'post', '/api/members/import/{uploadId}/commit'>;

/** The file a clerk chose, staged by the gateway and checked row by row; nothing is written. */
export function previewRoster(file: File): Promise<RosterPreview> {
  const form = new FormData();
  form.append('file', file, file.name);
  // a FormData body goes as multipart (the browser sets the boundary)
  return unwrap(api.POST('/api/members/import/preview', { body: form as never })) as Promise<RosterPreview>;
}

/** Records every row of a previewed file, or none (422 with the row errors). */
export const commitRoster = (uploadId: string) => unwrap(api.POST('/api/members/import/{uploadId}/commit', { params: { path: { uploadId } } }));

/** The roster of an organization's subtree (the caller's whole scope without one), in the import's columns. */
export async function downloadRoster(orgId: string | undefined, format: 'xlsx' | 'csv'): Promise<void> {
  const answer = api.GET('/api/members/export', { params: { query: { orgId, format } }, parseAs: 'blob' });
  const { response } = await answer;
  const blob = (await unwrap(answer)) as unknown as Blob;
  saveBlob(blob, fileNameOf(response) ?? `danh-sach-dang-vien.${format}`);
}

/** The file name of an attachment (`filename="x.xlsx"`), if the answer gives one. */
export function fileNameOf(response: Response): string | undefined {
  const disposition = response.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star) return decodeURIComponent(star[1]);
  return /filename="?([^";]+)"?/i.exec(disposition)?.[1];
}
