import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';

const here = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url));

// The portal only talks to the gateway; in development and preview Vite forwards /api to it,
// so the browser sees one origin and no CORS set-up is needed.
const gateway = process.env.GATEWAY_URL ?? 'http://127.0.0.1:3000';
const proxy: Record<string, ProxyOptions> = { '/api': { target: gateway, changeOrigin: true } };

// What the built portal may load: its own scripts only (no inline script, so an injected one does
// not run); inline styles stay allowed because Ant Design writes its CSS-in-JS into <style> tags.
// deploy/nginx.conf sends the same header in front of the same files.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export default defineConfig({
  root: here('.'),
  plugins: [react()],
  resolve: {
    alias: { '@party/contracts': here('../../libs/contracts/src/index.ts') },
  },
  build: {
    outDir: here('../../dist/apps/portal'),
    emptyOutDir: true,
    // No public source maps: the sources are not the users' business, and a map is 4× the bundle.
    sourcemap: false,
    rolldownOptions: {
      treeshake: {
        // contracts only declares things (no registration at import), so a module the portal
        // uses nothing from may be dropped: this keeps zod and the event schemas out of the bundle.
        moduleSideEffects: (id: string) => !id.replaceAll('\\', '/').includes('/libs/contracts/src/'),
      },
    },
  },
  server: { host: '127.0.0.1', port: 4200, strictPort: true, proxy },
  preview: { host: '127.0.0.1', port: 4200, strictPort: true, proxy, headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
});
