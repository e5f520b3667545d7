import type { Permission } from '@party/contracts';
import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router-dom';

/**
 * A route whose page is its own chunk, downloaded the first time someone goes there (the login
 * page never carries the workspaces). With a permission, the page is behind it: a user without
 * it gets the "no permission" page, on a direct link too.
 */
export function lazyPage(
  path: string,
  permission: Permission | null,
  load: () => Promise<ComponentType>,
  children?: RouteObject[],
): RouteObject {
  return {
    path,
    children,
    lazy: async () => {
      const Page = await load();
      if (!permission) return { Component: Page };
      // The guard comes with the page (it uses Ant Design, which the login page does without).
      const { RequirePermission } = await import('../auth/guards');
      const Guarded = () => (
        <RequirePermission permission={permission}>
          <Page />
        </RequirePermission>
      );
      return { Component: Guarded };
    },
  };
}
