// PostgreSQL, NATS (JetStream) and Redis for development: probe the configured URLs and, for
// whatever does not answer, start it with Docker Compose or from the machine's binaries, with
// data under ./.data/. What we start is recorded in .data/started.json for `npm stop`.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { DATA, MANAGED, ROOT, STARTED_FILE, alive, cmdline, log, natsServerEnv, sleep } from './env.mjs';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]', '0.0.0.0']);
const DOCKER_PORT_VAR = { postgres: 'POSTGRES_PORT', nats: 'NATS_PORT', redis: 'REDIS_PORT' };

export function parseUrl(raw, defaultPort) {
  const u = new URL(raw);
  return {
    host: u.hostname.replace(/^\[|\]$/g, '') || '127.0.0.1',
    port: Number(u.port || defaultPort),
    user: decodeURIComponent(u.username || ''),
    password: decodeURIComponent(u.password || ''),
    database: u.pathname.replace(/^\//, ''),
    local: LOCAL_HOSTS.has(u.hostname),
  };
}

/** Connects, optionally writes `send`, resolves to the first chunk received ('' if none), or null if refused. */
function probeTcp(host, port, { send, timeoutMs = 1500 } = {}) {
  return new Promise((resolve) => {
    const sock = connect({ host, port });
    let settled = false;
    const finish = (v) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      sock.destroy();
      resolve(v);
    };
    const timer = setTimeout(() => finish(null), timeoutMs);
    // Without `send`, wait for the server's greeting (NATS sends INFO first).
    sock.on('connect', () => send !== undefined && sock.write(send));
    sock.on('data', (d) => finish(d.toString('utf8')));
    sock.on('error', () => finish(null));
    sock.on('close', () => finish(null));
  });
}

const probes = {
  async postgres(c) {
    // An SSLRequest: any PostgreSQL answers with one byte, 'S' or 'N'.
    const r = await probeTcp(c.host, c.port, { send: Buffer.from([0, 0, 0, 8, 4, 210, 22, 47]) });
    return r !== null && /^[SN]/.test(r) ? { ok: true } : { ok: false };
  },
  async redis(c) {
    const r = await probeTcp(c.host, c.port, { send: 'PING\r\n' });
    return r !== null && /^(\+PONG|-NOAUTH|-ERR|-WRONGPASS)/.test(r) ? { ok: true } : { ok: false };
  },
  async nats(c) {
    const r = await probeTcp(c.host, c.port, { timeoutMs: 2000 });
    if (!r || !r.startsWith('INFO ')) return { ok: false };
    try {
      const info = JSON.parse(r.slice(5).split('\r\n')[0]);
      return { ok: true, jetstream: info.jetstream === true, version: info.version };
    } catch {
      return { ok: true };
    }
  },
};

export function readStarted() {
  try {
    return JSON.parse(readFileSync(STARTED_FILE, 'utf8'));
  } catch {
    return {};
  }
}

function writeStarted(started) {
  mkdirSync(DATA, { recursive: true });
  writeFileSync(STARTED_FILE, JSON.stringify(started, null, 2) + '\n');
}

function commandWorks(cmd, args) {
  try {
    return spawnSync(cmd, args, { stdio: 'ignore', timeout: 15_000 }).status === 0;
  } catch {
    return false;
  }
}

function which(cmd, extra = []) {
  for (const c of extra) if (existsSync(c)) return c;
  for (const dir of (process.env.PATH || '').split(':')) if (dir && existsSync(join(dir, cmd))) return join(dir, cmd);
  return null;
}

let dockerChecked;
function dockerCompose() {
  if (dockerChecked !== undefined) return dockerChecked;
  dockerChecked = null;
  if (process.env.DEV_NO_DOCKER) return dockerChecked;
  if (!which('docker') || !commandWorks('docker', ['info'])) return dockerChecked;
  if (commandWorks('docker', ['compose', 'version'])) dockerChecked = ['docker', ['compose']];
  else if (which('docker-compose')) dockerChecked = ['docker-compose', []];
  return dockerChecked;
}

