// Preloaded into the CLI child (node --import): on exit, writes the process's peak RSS and CPU
// time to the file named by ERSCAN_BENCH_PROBE, so the parent can report the CLI's own memory.
import { writeFileSync } from 'node:fs';

const file = process.env.ERSCAN_BENCH_PROBE;
if (file) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ maxRssKb: u.maxRSS, userMs: u.userCPUTime / 1000, systemMs: u.systemCPUTime / 1000 }));
  });
}
