import type { KeyObject } from 'node:crypto';
import { decode, verify } from 'jsonwebtoken';
import { DomainError, Principal } from '@party/contracts';
import { accessClaimsSchema, principalFromClaims } from './claims';
import { GATEWAY_ISSUER, REPORT_WORKER_ISSUER, REPORT_WORKER_PRINCIPAL } from './issuers';
import { TOKEN_ALGORITHM } from './token-keys';
import { VerifiedTokens } from './verified-tokens';

export const UNVERIFIED_TOKEN = new DomainError({
  code: 'unauthenticated',
  message: { vi: 'Phiên đăng nhập không hợp lệ hoặc đã hết hạn, vui lòng đăng nhập lại', en: 'Missing, invalid or expired token: please log in again' },
});

export interface VerifierKeys {
  /** The gateway's public key: users' access tokens. */
  gateway: KeyObject;
  /** The report worker's public key: its service tokens (absent: the worker cannot ask this service). */
  reportWorker?: KeyObject;
}

/**
 * What a service believes about who asks: only what a token signed by a known issuer says, never
 * a principal written in a message. A user's token gives the user's roles and scope (permissions
 * derived from the roles here); the worker's token gives the worker's fixed principal. A verified
 * token is remembered until it expires, so a page of requests costs one signature check.
 */
export class PrincipalVerifier {
  private readonly verified = new VerifiedTokens<Principal>();

  constructor(private readonly keys: VerifierKeys) {}

  principalOf(token: string): Principal {
    const known = this.verified.get(token);
    if (known) return known;
    const { principal, expiresAt } = this.verify(token);
    this.verified.set(token, principal, expiresAt);
    return principal;
  }

  private verify(token: string): { principal: Principal; expiresAt: number } {
    const issuer = (decode(token, { json: true }) ?? {}).iss;
    const key = issuer === GATEWAY_ISSUER ? this.keys.gateway : issuer === REPORT_WORKER_ISSUER ? this.keys.reportWorker : undefined;
    if (!key) throw UNVERIFIED_TOKEN;
    let payload: Record<string, unknown>;
    try {
      payload = verify(token, key, { algorithms: [TOKEN_ALGORITHM], issuer }) as Record<string, unknown>;
    } catch {
      throw UNVERIFIED_TOKEN;
    }
    const expiresAt = typeof payload.exp === 'number' ? payload.exp * 1000 : 0;
    if (!expiresAt) throw UNVERIFIED_TOKEN;
    if (issuer === REPORT_WORKER_ISSUER) return { principal: REPORT_WORKER_PRINCIPAL, expiresAt };
    const claims = accessClaimsSchema.safeParse(payload);
    if (!claims.success) throw UNVERIFIED_TOKEN;
    return { principal: principalFromClaims(claims.data), expiresAt };
  }
}
