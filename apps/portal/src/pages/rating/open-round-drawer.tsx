import { Form, Input, InputNumber, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { openRound, RATING_INVALIDATES, type OpenRoundBody } from '../../api/rating';
import { todayInVietnam } from '../../format';
import { CommandDrawer } from '../../ui/command-drawer';
import { CommandForm } from '../../ui/command-form';
import { DateItem } from '../../ui/date-item';
import { OrgPicker } from '../../ui/org-picker';

type Values = Omit<OpenRoundBody, 'scopeOrgId' | 'asOf' | 'name'> & { scopeOrgId?: string; asOf?: string; name?: string };

/**
 * The year a round is usually opened for: the current one from October (self-reviews are held in
 * December), the one before until then (its decisions run into the new year).
 */
export function defaultRoundYear(today: string): number {
  const year = Number(today.slice(0, 4));
  return Number(today.slice(5, 7)) >= 10 ? year : year - 1;
}

/** Usual deadlines: self-reviews by 20/12, proposals by 10/01, decisions by 31/01 of the next year. */
export function defaultDeadlines(year: number): OpenRoundBody['deadlines'] {
  return { selfRating: `${year}-12-20`, proposal: `${year + 1}-01-10`, decision: `${year + 1}-01-31` };
}

/**
 * Mở đợt đánh giá, xếp loại (`rating:write`): the year, the scope (the bloc or a subtree), the
 * date the list is judged on, the deadlines and how the subjects are grouped for the excellent
 * quota. The service lists who is rated and refuses a second round over the same subtree.
 */
export function OpenRoundDrawer() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { search } = useLocation();
  const [form] = Form.useForm<Values>();
  const year = defaultRoundYear(todayInVietnam());
  const chosenYear = Form.useWatch('year', form) ?? year;
  // the deadlines follow the year until someone sets one
  useEffect(() => {
    const touched = form.isFieldsTouched([['deadlines', 'selfRating'], ['deadlines', 'proposal'], ['deadlines', 'decision']]);
    if (!touched && Number.isInteger(chosenYear)) form.setFieldValue('deadlines', defaultDeadlines(chosenYear));
  }, [form, chosenYear]);
  const grouping = <K extends 'grassroots' | 'dependentCells' | 'members'>(key: K, values: readonly string[]) =>
    values.map((v) => ({ value: v, label: t(`rating.grouping.${key}.${v}` as 'rating.grouping.members.together') }));

  return (
    <CommandDrawer title={t('rating.open.title')} backTo={`/rating/rounds${search}`} width={640}>
      <CommandForm<Values, { id: string }>
        form={form}
        name="open-round"
        initialValues={{
          year,
          deadlines: defaultDeadlines(year),
          peerGroups: { grassroots: 'together', dependentCells: 'perGrassroots', members: 'perGrassroots' },
        }}
        submit={(v) =>
          openRound({
            year: v.year,
            scopeOrgId: v.scopeOrgId ?? null,
            asOf: v.asOf || null,
            name: v.name?.trim() || null,
            deadlines: v.deadlines,
            peerGroups: v.peerGroups,
          })
        }
        submitLabel={t('rating.open.submit')}
        successMessage={t('rating.open.done')}
        invalidate={RATING_INVALIDATES}
        onDone={(r) => navigate(`/rating/rounds/${r.id}`)}
      >
        <Form.Item name="year" label={t('rating.open.year')} rules={[{ required: true, message: t('rating.open.yearRequired') }]}>
          <InputNumber min={2018} max={2100} precision={0} style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="scopeOrgId" label={t('rating.open.scope')} extra={t('rating.open.scopeHint')}>
          <OrgPicker id="open-round_scopeOrgId" placeholder={t('rating.common.wholeBloc')} />
        </Form.Item>
        <Form.Item name="name" label={t('rating.open.name')} rules={[{ max: 200 }]}>
          <Input placeholder={t('rating.open.namePlaceholder', { year: chosenYear })} autoComplete="off" />
        </Form.Item>
        <DateItem name="asOf" label={t('rating.open.asOf')} extra={t('rating.open.asOfHint')} notFuture={false} />
        <fieldset className="rating-fieldset">
          <legend>{t('rating.open.deadlines')}</legend>
          <DateItem name={['deadlines', 'selfRating']} label={t('rating.open.selfRating')} required notFuture={false} />
          <DateItem name={['deadlines', 'proposal']} label={t('rating.open.proposal')} required notFuture={false} />
          <DateItem name={['deadlines', 'decision']} label={t('rating.open.decision')} required notFuture={false} />
        </fieldset>
        <fieldset className="rating-fieldset">
          <legend>{t('rating.open.peerGroups')}</legend>
          <p className="rating-muted">{t('rating.open.peerGroupsHint')}</p>
          <Form.Item name={['peerGroups', 'grassroots']} label={t('rating.grouping.grassroots.label')}>
            <Select options={grouping('grassroots', ['together', 'byKind'])} />
          </Form.Item>
          <Form.Item name={['peerGroups', 'dependentCells']} label={t('rating.grouping.dependentCells.label')}>
            <Select options={grouping('dependentCells', ['perGrassroots', 'together'])} />
          </Form.Item>
          <Form.Item name={['peerGroups', 'members']} label={t('rating.grouping.members.label')}>
            <Select options={grouping('members', ['perGrassroots', 'perOrg', 'together'])} />
          </Form.Item>
        </fieldset>
      </CommandForm>
    </CommandDrawer>
  );
}
