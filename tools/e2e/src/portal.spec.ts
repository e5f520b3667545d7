import { antd } from './antd-driver';
import { LAPTOP, TABLET, usePortal } from './portal-under-test';

// a browser driving Ant Design on a loaded 2-core CI machine: a click can land on a closing
// dropdown; a failed test runs again (its first error logged), each test opening its own page
jest.retryTimes(2, { logErrorsBeforeRetry: true });

/**
 * The portal as its users meet it, page by page: the production build against the whole
 * running system, in Debian's headless Chromium, each main page screenshotted and checked by
 * axe-core (no critical or serious violation), as the role that works there.
 */
const portal = usePortal('portal');

const MAIN_PAGES: { user: string; path: string; name: string; heading: RegExp }[] = [
  { user: 'bantochuc', path: '/', name: 'home-board', heading: /Trang chủ|Xin chào|Chào/ },
  { user: 'bantochuc', path: '/orgs', name: 'orgs', heading: /Tổ chức đảng/ },
  { user: 'bantochuc', path: '/members', name: 'members', heading: /Đảng viên/ },
  { user: 'bantochuc', path: '/candidates', name: 'candidates', heading: /Phát triển đảng viên|kết nạp/i },
  { user: 'bantochuc', path: '/probation', name: 'probation', heading: /chính thức/i },
  { user: 'bantochuc', path: '/cards', name: 'cards', heading: /Thẻ đảng viên/ },
  { user: 'bantochuc', path: '/badges', name: 'badges', heading: /Huy hiệu/ },
  { user: 'bantochuc', path: '/transfers', name: 'transfers', heading: /Chuyển sinh hoạt/ },
  { user: 'bantochuc', path: '/leaving', name: 'leaving', heading: /Xóa tên|từ trần/i },
  { user: 'bantochuc', path: '/roster', name: 'roster', heading: /danh sách/i },
  { user: 'bantochuc', path: '/training', name: 'training', heading: /bồi dưỡng|Đào tạo|lớp/i },
  { user: 'bantochuc', path: '/reports/year-end', name: 'year-end', heading: /Báo cáo cuối năm/ },
  { user: 'admin', path: '/', name: 'home-admin', heading: /Trang chủ|Xin chào|Chào/ },
  { user: 'admin', path: '/admin/users', name: 'users', heading: /Người dùng/ },
  { user: 'admin', path: '/admin/status', name: 'status', heading: /Tình trạng hệ thống/ },
  { user: 'admin', path: '/admin/audit', name: 'audit', heading: /Nhật ký thay đổi/ },
  { user: 'viewer', path: '/', name: 'home-viewer', heading: /Trang chủ|Xin chào|Chào/ },
  { user: 'ubkt', path: '/', name: 'home-ubkt', heading: /Trang chủ|Xin chào|Chào/ },
  { user: 'ubkt', path: '/inspection/programs', name: 'inspection-programs', heading: /Chương trình|kiểm tra/i },
  { user: 'ubkt', path: '/inspection/surveys?tab=coverage', name: 'inspection-coverage', heading: /khảo sát/i },
  { user: 'ubkt', path: '/inspection/cases', name: 'inspection-cases', heading: /kiểm tra|vi phạm/i },
  { user: 'ubkt', path: '/inspection/disciplines', name: 'inspection-disciplines', heading: /Kỷ luật/i },
  { user: 'ubkt', path: '/inspection/complaints', name: 'inspection-complaints', heading: /Khiếu nại|tố cáo/i },
  { user: 'bantochuc', path: '/inspection/outcomes', name: 'inspection-outcomes', heading: /kỷ luật/i },
  { user: 'thuongvu', path: '/', name: 'home-standing', heading: /Trang chủ|Xin chào|Chào/ },
];

describe('the portal in a browser', () => {
  it('refuses a wrong password with the server’s message in Vietnamese, and stays on the sign-in page', async () => {
    const login = await portal.open(null, '/login');
    await login.fill('#login-username', 'bantochuc');
    await login.fill('#login-password', 'sai-mat-khau');
    await login.click('button[type="submit"]');
    await login.waitForSelector('#login-message:not(:empty)');
    expect(await login.textContent('#login-message')).toMatch(/mật khẩu/i);
    expect(await login.isVisible('#login-username')).toBe(true);
    expect(await portal.seriousViolations(login)).toEqual([]);
    await portal.shot(login, 'login');
  });

  it.each(MAIN_PAGES)('$user opens $path: its heading, a screenshot, and no critical or serious accessibility violation', async ({ user, path, name, heading }) => {
    const page = await portal.open(user, path);
    const h1 = page.locator('main h1').first();
    await h1.waitFor();
    expect(await h1.textContent()).toMatch(heading);
    await page.waitForLoadState('networkidle');
    await portal.shot(page, name);
    expect(await portal.seriousViolations(page)).toEqual([]);
    await page.setViewportSize(TABLET);
    await portal.shot(page, `${name}-tablet`);
    await page.setViewportSize(LAPTOP);
  });

  it('shows the administrator a failed sign-in in the gateway\'s audit, chosen among the services', async () => {
    const login = await portal.open(null, '/login');
    await login.fill('#login-username', 'thuongvu');
    await login.fill('#login-password', 'sai-mat-khau-nhat-ky');
    await login.click('button[type="submit"]');
    await login.waitForSelector('#login-message:not(:empty)');
    const page = await portal.open('admin', '/admin/audit');
    await page.locator('main h1').first().waitFor();
    await antd(page).option('#audit-service', 'Đăng nhập', 'Đăng nhập, tài khoản');
    await page.waitForURL(/service=gateway/);
    const row = page.locator('main tr', { hasText: 'login.failed' }).filter({ hasText: 'thuongvu' }).first();
    await row.waitFor();
    await portal.shot(page, 'audit-gateway');
    expect(await portal.seriousViolations(page)).toEqual([]);
  });

  it('shows a viewer no edit button, and the "no permission" page on an edit address', async () => {
    const page = await portal.open('viewer', '/orgs');
    await page.locator('main h1').first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.locator('main button', { hasText: /Thành lập|Đổi tên|Giải thể|Sáp nhập|Chia tách|Bàn giao|Thêm|Sửa/ }).count()).toBe(0);
    for (const path of ['/orgs/new', '/candidates/new', '/members']) {
      await page.goto(`${portal.url}${path}`);
      await page.getByText('Bạn không có quyền xem trang này.').waitFor();
    }
    await portal.shot(page, 'viewer-no-permission');
  });
});
