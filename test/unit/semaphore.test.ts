// The heavy-request semaphore: a few run, a bounded queue waits its turn in order, the rest are refused at once.
import { describe, expect, it } from 'vitest';
import { heavyRequestLimiter, QUEUE_PER_SLOT } from '../../server/http/concurrency-limit.ts';
import { QueueFullError, Semaphore } from '../../server/http/semaphore.ts';

describe('Semaphore', () => {
  it('grants free slots at once, queues up to its bound in arrival order, refuses beyond it', async () => {
    const s = new Semaphore(1, 2);
    const first = await s.acquire(10_000);
    const order: string[] = [];
    const a = s.acquire(10_000).then((release) => (order.push('a'), release));
    const b = s.acquire(10_000).then((release) => (order.push('b'), release));
    await expect(s.acquire(10_000)).rejects.toBeInstanceOf(QueueFullError);
    expect([s.active, s.queued]).toEqual([1, 2]);

    first();
    (await a)();
    (await b)();
    expect(order).toEqual(['a', 'b']);
    expect([s.active, s.queued]).toEqual([0, 0]);
  });

  it('gives up on a waiter after its deadline and frees its place in the queue', async () => {
    const s = new Semaphore(1, 1);
    const held = await s.acquire(1000);
    await expect(s.acquire(30)).rejects.toThrow('waited too long');
    expect(s.queued).toBe(0);
    held();
    held(); // a second release is harmless
    expect(s.active).toBe(0);
  });
});

describe('heavyRequestLimiter', () => {
  it('lets a burst of eight per slot wait rather than turning it away', () => {
    const { semaphore } = heavyRequestLimiter(4, 5000);
    expect(semaphore.size).toBe(4);
    expect(semaphore.maxWaiting).toBe(4 * QUEUE_PER_SLOT);
    expect(QUEUE_PER_SLOT).toBeGreaterThanOrEqual(8);
  });
});
