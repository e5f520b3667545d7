import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { fetchDossierKinds } from '../../api/dossier';
import { useAuth } from '../../auth/auth-context';
import { can } from '../../auth/permissions';
import { useLocalize } from '../../i18n/localize';

/** The kinds of dossier documents (lý lịch, phiếu bổ sung…), read only by those who may read dossiers. */
export function useDossierKinds() {
  const { me } = useAuth();
  return useQuery({ queryKey: ['dossier', 'kinds'], queryFn: ({ signal }) => fetchDossierKinds(signal), enabled: can(me, 'dossier:read'), staleTime: 60 * 60_000 });
}

/** A kind's label; its code when the list is not readable or does not know it. */
export function useDossierKindLabel(): (code: string) => string {
  const kinds = useDossierKinds();
  const localize = useLocalize();
  return useCallback((code: string) => {
    const kind = kinds.data?.find((k) => k.code === code);
    return kind ? localize(kind) : code;
  }, [kinds.data, localize]);
}
