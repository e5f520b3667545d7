import { generateKeyPairSync } from 'node:crypto';
import { newTokenKeyPair } from '@party/auth';
import { loadGatewayEnv, PASSWORDS_FROM_THE_REPOSITORY } from './gateway-env';

/** No key anyone could read in the repository signs a token, in any mode: there is no default. */
describe('the gateway signing key', () => {
  const modes = ['development', 'test', 'production'] as const;

  it.each(modes)('is required in %s', (NODE_ENV) => {
    expect(() => loadGatewayEnv({ NODE_ENV })).toThrow(/JWT_PRIVATE_KEY is required/);
  });

  it.each(modes)('refuses in %s the shared secret of earlier versions, whatever its value', (NODE_ENV) => {
    expect(() => loadGatewayEnv({ NODE_ENV, JWT_PRIVATE_KEY: newTokenKeyPair().privateKey, JWT_SECRET: 'dev-only-jwt-secret-do-not-use-in-production' })).toThrow(/JWT_SECRET is no longer used/);
  });

  it('refuses what is not an ES256 private key, without printing it', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const p384 = generateKeyPairSync('ec', { namedCurve: 'secp384r1' }).privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
    expect(() => loadGatewayEnv({ JWT_PRIVATE_KEY: rsa })).toThrow(/ECDSA P-256 private key.*got rsa/);
    expect(() => loadGatewayEnv({ JWT_PRIVATE_KEY: p384 })).toThrow(/ECDSA P-256 private key.*secp384r1/);
    expect(() => loadGatewayEnv({ JWT_PRIVATE_KEY: newTokenKeyPair().publicKey })).toThrow(/not a readable private key/);
    expect(() => loadGatewayEnv({ JWT_PRIVATE_KEY: 'change-me' })).toThrow(/not a readable private key/);
    try {
      loadGatewayEnv({ JWT_PRIVATE_KEY: p384 });
    } catch (err) {
      expect((err as Error).message).not.toContain(p384.slice(0, 20));
      expect((err as Error).message).toContain('not shown');
    }
  });

  it('accepts a fresh key as one line (npm run keys) or as PEM', () => {
    const { privateKey } = newTokenKeyPair();
    expect(loadGatewayEnv({ NODE_ENV: 'production', JWT_PRIVATE_KEY: privateKey }).JWT_PRIVATE_KEY).toBe(privateKey);
    const pem = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    expect(() => loadGatewayEnv({ JWT_PRIVATE_KEY: pem })).not.toThrow();
    expect(() => loadGatewayEnv({ JWT_PRIVATE_KEY: pem.replace(/\n/g, '\\n') })).not.toThrow();
  });
});

/** No demo user gets a password anyone could read in the repository, in any mode. */
describe('the demo users\' password', () => {
  const JWT_PRIVATE_KEY = newTokenKeyPair().privateKey;

  it.each(['development', 'test', 'production'].flatMap((mode) => PASSWORDS_FROM_THE_REPOSITORY.map((password) => [mode, password])))('refuses in %s the repository value %s', (NODE_ENV, DEMO_PASSWORD) => {
    expect(() => loadGatewayEnv({ NODE_ENV, JWT_PRIVATE_KEY, DEMO_PASSWORD })).toThrow(/DEMO_PASSWORD is the password written in the repository/);
  });

  it('has no default, and takes one chosen for this machine', () => {
    expect(loadGatewayEnv({ JWT_PRIVATE_KEY }).DEMO_PASSWORD).toBeUndefined();
    expect(loadGatewayEnv({ JWT_PRIVATE_KEY, DEMO_PASSWORD: 'Demo-x7Qp2mWz' }).DEMO_PASSWORD).toBe('Demo-x7Qp2mWz');
  });
});
