import { WindowCounterStorage } from './window-counter-storage';

describe('WindowCounterStorage', () => {
  let now = 1_000_000;
  const storage = new WindowCounterStorage(() => now);
  afterAll(() => storage.onApplicationShutdown());

  it('lets the limit through in a window, refuses the next until the block ends, then counts afresh', async () => {
    const hit = () => storage.increment('1.2.3.4', 60_000, 3, 60_000, 'login');
    expect((await Promise.all([hit(), hit(), hit()])).map((r) => r.isBlocked)).toEqual([false, false, false]);
    const refused = await hit();
    expect(refused).toMatchObject({ isBlocked: true, timeToBlockExpire: 60 });
    now += 30_000;
    expect(await hit()).toMatchObject({ isBlocked: true, timeToBlockExpire: 30 });
    now += 30_001;
    expect(await hit()).toMatchObject({ isBlocked: false, totalHits: 1, timeToExpire: 60 });
  });

  it('counts each client and each limit apart', async () => {
    await storage.increment('5.6.7.8', 60_000, 1, 60_000, 'default');
    expect((await storage.increment('5.6.7.8', 60_000, 1, 60_000, 'default')).isBlocked).toBe(true);
    expect((await storage.increment('5.6.7.8', 60_000, 1, 60_000, 'login')).isBlocked).toBe(false);
    expect((await storage.increment('9.9.9.9', 60_000, 1, 60_000, 'default')).isBlocked).toBe(false);
  });

  it('forgets clients whose window and block have ended', async () => {
    expect(storage.size).toBeGreaterThan(0);
    now += 10 * 60_000;
    storage.forgetEnded();
    expect(storage.size).toBe(0);
  });

  it('costs the same whatever the number of hits in the window (no list of hits kept)', async () => {
    for (let i = 0; i < 100_000; i++) await storage.increment('10.0.0.1', 60_000, 1e9, 60_000, 'default');
    expect(storage.size).toBe(1);
    expect((await storage.increment('10.0.0.1', 60_000, 1e9, 60_000, 'default')).totalHits).toBe(100_001);
  });
});
