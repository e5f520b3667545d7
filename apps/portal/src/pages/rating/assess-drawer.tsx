import { Alert, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { RATING_INVALIDATES, recordProposals, recordSelfRatings, type BatchResult, type Level, type Subject } from '../../api/rating';
import { formatNumber, todayInVietnam } from '../../format';
import { useLocalize } from '../../i18n/localize';
import { CommandDrawer } from '../../ui/command-drawer';
import { CommandForm } from '../../ui/command-form';
import { DateItem } from '../../ui/date-item';
import { refusalsByRow } from './board-model';
import { RowList, rowAliases, type RowValues } from './row-list';
import { useBoardContext } from './use-board';

type Mode = 'proposal' | 'selfRating';

interface Values {
  date: string;
  basis?: string;
  items: RowValues[];
}

/** Đề xuất mức xếp loại (chi bộ, cấp ủy) for the rows chosen on the board (`rating:write`). */
export const ProposeDrawer = () => <AssessDrawer mode="proposal" />;
/** Kết quả tự kiểm điểm, tự đánh giá for the rows chosen on the board (`rating:write`). */
export const SelfRateDrawer = () => <AssessDrawer mode="selfRating" />;

/**
 * A list of levels recorded at one meeting (a proposal) or one self-review: each row's level and,
 * from 2025, its points (the level at most what the score supports); before 2025 the criteria it
 * rests on, once for the list. All or nothing; a refusal is read under its row.
 */
function AssessDrawer({ mode }: { mode: Mode }) {
  const { t } = useTranslation();
  const localize = useLocalize();
  const navigate = useNavigate();
  const board = useBoardContext();
  const [rows] = useState<Subject[]>(() => board.selected.filter((s) => s.stage !== 'excluded'));
  const [form] = Form.useForm<Values>();
  const [refused, setRefused] = useState<ReadonlySet<number>>(new Set());
  const rules = board.round.ruleSet;
  const points = rules.kind === 'points';
  const proposal = mode === 'proposal';
  const earlier = (s: Subject) => (proposal ? (s.proposal ?? s.selfRating) : s.selfRating);

  async function submit(v: Values): Promise<BatchResult> {
    const basis = points ? null : v.basis?.trim() || null;
    const items = rows.map((s, i) => ({
      ...(s.kind === 'member' && s.personId ? { personId: s.personId } : { orgId: s.orgId }),
      level: v.items[i]?.level as Level,
      score: points ? (v.items[i]?.score ?? null) : null,
      basis,
    }));
    try {
      return proposal
        ? await recordProposals(board.round.id, { meetingDate: v.date, items })
        : await recordSelfRatings(board.round.id, { recordedOn: v.date, items });
    } catch (error) {
      if (error instanceof ApiError) setRefused(new Set(refusalsByRow(error.body.fields ?? []).keys()));
      throw error;
    }
  }

  const groupName = board.group ? localize(board.group.label) : '';
  const title = proposal ? t('rating.assess.proposeTitle') : t('rating.assess.selfTitle');
  const name = proposal ? 'propose' : 'self-rate';
  return (
    <CommandDrawer title={`${title}${groupName ? ` — ${groupName}` : ''}`} backTo={board.backTo} width={760}>
      {rows.length === 0 ? (
        <Alert type="info" showIcon title={t('rating.rows.nothing')} />
      ) : (
        <CommandForm<Values, BatchResult>
          form={form}
          name={name}
          initialValues={{
            date: todayInVietnam(),
            basis: rows.map(earlier).find((a) => a?.basis)?.basis ?? undefined,
            items: rows.map((s) => ({ level: earlier(s)?.level, score: earlier(s)?.score ?? undefined })),
          }}
          submit={submit}
          submitLabel={proposal ? t('rating.assess.proposeSubmit') : t('rating.assess.selfSubmit')}
          successMessage={(r) => t('rating.assess.done', { recorded: formatNumber(r.recorded), unchanged: formatNumber(r.unchanged) })}
          invalidate={RATING_INVALIDATES}
          fieldAliases={rowAliases(rows.length, (i) => ({ [`items.${i}.basis`]: ['basis'], recordedOn: ['date'], meetingDate: ['date'] }))}
          onDone={() => {
            board.select([]);
            navigate(board.backTo);
          }}
        >
          <DateItem name="date" label={proposal ? t('rating.assess.meetingDate') : t('rating.assess.recordedOn')} required />
          {points ? (
            <Alert type="info" showIcon className="rating-after" title={t('rating.assess.pointsHint', { year: board.round.year, regulation: rules.regulation })} />
          ) : (
            <Form.Item
              name="basis"
              label={t('rating.assess.basis')}
              extra={t('rating.assess.basisHint', { year: board.round.year, regulation: rules.regulation })}
              rules={[...(proposal ? [{ required: true, whitespace: true, message: t('rating.assess.basisRequired') }] : []), { max: 2000 }]}
            >
              <Input.TextArea rows={3} />
            </Form.Item>
          )}
          <RowList
            form={form}
            rows={rows}
            before={(s) => {
              const was = proposal ? s.selfRating : null;
              return was ? { label: t('rating.rows.selfWas'), level: was.level, score: was.score } : null;
            }}
            points={points}
            scoreRequired={points && proposal}
            refused={refused}
          />
        </CommandForm>
      )}
    </CommandDrawer>
  );
}
