import { Button, type ButtonProps } from 'antd';
import type { MouseEvent } from 'react';
import { useHref, useLinkClickHandler, type To } from 'react-router-dom';

/**
 * A link that looks like a button: a real `<a href>` (it can be opened in a new tab, screen
 * readers call it a link), followed inside the portal without reloading it.
 */
export function LinkButton({ to, ...props }: Omit<ButtonProps, 'href' | 'onClick'> & { to: To }) {
  const href = useHref(to);
  const follow = useLinkClickHandler<HTMLAnchorElement>(to);
  return <Button {...props} href={href} onClick={(e: MouseEvent<HTMLElement>) => follow(e as MouseEvent<HTMLAnchorElement>)} />;
}
