import { Alert, Form, Input, Radio } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { RATING_INVALIDATES, recordExclusions, type ExclusionsBody, type Subject } from '../../api/rating';
import { formatNumber } from '../../format';
import { CommandDrawer } from '../../ui/command-drawer';
import { CommandForm } from '../../ui/command-form';
import { useBoardContext } from './use-board';

type Reason = ExclusionsBody['items'][number]['reason'];
interface Values {
  reason: Reason;
  decisionNumber?: string;
  note?: string;
}

const excludable = (s: Subject) => s.kind === 'member' && s.personId !== null && s.stage !== 'decided' && s.stage !== 'excluded';

/**
 * Đảng viên không đánh giá, xếp loại besides those membership already leaves out (exempted,
 * admitted less than 6 months before): suspended from activities, or another reason, with the
 * decision if there is one (`rating:write`). A member already decided cannot be excluded.
 */
export function ExcludeDrawer() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const board = useBoardContext();
  const [rows] = useState<Subject[]>(() => board.selected.filter(excludable));
  const [form] = Form.useForm<Values>();
  const left = board.selected.length - rows.length;

  return (
    <CommandDrawer title={t('rating.exclude.title')} backTo={board.backTo}>
      {rows.length === 0 ? (
        <Alert type="info" showIcon title={t('rating.rows.nothing')} />
      ) : (
        <CommandForm<Values, { excluded: number }>
          form={form}
          name="exclude"
          submit={(v) =>
            recordExclusions(board.round.id, {
              items: rows.map((s) => ({ personId: s.personId as string, reason: v.reason, decisionNumber: v.decisionNumber?.trim() || null, note: v.note?.trim() || null })),
            })
          }
          submitLabel={t('rating.exclude.submit')}
          successMessage={(r) => t('rating.exclude.done', { excluded: formatNumber(r.excluded) })}
          invalidate={RATING_INVALIDATES}
          onDone={() => {
            board.select([]);
            navigate(board.backTo);
          }}
        >
          {left > 0 && <Alert type="info" showIcon className="rating-after" title={t('rating.exclude.onlyMembers', { n: formatNumber(left) })} />}
          <p>{rows.map((s) => s.name).join(', ')}</p>
          <Form.Item name="reason" label={t('rating.exclude.reason')} rules={[{ required: true, message: t('rating.exclude.reasonRequired') }]}>
            <Radio.Group
              options={(['suspended', 'other'] as const).map((r) => ({ value: r, label: t(`rating.exclude.reasons.${r}`) }))}
            />
          </Form.Item>
          <Form.Item name="decisionNumber" label={t('rating.exclude.decisionNumber')} rules={[{ max: 60 }]}>
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item name="note" label={t('rating.exclude.note')} rules={[{ max: 500 }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </CommandForm>
      )}
    </CommandDrawer>
  );
}
