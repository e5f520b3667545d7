import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { fetchCodeLists, type CodeLists } from '../../api/members';
import { useLocalize } from '../../i18n/localize';

export type CodeListName = keyof CodeLists;

/**
 * The statistics code lists (gender, ethnicity, education…) and their labels in the reader's
 * language; a code the list does not know is shown as it is.
 */
export function useCodeLists() {
  const localize = useLocalize();
  const query = useQuery({ queryKey: ['people', 'code-lists'], queryFn: ({ signal }) => fetchCodeLists(signal), staleTime: 60 * 60_000 });
  const data = query.data;
  const label = useCallback(
    (list: CodeListName, code: string | null | undefined): string => {
      if (!code) return '';
      const entry = (data?.[list] as { code: string; vi: string; en: string }[] | undefined)?.find((e) => e.code === code);
      return entry ? localize(entry) : code;
    },
    [data, localize],
  );
  const options = useCallback(
    (list: CodeListName) => ((data?.[list] ?? []) as { code: string; vi: string; en: string }[]).map((e) => ({ value: e.code, label: localize(e) })),
    [data, localize],
  );
  return { query, loading: query.isPending, label, options };
}
