import { Button, DatePicker, Input, Space } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useNavigate } from 'react-router-dom';
import type { OrgDetailView } from '../../api/orgs';
import { useAuth } from '../../auth/auth-context';
import { can } from '../../auth/permissions';
import { Page } from '../../layout/page';
import { useDocumentTitle } from '../../layout/use-document-title';
import { useDebounced } from '../../ui/use-debounced';
import { GrassrootsCounts } from './grassroots-counts';
import { OrgDetail } from './org-detail';
import { OrgSearchResults } from './org-search-results';
import { OrgTreeView } from './org-tree-view';
import { useOrgsAddress } from './use-orgs-address';
import './orgs.css';

/**
 * The Organization Board's tree of party organizations on a date: searched by name or opened level
 * by level on the left, the selected organization's detail and history in view on the right (below
 * on a narrow screen), and the decisions about the tree as drawers at their own addresses.
 */
export function OrgsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('orgs.title'));
  const navigate = useNavigate();
  const address = useOrgsAddress();
  const { selectedId, asOf, q, to, select } = address;
  const [ancestors, setAncestors] = useState<string[] | undefined>(undefined);
  const onLoaded = useCallback((org: OrgDetailView | undefined) => setAncestors(org?.ancestors.map((a) => a.id)), []);
  const treeHeight = useTreeHeight();
  // the page's own buttons: without orgs:write none is shown, nor the room for them
  const canWrite = can(useAuth().me, 'orgs:write');

  return (
    <Page
      id="orgs"
      title={t('orgs.title')}
      intro={t('orgs.intro')}
      actions={
        canWrite && (
          <Space wrap role="group" aria-label={t('orgs.commands.label')}>
            <Button type="primary" id="org-establish" onClick={() => navigate(to(null, 'new', selectedId ? { parent: selectedId } : {}))}>
              {t('orgs.commands.establish')}
            </Button>
            <Button id="org-merge" onClick={() => navigate(to(null, 'merge'))}>
              {t('orgs.commands.merge')}
            </Button>
            <Button id="org-hand-in" onClick={() => navigate(to(null, 'handed-in'))}>
              {t('orgs.commands.handIn')}
            </Button>
          </Space>
        )
      }
    >
      {/* the command drawers (over the page), or, to a role without orgs:write, the "no permission" notice in view */}
      <Outlet />
      <Toolbar {...address} />
      <div className="orgs-split">
        <section className="orgs-panel orgs-tree-panel" aria-labelledby="orgs-tree-title">
          <h2 id="orgs-tree-title">{q ? t('orgs.searchTitle') : t('orgs.treeTitle')}</h2>
          <GrassrootsCounts asOf={asOf} />
          {!q && (
            <p className="visually-hidden" id="orgs-tree-hint">
              {t('orgs.treeHint')}
            </p>
          )}
          {q ? (
            <OrgSearchResults q={q} asOf={asOf} selectedId={selectedId} onSelect={select} onClear={() => address.setQ('')} />
          ) : (
            <div ref={treeHeight.ref}>
              <OrgTreeView key={asOf} asOf={asOf} selectedId={selectedId} reveal={ancestors} onSelect={select} height={treeHeight.height} />
            </div>
          )}
        </section>
        <section className="orgs-panel orgs-detail-panel" aria-label={t('orgs.detail.label')}>
          {selectedId ? <OrgDetail key={selectedId} id={selectedId} asOf={asOf} onLoaded={onLoaded} /> : <p className="orgs-muted">{t('orgs.selectHint')}</p>}
        </section>
      </div>
    </Page>
  );
}

/** The date viewed and the name searched, both kept in the address. */
function Toolbar({ asOf, isToday, q, setAsOf, setQ }: ReturnType<typeof useOrgsAddress>) {
  const { t } = useTranslation();
  const [text, setText] = useState(q);
  const typed = useDebounced(text.trim(), 300);
  useEffect(() => setText(q), [q]);
  useEffect(() => {
    if (typed !== q && (typed.length >= 2 || typed.length === 0)) setQ(typed);
    // only what was typed triggers the search; the address changing back is handled above
  }, [typed]);
  return (
    <div className="orgs-toolbar">
      <div className="orgs-field">
        <label htmlFor="orgs-search">{t('orgs.searchLabel')}</label>
        <Input.Search id="orgs-search" allowClear value={text} placeholder={t('orgs.searchPlaceholder')} onChange={(e) => setText(e.target.value)} onSearch={(v) => setQ(v)} />
      </div>
      <div className="orgs-field">
        <label htmlFor="orgs-as-of">{t('orgs.asOf')}</label>
        <Space.Compact>
          <DatePicker
            id="orgs-as-of"
            value={dayjs(asOf)}
            format={['DD/MM/YYYY', 'D/M/YYYY', 'DDMMYYYY']}
            allowClear={false}
            onChange={(d) => setAsOf(d ? d.format('YYYY-MM-DD') : null)}
          />
          <Button disabled={isToday} onClick={() => setAsOf(null)}>
            {t('orgs.today')}
          </Button>
        </Space.Compact>
      </div>
    </div>
  );
}

/**
 * The tree's height: what is left of the window below its top, so the page scrolls as little as
 * possible on a 768-pixel-high laptop or tablet (the tree scrolls inside).
 */
function useTreeHeight() {
  const ref = useRef<HTMLDivElement | null>(null);
  const [height, setHeight] = useState(480);
  useLayoutEffect(() => {
    const measure = () => {
      const top = ref.current ? ref.current.getBoundingClientRect().top + window.scrollY : 300;
      setHeight(Math.max(320, window.innerHeight - top - 24));
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, []);
  return { ref, height };
}
