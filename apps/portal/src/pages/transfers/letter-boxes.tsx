import { useTranslation } from 'react-i18next';
import type { TransferHop } from '../../api/transfers';
import { formatLocalDate } from '../../format';
import { OrgName } from './transfer-bits';
import { letterBoxes } from './transfer-model';

/** The "10-box" introduction letter: each committee that forwarded it in its box, the unused boxes empty. */
export function LetterBoxes({ hops }: { hops: TransferHop[] }) {
  const { t } = useTranslation();
  return (
    <ol className="letter-boxes" aria-label={t('transfers.detail.letter')}>
      {letterBoxes(hops).map(({ box, hop }) => (
        <li key={box} className={hop ? 'letter-box' : 'letter-box letter-box-empty'}>
          <div className="letter-box-number">{t('transfers.detail.box', { n: box })}</div>
          {hop ? (
            <>
              <div>{hop.viaOrgId ? <OrgName id={hop.viaOrgId} /> : hop.viaCommittee}</div>
              <div className="muted small">{t('transfers.detail.receivedOn', { date: formatLocalDate(hop.receivedOn) })}</div>
            </>
          ) : (
            <div className="small">{t('transfers.detail.emptyBox')}</div>
          )}
        </li>
      ))}
    </ol>
  );
}
