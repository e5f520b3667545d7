// Shared configuration of the dev tools: repo paths, environment defaults, the app list.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const DATA = join(ROOT, '.data');
export const START_PID_FILE = join(DATA, 'start.pid');
export const CHILDREN_FILE = join(DATA, 'children.json');
export const STARTED_FILE = join(DATA, 'started.json');
export const SEEDED_FILE = join(DATA, 'seeded');

export const DEFAULTS = {
  DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/party',
  NATS_PREFIX: '',
  QUEUE_PREFIX: 'party',
  TS_NODE_PROJECT: 'tsconfig.base.json',
};

/** Node apps started by `npm start`, in start order, with their HTTP port. */
export const APPS = [
  { name: 'gateway', port: 3000 },
  { name: 'membership', port: 3101 },
  { name: 'cadre', port: 3102 },
  { name: 'training', port: 3103 },
  { name: 'inspection', port: 3104 },
  { name: 'reporting', port: 3105 },
  { name: 'report-worker', port: 3106 },
];
export const PORTAL_PORT = 4200;
export const MIGRATED_SERVICES = ['gateway', 'membership', 'cadre', 'training', 'inspection', 'reporting'];

/** Reads KEY=VALUE lines of ./.env (if any) without overriding what the shell already set. */
export function loadDotEnv() {
  const file = join(ROOT, '.env');
  if (!existsSync(file)) return;
  for (const raw of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const m = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!m) continue;
    let value = m[2];
    if (/^(['"]).*\1$/.test(value)) value = value.slice(1, -1);
    if (process.env[m[1]] === undefined) process.env[m[1]] = value;
  }
}

/** The environment every child (migrations, seeds, apps) gets: the shell's, .env, then defaults. */
export function devEnv() {
  loadDotEnv();
  const env = { ...process.env };
  for (const [name, value] of Object.entries(localKeys())) if (!env[name]) env[name] = value;
  // no NATS_URL / REDIS_URL of the user's: npm start runs its own, with users and a password
  if (!env.NATS_URL) {
    const passwords = localNatsPasswords();
    MANAGED.nats = { passwords, port: Number(env.NATS_PORT || MANAGED_NATS_PORT) };
    env.NATS_URL = natsUrl('operator');
  }
  if (!env.REDIS_URL) {
    MANAGED.redis = { password: localSecret('redis-password'), port: Number(env.REDIS_PORT || MANAGED_REDIS_PORT) };
    env.REDIS_URL = `redis://:${MANAGED.redis.password}@127.0.0.1:${MANAGED.redis.port}`;
  }
  if (!env.DEMO_PASSWORD) env.DEMO_PASSWORD = localDemoPassword();
  for (const [k, v] of Object.entries(DEFAULTS)) if (env[k] === undefined || (env[k] === '' && v !== '')) env[k] = v;
  return env;
}

/**
 * This machine's signing keys (ES256): the gateway's, which signs users' tokens, and the report
 * worker's, which signs its own requests. Generated on the first `npm start` into `.data/keys/`
 * (outside git, readable by their owner only) and reused, so tokens survive a restart. No key is
 * written in the repository; `appEnv` gives each app only its own private key.
 */
export const KEYS_DIR = join(DATA, 'keys');
export function newKeyPair() {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  return {
    privateKey: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
    publicKey: publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
  };
}
function localPair(name) {
  const file = join(KEYS_DIR, `${name}.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
  mkdirSync(KEYS_DIR, { recursive: true, mode: 0o700 });
  const pair = newKeyPair();
  writeFileSync(file, `${JSON.stringify(pair)}\n`, { mode: 0o600 });
  return pair;
}
function localKeys() {
  const gateway = localPair('gateway');
  const worker = localPair('report-worker');
  return { JWT_PRIVATE_KEY: gateway.privateKey, JWT_PUBLIC_KEY: gateway.publicKey, WORKER_SIGNING_KEY: worker.privateKey, WORKER_PUBLIC_KEY: worker.publicKey };
}

/**
 * NATS and Redis that npm start runs itself when NATS_URL / REDIS_URL are not set: on ports of
 * their own (not the machine's shared 4222 / 6379, which may run without authentication), NATS
 * with deploy/nats.conf (one user per app, subject permissions) and Redis with a password.
 */
export const MANAGED_NATS_PORT = 4322;
export const MANAGED_REDIS_PORT = 6380;
export const MANAGED = { nats: null, redis: null };
/** NATS users of deploy/nats.conf (libs/messaging nats-permissions.ts NATS_USERS). */
export const NATS_USERS = ['membership', 'cadre', 'training', 'inspection', 'reporting', 'gateway', 'report-worker', 'operator'];
export const natsPasswordVariable = (user) => `NATS_PASSWORD_${user.toUpperCase().replace(/-/g, '_')}`;

function localSecret(name) {
  const file = join(DATA, name);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  ensureDataDir();
  const secret = randomBytes(24).toString('hex');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
function localNatsPasswords() {
  return Object.fromEntries(NATS_USERS.map((u) => [u, localSecret(`nats-password-${u}`)]));
}
function natsUrl(user) {
  return `nats://${user}:${MANAGED.nats.passwords[user]}@127.0.0.1:${MANAGED.nats.port}`;
}
/**
 * The managed NATS server's environment: each user's password (deploy/nats.conf reads them),
 * quoted — the server parses a variable's value as configuration, and an unquoted `6e12…` is a number.
 */
export function natsServerEnv() {
  return MANAGED.nats ? Object.fromEntries(NATS_USERS.map((u) => [natsPasswordVariable(u), JSON.stringify(MANAGED.nats.passwords[u])])) : {};
}

/**
 * The environment of one app: the public keys for all, a private key only for the app that signs
 * with it; on the managed NATS, the app's own NATS user.
 */
export function appEnv(env, app) {
  const own = { ...env };
  if (MANAGED.nats && NATS_USERS.includes(app)) own.NATS_URL = natsUrl(app);
  if (app !== 'gateway') delete own.JWT_PRIVATE_KEY;
  if (app !== 'report-worker') delete own.WORKER_SIGNING_KEY;
  return own;
}

/**
 * This machine's password for the demo users, generated on the first `npm start` into
 * `.data/demo-password` and printed in its banner: a password written in the repository would
 * let anyone who read it sign in as `admin` (the gateway refuses the old one).
 */
export const DEMO_PASSWORD_FILE = join(DATA, 'demo-password');
function localDemoPassword() {
  if (existsSync(DEMO_PASSWORD_FILE)) return readFileSync(DEMO_PASSWORD_FILE, 'utf8').trim();
  ensureDataDir();
  const password = `Demo-${randomBytes(9).toString('base64url')}`;
  writeFileSync(DEMO_PASSWORD_FILE, `${password}\n`, { mode: 0o600 });
  return password;
}

export function ensureDataDir() {
  mkdirSync(DATA, { recursive: true });
}

/** Whether a process exists (signal 0). */
export function alive(pid) {
  if (!pid || !Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

/** The command line of a process (Linux /proc), '' if unknown. */
export function cmdline(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
  } catch {
    return '';
  }
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const useColour = process.stdout.isTTY && !process.env.NO_COLOR;
const CODES = { red: 31, green: 32, yellow: 33, blue: 34, magenta: 35, cyan: 36, grey: 90, bold: 1 };
export const colour = (name, text) => (useColour ? `\x1b[${CODES[name]}m${text}\x1b[0m` : text);
export const PREFIX_COLOURS = ['cyan', 'magenta', 'blue', 'yellow', 'green', 'red'];

export const log = {
  info: (msg) => console.log(`${colour('grey', '[dev]')} ${msg}`),
  ok: (msg) => console.log(`${colour('grey', '[dev]')} ${colour('green', msg)}`),
  warn: (msg) => console.warn(`${colour('grey', '[dev]')} ${colour('yellow', `warning: ${msg}`)}`),
  error: (msg) => console.error(`${colour('grey', '[dev]')} ${colour('red', `error: ${msg}`)}`),
};
