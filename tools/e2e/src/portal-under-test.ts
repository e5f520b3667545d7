import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { DEMO_PASSWORD, remoteGateway, World } from '@party/gateway/testing';
import { Client } from 'pg';
import { freePort, stopProcess, TEST_DATABASE_URL, waitFor, WORKSPACE_ROOT } from '@party/testing';
import { SystemUnderTest, useSystem } from '@party/service-kit/testing';

const VITE = join(WORKSPACE_ROOT, 'node_modules/vite/bin/vite.js');
const CONFIG = join(WORKSPACE_ROOT, 'apps/portal/vite.config.ts');
/** Screenshots of every main page, for people to look at (ignored by git). */
export const SCREENSHOTS = join(WORKSPACE_ROOT, 'tools/e2e/screenshots');

export const LAPTOP = { width: 1366, height: 768 };
export const TABLET = { width: 1024, height: 768 };

export interface PortalUnderTest {
  system: SystemUnderTest;
  /** The portal's address (production build behind Vite's preview, /api forwarded to the system). */
  url: string;
  /** Builds data through the public API as the Organization Board. */
  world: World;
  /** A page signed in as `username` (the session put in place as the login page would), or nobody's. */
  open(username: string | null, path: string, viewport?: { width: number; height: number }): Promise<Page>;
  /** Saves a full-page screenshot as `<name>.png`. */
  shot(page: Page, name: string): Promise<void>;
  /** axe-core's violations of impact critical or serious on the page as it is now. */
  seriousViolations(page: Page): Promise<{ id: string; impact: string; help: string; nodes: string[] }[]>;
}

/**
 * The portal as its users meet it: the whole system running (`useSystem`), the portal's
 * production build in a directory of this file's own (files run in parallel), Debian's headless
 * Chromium (never a downloaded browser).
 */
export function usePortal(label: string): PortalUnderTest {
  const system = useSystem(label);
  const outDir = join(WORKSPACE_ROOT, 'tmp', `e2e-portal-${label}-${process.pid}`);
  let preview: ChildProcess | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const gateway = () => remoteGateway(system.base);
  const harness: PortalUnderTest = {
    system,
    url: '',
    world: undefined as unknown as World,
    async open(username, path, viewport = LAPTOP) {
      if (!browser) throw new Error('the browser is not started');
      const context = await browser.newContext({ viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', acceptDownloads: true });
      contexts.push(context);
      if (username) {
        await context.addInitScript((value) => {
          if (!localStorage.getItem('portal.session')) localStorage.setItem('portal.session', value);
        }, await sessionOf(username));
      }
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      await page.goto(`${harness.url}${path}`);
      return page;
    },
    async shot(page, name) {
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
    },
    async seriousViolations(page) {
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      return result.violations
        .filter((v) => v.impact === 'critical' || v.impact === 'serious')
        .map((v) => ({ id: v.id, impact: v.impact ?? '', help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
    },
  };

  /** The session the login page would keep, for `username` with the demo password. */
  async function sessionOf(username: string): Promise<string> {
    const res = await fetch(`${system.base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    });
    if (!res.ok) throw new Error(`${username} could not sign in: ${res.status}`);
    const tokens = (await res.json()) as { accessToken: string; refreshToken: string; expiresIn: number };
    return JSON.stringify({ accessToken: tokens.accessToken, refreshToken: tokens.refreshToken, expiresAt: Date.now() + tokens.expiresIn * 1000 });
  }

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const env = { ...process.env, NODE_ENV: 'production', NO_COLOR: '1', FORCE_COLOR: '0' };
    const built = spawnSync(process.execPath, [VITE, 'build', '--config', CONFIG, '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], { cwd: WORKSPACE_ROOT, encoding: 'utf8', env });
    if (built.status !== 0) throw new Error(`the portal did not build:\n${built.stderr}`);
    const port = await freePort();
    harness.url = `http://127.0.0.1:${port}`;
    preview = spawn(process.execPath, [VITE, 'preview', '--config', CONFIG, '--outDir', outDir, '--port', String(port)], {
      cwd: WORKSPACE_ROOT,
      env: { ...process.env, GATEWAY_URL: system.base },
      stdio: 'ignore',
    });
    await waitFor(async () => (await fetch(harness.url)).ok, { timeoutMs: 30_000, what: 'the portal preview' });
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-background-networking', '--disable-dev-shm-usage'],
    });
    const gw = gateway();
    // A certificate training issues reaches membership through JetStream: the world waits for
    // membership's copy before it admits anyone, as the in-process stacks do.
    const certificateSeen = async (personId: string, certificateNumber: string) => {
      const db = new Client({ connectionString: TEST_DATABASE_URL });
      await db.connect();
      try {
        const found = await db.query(`select 1 from "${system.schemaOf('membership')}".certificate where person_id = $1 and certificate_number = $2`, [personId, certificateNumber]);
        return found.rowCount === 1;
      } finally {
        await db.end();
      }
    };
    harness.world = new World(gw, gw.as(await gw.login('bantochuc')), { certificateSeen });
  }, 180_000);

  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close().catch(() => undefined)));
    await browser?.close();
    if (preview) await stopProcess(preview, 'SIGTERM');
    spawnSync('rm', ['-rf', outDir]);
  });

  return harness;
}
