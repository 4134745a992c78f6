// Preloaded into the CLI child (node --import): on exit, writes the process's peak RSS and CPU
// time to the file named by ERSCAN_BENCH_PROBE, so the parent can report the CLI's own memory.
// On Linux it also records the main thread's own CPU time (/proc/self/task/<pid>/stat, in USER_HZ
// ticks of 10 ms): erscan writes its large reports on threads of their own, and the main thread's
// time is the part a busy machine cannot spread over another core.
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.env.ERSCAN_BENCH_PROBE;
if (file) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    let mainMs;
    try {
      const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      mainMs = (Number(fields[11]) + Number(fields[12])) * 10;
    } catch {
      mainMs = undefined;
    }
    writeFileSync(file, JSON.stringify({ maxRssKb: u.maxRSS, userMs: u.userCPUTime / 1000, systemMs: u.systemCPUTime / 1000, mainMs }));
  });
}
