import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

export const WORKSPACE_ROOT = join(__dirname, '../../..');

/** Runs a TypeScript entry point of the workspace as its own process, as `npm start` does. */
export function spawnTs(entry: string, env: Record<string, string>, label = entry): ChildProcess {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', join(WORKSPACE_ROOT, entry), ...(env.ARGS ? env.ARGS.split(' ') : [])], {
    cwd: WORKSPACE_ROOT,
    env: { ...process.env, TS_NODE_PROJECT: join(WORKSPACE_ROOT, 'tsconfig.base.json'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const echo = process.env.TEST_ECHO_CHILDREN === 'true';
  child.stdout?.on('data', (d) => echo && process.stdout.write(`[${label}] ${d}`));
  child.stderr?.on('data', (d) => process.stderr.write(`[${label}] ${d}`));
  return child;
}

export function runTs(entry: string, env: Record<string, string>, args: string[] = []): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawnTs(entry, { ...env, ARGS: args.join(' ') });
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${entry} ${args.join(' ')} exited with ${code}`))));
  });
}

/** Sends `signal` and resolves with how long the process took to exit. */
export function stopProcess(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<number> {
  const started = Date.now();
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve(0);
    child.once('exit', () => resolve(Date.now() - started));
    child.kill(signal);
  });
}
