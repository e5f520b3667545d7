import '../i18n/workspace-texts';
import { RequireAuth } from '../auth/require-auth';
import { LocalizedApp } from '../ui/localized-app';
import { Shell } from './shell';

/** Every signed-in page: the session checked, Ant Design in the reader's language, the workspace's frame. */
export function SignedInFrame() {
  return (
    <RequireAuth>
      <LocalizedApp>
        <Shell />
      </LocalizedApp>
    </RequireAuth>
  );
}
