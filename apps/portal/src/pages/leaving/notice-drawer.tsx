import { useQueryClient } from '@tanstack/react-query';
import { Descriptions, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { LEAVING_INVALIDATES, markNoticeSent, type DeathNotice, type NoticeAnswer, type NoticeBody, type NoticePage } from '../../api/leaving';
import { formatLocalDate, todayInVietnam } from '../../format';
import { Loading } from '../../layout/notices';
import { CommandDrawer } from '../../ui/command-drawer';
import { CommandForm } from '../../ui/command-form';
import { DateItem } from '../../ui/date-item';
import { useMember } from '../probation/use-member';
import { useCommandPlace } from './command-place';

type Values = NoticeBody & { personId: string };

/** The notice and dossier of a death sent up (`/leaving/notice/:personId`): takes it off the list. */
export function NoticeDrawer() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { personId = '' } = useParams();
  const { backTo } = useCommandPlace();
  const [form] = Form.useForm<Values>();
  const queryClient = useQueryClient();
  // the row the official clicked, when the list is in the cache (a direct link shows the name only)
  const row = queryClient
    .getQueriesData<NoticePage>({ queryKey: ['deaths', 'notices'] })
    .flatMap(([, page]) => page?.items ?? [])
    .find((n: DeathNotice) => n.personId === personId);
  const member = useMember(personId);

  return (
    <CommandDrawer title={t('leaving.notice.title')} backTo={backTo}>
      <CommandForm<Values, NoticeAnswer>
        form={form}
        initialValues={{ personId, sentOn: todayInVietnam() }}
        submit={({ sentOn }) => markNoticeSent(personId, { sentOn })}
        submitLabel={t('leaving.notice.submit')}
        successMessage={(r) => t(r.onTime ? 'leaving.notice.done' : 'leaving.notice.doneLate', { name: r.fullName, deadline: formatLocalDate(r.noticeDeadline) })}
        invalidate={LEAVING_INVALIDATES}
        onDone={() => navigate(backTo)}
      >
        <Form.Item name="personId" label={t('leaving.person.label')}>
          <Deceased name={member.data?.fullName ?? row?.fullName} row={row} />
        </Form.Item>
        <DateItem name="sentOn" label={t('leaving.notice.sentOn')} required />
      </CommandForm>
    </CommandDrawer>
  );
}

function Deceased({ name, row }: { name: string | undefined; row: DeathNotice | undefined; value?: string }) {
  const { t } = useTranslation();
  if (!name) return <Loading />;
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      items={[
        { key: 'name', label: t('leaving.notices.fullName'), children: <strong>{name}</strong> },
        ...(row
          ? [
              { key: 'org', label: t('leaving.notices.orgName'), children: row.orgName },
              { key: 'death', label: t('leaving.notice.dateOfDeath'), children: formatLocalDate(row.dateOfDeath) },
              { key: 'deadline', label: t('leaving.notices.deadline'), children: formatLocalDate(row.deadline) },
            ]
          : []),
      ]}
    />
  );
}
