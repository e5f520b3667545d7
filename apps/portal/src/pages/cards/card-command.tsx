import { Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { issueCard, reissueCard, type CardReissueReason, type PartyCard } from '../../api/cards';
import { todayInVietnam } from '../../format';
import { CommandDrawer } from '../../ui/command-drawer';
import { CommandForm } from '../../ui/command-form';
import { DateItem } from '../../ui/date-item';
import { PersonPicker } from '../../ui/person-picker';

interface CardValues {
  personId: string;
  cardNumber: string;
  issuedOn: string;
  decisionNumber?: string;
  reason?: CardReissueReason;
}

/** As the API checks it (contracts' `partyCardNumber`), so most slips are caught before sending. */
const CARD_NUMBER = /^[0-9A-Za-z.\-/]{4,32}$/;
const REASONS: CardReissueReason[] = ['damaged', 'lost'];

/**
 * A first card or a reissue. The person comes from `?personId=` when the desk had one chosen.
 * A refusal about the person (a probationary member holds no card) names the path's `id`: it is
 * shown under the person picker (`fieldAliases`), and `ruleField` does the same for a server that
 * names no field.
 */
function CardCommand({ mode }: { mode: 'issue' | 'reissue' }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [form] = Form.useForm<CardValues>();
  const from = params.get('personId') ?? undefined;
  const back = (personId?: string) => `/cards${personId ? `?personId=${personId}` : ''}`;
  const reissue = mode === 'reissue';
  const name = reissue ? 'card-reissue' : 'card-issue';

  const submit = ({ personId, cardNumber, issuedOn, decisionNumber, reason }: CardValues): Promise<PartyCard> => {
    const common = { cardNumber: cardNumber.trim(), issuedOn, decisionNumber: decisionNumber?.trim() || undefined };
    return reissue ? reissueCard(personId, { ...common, reason: reason as CardReissueReason }) : issueCard(personId, common);
  };

  return (
    <CommandDrawer title={t(reissue ? 'cards.reissue' : 'cards.issue')} backTo={back(from)}>
      <CommandForm<CardValues, PartyCard>
        name={name}
        form={form}
        initialValues={{ personId: from, issuedOn: todayInVietnam() }}
        submit={submit}
        submitLabel={t(reissue ? 'cards.form.submitReissue' : 'cards.form.submitIssue')}
        successMessage={(card) => t(reissue ? 'cards.form.reissued' : 'cards.form.issued', { number: card.cardNumber })}
        invalidate={[['cards']]}
        fieldAliases={{ id: 'personId' }}
        ruleField="personId"
        onDone={(card) => navigate(back(card.personId))}
      >
        <Form.Item
          name="personId"
          label={t('cards.form.person')}
          extra={reissue ? undefined : t('cards.form.officialOnly')}
          rules={[{ required: true, message: t('cards.form.personRequired') }]}
        >
          {/* a first card only for official members: the picker offers no one else */}
          <PersonPicker status={reissue ? undefined : 'official'} />
        </Form.Item>
        {reissue && (
          <Form.Item name="reason" label={t('cards.form.reason')} extra={t('cards.form.reissueHint')} rules={[{ required: true, message: t('cards.form.reasonRequired') }]}>
            <Radio.Group options={REASONS.map((r) => ({ value: r, label: t(`cards.reason.${r}`) }))} />
          </Form.Item>
        )}
        <Form.Item
          name="cardNumber"
          label={t('cards.form.cardNumber')}
          extra={t('cards.form.cardNumberHint')}
          rules={[
            { required: true, whitespace: true, message: t('cards.form.cardNumberRequired') },
            { pattern: CARD_NUMBER, message: t('cards.form.cardNumberPattern') },
          ]}
        >
          <Input autoComplete="off" maxLength={32} />
        </Form.Item>
        <DateItem name="issuedOn" label={t('cards.form.issuedOn')} required />
        <Form.Item name="decisionNumber" label={t('cards.form.decisionNumber')} extra={t('cards.form.decisionHint')}>
          <Input maxLength={64} />
        </Form.Item>
      </CommandForm>
    </CommandDrawer>
  );
}

export function IssueCardDrawer() {
  return <CardCommand mode="issue" />;
}

export function ReissueCardDrawer() {
  return <CardCommand mode="reissue" />;
}
