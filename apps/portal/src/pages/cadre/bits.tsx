import { useQuery } from '@tanstack/react-query';
import { Checkbox, Segmented, Select, Tag } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import type { CadrePerson } from '../../api/cadre';
import { formatLocalDate, todayInVietnam } from '../../format';
import { isTerm, termChoices, yearChoices, yearFrom } from './cadre-model';

/** A person of a cadre list: the name (to their record) and the date of birth, so two of one name are told apart. */
export function PersonLink({ person, dob = true }: { person: CadrePerson; dob?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <Link to={`/members/${person.personId}`}>{person.fullName ?? t('cadre.unknownPerson')}</Link>
      {dob && person.dateOfBirth && <span className="muted cadre-dob"> ({formatLocalDate(person.dateOfBirth)})</span>}
    </>
  );
}

/** A filter of a list with a visible label tied to its control. */
export function Filter({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <label className="cadre-filter" htmlFor={id}>
      <span>{label}</span>
      {children}
    </label>
  );
}

/** A choice among a few values shown as buttons, with its visible label (the control is a radio group named by it). */
export function Choice<V extends string>({ label, value, options, onChange }: { label: string; value: V; options: { value: V; label: string }[]; onChange: (value: V) => void }) {
  return (
    <span className="cadre-filter">
      <span aria-hidden="true">{label}</span>
      <Segmented<V> aria-label={label} value={value} onChange={onChange} options={options} />
    </span>
  );
}

/**
 * Boxes to tick inside a form field: a group named by the field's label. The form gives it the
 * field's id and description; `aria-required` and `aria-invalid`, which a group may not carry,
 * stay off (the label's mark and the message under the field say them).
 */
export function CheckList({
  id,
  value,
  onChange,
  options,
  label,
  'aria-describedby': describedBy,
}: {
  label: string;
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
  options: { value: string; label: ReactNode }[];
  'aria-describedby'?: string;
}) {
  return (
    <div id={id} role="group" aria-label={label} aria-describedby={describedBy}>
      <Checkbox.Group className="cadre-checks" value={value} onChange={(v) => onChange?.(v as string[])}>
        {options.map((o) => (
          <Checkbox key={o.value} value={o.value}>
            {o.label}
          </Checkbox>
        ))}
      </Checkbox.Group>
    </div>
  );
}

/** The words say it, the colours (contrast ≥ 4.5:1 on white) repeat it. */
export type Tone = 'ok' | 'bad' | 'warn' | 'info' | 'neutral';
export function ToneTag({ tone, children }: { tone: Tone; children: ReactNode }) {
  return <Tag className={`cadre-tag cadre-tag-${tone}`}>{children}</Tag>;
}

/** A term select; `all` offers "every term". */
export function TermSelect({ id, value, onChange, all, width = 150 }: { id?: string; value?: string; onChange?: (term: string | undefined) => void; all?: boolean; width?: number }) {
  const { t } = useTranslation();
  const terms = termChoices(todayInVietnam(), [value]);
  return (
    <Select
      id={id}
      value={value ?? (all ? '' : undefined)}
      onChange={(v: string) => onChange?.(v || undefined)}
      style={{ width }}
      options={[...(all ? [{ value: '', label: t('cadre.allTerms') }] : []), ...terms.map((term) => ({ value: term, label: term }))]}
    />
  );
}

export function YearSelect({ id, value, latest, onChange }: { id: string; value: number; latest: number | null; onChange: (year: number) => void }) {
  const { t } = useTranslation();
  return (
    <Filter id={id} label={t('cadre.year')}>
      <Select id={id} value={value} onChange={onChange} style={{ width: 110 }} options={yearChoices(value, latest, todayInVietnam()).map((y) => ({ value: y, label: String(y) }))} />
    </Filter>
  );
}

/**
 * The year a list shows, kept in the address (`?year=2023`). Opened without one (from the menu),
 * the list goes to the latest year that has records — the Board's current work — and writes it
 * into the address, so a link or a reload shows the same year.
 */
export function useListYear(key: readonly unknown[], latest: (signal?: AbortSignal) => Promise<number | null>) {
  const [params, setParams] = useSearchParams();
  const fromAddress = yearFrom(params.get('year'));
  const found = useQuery({ queryKey: ['cadre', ...key, 'latestYear'], queryFn: ({ signal }) => latest(signal), staleTime: 5 * 60_000, enabled: fromAddress === null });
  const current = Number(todayInVietnam().slice(0, 4));
  const year = fromAddress ?? found.data ?? current;
  useEffect(() => {
    if (fromAddress === null && !found.isPending) {
      setParams(
        (p) => {
          const next = new URLSearchParams(p);
          next.set('year', String(found.data ?? current));
          return next;
        },
        { replace: true },
      );
    }
  }, [fromAddress, found.isPending, found.data, current, setParams]);
  const setYear = (y: number) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      next.set('year', String(y));
      next.delete('page');
      return next;
    });
  return { year, ready: fromAddress !== null, latest: found.data ?? null, setYear };
}

/** The term of a list in the address (`?term=2020-2025`, or `all`); without one, the latest term with records. */
export function useListTerm(key: readonly unknown[], latest: (signal?: AbortSignal) => Promise<string | null>) {
  const [params, setParams] = useSearchParams();
  const raw = params.get('term');
  const fromAddress = raw === 'all' || isTerm(raw) ? raw : null;
  const found = useQuery({ queryKey: ['cadre', ...key, 'latestTerm'], queryFn: ({ signal }) => latest(signal), staleTime: 5 * 60_000, enabled: fromAddress === null });
  useEffect(() => {
    if (fromAddress === null && !found.isPending) {
      setParams(
        (p) => {
          const next = new URLSearchParams(p);
          next.set('term', found.data ?? 'all');
          return next;
        },
        { replace: true },
      );
    }
  }, [fromAddress, found.isPending, found.data, setParams]);
  const setTerm = (term: string | undefined) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      next.set('term', term ?? 'all');
      next.delete('page');
      return next;
    });
  return { term: fromAddress && fromAddress !== 'all' ? fromAddress : undefined, ready: fromAddress !== null, setTerm };
}
