import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';
import { freePort, stopProcess, waitFor, WORKSPACE_ROOT } from '@party/testing';
import { useSystem } from './system-under-test';

/**
 * The portal as its users meet it: the production build, served by Vite's preview with `/api`
 * forwarded to the real gateway of a whole running system, driven in Debian's headless Chromium.
 */
const system = useSystem('portal');
const VITE = join(WORKSPACE_ROOT, 'node_modules/vite/bin/vite.js');
const CONFIG = join(WORKSPACE_ROOT, 'apps/portal/vite.config.ts');
let preview: ChildProcess;
let browser: Browser;
let portal: string;

beforeAll(async () => {
  const built = spawnSync(process.execPath, [VITE, 'build', '--config', CONFIG, '--logLevel', 'warn'], { cwd: WORKSPACE_ROOT, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`the portal did not build:\n${built.stderr}`);
  const port = await freePort();
  portal = `http://127.0.0.1:${port}`;
  preview = spawn(process.execPath, [VITE, 'preview', '--config', CONFIG, '--port', String(port)], { cwd: WORKSPACE_ROOT, env: { ...process.env, GATEWAY_URL: system.base }, stdio: 'ignore' });
  await waitFor(async () => (await fetch(portal)).ok, { timeoutMs: 30_000, what: 'the portal preview' });
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking', '--disable-dev-shm-usage'] });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (preview) await stopProcess(preview, 'SIGTERM');
});

async function signIn(page: Page, password: string): Promise<void> {
  await page.goto(portal);
  await page.fill('#login-username', 'bantochuc');
  await page.fill('#login-password', password);
  await page.click('button[type="submit"]');
}

describe('the portal in a browser', () => {
  it('refuses a wrong password with the server’s message in Vietnamese, and stays on the sign-in page', async () => {
    const page = await browser.newPage({ locale: 'vi-VN' });
    await signIn(page, 'sai-mat-khau');
    await page.waitForSelector('#login-message:not(:empty)');
    expect(await page.textContent('#login-message')).toMatch(/mật khẩu/i);
    expect(await page.isVisible('#login-username')).toBe(true);
    await page.close();
  });

  it('signs the Organization Board in and opens the year-end report, which says how complete its figures are', async () => {
    const page = await browser.newPage({ locale: 'vi-VN' });
    await signIn(page, 'Demo@2023');
    await page.waitForSelector('nav a[href="/reports/year-end"]');
    await page.click('nav a[href="/reports/year-end"]');
    await page.waitForSelector('#year-end-title');
    expect(await page.textContent('#year-end-title')).toBe('Báo cáo cuối năm');
    // the figures come through the generated client from the real reporting service
    const notice = await page.waitForSelector('p.notice[role="status"]');
    expect(await notice.textContent()).toMatch(/Số liệu đã gồm mọi thao tác ghi nhận|Chưa có sự kiện nào được ghi nhận|Báo cáo đang cập nhật/);
    await page.close();
  });
});
