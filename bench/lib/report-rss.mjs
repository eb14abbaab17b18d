// Preloaded by bench/speed.ts: report the process's peak resident set size (all threads) on exit.
process.on('exit', () => process.stderr.write(`newsbrief-max-rss-kb=${process.resourceUsage().maxRSS}\n`));
