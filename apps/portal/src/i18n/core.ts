/**
 * The texts the sign-in page needs, loaded with it; the workspaces' texts (`vi.ts`, `en.ts`)
 * arrive with the first signed-in page (`workspace-texts.ts`), so the login page stays small.
 */
export const coreVi = {
  app: {
    name: 'Công tác tổ chức xây dựng Đảng',
    organization: 'Đảng ủy Khối',
    skipToContent: 'Chuyển đến nội dung chính',
  },
  language: {
    label: 'Ngôn ngữ',
    vi: 'Tiếng Việt',
    en: 'English',
  },
  session: {
    user: 'Người dùng hiện tại',
    roles: 'Vai trò',
    logout: 'Đăng xuất',
    expired: 'Phiên làm việc đã hết hạn, vui lòng đăng nhập lại.',
  },
  login: {
    title: 'Đăng nhập',
    intro: 'Dành cho cán bộ các ban của Đảng ủy Khối.',
    username: 'Tên đăng nhập',
    password: 'Mật khẩu',
    submit: 'Đăng nhập',
    submitting: 'Đang đăng nhập…',
    required: 'Vui lòng nhập tên đăng nhập và mật khẩu.',
    failed: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    locked: 'Tài khoản đang bị khóa tạm thời do đăng nhập sai nhiều lần.',
    rateLimited: 'Quá nhiều lần thử, vui lòng đợi một lát rồi thử lại.',
  },
  common: {
    loading: 'Đang tải…',
    retry: 'Thử lại',
    yes: 'Có',
    no: 'Không',
    required: 'bắt buộc',
    close: 'Đóng',
  },
  errors: {
    network: 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.',
    unexpected: 'Đã có lỗi xảy ra (mã {{status}}).',
    forbidden: 'Bạn không có quyền xem trang này.',
    notFound: 'Không tìm thấy trang.',
    backHome: 'Về trang chủ',
    forbiddenTitle: 'Không có quyền truy cập',
  },
};

export const coreEn: typeof coreVi = {
  app: {
    name: 'Party organization work',
    organization: 'Bloc Party Committee',
    skipToContent: 'Skip to main content',
  },
  language: {
    label: 'Language',
    vi: 'Tiếng Việt',
    en: 'English',
  },
  session: {
    user: 'Signed in as',
    roles: 'Roles',
    logout: 'Sign out',
    expired: 'Your session has expired, please sign in again.',
  },
  login: {
    title: 'Sign in',
    intro: 'For staff of the bloc Party Committee’s departments.',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    submitting: 'Signing in…',
    required: 'Please enter your username and password.',
    failed: 'Wrong username or password.',
    locked: 'The account is temporarily locked after repeated failed sign-ins.',
    rateLimited: 'Too many attempts, please wait a moment and try again.',
  },
  common: {
    loading: 'Loading…',
    retry: 'Try again',
    yes: 'Yes',
    no: 'No',
    required: 'required',
    close: 'Close',
  },
  errors: {
    network: 'Cannot reach the server. Please check the network and try again.',
    unexpected: 'Something went wrong (status {{status}}).',
    forbidden: 'You are not allowed to see this page.',
    notFound: 'Page not found.',
    backHome: 'Back to the home page',
    forbiddenTitle: 'No permission',
  },
};
