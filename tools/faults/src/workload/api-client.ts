import { waitFor } from '@party/testing';

/** What one request got: `status` 0 when no answer came (refused connection, reset, timeout). */
export interface Answer {
  status: number;
  body: any;
  ms: number;
  error?: string;
}

/**
 * The workload's client of the gateway's public API, as one user. A request that got no answer
 * is reported as such, never retried here: whether it was recorded is for the checks to find
 * out. Only what the gateway refused before forwarding (401 after a token expired, 429) is sent
 * again, as any client would.
 */
export class ApiClient {
  private token = '';

  constructor(
    readonly api: string,
    private readonly username: string,
    private readonly password: string,
    private readonly timeoutMs = 30_000,
  ) {}

  /** Logs in, trying again while the system is still coming up or mid-fault. */
  async login(timeoutMs = 120_000): Promise<void> {
    await waitFor(
      async () => {
        const res = await this.raw('POST', '/auth/login', { username: this.username, password: this.password }, false);
        if (res.status === 200) this.token = res.body.accessToken;
        return res.status === 200;
      },
      { timeoutMs, intervalMs: 500, what: `${this.username} to log in` },
    );
  }

  async send(method: 'GET' | 'POST', path: string, body?: unknown): Promise<Answer> {
    let answer = await this.raw(method, path, body);
    for (let attempt = 1; attempt <= 3 && (answer.status === 401 || answer.status === 429); attempt++) {
      if (answer.status === 401) await this.login().catch(() => undefined);
      else await new Promise((r) => setTimeout(r, 500 * attempt));
      answer = await this.raw(method, path, body);
    }
    return answer;
  }

  /** A request that must succeed (setup, final reads): sent again while it gets no answer or a 5xx; a 4xx fails at once. */
  async must(method: 'GET' | 'POST', path: string, body?: unknown, timeoutMs = 120_000): Promise<any> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const answer = await this.send(method, path, body);
      if (answer.status >= 200 && answer.status < 300) return answer.body;
      const refused = answer.status >= 400 && answer.status < 500;
      if (refused || Date.now() > deadline) {
        throw new Error(`${method} ${path} ${refused ? 'was refused' : `did not succeed within ${timeoutMs / 1000} s`}: ${answer.status} ${JSON.stringify(answer.body ?? answer.error).slice(0, 600)}`);
      }
      await new Promise((r) => setTimeout(r, 1000));
    }
  }

  private async raw(method: string, path: string, body: unknown, auth = true): Promise<Answer> {
    const started = Date.now();
    try {
      const res = await fetch(`${this.api}${path}`, {
        method,
        headers: { 'content-type': 'application/json', ...(auth && this.token ? { authorization: `Bearer ${this.token}` } : {}) },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      const text = await res.text();
      let json: unknown = text;
      try {
        json = text ? JSON.parse(text) : undefined;
      } catch {
        /* not JSON: keep the text */
      }
      return { status: res.status, body: json, ms: Date.now() - started };
    } catch (err) {
      const e = err as Error & { cause?: { code?: string } };
      return { status: 0, body: undefined, ms: Date.now() - started, error: e.cause?.code ?? e.name ?? e.message };
    }
  }
}
