import { createPrivateKey, generateKeyPairSync, randomUUID } from 'node:crypto';
import { sign } from 'jsonwebtoken';
import { GATEWAY_ISSUER, REPORT_WORKER_ISSUER, TOKEN_ALGORITHM } from '@party/auth';
import { MEMBER_ROUTES } from '@party/contracts';
import { RunningService, startTestService } from '@party/service-kit/testing';
import { isolate } from '@party/testing';
import { membershipOrm } from '../membership.orm';

/**
 * A process on the host that reaches NATS asks membership for everyone's citizen IDs. The service
 * believes only a token signed by the gateway's key (or the worker's, as the worker): a principal
 * written in the message, a token signed with another key, an unsigned or HMAC token made with
 * the public key, an expired one — all refused; the worker's key cannot make an administrator.
 */
const iso = isolate('forged');
let membership: RunningService;

beforeAll(async () => {
  membership = await startTestService({ service: 'membership', orm: membershipOrm, loadModule: () => require('../app.module').AppModule, iso });
}, 120_000);
afterAll(() => membership?.close());

const list = (envelope: Record<string, unknown>) => membership.send(MEMBER_ROUTES.list.pattern, { correlationId: randomUUID(), payload: {}, ...envelope }).then(
  () => 'answered',
  (err: { code?: string }) => err.code,
);
const claims = (extra: Record<string, unknown> = {}) => ({ sub: randomUUID(), username: 'admin', roles: ['org_board'], orgScopeId: null, sid: randomUUID(), ver: 0, typ: 'access', ...extra });
/** The file's own keys, which the harness put in the environment of the service under test. */
const keyOf = (name: 'JWT_PRIVATE_KEY' | 'WORKER_SIGNING_KEY') => createPrivateKey({ key: Buffer.from(process.env[name] as string, 'base64'), format: 'der', type: 'pkcs8' });
const strangerKey = () => generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey;

it('answers a token its gateway signed', async () => {
  expect(await list({ token: membership.tokenFor({ roles: ['org_board'] }) })).toBe('answered');
});

it('refuses a principal written in the message, whatever it claims', async () => {
  const principal = { userId: 'x', username: 'admin', roles: ['org_board'], permissions: ['members:read'], orgScopeId: null };
  expect(await list({ principal })).toBe('unauthenticated');
  expect(await list({ principal, token: null })).toBe('unauthenticated');
});

it('refuses tokens it cannot verify: another key, no signature, HMAC with the public key, expired, wrong issuer', async () => {
  const publicKey = process.env.JWT_PUBLIC_KEY as string;
  const forged = [
    sign(claims(), strangerKey(), { algorithm: TOKEN_ALGORITHM, issuer: GATEWAY_ISSUER, expiresIn: 600 }),
    sign(claims(), '', { algorithm: 'none', issuer: GATEWAY_ISSUER, expiresIn: 600 }),
    sign(claims(), publicKey, { algorithm: 'HS256', issuer: GATEWAY_ISSUER, expiresIn: 600 }),
    sign(claims(), strangerKey(), { algorithm: TOKEN_ALGORITHM, issuer: 'someone-else', expiresIn: 600 }),
    'not-a-token',
  ];
  for (const token of forged) expect(await list({ token })).toBe('unauthenticated');
  // signed with the gateway's own key, but expired
  const expired = sign(claims({ exp: Math.floor(Date.now() / 1000) - 5 }), keyOf('JWT_PRIVATE_KEY'), { algorithm: TOKEN_ALGORITHM, issuer: GATEWAY_ISSUER });
  expect(await list({ token: expired })).toBe('unauthenticated');
});

it('gives a worker-signed token the worker\'s read-only principal, whatever roles it claims', async () => {
  const token = sign(claims({ roles: ['org_board', 'admin'] }), keyOf('WORKER_SIGNING_KEY'), { algorithm: TOKEN_ALGORITHM, issuer: REPORT_WORKER_ISSUER, expiresIn: 300 });
  expect(await list({ token })).toBe('answered');
  const write = await membership
    .send(MEMBER_ROUTES.createPerson.pattern, { token, correlationId: randomUUID(), payload: {} })
    .then(() => 'answered', (err: { code?: string }) => err.code);
  expect(write).toBe('forbidden');
});
