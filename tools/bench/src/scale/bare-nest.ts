import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { freePort, stopProcess, waitFor } from '@party/testing';

/** The bare NestJS app (`bare-nest.main.ts`) as a process: its URL, its pid, and a way to stop it. */
export async function startBareNest(): Promise<{ url: string; pid: number; stop(): Promise<void> }> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['-r', '@swc-node/register', join(__dirname, 'bare-nest.main.ts')], {
    env: { ...process.env, HTTP_PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}/ping`;
  await waitFor(async () => (await fetch(url).catch(() => null))?.ok === true, { timeoutMs: 60_000, intervalMs: 200, what: 'the bare NestJS app' });
  return { url, pid: child.pid as number, stop: async () => void (await stopProcess(child, 'SIGKILL')) };
}
