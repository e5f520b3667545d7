/** One item of a dossier document as the form edits it. */
export interface ContentLine {
  key?: string;
  value?: string;
}

/** The form's lines → the document's content; empty item names are dropped, the last of a repeated name wins. */
export function contentFromLines(lines: readonly ContentLine[] | undefined): Record<string, string> {
  const content: Record<string, string> = {};
  for (const line of lines ?? []) {
    const key = line.key?.trim();
    if (key) content[key] = line.value?.trim() ?? '';
  }
  return content;
}

/** The document's content → the form's lines (values that are not text are shown as JSON). */
export function linesFromContent(content: Record<string, unknown>): ContentLine[] {
  return Object.entries(content).map(([key, value]) => ({ key, value: typeof value === 'string' ? value : JSON.stringify(value) }));
}

/**
 * Only what the correction changes: each field whose new value differs from the current one
 * (objects compared by their JSON). A correction sends nothing it leaves as it was.
 */
export function changedValues<T extends Record<string, unknown>>(current: Partial<T>, edited: Partial<T>): Partial<T> {
  const changes: Partial<T> = {};
  for (const key of Object.keys(edited) as (keyof T)[]) {
    const next = edited[key];
    if (next === undefined || next === null || next === '') continue;
    const same = typeof next === 'object' ? JSON.stringify(next) === JSON.stringify(current[key]) : next === current[key];
    if (!same) changes[key] = next;
  }
  return changes;
}
