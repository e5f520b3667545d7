/**
 * Before and after of an audit row as lines a person reads: one per field (nested objects flattened
 * to `a.b`), in the order they first appear, each marked added, removed, changed or the same.
 */
export type DiffKind = 'added' | 'removed' | 'changed' | 'same';

export interface DiffLine {
  field: string;
  before: string | undefined;
  after: string | undefined;
  kind: DiffKind;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The fields of a value: an object's (flattened), or the whole value under `''`. */
export function flatten(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (value === null || value === undefined) return out;
  if (!isPlainObject(value)) {
    out.set(prefix, text(value));
    return out;
  }
  for (const [k, v] of Object.entries(value)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (isPlainObject(v) && Object.keys(v).length > 0) for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
    else out.set(key, text(v));
  }
  return out;
}

function text(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}

export function auditDiff(before: unknown, after: unknown): DiffLine[] {
  const b = flatten(before);
  const a = flatten(after);
  const fields = [...new Set([...b.keys(), ...a.keys()])];
  return fields.map((field) => {
    const was = b.get(field);
    const is = a.get(field);
    const kind: DiffKind = was === undefined ? 'added' : is === undefined ? 'removed' : was === is ? 'same' : 'changed';
    return { field, before: was, after: is, kind };
  });
}

/** The fields that changed, for the list's summary column. */
export function changedFields(before: unknown, after: unknown): string[] {
  return auditDiff(before, after)
    .filter((l) => l.kind !== 'same')
    .map((l) => l.field || '—');
}
