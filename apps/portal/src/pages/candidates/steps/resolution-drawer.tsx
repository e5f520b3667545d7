import { Col, Form, Input, InputNumber, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { recordResolution, type ResolutionBody } from '../../../api/candidates';
import { CommandForm } from '../../../ui/command-form';
import { DateItem } from '../../../ui/date-item';
import { twoThirds } from '../pipeline';
import { StepDrawer, STEP_INVALIDATES, useBackToRecord, useCandidate, useNotBefore } from './step-drawer';

/** `/candidates/:id/resolution`: the chi bộ resolution proposing admission, at least two thirds in favour. */
export function ResolutionDrawer() {
  const { t } = useTranslation();
  const c = useCandidate();
  const back = useBackToRecord();
  const notBefore = useNotBefore();
  const [form] = Form.useForm<ResolutionBody>();
  const officialMembers = Form.useWatch('officialMembers', form);
  const voteDate = t('candidates.form.resolution.voteDate');
  const official = t('candidates.form.resolution.officialMembers');
  const votesFor = t('candidates.form.resolution.votesFor');
  return (
    <StepDrawer cmd="resolution">
      <CommandForm<ResolutionBody>
        name="candidate-resolution"
        form={form}
        initialValues={c.resolution ? { ...c.resolution, officialMembers: c.resolution.officialMembers ?? undefined, votesFor: c.resolution.votesFor ?? undefined } : undefined}
        submit={(values) => recordResolution(c.id, { ...values, resolutionNumber: values.resolutionNumber?.trim() || null })}
        submitLabel={t('candidates.form.save')}
        successMessage={t('candidates.form.saved')}
        invalidate={STEP_INVALIDATES}
        onDone={back}
        // the server names `vetting` when the background check is not concluded by the vote
        fieldAliases={{ vetting: 'voteDate' }}
      >
        <DateItem
          name="voteDate"
          label={voteDate}
          required
          extra={t('candidates.form.resolution.voteDateHint')}
          rules={[
            notBefore(voteDate, t('candidates.form.nominate.nominatedOn'), c.nominatedOn),
            ...(c.vettingConcludedOn ? [notBefore(voteDate, t('candidates.form.vetting.concludedOn'), c.vettingConcludedOn)] : []),
          ]}
        />
        <Form.Item name="resolutionNumber" label={t('candidates.form.resolution.resolutionNumber')} rules={[{ max: 64 }]}>
          <Input maxLength={64} placeholder="07-NQ/CB" />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="officialMembers" label={official} rules={[{ required: true, message: t('candidates.form.required', { field: official.toLowerCase() }) }]}>
              <InputNumber min={1} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="votesFor"
              label={votesFor}
              dependencies={['officialMembers']}
              extra={officialMembers ? t('candidates.form.resolution.votesForHint', { needed: twoThirds(officialMembers) }) : undefined}
              rules={[
                { required: true, message: t('candidates.form.required', { field: votesFor.toLowerCase() }) },
                ({ getFieldValue }) => ({
                  validator: (_, v?: number) => (v !== undefined && v !== null && v > (getFieldValue('officialMembers') ?? Infinity) ? Promise.reject(new Error(t('candidates.form.resolution.tooMany'))) : Promise.resolve()),
                }),
              ]}
            >
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </CommandForm>
    </StepDrawer>
  );
}
