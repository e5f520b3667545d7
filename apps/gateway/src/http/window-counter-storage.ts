import type { OnApplicationShutdown } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import type { ThrottlerStorageRecord } from '@nestjs/throttler/dist/throttler-storage-record.interface';

interface Window {
  count: number;
  endsAt: number;
  blockedUntil: number;
}

const seconds = (ms: number) => Math.max(0, Math.ceil(ms / 1000));

/**
 * The rate limits' counts, one fixed window per client and limit: O(1) a request. The library's
 * in-memory storage keeps every hit's expiry and filters the whole list on each request (and
 * spreads it into `Math.min`): at 1.000 requests/s from one address that is 60.000 entries a
 * request, most of the gateway's CPU on a trivial route (BENCHMARKS.md, "At scale"). A fixed window
 * lets a burst of up to twice the limit straddle two windows; for a protective limit that is fine.
 */
export class WindowCounterStorage implements ThrottlerStorage, OnApplicationShutdown {
  private readonly windows = new Map<string, Window>();
  private readonly sweep: NodeJS.Timeout;

  constructor(private readonly now: () => number = Date.now) {
    // windows of clients gone quiet are forgotten once a minute
    this.sweep = setInterval(() => this.forgetEnded(), 60_000);
    this.sweep.unref();
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerStorageRecord> {
    const now = this.now();
    const id = `${throttlerName}:${key}`;
    let w = this.windows.get(id);
    if (!w) {
      w = { count: 0, endsAt: now + ttl, blockedUntil: 0 };
      this.windows.set(id, w);
    }
    if (w.blockedUntil > now) return { totalHits: w.count, timeToExpire: seconds(w.endsAt - now), isBlocked: true, timeToBlockExpire: seconds(w.blockedUntil - now) };
    if (now >= w.endsAt) {
      w.count = 0;
      w.endsAt = now + ttl;
      w.blockedUntil = 0;
    }
    w.count += 1;
    if (w.count > limit) {
      // refused until the block ends (blockDuration, by default the window's length)
      w.blockedUntil = now + Math.max(blockDuration, 1);
      return { totalHits: w.count, timeToExpire: seconds(w.endsAt - now), isBlocked: true, timeToBlockExpire: seconds(w.blockedUntil - now) };
    }
    return { totalHits: w.count, timeToExpire: seconds(w.endsAt - now), isBlocked: false, timeToBlockExpire: 0 };
  }

  /** How many clients it remembers (for the tests). */
  get size(): number {
    return this.windows.size;
  }

  forgetEnded(): void {
    const now = this.now();
    for (const [id, w] of this.windows) if (w.endsAt <= now && w.blockedUntil <= now) this.windows.delete(id);
  }

  onApplicationShutdown(): void {
    clearInterval(this.sweep);
  }
}
