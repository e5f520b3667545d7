import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLocalDate, parseViDate, todayInVietnam } from '../format';

/**
 * A business date typed and shown as `dd/mm/yyyy` whatever the browser's locale (a native date
 * input would follow the browser). `value` and `onChange` carry `YYYY-MM-DD`.
 */
export function DateInput({ label, value, onChange }: { label: string; value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(() => formatLocalDate(value));
  const [shownValue, setShownValue] = useState(value);
  const [invalid, setInvalid] = useState(false);
  // A new value from outside (the Today button, a reset) replaces what is typed.
  if (value !== shownValue) {
    setShownValue(value);
    setText(formatLocalDate(value));
    setInvalid(false);
  }

  const commit = () => {
    const parsed = parseViDate(text);
    setInvalid(parsed === null);
    if (parsed && parsed !== value) onChange(parsed);
  };

  return (
    <div className="field field-inline">
      <label htmlFor={id}>{label}</label>
      <div className="date-input">
        <input
          id={id}
          type="text"
          inputMode="numeric"
          placeholder={t('dateInput.placeholder')}
          value={text}
          size={10}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? `${id}-error` : undefined}
          onChange={(e) => setText(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              commit();
            }
          }}
        />
        <button type="button" className="button button-secondary button-small" onClick={() => onChange(todayInVietnam())}>
          {t('dateInput.today')}
        </button>
      </div>
      {invalid && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {t('dateInput.invalid')}
        </p>
      )}
    </div>
  );
}
