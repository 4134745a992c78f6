// `npm run bench:trend`: `erscan trend` over 100 weekly reports of the 1,000-circuit benchmark estate
// (src/testing/synthetic.ts, seed 42). The first report comes from a real scan of the estate; the
// other 99 follow it week by week as a scheduled audit's would: each week some findings are fixed,
// a few new ones appear (on new resources), costs drift, and every finding carries the firstSeen a
// scan with --baseline gives it. The trend then runs as a user runs it (the CLI, a fresh process),
// and its wall time, CPU time and peak RSS are printed. A benchmark, not a test: nothing here asserts a time.
//
//   node bench/trend.mjs [--reports 100] [--circuits 1000] [--runs 3] [--record-inventory]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const REPORTS = opt('reports', 100);
const CIRCUITS = opt('circuits', 1000);
const RUNS = opt('runs', 3);
const RECORD = args.includes('--record-inventory');
const node = process.execPath;
const BIN = join(ROOT, 'bin', 'erscan.js');

function run(argv, env = {}) {
  const r = spawnSync(node, argv, { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env }, maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${argv.join(' ')} failed (${r.status}): ${r.stderr.slice(0, 2000)}`);
  return r;
}

/** mulberry32, as the synthetic estate uses: the same history on every machine. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const work = mkdtempSync(join(tmpdir(), 'erscan-bench-trend-'));
try {
  console.error(`erscan bench:trend: ${REPORTS} weekly reports of ${CIRCUITS.toLocaleString('en-US')} circuits${RECORD ? ', with recorded inventories' : ''}; ${cpus().length} cores, Node ${process.version}, load ${loadavg()[0].toFixed(2)}`);
  const estate = join(work, 'estate');
  run([join(ROOT, 'bench', 'generate.mjs'), String(CIRCUITS), estate]);
  const first = join(work, 'first');
  run([BIN, 'scan', estate, '--out', first, '--format', 'json', '--fail-on', 'none', '--category', 'erscan/bench-weekly', ...(RECORD ? ['--record-inventory'] : [])]);
  const base = JSON.parse(readFileSync(join(first, 'report.json'), 'utf8'));
  const rand = prng(42);
  const start = Date.parse('2024-01-01T06:00:00.000Z');
  const week = 7 * 86_400_000;
  let open = base.findings.map((f) => ({ ...f, firstSeen: new Date(start).toISOString() }));
  let serial = 0;
  const dir = join(work, 'reports');
  let bytes = 0;
  for (let w = 0; w < REPORTS; w++) {
    const at = new Date(start + w * week).toISOString();
    if (w > 0) {
      // about 2% of the findings are fixed each week, and about as many appear on new resources
      const kept = open.filter(() => rand() >= 0.02);
      const fresh = Math.round(open.length * 0.018);
      for (let i = 0; i < fresh; i++) {
        const f = open[Math.floor(rand() * open.length)];
        const resourceId = `${f.resourceId}-w${w}-${serial++}`;
        kept.push({ ...f, resourceId, resourceName: `${f.resourceName}-w${w}`, fingerprint: `${f.fingerprint.slice(0, 16)}${(serial).toString(16).padStart(16, '0')}`, firstSeen: at });
      }
      open = kept;
    }
    const drift = 1 + 0.002 * w;
    const report = {
      ...base,
      generatedAt: at,
      findings: open.map((f) => ({ ...f, baselineState: f.firstSeen === at ? 'new' : 'unchanged', openDays: Math.floor((Date.parse(at) - Date.parse(f.firstSeen)) / 86_400_000) })),
      costTotals: { ...base.costTotals, monthlyUsd: Math.round(base.costTotals.monthlyUsd * drift * 100) / 100, potentialSavingsUsd: Math.round(base.costTotals.potentialSavingsUsd * (2 - drift) * 100) / 100 },
    };
    const out = join(dir, `week-${String(w).padStart(3, '0')}`);
    mkdirSync(out, { recursive: true });
    const text = JSON.stringify(report, null, 2);
    bytes += text.length;
    writeFileSync(join(out, 'report.json'), text);
  }
  console.error(`  ${REPORTS} reports, ${(bytes / 1e6).toFixed(0)} MB, ${open.length.toLocaleString('en-US')} findings in the last; timing erscan trend ×${RUNS}…`);

  const times = [];
  const cpu = [];
  let rssKb = 0;
  let summary = '';
  for (let i = 0; i < RUNS; i++) {
    const out = join(work, `trend-${i}`);
    const probe = join(work, `probe-${i}.json`);
    const t0 = performance.now();
    const r = run(['--import', join(ROOT, 'bench', 'rss-probe.mjs'), BIN, 'trend', dir, '--out', out], { ERSCAN_BENCH_PROBE: probe });
    times.push(performance.now() - t0);
    const p = JSON.parse(readFileSync(probe, 'utf8'));
    rssKb = Math.max(rssKb, p.maxRssKb);
    cpu.push(p.userMs + p.systemMs);
    summary = r.stdout;
    if (i === 0) for (const f of readdirSync(out)) console.error(`  ${f}: ${(statSync(join(out, f)).size / 1024).toFixed(0)} KB`);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  cpu.sort((a, b) => a - b);
  const cpuMedian = cpu[Math.floor(cpu.length / 2)];
  process.stdout.write(summary);
  const line = `| ${REPORTS} weekly reports of ${CIRCUITS.toLocaleString('en-US')} circuits${RECORD ? ' (with recorded inventories)' : ''} | ${(bytes / 1e6).toFixed(0)} MB | ${(median / 1000).toFixed(2)} s (median of ${RUNS}; ${times.map((t) => (t / 1000).toFixed(2)).join(', ')}) | ${(cpuMedian / 1000).toFixed(2)} s | ${(rssKb / 1024).toFixed(0)} MB |`;
  // the wall time depends on what else the machine runs; the CPU time much less
  console.log(['', '| history | reports on disk | erscan trend (wall, CLI) | CPU (user + system, median) | peak RSS |', '| --- | ---: | ---: | ---: | ---: |', line].join('\n'));
  console.error(`erscan bench:trend: load at the end ${loadavg()[0].toFixed(2)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
