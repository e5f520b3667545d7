import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { sign } from 'jsonwebtoken';
import { GATEWAY_ISSUER } from '@party/auth';
import { useTestGateway } from '../testing/gateway-harness';

/**
 * Secrets that earlier versions wrote in the repository (the dev tools', docker-compose's and
 * the gateway's old default): anyone who read it could sign an `admin` token with them. The
 * gateway signs with its own ES256 key now and refuses every one of these, as any other forgery.
 */
const PUBLISHED_SECRETS = ['dev-only-secret-change-me-in-production-0123456789', 'dev-only-jwt-secret-do-not-use-in-production', 'change-me-compose-dev-secret-0123456789abcdef'];
const gw = useTestGateway({ label: 'gwforge' });
const adminClaims = () => ({ sub: randomUUID(), username: 'admin', roles: ['admin'], orgScopeId: null, sid: randomUUID(), ver: 0, typ: 'access' });
const me = (token: string) => gw.http().get('/api/auth/me').set({ authorization: `Bearer ${token}` });

it('refuses an admin token signed with any secret ever written in the repository', async () => {
  for (const secret of PUBLISHED_SECRETS) {
    const token = sign(adminClaims(), secret, { algorithm: 'HS256', issuer: GATEWAY_ISSUER, expiresIn: 600 });
    expect((await me(token)).status).toBe(401);
  }
});

it('refuses an unsigned token, one signed with another ES256 key, and one HMAC-signed with its public key', async () => {
  const stranger = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey;
  const forged = [
    sign(adminClaims(), '', { algorithm: 'none', issuer: GATEWAY_ISSUER, expiresIn: 600 }),
    sign(adminClaims(), stranger, { algorithm: 'ES256', issuer: GATEWAY_ISSUER, expiresIn: 600 }),
    sign(adminClaims(), process.env.JWT_PUBLIC_KEY as string, { algorithm: 'HS256', issuer: GATEWAY_ISSUER, expiresIn: 600 }),
  ];
  for (const token of forged) expect((await me(token)).status).toBe(401);
  // its own token, for contrast
  expect((await me(await gw.login('admin'))).status).toBe(200);
});
