import type { ServiceCalls } from '../infra/service-calls';

/** The organizations' names on a date, for the lists whose rows carry only an id. */
export async function orgNames(calls: ServiceCalls, asOf: string): Promise<(id: string | null | undefined) => string> {
  const orgs = await calls.all<{ id: string; name: string }>('membership.org.list', { asOf });
  const names = new Map(orgs.map((o) => [o.id, o.name]));
  return (id) => (id ? (names.get(id) ?? '(tổ chức không còn hoạt động)') : '');
}
