/** Enough for every token alive at once in a bloc's working day; the oldest leave first. */
const CAPACITY = 5000;

/**
 * What a verified token gave (its claims, its principal), remembered until the token expires:
 * an ES256 check costs far more than the request it guards, so a page of requests pays it once.
 */
export class VerifiedTokens<T> {
  private readonly entries = new Map<string, { value: T; expiresAt: number }>();

  get(token: string): T | undefined {
    const known = this.entries.get(token);
    if (!known) return undefined;
    if (known.expiresAt > Date.now()) return known.value;
    this.entries.delete(token);
    return undefined;
  }

  set(token: string, value: T, expiresAt: number): void {
    if (this.entries.size >= CAPACITY) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(token, { value, expiresAt });
  }
}
