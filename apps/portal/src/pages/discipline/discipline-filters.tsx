import { InputNumber, Segmented, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DisciplineQuery, DisciplineStatus, DisciplineSubject, Penalty } from '../../api/discipline';
import { OrgPicker } from '../../ui/org-picker';
import type { TableState } from '../../ui/url-state';
import { MEMBER_LEVELS } from './penalties';

/** The filters of the discipline lists, all in the address. */
export const DISCIPLINE_FILTERS = ['subject', 'level', 'status', 'year', 'orgId'] as const;

const SUBJECTS: DisciplineSubject[] = ['member', 'organization'];
const LEVELS: Penalty[] = [...MEMBER_LEVELS, 'giai_tan'];
const STATUSES: DisciplineStatus[] = ['in_force', 'annulled', 'replaced'];
const oneOf = <T extends string>(values: readonly T[], v: string | undefined): T | undefined => (values as readonly string[]).includes(v ?? '') ? (v as T) : undefined;

/** The list query the filters of the address ask for (anything unknown in the address is left out). */
export function disciplineFilters(filters: Record<string, string>): Pick<DisciplineQuery, 'subject' | 'level' | 'status' | 'year' | 'orgId'> {
  const year = Number(filters.year);
  return {
    subject: oneOf(SUBJECTS, filters.subject),
    level: oneOf(LEVELS, filters.level),
    status: oneOf(STATUSES, filters.status),
    year: Number.isInteger(year) && year >= 1930 && year <= 2100 ? year : undefined,
    orgId: filters.orgId || undefined,
  };
}

export function DisciplineFilters({ idPrefix, state, onState }: { idPrefix: string; state: TableState; onState: (patch: Partial<TableState>) => void }) {
  const { t } = useTranslation();
  const f = disciplineFilters(state.filters);
  const set = (key: (typeof DISCIPLINE_FILTERS)[number], value: string | number | null | undefined) =>
    onState({ filters: { ...state.filters, [key]: value === null || value === undefined ? '' : String(value) } });
  return (
    <div className="discipline-filters">
      <div className="discipline-filter">
        <span id={`${idPrefix}-subject-label`}>{t('discipline.disciplines.subject')}</span>
        <Segmented
          aria-labelledby={`${idPrefix}-subject-label`}
          value={f.subject ?? 'all'}
          onChange={(v) => set('subject', v === 'all' ? '' : String(v))}
          options={[{ value: 'all', label: t('discipline.common.all') }, ...SUBJECTS.map((s) => ({ value: s, label: t(`discipline.subject.${s}`) }))]}
        />
      </div>
      <div className="discipline-filter">
        <label htmlFor={`${idPrefix}-level`}>{t('discipline.disciplines.level')}</label>
        <Select
          id={`${idPrefix}-level`}
          allowClear
          placeholder={t('discipline.common.all')}
          value={f.level}
          onChange={(v) => set('level', v)}
          options={LEVELS.map((l) => ({ value: l, label: t(`discipline.penalty.${l}`) }))}
        />
      </div>
      <div className="discipline-filter">
        <label htmlFor={`${idPrefix}-status`}>{t('discipline.disciplines.status')}</label>
        <Select
          id={`${idPrefix}-status`}
          allowClear
          placeholder={t('discipline.common.all')}
          value={f.status}
          onChange={(v) => set('status', v)}
          options={STATUSES.map((s) => ({ value: s, label: t(`discipline.disciplineStatus.${s}`) }))}
        />
      </div>
      <div className="discipline-filter">
        <label htmlFor={`${idPrefix}-year`}>{t('discipline.disciplines.year')}</label>
        <InputNumber
          id={`${idPrefix}-year`}
          className="discipline-year"
          min={1930}
          max={2100}
          controls={false}
          placeholder={t('discipline.disciplines.yearPlaceholder')}
          value={f.year ?? null}
          onChange={(v) => set('year', v)}
        />
      </div>
      <div className="discipline-filter">
        <label htmlFor={`${idPrefix}-org`}>{t('discipline.disciplines.org')}</label>
        <OrgPicker id={`${idPrefix}-org`} value={f.orgId} placeholder={t('discipline.common.allOrgs')} onChange={(id) => set('orgId', id)} />
      </div>
    </div>
  );
}
