// Playback: steps through days on a timer, pausable and steppable by hand; no DOM, so fake timers can test it.

export interface PlaybackOptions {
  days: string[];
  /** Called with the day to show, on every step (timer or hand). */
  onDay(day: string): void;
  /** Called when playing starts or stops (the end of the days stops it). */
  onPlaying?(playing: boolean): void;
  intervalMs?: number;
}

export class Playback {
  private timer: ReturnType<typeof setInterval> | null = null;
  private index = -1;

  constructor(private readonly opts: PlaybackOptions) {}

  get playing(): boolean {
    return this.timer !== null;
  }

  get day(): string | null {
    return this.opts.days[this.index] ?? null;
  }

  /** Shows `day` (or the nearest day after it) without changing whether it plays. */
  goTo(day: string): void {
    const i = this.opts.days.findIndex((d) => d >= day);
    this.show(i < 0 ? this.opts.days.length - 1 : i);
  }

  step(by: 1 | -1): void {
    this.show(Math.min(this.opts.days.length - 1, Math.max(0, this.index + by)));
  }

  /** From the current day, or from the first when not started or already at the end. */
  play(): void {
    if (this.playing || this.opts.days.length === 0) return;
    if (this.index < 0 || this.index >= this.opts.days.length - 1) this.show(0);
    this.timer = setInterval(() => {
      this.show(this.index + 1);
      if (this.index >= this.opts.days.length - 1) this.pause();
    }, this.opts.intervalMs ?? 1500);
    this.opts.onPlaying?.(true);
  }

  pause(): void {
    if (!this.timer) return;
    clearInterval(this.timer);
    this.timer = null;
    this.opts.onPlaying?.(false);
  }

  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  private show(i: number): void {
    if (i < 0 || i >= this.opts.days.length) return;
    this.index = i;
    this.opts.onDay(this.opts.days[i]!);
  }
}
