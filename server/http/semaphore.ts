// A counting semaphore with a bounded queue and a wait deadline: how many expensive requests run at once.

export class QueueFullError extends Error {}

export class Semaphore {
  private running = 0;
  private readonly waiting: { grant: () => void; timer: NodeJS.Timeout }[] = [];

  constructor(
    readonly size: number,
    /** Waiters beyond this are turned away at once rather than piling up. */
    readonly maxWaiting: number,
  ) {}

  get active(): number {
    return this.running;
  }

  get queued(): number {
    return this.waiting.length;
  }

  /**
   * Resolves with a release function once a slot is free; rejects with QueueFullError when the queue is full or
   * nothing frees up within `waitMs`. The release function is safe to call more than once.
   */
  acquire(waitMs: number): Promise<() => void> {
    if (this.running < this.size) {
      this.running++;
      return Promise.resolve(this.releaser());
    }
    if (this.waiting.length >= this.maxWaiting) return Promise.reject(new QueueFullError('queue full'));
    return new Promise((done, fail) => {
      const entry = {
        grant: () => {
          clearTimeout(entry.timer);
          this.running++;
          done(this.releaser());
        },
        timer: setTimeout(() => {
          const i = this.waiting.indexOf(entry);
          if (i >= 0) this.waiting.splice(i, 1);
          fail(new QueueFullError('waited too long'));
        }, waitMs),
      };
      this.waiting.push(entry);
    });
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running--;
      this.waiting.shift()?.grant();
    };
  }
}