const isRoot = () => process.getuid?.() === 0;

function pgBinDir() {
  if (process.env.PG_BIN && existsSync(join(process.env.PG_BIN, 'pg_ctl'))) return process.env.PG_BIN;
  const base = '/usr/lib/postgresql';
  if (existsSync(base)) {
    const versions = readdirSync(base)
      .filter((v) => existsSync(join(base, v, 'bin', 'pg_ctl')) && existsSync(join(base, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions.length) return join(base, versions[0], 'bin');
  }
  const pgCtl = which('pg_ctl');
  if (pgCtl && which('initdb')) return join(pgCtl, '..');
  return null;
}

/** Runs a PostgreSQL tool as the postgres user when we are root (PostgreSQL refuses root). */
function pgExec(file, args, opts = {}) {
  const [cmd, argv] = isRoot() ? ['runuser', ['-u', 'postgres', '--', file, ...args]] : [file, args];
  return execFileSync(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'], cwd: DATA, ...opts });
}

function postgresUserIds() {
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    return { uid, gid };
  } catch {
    return null;
  }
}

function errText(e) {
  return [e.stderr?.toString(), e.stdout?.toString(), e.message].filter(Boolean).join('\n').trim();
}

const fromBinaries = {
  postgres(c) {
    const bin = pgBinDir();
    if (!bin) return null;
    const dataDir = join(DATA, 'postgres');
    const logFile = join(DATA, 'postgres.log');
    const ids = isRoot() ? postgresUserIds() : null;
    if (isRoot() && !ids) throw new Error('running as root and there is no "postgres" user to run PostgreSQL as (useradd -r -m postgres)');
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    closeSync(openSync(logFile, 'a'));
    if (ids) {
      chownSync(dataDir, ids.uid, ids.gid);
      chownSync(logFile, ids.uid, ids.gid);
      if (spawnSync('runuser', ['-u', 'postgres', '--', 'test', '-w', dataDir]).status !== 0)
        throw new Error(`the postgres user cannot reach ${dataDir} (check the permissions of its parent directories)`);
    }
    if (!existsSync(join(dataDir, 'PG_VERSION'))) {
      log.info(`initdb ${dataDir} (trust auth, superuser ${c.user || 'postgres'})`);
      try {
        pgExec(join(bin, 'initdb'), ['-D', dataDir, '-U', c.user || 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale']);
      } catch (e) {
        throw new Error(`initdb failed:\n${errText(e)}`);
      }
    }
    const listen = c.host === 'localhost' ? 'localhost' : '127.0.0.1';
    const opts = `-p ${c.port} -c listen_addresses=${listen} -c unix_socket_directories=''`;
    try {
      pgExec(join(bin, 'pg_ctl'), ['-D', dataDir, '-l', logFile, '-w', '-t', '60', '-o', opts, 'start']);
    } catch (e) {
      let tail = '';
      try {
        tail = readFileSync(logFile, 'utf8').split('\n').slice(-15).join('\n');
      } catch {
        /* no log */
      }
      throw new Error(`pg_ctl start failed:\n${errText(e)}\n${tail}`);
    }
    return { via: 'binary', binDir: bin, dataDir, port: c.port, logFile };
  },

  redis(c) {
    const bin = which('redis-server', ['/usr/bin/redis-server', '/usr/local/bin/redis-server']);
    if (!bin) return null;
    const dir = join(DATA, 'redis');
    const pidFile = join(DATA, 'redis.pid');
    const logFile = join(DATA, 'redis.log');
    mkdirSync(dir, { recursive: true });
    const args = ['--port', String(c.port), '--bind', '127.0.0.1', '--dir', dir, '--daemonize', 'yes',
      '--pidfile', pidFile, '--logfile', logFile, '--appendonly', 'no'];
    if (c.password) args.push('--requirepass', c.password);
    try {
      execFileSync(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
      throw new Error(`redis-server failed:\n${errText(e)}`);
    }
    return { via: 'binary', bin, dir, pidFile, logFile, port: c.port };
  },

  nats(c) {
    const bin = which('nats-server', ['/usr/sbin/nats-server', '/usr/bin/nats-server', '/usr/local/bin/nats-server']);
    if (!bin) return null;
    const storeDir = join(DATA, 'nats');
    const pidFile = join(DATA, 'nats.pid');
    const logFile = join(DATA, 'nats.log');
    mkdirSync(storeDir, { recursive: true });
    const args = ['-js', '-sd', storeDir, '-a', '127.0.0.1', '-p', String(c.port), '-l', logFile, '-P', pidFile];
    // npm start's own server: one user per app with its subject permissions, passwords from the environment
    if (MANAGED.nats) args.unshift('-c', join(ROOT, 'deploy/nats.conf'));
    else if (c.user) args.push('--user', c.user, '--pass', c.password);
    const child = spawn(bin, args, { cwd: ROOT, detached: true, stdio: 'ignore', env: { ...process.env, ...natsServerEnv() } });
    child.unref();
    return { via: 'binary', bin, storeDir, pid: child.pid, pidFile, logFile, port: c.port };
  },
};

const INSTALL_HINT = {
  postgres: 'PostgreSQL (Debian: apt-get install postgresql)',
  redis: 'Redis (Debian: apt-get install redis-server)',
  nats: 'NATS server (Debian: apt-get install nats-server)',
};

function composeUp(service, c, compose) {
  const [cmd, pre] = compose;
  const env = { ...process.env, ...natsServerEnv(), [DOCKER_PORT_VAR[service]]: String(c.port) };
  if (service === 'postgres') {
    // DATABASE_URL without a password (npm start's default): the container trusts loopback clients,
    // its superuser password a random one nobody needs (no password written in the repository)
    env.POSTGRES_PASSWORD = c.password || randomBytes(18).toString('hex');
    if (!c.password) env.POSTGRES_HOST_AUTH_METHOD = 'trust';
  }
  if (service === 'redis' && c.password) env.REDIS_PASSWORD = c.password;
  log.info(`docker compose up -d ${service} (port ${c.port})`);
  const r = spawnSync(cmd, [...pre, '-f', join(ROOT, 'docker-compose.yml'), 'up', '-d', service], { cwd: ROOT, env, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`docker compose up -d ${service} failed (exit ${r.status})`);
  return { via: 'docker', service, port: c.port };
}

async function waitAnswer(name, c, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const r = await probes[name](c);
    if (r.ok) return r;
    if (Date.now() > deadline) return null;
    await sleep(300);
  }
}

/**
 * Makes sure PostgreSQL, NATS and Redis answer on the configured URLs, starting what does not.
 * Throws with a message naming what to install when it cannot.
 */
export async function ensureInfra(env) {
  const targets = {
    postgres: parseUrl(env.DATABASE_URL, 5432),
    nats: parseUrl(env.NATS_URL.split(',')[0], 4222),
    redis: parseUrl(env.REDIS_URL, 6379),
  };
  const started = readStarted();
  const missing = [];
  for (const [name, c] of Object.entries(targets)) {
    let r = await probes[name](c);
    if (r.ok) {
      log.info(`${name} answers on ${c.host}:${c.port}${started[name] ? ' (started earlier by npm start)' : ''}`);
    } else {
      if (!c.local) throw new Error(`${name} does not answer on ${c.host}:${c.port}, which is not this machine: start it there or change the URL`);
      delete started[name];
      let record = null;
      const compose = dockerCompose();
      if (compose) record = composeUp(name, c, compose);
      else {
        log.info(`${name} does not answer on ${c.host}:${c.port}: trying to start it from the local binaries (data in .data/)`);
        record = fromBinaries[name](c);
      }
      if (!record) {
        missing.push(name);
        continue;
      }
      record.startedAt = new Date().toISOString();
      started[name] = record;
      writeStarted(started);
      r = await waitAnswer(name, c, record.via === 'docker' ? 180_000 : 30_000);
      if (!r) throw new Error(`${name} was started (${record.via}) but does not answer on ${c.host}:${c.port}; see ${record.logFile ?? 'docker compose logs ' + name}`);
      log.ok(`${name} started (${record.via}) on ${c.host}:${c.port}`);
    }
    if (name === 'nats' && r.jetstream === false)
      log.warn(`the NATS server on ${c.host}:${c.port} runs without JetStream: the apps need it (restart it with -js)`);
  }
  writeStarted(started);
  if (missing.length)
    throw new Error(
      `cannot start ${missing.join(', ')}: no Docker engine answers and the server binaries are not installed.\n` +
        `Install ${missing.map((m) => INSTALL_HINT[m]).join('; ')} — or Docker — or point the URL at a running server.`,
    );
  return targets;
}

/** Creates the application database if missing (connecting to the `postgres` database). */
export async function ensureDatabase(databaseUrl) {
  const { default: pg } = await import('pg');
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1)) || 'party';
  url.pathname = '/postgres';
  const client = new pg.Client({ connectionString: url.toString(), connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (e) {
    throw new Error(`cannot connect to PostgreSQL at ${url.host} as "${url.username || 'postgres'}": ${e.message}`);
  }
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) {
      await client.query(`create database "${name.replace(/"/g, '""')}"`).catch((e) => {
        if (e.code !== '42P04') throw e;
      });
      log.ok(`database "${name}" created`);
    }
  } finally {
    await client.end();
  }
}

function pidFromFile(file) {
  try {
    return Number(readFileSync(file, 'utf8').trim());
  } catch {
    return 0;
  }
}

async function termPid(pid, mustContain, label) {
  if (!alive(pid)) return log.info(`${label} was not running`);
  if (!cmdline(pid).includes(mustContain)) return log.warn(`pid ${pid} is no longer ${label}; left alone`);
  process.kill(pid, 'SIGTERM');
  for (let i = 0; i < 100 && alive(pid); i++) await sleep(100);
  if (alive(pid)) process.kill(pid, 'SIGKILL');
  log.ok(`${label} stopped`);
}

/** Stops only the infrastructure recorded in .data/started.json. */
export async function stopInfra() {
  const started = readStarted();
  const names = Object.keys(started);
  if (!names.length) return log.info('no infrastructure was started by npm start');
  for (const name of names) {
    const r = started[name];
    try {
      if (r.via === 'docker') {
        const compose = dockerCompose();
        if (!compose) {
          log.warn(`${name} was started with docker compose but Docker does not answer now`);
          continue;
        }
        spawnSync(compose[0], [...compose[1], '-f', join(ROOT, 'docker-compose.yml'), 'stop', r.service], { cwd: ROOT, stdio: 'inherit' });
        log.ok(`${name} (docker) stopped`);
      } else if (name === 'postgres') {
        if (!existsSync(join(r.dataDir, 'postmaster.pid'))) log.info('postgres was not running');
        else {
          pgExec(join(r.binDir, 'pg_ctl'), ['-D', r.dataDir, '-m', 'fast', '-w', '-t', '60', 'stop']);
          log.ok(`postgres (port ${r.port}) stopped`);
        }
      } else if (name === 'redis') {
        await termPid(pidFromFile(r.pidFile), 'redis-server', `redis (port ${r.port})`);
      } else if (name === 'nats') {
        await termPid(pidFromFile(r.pidFile) || r.pid, 'nats-server', `nats (port ${r.port})`);
      }
      delete started[name];
    } catch (e) {
      log.error(`stopping ${name}: ${errText(e)}`);
    }
  }
  writeStarted(started);
}
