/**
 * `NATS_URL` as the apps take it: one or more comma-separated `nats://[user:password@]host:port`.
 * nats.js does not read credentials from a URL, so they are taken out here and given as
 * `user`/`pass` (the same user on every server of the list).
 */
export function natsServerOptions(url: string): { servers: string[]; user?: string; pass?: string } {
  let user: string | undefined;
  let pass: string | undefined;
  const servers = url
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((server) => {
      const m = /^([a-z]+:\/\/)?([^@/]*)@(.+)$/i.exec(server);
      if (!m) return server;
      const [name, password = ''] = m[2].split(':');
      user = decodeURIComponent(name);
      pass = decodeURIComponent(password);
      return `${m[1] ?? ''}${m[3]}`;
    });
  return user === undefined ? { servers } : { servers, user, pass };
}

/** The URL with its password replaced, for a log line. */
export function redactedNatsUrl(url: string): string {
  return url.replace(/\/\/([^:@/]*):[^@/]*@/g, '//$1:***@');
}
