import type { MetricDefinition } from '../../api/reports';
import { useLocalize } from '../../i18n/localize';

export type Definitions = ReadonlyMap<string, MetricDefinition>;

/** A metric's label in the reader's language from the catalogue; the key while it is loading. */
export function useMetricLabel(definitions: Definitions): (key: string) => string {
  const localize = useLocalize();
  return (key) => {
    const def = definitions.get(key);
    return def ? localize(def.label) : key;
  };
}
