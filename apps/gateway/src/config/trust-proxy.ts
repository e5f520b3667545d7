import { isIP } from 'node:net';

/** What Express's `trust proxy` takes: nothing trusted, a number of hops, or addresses and subnets. */
export type TrustProxy = false | number | string[];

const NAMED = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrSubnet(item: string): boolean {
  if (NAMED.has(item)) return true;
  const [addr, bits, ...rest] = item.split('/');
  const family = isIP(addr);
  if (!family || rest.length) return false;
  if (bits === undefined) return true;
  const n = Number(bits);
  return /^\d+$/.test(bits) && n >= 0 && n <= (family === 4 ? 32 : 128);
}

/**
 * `TRUST_PROXY`: whose `X-Forwarded-For` the gateway believes when it takes a client's address for
 * the per-address login limits. Empty (the default), `false` or `none`: nobody's, the address is
 * the connection's own, so no header moves a client to another bucket. A number: that many
 * proxies in front. Otherwise a comma list of addresses, subnets (CIDR) or `loopback`,
 * `linklocal`, `uniquelocal`. `true` (everyone) is refused: any client could then pick its address.
 */
export function parseTrustProxy(raw: string): TrustProxy | Error {
  const value = raw.trim().toLowerCase();
  if (value === '' || value === 'false' || value === 'none' || value === '0') return false;
  if (value === 'true' || value === '*') {
    return new Error('TRUST_PROXY=true would believe X-Forwarded-For from every client (anyone could choose their address): name the proxy (its address, subnet or loopback/uniquelocal) or the number of proxies');
  }
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return hops <= 5 ? hops : new Error('TRUST_PROXY: at most 5 proxies in front of the gateway');
  }
  const items = value.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = items.filter((i) => !isAddressOrSubnet(i));
  if (bad.length) return new Error(`TRUST_PROXY: not an address, subnet (CIDR) or loopback/linklocal/uniquelocal: ${bad.join(', ')}`);
  return items;
}
