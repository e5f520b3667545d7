import { despiteConcurrentDrops } from './migrate';

describe('despiteConcurrentDrops', () => {
  it('takes the listing again when another process dropped its schema meanwhile', async () => {
    let calls = 0;
    const result = await despiteConcurrentDrops(async () => {
      if (++calls < 3) throw Object.assign(new Error('schema "t_other_gw" does not exist'), { code: '3F000' });
      return 'migrated';
    });
    expect(result).toBe('migrated');
    expect(calls).toBe(3);
  });

  it('lets any other error through at once, and gives up after the attempts', async () => {
    let calls = 0;
    await expect(despiteConcurrentDrops(async () => (calls++, Promise.reject(Object.assign(new Error('syntax error'), { code: '42601' }))))).rejects.toThrow('syntax error');
    expect(calls).toBe(1);
    await expect(despiteConcurrentDrops(async () => Promise.reject(Object.assign(new Error('gone'), { code: '42P01' })), 2)).rejects.toThrow('gone');
  });
});
