import { PublicCache } from './public-cache';

describe('PublicCache', () => {
  it('loads once within the TTL, again after it, and never with a TTL of 0', async () => {
    let t = 1_000;
    let loads = 0;
    const cache = new PublicCache<number>(60, 10, () => t);
    const load = async () => ++loads;
    expect(await cache.get('a', load)).toBe(1);
    t += 59_999;
    expect(await cache.get('a', load)).toBe(1);
    t += 1;
    expect(await cache.get('a', load)).toBe(2);
    const off = new PublicCache<number>(0, 10, () => t);
    await off.get('a', load);
    await off.get('a', load);
    expect(loads).toBe(4);
  });
  it('shares one load between concurrent misses, forgets a failed load and keeps at most maxEntries keys', async () => {
    let loads = 0;
    const cache = new PublicCache<number>(60, 2);
    const slow = () => new Promise<number>((res) => setTimeout(() => res(++loads), 5));
    const [a, b] = await Promise.all([cache.get('k', slow), cache.get('k', slow)]);
    expect([a, b, loads]).toEqual([1, 1, 1]);
    await expect(cache.get('bad', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get('bad', async () => 7)).toBe(7);
    await cache.get('x', async () => 8);
    await cache.get('y', async () => 9);
    // 'k' was the oldest of three: dropped.
    expect(await cache.get('k', async () => 42)).toBe(42);
  });
});
