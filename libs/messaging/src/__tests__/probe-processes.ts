import { ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import type { NatsNames } from '@party/contracts';
import { TEST_DATABASE_URL } from '@party/testing';

/** Probe consumers run as processes of their own (`probe-consumer.process.ts`), so a spec can crash them. */
export class ProbeProcesses {
  private readonly children = new Set<ChildProcess>();

  constructor(
    private readonly natsUrl: string,
    private readonly schema: string,
  ) {}

  /** Resolves once the consumer has started; `mode` as `probe-consumer.process.ts` reads it. */
  spawn(names: NatsNames, name: string, opts: { ackWaitMs?: number; mode?: 'die-after-commit' } = {}): Promise<ChildProcess> {
    const args = [this.natsUrl, TEST_DATABASE_URL, this.schema, names.prefix, name, String(opts.ackWaitMs ?? 2000), ...(opts.mode ? [opts.mode] : [])];
    const child = fork(join(__dirname, 'probe-consumer.process.ts'), args, {
      execArgv: ['-r', '@swc-node/register'],
      env: { ...process.env, TS_NODE_PROJECT: join(__dirname, '../../../../tsconfig.base.json') },
      // not 'inherit': an orphaned child holding Jest's pipe would keep the whole run from exiting
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    this.children.add(child);
    child.stderr?.on('data', (d) => process.stderr.write(`[probe-consumer] ${d}`));
    child.once('exit', () => this.children.delete(child));
    return new Promise((resolve, reject) => {
      child.once('message', () => resolve(child));
      child.once('exit', (code) => reject(new Error(`probe consumer exited with ${code}`)));
    });
  }

  killAll(): Promise<void[]> {
    return Promise.all([...this.children].map((c) => kill(c, 'SIGKILL')));
  }
}

export function kill(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

/** Resolves when the process has ended, however it ended. */
export function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
  });
}
