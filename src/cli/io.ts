import type { Readable, Writable } from 'node:stream';

/** The outside world the CLI talks to; tests pass fakes, the bin passes the process's own. */
export interface IO {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: Writable & { isTTY?: boolean; columns?: number };
  env: Record<string, string | undefined>;
  /** Set when the user interrupts (SIGINT): the run stops between inputs and returns 130. */
  signal?: AbortSignal;
}

/**
 * Writes to stdout and notices when the reader has gone (`newsbrief … | head -1`): from then on
 * writes are dropped and `closed` is true, so the run can end quietly with status 0.
 */
export class Output {
  closed = false;
  constructor(private readonly stream: IO['stdout']) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') this.closed = true;
      else throw error;
    });
  }

  /** Resolves when the chunk is handed to the stream (waiting for drain under back-pressure). */
  write(chunk: string): Promise<void> {
    if (this.closed || this.stream.destroyed) {
      this.closed = true;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const ok = this.stream.write(chunk, () => resolve());
      if (ok) resolve();
    });
  }
}
