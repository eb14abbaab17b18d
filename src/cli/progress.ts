import type { IO } from './io.js';

/** Redraws at most this often. */
const INTERVAL_MS = 100;

/**
 * A one-line progress bar on stderr (count, rate, ETA when the total is known), drawn only for a
 * batch and when stderr is a terminal, and cleared when the run ends; silent otherwise (one
 * article's brief flashed "1 · 0.9/s" under it).
 */
export class Progress {
  private done = 0;
  private last = 0;
  private readonly started = Date.now();
  private readonly active: boolean;

  constructor(
    private readonly io: IO,
    private readonly total: number | null,
    batch = true,
  ) {
    this.active = batch && !!io.stderr.isTTY;
  }

  tick(): void {
    this.done++;
    if (!this.active) return;
    const now = Date.now();
    if (now - this.last < INTERVAL_MS && this.done !== this.total) return;
    this.last = now;
    const seconds = Math.max(0.001, (now - this.started) / 1000);
    const rate = this.done / seconds;
    const width = 24;
    let line = `${this.done}${this.total ? `/${this.total}` : ''} · ${rate.toFixed(1)}/s`;
    if (this.total) {
      const filled = Math.round((this.done / this.total) * width);
      const eta = Math.round((this.total - this.done) / Math.max(rate, 1e-9));
      line = `[${'='.repeat(filled)}${' '.repeat(width - filled)}] ${line} · ETA ${eta}s`;
    }
    this.io.stderr.write(`\r${line}\u001b[K`);
  }

  /** Clears the bar before another line is written to stderr. */
  clearing(): string {
    return this.active && this.done > 0 ? '\r\u001b[K' : '';
  }

  end(): void {
    if (this.active && this.done > 0) this.io.stderr.write('\r\u001b[K');
  }
}
