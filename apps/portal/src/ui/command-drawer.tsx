import { Drawer } from 'antd';
import { useEffect, useRef, type ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';

/**
 * A command opened at its own address (`/orgs/:id/rename`) over the page it belongs to: a link
 * can point at it, a role without the permission gets the "no permission" page there, and when
 * it closes the focus goes back to the button that opened it.
 */
export function CommandDrawer({ title, backTo, width = 560, children }: { title: ReactNode; backTo: string; width?: number; children: ReactNode }) {
  const navigate = useNavigate();
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const openerId = opener.current?.id || opener.current?.dataset.command;
    return () => {
      // The opener may have been re-rendered while the drawer was open: find it again by its id.
      const target = opener.current?.isConnected
        ? opener.current
        : openerId
          ? (document.getElementById(openerId) ?? document.querySelector<HTMLElement>(`[data-command="${openerId}"]`))
          : null;
      setTimeout(() => target?.focus(), 0);
    };
  }, []);
  return (
    <Drawer open title={title} size={width} onClose={() => navigate(backTo)} destroyOnHidden>
      {children}
    </Drawer>
  );
}
