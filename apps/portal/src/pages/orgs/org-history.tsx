import { useTranslation } from 'react-i18next';
import type { OrgVersionView } from '../../api/orgs';
import { formatLocalDate } from '../../format';
import { useOrgKindLabel } from '../../i18n/localize';

/** The organization's versions, oldest first: name, kind, the change and its decision. */
export function OrgHistory({ history }: { history: OrgVersionView[] }) {
  const { t } = useTranslation();
  const kindLabel = useOrgKindLabel();
  return (
    <section>
      <h3>{t('orgs.historyTitle')}</h3>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('orgs.columns.validFrom')}</th>
              <th scope="col">{t('orgs.columns.validTo')}</th>
              <th scope="col">{t('orgs.columns.change')}</th>
              <th scope="col">{t('orgs.columns.name')}</th>
              <th scope="col">{t('orgs.columns.kind')}</th>
              <th scope="col">{t('orgs.columns.decisionNumber')}</th>
            </tr>
          </thead>
          <tbody>
            {history.map((v) => (
              <tr key={`${v.validFrom}-${v.change}-${v.decisionNumber}`}>
                <td className="nowrap">{formatLocalDate(v.validFrom)}</td>
                {/* validTo is exclusive: the first day the version no longer holds. */}
                <td className="nowrap">{v.validTo ? formatLocalDate(v.validTo) : t('orgs.current')}</td>
                <td>{t(`orgs.change.${v.change as 'established'}`, { defaultValue: v.change })}</td>
                <td>{v.name}</td>
                <td>{kindLabel(v.kind)}</td>
                <td>{v.decisionNumber}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
