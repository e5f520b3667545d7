import { createPrivateKey, createPublicKey, randomUUID } from 'node:crypto';
import { sign } from 'jsonwebtoken';
import { GATEWAY_ISSUER, REPORT_WORKER_ISSUER, REPORT_WORKER_PRINCIPAL } from './issuers';
import { PrincipalVerifier } from './principal-verifier';
import { ServiceTokenSigner } from './service-token';
import { newTokenKeyPair, publicKeyOf, readTokenKey, TOKEN_ALGORITHM } from './token-keys';

const pair = () => {
  const { privateKey } = newTokenKeyPair();
  const key = createPrivateKey({ key: Buffer.from(privateKey, 'base64'), format: 'der', type: 'pkcs8' });
  return { key, publicKey: createPublicKey(key) };
};
const gateway = pair();
const worker = pair();
const verifier = new PrincipalVerifier({ gateway: gateway.publicKey, reportWorker: worker.publicKey });
const userToken = (extra: Record<string, unknown> = {}, key = gateway.key, expiresIn: number | null = 600) =>
  sign({ sub: 'u1', username: 'bithu', roles: ['secretary'], orgScopeId: 'org-1', sid: randomUUID(), ver: 3, typ: 'access', ...extra }, key, { algorithm: TOKEN_ALGORITHM, issuer: GATEWAY_ISSUER, ...(expiresIn === null ? {} : { expiresIn }) });

describe('PrincipalVerifier', () => {
  it('reads the user, roles and scope of a gateway token, permissions derived from the roles', () => {
    const principal = verifier.principalOf(userToken());
    expect(principal).toMatchObject({ userId: 'u1', username: 'bithu', roles: ['secretary'], orgScopeId: 'org-1' });
    expect(principal.permissions).toContain('members:write');
    expect(principal.permissions).not.toContain('vetting:read');
  });

  it('ignores permissions a token claims: only its roles count', () => {
    expect(verifier.principalOf(userToken({ permissions: ['vetting:read', 'users:manage'] })).permissions).not.toContain('vetting:read');
  });

  it('refuses a token of an unknown key, of an unknown issuer, expired, or of the wrong shape', () => {
    const other = pair();
    expect(() => verifier.principalOf(userToken({}, other.key))).toThrow(/log in again/);
    expect(() => verifier.principalOf(sign({ sub: 'x' }, gateway.key, { algorithm: TOKEN_ALGORITHM, issuer: 'party-portal', expiresIn: 60 }))).toThrow(/log in again/);
    expect(() => verifier.principalOf(userToken({ exp: Math.floor(Date.now() / 1000) - 1 }, gateway.key, null))).toThrow(/log in again/);
    expect(() => verifier.principalOf(userToken({ roles: ['emperor'] }))).toThrow(/log in again/);
    expect(() => verifier.principalOf(userToken({ typ: 'refresh' }))).toThrow(/log in again/);
  });

  it('gives the worker its fixed principal, whatever its token claims, and nothing without the worker key configured', () => {
    const claimsAdmin = sign({ roles: ['admin'], username: 'admin' }, worker.key, { algorithm: TOKEN_ALGORITHM, issuer: REPORT_WORKER_ISSUER, expiresIn: 60 });
    expect(verifier.principalOf(claimsAdmin)).toEqual(REPORT_WORKER_PRINCIPAL);
    const noWorker = new PrincipalVerifier({ gateway: gateway.publicKey });
    expect(() => noWorker.principalOf(claimsAdmin)).toThrow(/log in again/);
    // the worker's key does not sign for the gateway
    expect(() => verifier.principalOf(userToken({}, worker.key))).toThrow(/log in again/);
  });

  it('remembers a verified token until it expires, not after', () => {
    jest.useFakeTimers({ now: Date.now(), doNotFake: ['nextTick', 'setImmediate'] });
    try {
      const token = userToken({}, gateway.key, 2);
      expect(verifier.principalOf(token).userId).toBe('u1');
      expect(verifier.principalOf(token).userId).toBe('u1');
      jest.setSystemTime(Date.now() + 3000);
      expect(() => verifier.principalOf(token)).toThrow(/log in again/);
    } finally {
      jest.useRealTimers();
    }
  });
});

describe('ServiceTokenSigner', () => {
  it('signs a short-lived token the verifier reads as the worker, reused until a minute before it expires', () => {
    const signer = new ServiceTokenSigner(worker.key, REPORT_WORKER_ISSUER, REPORT_WORKER_PRINCIPAL.userId);
    const token = signer.token();
    expect(signer.token()).toBe(token);
    expect(verifier.principalOf(token)).toEqual(REPORT_WORKER_PRINCIPAL);
  });
});

describe('readTokenKey', () => {
  it('reads the one-line form and PEM, and gives the public half of a private key', () => {
    const { privateKey, publicKey } = newTokenKeyPair();
    const key = readTokenKey(privateKey, 'private');
    expect(key).not.toBeInstanceOf(Error);
    expect(publicKeyOf(key as never)).toBe(publicKey);
    const pem = (readTokenKey(publicKey, 'public') as never as { export(o: object): string }).export({ format: 'pem', type: 'spki' });
    expect(readTokenKey(pem, 'public')).not.toBeInstanceOf(Error);
    expect(readTokenKey('hello world', 'public')).toBeInstanceOf(Error);
  });
});
