import { Button, Input, Segmented, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { IfAllowed } from '../../auth/guards';
import { Page } from '../../layout/page';
import { useDocumentTitle } from '../../layout/use-document-title';
import { OrgPicker } from '../../ui/org-picker';
import { CandidateList } from './candidate-list';
import { PipelineBoard } from './pipeline-board';
import { usePipelineFilters } from './use-pipeline';
import './candidates.css';

/** `/candidates`: the admissions pipeline as a board by step, or as a list; nominate at `/candidates/new`. */
export function CandidatesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('candidates.title'));
  const { orgId, q, view, set } = usePipelineFilters();
  const navigate = useNavigate();
  const location = useLocation();
  const [search, setSearch] = useState(q ?? '');
  useEffect(() => setSearch(q ?? ''), [q]);

  return (
    <Page
      id="candidates"
      title={t('candidates.title')}
      intro={t('candidates.intro')}
      actions={
        <IfAllowed permission="members:write">
          <Button type="primary" id="candidate-nominate" onClick={() => navigate({ pathname: '/candidates/new', search: location.search })}>
            {t('candidates.nominate')}
          </Button>
        </IfAllowed>
      }
    >
      <Space wrap className="candidate-filters" size={[16, 8]}>
        <label className="candidate-filter">
          <span>{t('candidates.filters.org')}</span>
          <OrgPicker id="candidate-filter-org" value={orgId} onChange={(id) => set({ orgId: id })} placeholder={t('candidates.filters.orgPlaceholder')} />
        </label>
        <label className="candidate-filter">
          <span>{t('candidates.filters.search')}</span>
          <Input.Search
            id="candidate-filter-q"
            value={search}
            allowClear
            placeholder={t('candidates.filters.searchPlaceholder')}
            onChange={(e) => {
              setSearch(e.target.value);
              if (!e.target.value) set({ q: undefined });
            }}
            onSearch={(v) => set({ q: v.trim() || undefined })}
          />
        </label>
        <Segmented
          aria-label={t('candidates.view.label')}
          value={view}
          onChange={(v) => set({ view: v === 'list' ? 'list' : undefined })}
          options={[
            { value: 'board', label: t('candidates.view.board') },
            { value: 'list', label: t('candidates.view.list') },
          ]}
        />
      </Space>
      {view === 'list' ? (
        <CandidateList />
      ) : (
        <PipelineBoard orgId={orgId} q={q} listHref={(step) => `/candidates?${new URLSearchParams({ ...(orgId ? { orgId } : {}), ...(q ? { q } : {}), view: 'list', step })}`} />
      )}
      <Outlet />
    </Page>
  );
}
