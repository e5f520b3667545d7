import { newTokenKeyPair } from '@party/auth';
import { DEMO_PASSWORD, useTestGateway } from '../testing/gateway-harness';
import { loadGatewayEnv } from './gateway-env';
import { parseTrustProxy } from './trust-proxy';

const JWT_PRIVATE_KEY = newTokenKeyPair().privateKey;

describe('TRUST_PROXY', () => {
  it('trusts nobody by default', () => {
    expect(loadGatewayEnv({ JWT_PRIVATE_KEY }).TRUST_PROXY).toBe(false);
    for (const none of ['', 'false', 'none', '0']) expect(parseTrustProxy(none)).toBe(false);
  });

  it('takes a number of proxies, addresses, subnets and the named ranges', () => {
    expect(loadGatewayEnv({ JWT_PRIVATE_KEY, TRUST_PROXY: '1' }).TRUST_PROXY).toBe(1);
    expect(parseTrustProxy('loopback, 10.0.0.5, 172.30.0.0/24, ::1, fd00::/8')).toEqual(['loopback', '10.0.0.5', '172.30.0.0/24', '::1', 'fd00::/8']);
  });

  it('refuses "true" (every client could pick its address) and what is not an address, naming the variable', () => {
    expect(() => loadGatewayEnv({ JWT_PRIVATE_KEY, TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY: .*every client/);
    expect(() => loadGatewayEnv({ JWT_PRIVATE_KEY, TRUST_PROXY: 'nginx' })).toThrow(/TRUST_PROXY: .*not an address.*nginx/);
    expect(() => loadGatewayEnv({ JWT_PRIVATE_KEY, TRUST_PROXY: '10.0.0.0/33' })).toThrow(/TRUST_PROXY/);
    expect(() => loadGatewayEnv({ JWT_PRIVATE_KEY, TRUST_PROXY: '9' })).toThrow(/at most 5/);
  });

  it('has every app listen on loopback unless HOST says otherwise', () => {
    expect(loadGatewayEnv({ JWT_PRIVATE_KEY }).HOST).toBe('127.0.0.1');
    expect(loadGatewayEnv({ JWT_PRIVATE_KEY, HOST: '0.0.0.0' }).HOST).toBe('0.0.0.0');
    expect(() => loadGatewayEnv({ JWT_PRIVATE_KEY, HOST: 'everywhere' })).toThrow(/HOST/);
  });
});

describe('with no proxy trusted (the default)', () => {
  const gw = useTestGateway({ label: 'gwxff', env: { LOGIN_RATE_LIMIT_PER_MINUTE: '200' } });
  const login = (password: string, from: string) => gw.http().post('/api/auth/login').set('x-forwarded-for', from).send({ username: 'viewer', password });

  it('keeps the wait of the connection\'s own address, whatever address the header claims', async () => {
    for (let i = 1; i <= 5; i++) await login(`sai-${i}-abc`, `203.0.113.${i}`).expect(401);
    const res = await login(DEMO_PASSWORD, '203.0.113.200').expect(423);
    expect(res.body.code).toBe('locked');
  });
});
