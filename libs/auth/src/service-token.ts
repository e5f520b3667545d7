import type { KeyObject } from 'node:crypto';
import { sign } from 'jsonwebtoken';
import { TOKEN_ALGORITHM } from './token-keys';

const LIFETIME_SECONDS = 300;

/**
 * The token a backend caller without a user (the report worker) sends with its requests: signed
 * with its own key, short-lived, renewed a minute before it expires.
 */
export class ServiceTokenSigner {
  private current?: { token: string; renewAt: number };

  constructor(
    private readonly key: KeyObject,
    private readonly issuer: string,
    private readonly subject: string,
  ) {}

  token(): string {
    const now = Date.now();
    if (this.current && this.current.renewAt > now) return this.current.token;
    const token = sign({ typ: 'service' }, this.key, { algorithm: TOKEN_ALGORITHM, issuer: this.issuer, subject: this.subject, expiresIn: LIFETIME_SECONDS });
    this.current = { token, renewAt: now + (LIFETIME_SECONDS - 60) * 1000 };
    return token;
  }
}
