import { useId, type ReactNode } from 'react';
import type { FieldError } from '../api/client';
import { useLocalize } from '../i18n/localize';

export interface FieldControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/**
 * A labelled control with its messages (ours and the server's, in the reader's language)
 * tied to it by aria-describedby, so a screen reader reads them with the field.
 */
export function FormField({
  label,
  hint,
  errors = [],
  children,
}: {
  label: string;
  hint?: string;
  errors?: readonly (FieldError | string)[];
  children: (control: FieldControlProps) => ReactNode;
}) {
  const id = useId();
  const localize = useLocalize();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length > 0 ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': errors.length > 0 || undefined, 'aria-describedby': describedBy })}
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {errorId && (
        <p id={errorId} className="field-error">
          {errors.map((e) => (typeof e === 'string' ? e : localize(e))).join(' ')}
        </p>
      )}
    </div>
  );
}
