/** Entry point for the bin: the real process as the CLI's IO, signals and exit status. */
import { EXIT } from '../errors.js';
import { run } from './index.js';

export async function main(): Promise<void> {
  const controller = new AbortController();
  process.once('SIGINT', () => {
    controller.abort();
    // A second Ctrl-C ends at once.
    process.once('SIGINT', () => process.exit(EXIT.interrupted));
  });
  // `newsbrief … | head -1`: the reader went away; end quietly.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT.ok);
  });
  const status = await run(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    signal: controller.signal,
  });
  process.exitCode = controller.signal.aborted ? EXIT.interrupted : status;
}
