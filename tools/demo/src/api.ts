/** A refusal from the API, with what it said. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly body: any,
  ) {
    super(message);
  }
}

/**
 * The demo drives the system only through the gateway's public API, as a person would — never
 * the services' tables — so every figure of the demo comes out of recorded events.
 */
export class DemoApi {
  private token = '';
  private credentials: { username: string; password: string } | null = null;

  constructor(private readonly base: string) {}

  async login(username: string, password: string): Promise<void> {
    this.credentials = { username, password };
    this.token = '';
    const res = await this.raw('POST', '/auth/login', { username, password });
    this.token = res.accessToken;
  }

  post<T = any>(path: string, body: unknown): Promise<T> {
    return this.raw('POST', path, body);
  }

  get<T = any>(path: string): Promise<T> {
    return this.raw('GET', path);
  }

  /** A file's bytes (a report job's workbook or PDF). */
  async download(path: string): Promise<Buffer> {
    const res = await fetch(`${this.base}${path}`, { headers: { authorization: `Bearer ${this.token}` } });
    if (!res.ok) throw new ApiError(`GET ${path} → ${res.status}`, res.status, undefined);
    return Buffer.from(await res.arrayBuffer());
  }

  /** A file in the `file` field of a multipart form, as the portal's upload sends it. */
  async upload<T = any>(path: string, fileName: string, bytes: Buffer, contentType: string): Promise<T> {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)], { type: contentType }), fileName);
    const res = await fetch(`${this.base}${path}`, { method: 'POST', headers: { authorization: `Bearer ${this.token}` }, body: form });
    const json = await res.json().catch(() => undefined);
    if (!res.ok) throw new ApiError(`POST ${path} → ${res.status}: ${json?.message?.en ?? ''} ${JSON.stringify(json?.errors ?? json?.rowErrors ?? json?.fields ?? '').slice(0, 800)}`, res.status, json);
    return json as T;
  }

  private async raw(method: string, path: string, body?: unknown, attempt = 1): Promise<any> {
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    const json = text ? JSON.parse(text) : undefined;
    // an access token lives 15 minutes; a long load outlives it
    if (res.status === 401 && this.token && this.credentials && attempt === 1) {
      await this.login(this.credentials.username, this.credentials.password);
      return this.raw(method, path, body, attempt + 1);
    }
    if ((res.status === 429 || res.status === 503) && attempt < 8) {
      await new Promise((r) => setTimeout(r, 250 * 2 ** attempt));
      return this.raw(method, path, body, attempt + 1);
    }
    if (!res.ok) {
      const fields = json?.fields ? ` ${JSON.stringify(json.fields.slice(0, 5))}${json.fields.length > 5 ? ` (+${json.fields.length - 5} more)` : ''}` : '';
      throw new ApiError(`${method} ${path} → ${res.status}: ${json?.message?.en ?? text.slice(0, 500)}${fields}`, res.status, json);
    }
    return json;
  }
}

/** Runs `work` over `items` with at most `width` in flight. */
export async function inParallel<T, R>(items: T[], width: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await work(items[i], i);
      }
    }),
  );
  return out;
}

/**
 * Retries `work` while `transient` says the refusal will pass by itself — a fact another service
 * publishes (a certificate) is on its way through JetStream — for at most `seconds`.
 */
export async function retryWhile<T>(transient: (err: ApiError) => boolean, work: () => Promise<T>, seconds = 60): Promise<T> {
  const until = Date.now() + seconds * 1000;
  for (;;) {
    try {
      return await work();
    } catch (err) {
      if (!(err instanceof ApiError) || !transient(err) || Date.now() > until) throw err;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}
