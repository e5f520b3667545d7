import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { freePort, stopProcess, waitFor, WORKSPACE_ROOT } from '@party/testing';

export interface PortalLoad {
  /** JavaScript files the page downloaded before it settled. */
  files: { name: string; bytes: number; gzipped: number }[];
  bytes: number;
  gzipped: number;
  /** Every JavaScript file of the build, for the ratio "first load / whole portal". */
  buildBytes: number;
  buildGzipped: number;
  buildFiles: number;
}

const VITE = join(WORKSPACE_ROOT, 'node_modules/vite/bin/vite.js');
const CONFIG = join(WORKSPACE_ROOT, 'apps/portal/vite.config.ts');
const gzipped = (body: Buffer) => gzipSync(body, { level: 6 }).length;

/**
 * The first load of the login page as a user's browser makes it: the production build served
 * by Vite's preview, Debian's Chromium with an empty cache, every JavaScript answer counted as
 * sent and as gzip (level 6, what a web server sends) would send it.
 */
export async function benchPortalLoad(path = '/login'): Promise<PortalLoad> {
  const outDir = join(WORKSPACE_ROOT, 'tmp', `bench-portal-${process.pid}`);
  const built = spawnSync(process.execPath, [VITE, 'build', '--config', CONFIG, '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: WORKSPACE_ROOT,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production', NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  if (built.status !== 0) throw new Error(`the portal did not build:\n${built.stderr}`);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const preview = spawn(process.execPath, [VITE, 'preview', '--config', CONFIG, '--outDir', outDir, '--port', String(port)], { cwd: WORKSPACE_ROOT, stdio: 'ignore' });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-dev-shm-usage'] });
  try {
    await waitFor(async () => (await fetch(url)).ok, { timeoutMs: 30_000, what: 'the portal preview' });
    const page = await browser.newPage();
    const files: PortalLoad['files'] = [];
    const pending: Promise<void>[] = [];
    page.on('response', (response) => {
      if (!response.url().endsWith('.js')) return;
      pending.push(
        response.body().then((body) => {
          files.push({ name: response.url().replace(url, ''), bytes: body.length, gzipped: gzipped(body) });
        }),
      );
    });
    await page.goto(`${url}${path}`, { waitUntil: 'networkidle' });
    await page.waitForSelector('#login-username');
    await Promise.all(pending);
    const assets = join(outDir, 'assets');
    const all = readdirSync(assets).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(assets, f)));
    return {
      files: files.sort((a, b) => b.gzipped - a.gzipped),
      bytes: files.reduce((s, f) => s + f.bytes, 0),
      gzipped: files.reduce((s, f) => s + f.gzipped, 0),
      buildBytes: all.reduce((s, b) => s + b.length, 0),
      buildGzipped: all.reduce((s, b) => s + gzipped(b), 0),
      buildFiles: all.length,
    };
  } finally {
    await browser.close();
    await stopProcess(preview, 'SIGTERM');
    rmSync(outDir, { recursive: true, force: true });
  }
}
