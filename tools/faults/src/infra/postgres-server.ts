import { execFile, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { waitFor } from '@party/testing';
import { onProcessExit } from '@party/testing';
import { reservePort } from './ports';

const run = promisify(execFile);

/** The newest `/usr/lib/postgresql/<v>/bin` with initdb and pg_ctl (or `PG_BIN`), as `npm start` finds it. */
export function postgresBinDir(): string {
  if (process.env.PG_BIN && existsSync(join(process.env.PG_BIN, 'pg_ctl'))) return process.env.PG_BIN;
  const base = '/usr/lib/postgresql';
  const versions = existsSync(base) ? readdirSync(base).filter((v) => existsSync(join(base, v, 'bin', 'initdb'))) : [];
  if (!versions.length) throw new Error('PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin: install the Debian package postgresql or set PG_BIN');
  return join(base, versions.sort((a, b) => Number(b) - Number(a))[0], 'bin');
}

/** PostgreSQL refuses to run as root: there it runs as the `postgres` user. */
const asRoot = process.getuid?.() === 0;

function postgresIds(): { uid: number; gid: number } {
  try {
    const line = readFileSync('/etc/passwd', 'utf8').split('\n').find((l) => l.startsWith('postgres:'));
    const [, , uid, gid] = (line ?? '').split(':');
    if (uid && gid) return { uid: Number(uid), gid: Number(gid) };
  } catch {
    /* no passwd */
  }
  throw new Error('running as root and there is no "postgres" user to run PostgreSQL as (useradd -r -m postgres)');
}

/**
 * A PostgreSQL server a test owns: `initdb` into a temporary directory, `pg_ctl` on a free
 * loopback port, so the test may stop it, crash it or shut its doors without touching anyone
 * else's database. `fsync=off` costs nothing here (only the process is ever killed, never the
 * machine); `synchronous_commit` stays on, so a commit the server acknowledged survives a crash.
 */
export class TestPostgresServer {
  private readonly bin = postgresBinDir();
  private readonly dir = mkdtempSync(join(tmpdir(), 'pg-faults-'));
  private readonly dataDir = join(this.dir, 'data');
  private readonly logFile = join(this.dir, 'postgres.log');

  private readonly forget = onProcessExit(() => {
    const pgCtl = join(this.bin, 'pg_ctl');
    const args = ['-D', this.dataDir, '-m', 'immediate', '-w', 'stop'];
    if (existsSync(join(this.dataDir, 'postmaster.pid'))) execFileSync(asRoot ? 'runuser' : pgCtl, asRoot ? ['-u', 'postgres', '--', pgCtl, ...args] : args, { stdio: 'ignore' });
    rmSync(this.dir, { recursive: true, force: true });
  });

  private constructor(readonly port: number) {}

  static async start(): Promise<TestPostgresServer> {
    const server = new TestPostgresServer(await reservePort());
    await server.init();
    await server.boot();
    return server;
  }

  /** `postgresql://postgres@127.0.0.1:<port>/<database>` */
  url(database = 'party'): string {
    return `postgresql://postgres@127.0.0.1:${this.port}/${database}`;
  }

  private async exec(tool: string, args: string[], timeoutMs = 120_000): Promise<void> {
    const file = join(this.bin, tool);
    const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', file, ...args]] : [file, args];
    try {
      await run(cmd, argv, { timeout: timeoutMs, cwd: this.dir });
    } catch (err) {
      const e = err as { stderr?: string; stdout?: string; message: string };
      throw new Error(`${tool} ${args.join(' ')} failed: ${[e.stderr, e.stdout, e.message].filter(Boolean).join('\n').trim()}\n${this.logTail()}`);
    }
  }

  private async init(): Promise<void> {
    if (asRoot) {
      const { uid, gid } = postgresIds();
      chownSync(this.dir, uid, gid);
    }
    await this.exec('initdb', ['-D', this.dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale', '--no-sync']);
  }

  /** Starts the server on its port and waits until it accepts connections. */
  async boot(): Promise<void> {
    const opts = [
      `-p ${this.port}`,
      '-c listen_addresses=127.0.0.1',
      "-c unix_socket_directories=''",
      '-c fsync=off',
      '-c full_page_writes=off',
      '-c max_connections=300',
    ].join(' ');
    await this.exec('pg_ctl', ['-D', this.dataDir, '-l', this.logFile, '-w', '-t', '120', '-o', opts, 'start']);
    await waitFor(() => this.answers(), { timeoutMs: 60_000, intervalMs: 100, what: `PostgreSQL on ${this.port} to accept connections` });
  }

  /**
   * `fast`: as an operator's restart (sessions are ended, the server exits cleanly);
   * `immediate`: as a crash (no checkpoint; the next start recovers from the write-ahead log).
   */
  async stop(mode: 'fast' | 'immediate' = 'fast'): Promise<void> {
    if (!existsSync(join(this.dataDir, 'postmaster.pid'))) return;
    await this.exec('pg_ctl', ['-D', this.dataDir, '-m', mode, '-w', '-t', '120', 'stop']);
  }

  /**
   * Shuts the doors of one database without stopping the server: new connections are refused
   * ("database does not allow connections") and the open ones are ended, as when an operator
   * takes a database out of service; `reopen` lets them in again.
   */
  async closeDatabase(database = 'party'): Promise<void> {
    await this.admin(async (db) => {
      await db.query(`alter database "${database}" allow_connections false`);
      await db.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [database]);
    });
  }

  async reopenDatabase(database = 'party'): Promise<void> {
    await this.admin((db) => db.query(`alter database "${database}" allow_connections true`));
  }

  async createDatabase(name: string): Promise<void> {
    await this.admin(async (db) => {
      const { rowCount } = await db.query('select 1 from pg_database where datname = $1', [name]);
      if (!rowCount) await db.query(`create database "${name}"`);
    });
  }

  private async admin<T>(work: (db: Client) => Promise<T>): Promise<T> {
    const db = new Client({ connectionString: this.url('postgres'), connectionTimeoutMillis: 10_000 });
    await db.connect();
    try {
      return await work(db);
    } finally {
      await db.end();
    }
  }

  async answers(): Promise<boolean> {
    try {
      await this.admin((db) => db.query('select 1'));
      return true;
    } catch {
      return false;
    }
  }

  logTail(lines = 20): string {
    try {
      return readFileSync(this.logFile, 'utf8').trim().split('\n').slice(-lines).join('\n');
    } catch {
      return '';
    }
  }

  async dispose(): Promise<void> {
    this.forget();
    await this.stop('immediate').catch(() => undefined);
    rmSync(this.dir, { recursive: true, force: true });
  }
}
