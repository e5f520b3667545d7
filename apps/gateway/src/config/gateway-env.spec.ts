import { randomBytes } from 'node:crypto';
import { loadGatewayEnv, PASSWORDS_FROM_THE_REPOSITORY, SECRETS_FROM_THE_REPOSITORY } from './gateway-env';

/** No secret anyone could read in the repository signs a token, in any mode. */
describe('the gateway token secret', () => {
  const modes = ['development', 'test', 'production'] as const;

  it.each(modes)('is required in %s', (NODE_ENV) => {
    expect(() => loadGatewayEnv({ NODE_ENV })).toThrow(/JWT_SECRET/);
  });

  it.each(modes.flatMap((mode) => SECRETS_FROM_THE_REPOSITORY.map((secret) => [mode, secret])))('refuses in %s the repository value %s', (NODE_ENV, JWT_SECRET) => {
    expect(() => loadGatewayEnv({ NODE_ENV, JWT_SECRET })).toThrow(/written in the repository/);
  });

  it('refuses placeholders and one repeated character', () => {
    for (const JWT_SECRET of ['please-change-me-0123456789abcdefghijkl', 'x'.repeat(40), 'my-example-secret-for-the-gateway-0000']) {
      expect(() => loadGatewayEnv({ JWT_SECRET })).toThrow(/placeholder/);
    }
  });

  it('accepts a random secret of 32 characters or more, and no shorter one', () => {
    expect(loadGatewayEnv({ NODE_ENV: 'production', JWT_SECRET: randomBytes(32).toString('hex') }).JWT_SECRET).toHaveLength(64);
    expect(() => loadGatewayEnv({ JWT_SECRET: randomBytes(15).toString('hex') })).toThrow(/at least 32/);
  });
});

/** No demo user gets a password anyone could read in the repository, in any mode. */
describe('the demo users\' password', () => {
  const JWT_SECRET = randomBytes(32).toString('hex');

  it.each(['development', 'test', 'production'].flatMap((mode) => PASSWORDS_FROM_THE_REPOSITORY.map((password) => [mode, password])))('refuses in %s the repository value %s', (NODE_ENV, DEMO_PASSWORD) => {
    expect(() => loadGatewayEnv({ NODE_ENV, JWT_SECRET, DEMO_PASSWORD })).toThrow(/DEMO_PASSWORD is the password written in the repository/);
  });

  it('has no default, and takes one chosen for this machine', () => {
    expect(loadGatewayEnv({ JWT_SECRET }).DEMO_PASSWORD).toBeUndefined();
    expect(loadGatewayEnv({ JWT_SECRET, DEMO_PASSWORD: 'Demo-x7Qp2mWz' }).DEMO_PASSWORD).toBe('Demo-x7Qp2mWz');
  });
});
