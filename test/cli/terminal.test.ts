/**
 * The real bin in a real terminal (tmux, installed by .ci/run): the terminal format at widths 40
 * and 100, colour on and with NO_COLOR=1. The pane is captured and checked for wrapping, nothing
 * past the width, colour present or absent as asked, and no stray escape codes in the text.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { FIXTURES } from '../helpers.js';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'newsbrief.js');
const SEED = join(FIXTURES, 'china-tech-private-sector', 'article.txt');
const sessions: string[] = [];

function tmux(...args: string[]): string {
  return execFileSync('tmux', args, { encoding: 'utf8' });
}

/** Runs the bin in a detached pane of the given width and returns the pane, plain and with escapes. */
async function inPane(width: number, env: string): Promise<{ plain: string; escaped: string }> {
  const session = `newsbrief-${process.pid}-${width}-${sessions.length}`;
  sessions.push(session);
  const command = `env ${env} TERM=xterm-256color "${process.execPath}" "${BIN}" summarize "${SEED}" --format terminal; echo NEWSBRIEF-DONE; sleep 120`;
  tmux('new-session', '-d', '-s', session, '-x', String(width), '-y', '300', command);
  for (let i = 0; i < 150; i++) {
    const plain = tmux('capture-pane', '-p', '-t', session, '-S', '0', '-E', '299');
    if (plain.includes('NEWSBRIEF-DONE')) return { plain, escaped: tmux('capture-pane', '-p', '-e', '-t', session, '-S', '0', '-E', '299') };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no output in the ${width}-column pane`);
}

afterAll(() => {
  for (const s of sessions) {
    try {
      tmux('kill-session', '-t', s);
    } catch {
      // already gone
    }
  }
});

describe('a real terminal (tmux)', () => {
  it.each([
    [40, 'FORCE_COLOR=1', true],
    [100, 'FORCE_COLOR=1', true],
    [40, 'NO_COLOR=1', false],
    [100, 'NO_COLOR=1', false],
  ])('width %i with %s', async (width, env, coloured) => {
    const { plain, escaped } = await inPane(width, env);
    const lines = plain.split('\n').slice(0, plain.split('\n').findIndex((l) => l.includes('NEWSBRIEF-DONE')));
    for (const line of lines) expect(stringWidth(line), line).toBeLessThanOrEqual(width);
    // Wrapped, not cut: the whole summary is there, and the title needs two lines at 40 columns.
    expect(plain.replace(/\s+/g, ' ')).toContain('Competitive Global Tech Industry');
    expect(lines.filter((l) => l.trim()).length).toBeGreaterThan(width === 40 ? 40 : 20);
    if (width === 40) expect(lines[0]!.trim()).toBe('China’s Tech Industry Reengages with');
    // No escape code shows as text.
    expect(plain).not.toMatch(/\[\d+(?:;\d+)*m|\u001b|␛/);
    expect(/\u001b\[[0-9;]*m/.test(escaped.replace(/\u001b\[(?:39|49|0)?m/g, ''))).toBe(coloured);
  }, 30_000);
});
