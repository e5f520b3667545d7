import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { OrgPicker } from '../../ui/org-picker';

/**
 * The organization the report is for, kept in the address (`?orgId=`) so a link or a reload
 * shows the same report. Chosen with the lazy tree: the report page never downloads the
 * bloc's whole organization list (880 names) to fill a drop-down.
 */
export function useReportOrg(): [string | undefined, (orgId: string | undefined) => void] {
  const [params, setParams] = useSearchParams();
  const orgId = params.get('orgId') ?? undefined;
  const setOrgId = (next: string | undefined) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (next) updated.set('orgId', next);
        else updated.delete('orgId');
        return updated;
      },
      { replace: true },
    );
  return [orgId, setOrgId];
}

export function ReportOrgChoice({ value, onChange }: { value: string | undefined; onChange: (orgId: string | undefined) => void }) {
  const { t } = useTranslation();
  return (
    <div className="field field-inline report-org-choice">
      <label htmlFor="report-org">{t('reports.org')}</label>
      <div style={{ minWidth: 320 }}>
        <OrgPicker id="report-org" value={value} onChange={onChange} placeholder={t('reports.wholeScope')} />
      </div>
    </div>
  );
}
