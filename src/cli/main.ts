import type { Argv } from 'yargs';
import { InputError, NothingReadError, UsageError } from '../util/errors.js';
import { EXIT } from './exit.js';
import { oneLine } from '../util/controls.js';
import { editDistance } from '../rules/select.js';
import { TOOL_VERSION } from '../version.js';
import { refuseMissingPathOptions } from './option-paths.js';

/**
 * The command-line entry point. Command implementations are imported lazily so `--help` stays fast.
 */

/** The options that take a value, and what that value is (for "--out needs a value: …"). */
const VALUE_OF: Record<string, string> = {
  format: 'one or more of console, json, sarif, html, markdown',
  out: 'a path (a folder for the reports of scan and cost, a file for collect and prices refresh)',
  'fail-on': 'a severity: critical, high, medium, low, info or none',
  config: 'a config file (JSON or YAML)',
  rules: 'a folder of rule files',
  suppressions: 'a suppressions file (JSON or YAML)',
  usage: 'a usage file (JSON or YAML)',
  baseline: 'an earlier JSON report (report.json)',
  category: 'a SARIF category such as erscan/live',
  prices: 'a price catalogue file',
  tenant: 'a tenant id',
  subscription: 'a subscription id',
  'management-group': 'a management group id',
  credential: 'a credential kind',
  cloud: 'an Azure cloud name',
  'arm-endpoint': 'an https:// URL',
  currency: 'a currency code such as USD or EUR',
  endpoint: 'an https:// URL',
  severity: 'a severity',
  tag: 'a tag',
  sort: 'severity or age',
  bicep: 'the path of a Bicep CLI executable',
  top: 'a whole number of at least 1',
};

const lower = (v: unknown) => (typeof v === 'string' ? v.toLowerCase() : v);
const SEVERITY_CHOICES = ['critical', 'high', 'medium', 'low', 'info', 'none'];

const SCAN_WORDS = {
  out: 'folder to write the reports into (created if missing)',
  failOn: 'exit 1 when a finding at or above this severity remains (default: high; any case)',
  config: 'config file (JSON or YAML): rule selection, severities, parameters, suppressions',
  baseline: 'an earlier JSON report: mark findings new or unchanged and list fixed ones',
};
const COST_WORDS: typeof SCAN_WORDS = {
  out: 'folder for the cost part of the reports (JSON with costs and costDelta, SARIF, HTML, Markdown)',
  failOn: 'exit 1 when a cost finding at or above this severity remains (default: high; any case)',
  config: 'config file (JSON or YAML): its usage file, the selection and severities of cost rules, suppressions',
  baseline: 'an earlier JSON report: the monthly cost change against it (costDelta in the JSON report)',
};

/** `scan` and `cost`: report and gate options (worded for each). */
const reportOptions = (y: Argv, words: typeof SCAN_WORDS) =>
  y
    .option('format', { type: 'string', requiresArg: true, describe: 'report formats: console,json,sarif,html,markdown (default: console, plus json,sarif,html,markdown with --out)' })
    .option('out', { type: 'string', requiresArg: true, describe: words.out })
    .option('fail-on', { type: 'string', requiresArg: true, choices: SEVERITY_CHOICES, coerce: lower, describe: words.failOn })
    .option('config', { type: 'string', requiresArg: true, describe: words.config })
    .option('suppressions', { type: 'string', requiresArg: true, describe: 'suppressions file (JSON or YAML)' })
    .option('baseline', { type: 'string', requiresArg: true, describe: words.baseline })
    .option('require-complete', { type: 'boolean', default: false, describe: 'exit 3 when coverage is incomplete (a scope or file could not be read)' })
    .option('fail-on-unknown', { type: 'boolean', describe: 'undecided findings (a template value is not known) count for --fail-on too (default: failures only)' })
    .option('sort', { type: 'string', requiresArg: true, choices: ['severity', 'age'], describe: 'order of findings in the HTML and Markdown reports: severity (default) or age, oldest first (with --baseline)' })
    .option('bicep', { type: 'string', requiresArg: true, describe: 'Bicep CLI to compile .bicep files with (default: bicep on PATH, then az bicep)' })
    .option('color', { type: 'boolean', describe: 'colour console output (default: when stdout is a terminal)' });

const pricingOptions = (y: Argv) =>
  y
    .option('usage', { type: 'string', requiresArg: true, describe: 'usage file with declared egress per circuit, GB/month (JSON or YAML; schemas/usage.schema.json)' })
    .option('prices', { type: 'string', requiresArg: true, describe: 'price catalogue file (default: the bundled catalogue; erscan prices refresh writes one)' });

const commonScanOptions = (y: Argv) =>
  pricingOptions(reportOptions(y, SCAN_WORDS))
    .option('fail-on-new', { type: 'boolean', default: false, describe: 'with --baseline, apply --fail-on to new findings only' })
    .option('rules', { type: 'string', array: true, requiresArg: true, describe: 'extra rule folder (repeatable)' })
    .option('category', { type: 'string', requiresArg: true, describe: 'SARIF automationDetails category for this scan scope (default: derived from the inputs)' })
    .option('record-inventory', { type: 'boolean', default: false, describe: 'also record a compact, secret-free inventory in report.json, so erscan diff can compare reports' });

/** `cost`: only what the FinOps view uses (no extra rule folders, SARIF category or new-only gate). */
const costOptions = (y: Argv) => pricingOptions(reportOptions(y, COST_WORDS));

const graphOptions = (y: Argv) =>
  y
    .option('tenant', { type: 'string', array: true, requiresArg: true, describe: 'tenant id to crawl (repeatable; default: discovered)' })
    .option('subscription', { type: 'string', array: true, requiresArg: true, describe: 'subscription id to crawl (repeatable)' })
    .option('management-group', { type: 'string', array: true, requiresArg: true, describe: 'management group to crawl (repeatable)' })
    .option('credential', { type: 'string', requiresArg: true, choices: ['default', 'cli', 'env', 'managed-identity', 'workload-identity', 'github-oidc'], default: 'default', describe: 'how to sign in to Azure' })
    .option('cloud', { type: 'string', requiresArg: true, choices: ['AzureCloud', 'AzureUSGovernment', 'AzureChinaCloud'], default: 'AzureCloud', describe: 'Azure cloud' })
    .option('arm-endpoint', { type: 'string', requiresArg: true, describe: 'Azure Resource Manager endpoint URL (private clouds); the token scope follows it' })
    .option('metrics', { type: 'boolean', default: false, describe: 'also read 30 days of egress per circuit from Azure Monitor' })
    .option('diagnostic-settings', { type: 'boolean', default: true, describe: "read every circuit's, port's and gateway's diagnostic settings through ARM, one GET each (--no-diagnostic-settings skips them; ERS-HYG-002/003/007 are then not evaluated)" })
    .option('verbose', { type: 'boolean', default: false, describe: 'log every request to stderr' });

/** What a command that demands positionals needs, for "Not enough non-option arguments". */
const POSITIONALS_OF: Record<string, string> = {
  trend: 'name at least one earlier report (report.json) or a folder of them: erscan trend REPORT.json…|DIR',
  diff: 'name the old and the new state: erscan diff OLD NEW',
};

const INPUTS_DESCRIPTION = 'snapshot, Resource Graph output, ARM response, ARM template, Bicep (.bicep, .bicepparam) or Terraform plan files, or folders (format detected from content)';

/**
 * yargs' own wording never reaches the user: its failure messages are said again in plain words,
 * naming the option and what it takes, or the commands there are.
 */
export function plainUsageMessage(msg: string, argv: string[], commands: string[]): string {
  let m: RegExpExecArray | null;
  if ((m = /^Not enough arguments following: (.+)$/.exec(msg))) {
    const name = m[1];
    return `--${name} needs a value: ${VALUE_OF[name] ?? 'see --help'}`;
  }
  if ((m = /^Unknown arguments?: (.+)$/.exec(msg))) {
    const words = m[1].split(', ');
    const first = argv.find((a) => !a.startsWith('-'));
    if (first !== undefined && words.includes(first) && !commands.includes(first)) {
      const near = commands.map((c) => ({ c, d: editDistance(first.toLowerCase(), c) })).sort((a, b) => a.d - b.d)[0];
      const hint = near && near.d <= 2 ? ` (did you mean ${near.c}?)` : '';
      return `unknown command "${first}"${hint}: the commands are ${commands.join(', ')}`;
    }
    const shown = words.map((w) => (argv.includes(`--${w}`) || argv.some((a) => a.startsWith(`--${w}=`)) ? `--${w}` : argv.includes(`-${w}`) ? `-${w}` : `"${w}"`));
    return `${shown.length === 1 ? 'unknown option or argument' : 'unknown options or arguments'} ${shown.join(', ')} (see --help)`;
  }
  if ((m = /^Invalid values:\s*\n?\s*Argument: ([^,]+), Given: (.+?), Choices: (.+)$/s.exec(msg))) {
    return `--${m[1]}: expected one of ${m[3].replace(/"/g, '').split(/,\s*/).join(', ')}, found ${m[2]}`;
  }
  if ((m = /^Missing required arguments?: (.+)$/.exec(msg))) {
    return m[1]
      .split(', ')
      .map((name) => `--${name} is required: ${VALUE_OF[name] ?? 'see --help'}`)
      .join('; ');
  }
  if (/^Not enough non-option arguments/.test(msg)) {
    // A command's own positionals missing (`erscan trend`, `erscan diff OLD`): what that command needs, not
    // "name a command" with the (empty) list of the command's subcommands.
    const first = argv.find((a) => !a.startsWith('-'));
    const needs = first !== undefined ? POSITIONALS_OF[first] : undefined;
    if (needs) return `${first}: ${needs}`;
    return `name a command: ${commands.join(', ')}`;
  }
  if (/^Too many non-option arguments/.test(msg)) return 'too many arguments (see --help)';
  return msg;
}

/** Refuses an option given as an empty value (`--out ""`), which yargs would pass on as "". */
function refuseEmptyValues(args: Record<string, unknown>): void {
  for (const name of Object.keys(VALUE_OF)) {
    const v = args[name];
    if (v === '' || (Array.isArray(v) && v.some((x) => x === ''))) throw new UsageError(`--${name} needs a value: ${VALUE_OF[name]}`);
  }
}

/**
 * What yargs would read differently from what was written, refused by name: a lone "-" (which yargs drops,
 * leaving "name an input"), an option that takes one value given twice (yargs gathers the values into a
 * list, and `--fail-on high --fail-on high` must never read as no gate at all), and an on/off flag given
 * another value (`--color=banana`, which yargs reads as on). Lists and flags are the ones yargs declares.
 */
function refuseMisreadArgs(args: Record<string, unknown>, argv: string[], declared: { array: readonly string[]; boolean: readonly string[] }): void {
  if (argv.includes('-')) throw new UsageError('"-" (standard input) is not read: name the file or folder to scan (save a pipe to a file first)');
  // yargs leaves the words after "--" out of the command's inputs (`scan a.json -- b.json` read a.json alone, in silence).
  const end = argv.indexOf('--');
  if (end >= 0 && end < argv.length - 1) {
    const after = argv.slice(end + 1);
    const dashed = after.find((a) => a.startsWith('-'));
    throw new UsageError(`words after "--" are not read (found ${after.map((a) => JSON.stringify(a)).join(', ')}): name them before it${dashed ? `, and a file whose name starts with "-" as ./${dashed}` : ''}`);
  }
  const lists = new Set(declared.array);
  const flags = new Set(declared.boolean);
  const counts = new Map<string, number>();
  for (const a of argv) {
    if (a === '--') break;
    const m = /^--(?:no-)?([^=]+)(?:=(.*))?$/.exec(a);
    if (!m) continue;
    const [, name, value] = m;
    if (value !== undefined && flags.has(name) && !/^(true|false)$/i.test(value)) throw new UsageError(`--${name} is on or off: expected --${name}, --no-${name}, --${name}=true or --${name}=false, found --${name}=${value}`);
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  for (const [name, n] of counts) {
    if (n < 2 || lists.has(name)) continue;
    const v = args[name];
    const values = Array.isArray(v) ? ` (${v.map(String).join(', ')})` : '';
    const hint = name === 'format' ? ' (several formats are one comma-separated value: --format json,sarif)' : '';
    throw new UsageError(`--${name} was given ${n} times${values}; it takes one value: give it once${hint}`);
  }
}

/**
 * `erscan scan` the way a pull-request gate runs it, read without yargs (whose set-up, parsing and help
 * layout take ~30 ms of a start, and whose code is then not loaded at all): inputs and the usual
 * report and gate options, each at most once, as `--name value` or `--name`. Anything else (help,
 * `=`, `--no-…`, repeats, other options, a value yargs would read differently) returns undefined and
 * goes to yargs, which parses it and words any error. What it returns is what yargs gives the scan
 * command for the same words (test/cli/quick-args.test.ts compares them).
 */
export function quickScanArgs(argv: string[]): Record<string, unknown> | undefined {
  if (argv[0] !== 'scan' || argv.length < 2) return undefined;
  const args: Record<string, unknown> = {
    _: ['scan'],
    graph: false,
    'require-complete': false,
    requireComplete: false,
    'fail-on-new': false,
    failOnNew: false,
    'record-inventory': false,
    recordInventory: false,
    credential: 'default',
    cloud: 'AzureCloud',
    metrics: false,
    'diagnostic-settings': true,
    diagnosticSettings: true,
    verbose: false,
  };
  const inputs: string[] = [];
  const seen = new Set<string>();
  // A token yargs could read as something else: an option, a number, a word it treats specially.
  const plain = (v: string) => v !== '' && !v.startsWith('-') && !/^0x[0-9a-f]+$/i.test(v) && !/^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(e[-+]?\d+)?$/i.test(v.trim()) && !/^(true|false|null|undefined|NaN|Infinity)$/i.test(v.trim());
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) {
      if (!plain(a)) return undefined;
      inputs.push(a);
      continue;
    }
    const name = a.slice(2);
    if (seen.has(name)) return undefined;
    seen.add(name);
    const camel = QUICK_VALUE_OPTIONS[name];
    if (camel !== undefined) {
      const v = argv[++i];
      if (v === undefined || !plain(v)) return undefined;
      if (name === 'fail-on') {
        const sev = v.toLowerCase();
        if (!SEVERITY_CHOICES.includes(sev)) return undefined;
        args[name] = args[camel] = sev;
      } else if (name === 'sort') {
        if (v !== 'severity' && v !== 'age') return undefined;
        args[name] = v;
      } else args[name] = args[camel] = v;
      continue;
    }
    const flag = QUICK_FLAGS[name];
    if (flag === undefined) return undefined;
    args[name] = args[flag] = true;
  }
  if (inputs.length === 0) return undefined;
  args.inputs = inputs;
  args.$0 = 'erscan';
  return args;
}

/** `--name value` options of scan that the quick path reads (name → the camelCase key yargs adds). */
const QUICK_VALUE_OPTIONS: Record<string, string> = {
  format: 'format',
  out: 'out',
  'fail-on': 'failOn',
  config: 'config',
  suppressions: 'suppressions',
  baseline: 'baseline',
  sort: 'sort',
  usage: 'usage',
  prices: 'prices',
  category: 'category',
};
/** Flags of scan that the quick path reads. */
const QUICK_FLAGS: Record<string, string> = {
  'require-complete': 'requireComplete',
  'fail-on-unknown': 'failOnUnknown',
  'fail-on-new': 'failOnNew',
  'record-inventory': 'recordInventory',
  color: 'color',
};

/** yargs' hideBin: the arguments after node and the script. */
function hideBin(argv: string[]): string[] {
  return argv.slice(process.versions.electron && !(process as { defaultApp?: boolean }).defaultApp ? 1 : 2);
}

export async function buildCli(argv: string[]): Promise<Argv> {
  // yargs is loaded only for what the quick path does not take (help, other commands, errors).
  const { default: yargs } = await import('yargs');
  const cli: Argv = yargs(argv)
    .scriptName('erscan')
    .middleware((args) => {
      refuseEmptyValues(args as Record<string, unknown>);
      refuseMisreadArgs(args as Record<string, unknown>, argv, (cli as unknown as { getOptions(): { array: string[]; boolean: string[] } }).getOptions());
    }, true)
    // After yargs' own checks (an unknown option is said first), before any command runs.
    .middleware((args) => refuseMissingPathOptions(args as Record<string, unknown>))
    .usage('$0 <command> [options]\n\nPolicy-as-code compliance scanner and cost estimator for Azure ExpressRoute.')
    .command(
      'scan [inputs..]',
      'scan files or folders (format detected from content) or, with --graph, live Azure',
      (y) => graphOptions(commonScanOptions(y.positional('inputs', { type: 'string', array: true, describe: INPUTS_DESCRIPTION })).option('graph', { type: 'boolean', default: false, describe: 'crawl live Azure through Resource Graph' })),
      async (args) => {
        const { scanCommand } = await import('./commands/scan.js');
        process.exitCode = await scanCommand(args as never);
      },
    )
    .command(
      'collect',
      'crawl live Azure and write an inventory snapshot (secrets dropped)',
      (y) => graphOptions(y).option('out', { type: 'string', requiresArg: true, demandOption: true, describe: 'snapshot file to write (not a folder)' }).option('require-complete', { type: 'boolean', default: false, describe: 'exit 3 when coverage is incomplete' }).option('config', { type: 'string', requiresArg: true, describe: 'config file; its graph.tenants lists the tenants to crawl' }),
      async (args) => {
        const { collectCommand } = await import('./commands/collect.js');
        process.exitCode = await collectCommand(args as never);
      },
    )
    .command(
      'cost [inputs..]',
      'the FinOps view: cost per circuit under each billing model, break-even and advice',
      (y) =>
        graphOptions(
          costOptions(
            y
              .usage(
                '$0 cost [inputs..] [options]\n\nThe FinOps view: what each circuit (and gateway, and Direct port) costs now and under each billing model it could use, the break-even egress and one recommendation.\n' +
                  'Its inputs are those of erscan scan (the estate), plus the egress: declared in a usage file (--usage) or, with --graph --metrics, measured by Azure Monitor; prices come from the bundled catalogue or --prices.',
              )
              .positional('inputs', { type: 'string', array: true, describe: INPUTS_DESCRIPTION }),
          ).option('graph', { type: 'boolean', default: false, describe: 'crawl live Azure through Resource Graph (with --metrics: measured egress)' }),
        ),
      async (args) => {
        const { costCommand } = await import('./commands/cost.js');
        process.exitCode = await costCommand(args as never);
      },
    )
    .command(
      'trend <reports..>',
      'the trend of earlier JSON reports (files or folders, any order): findings, new and fixed, cost, oldest open findings, time to fix; writes trend.html and trend.json',
      (y) =>
        y
          .positional('reports', { type: 'string', array: true, describe: 'report.json files of earlier scans, or folders of them' })
          .option('out', { type: 'string', describe: 'folder to write trend.html and trend.json into (default: the current folder)' })
          .option('format', { type: 'string', describe: 'console,json,html,markdown (default: console,json,html)' })
          .option('scope', { type: 'string', describe: "make the trend of the reports of this scope only (a report's scanCategory)" })
          .option('each-scope', { type: 'boolean', default: false, describe: 'one trend per scope, each in its own folder under --out' })
          .option('top', { type: 'string', requiresArg: true, describe: 'how many of the oldest open findings to list (default: 20)' }),
      async (args) => {
        const { trendCommand } = await import('./commands/trend.js');
        process.exitCode = await trendCommand(args as never);
      },
    )
    .command(
      'diff <old> <new>',
      'drift between two snapshots, Resource Graph exports or reports with a recorded inventory: resources added, removed and changed, property by property',
      (y) =>
        y
          .positional('old', { type: 'string', describe: 'the earlier state: a snapshot, Resource Graph export, ARM response, or report.json of erscan scan --record-inventory' })
          .positional('new', { type: 'string', describe: 'the later state, of the same kinds' })
          .option('out', { type: 'string', describe: 'folder to write diff.json and diff.md into' })
          .option('format', { type: 'string', describe: 'console,json,markdown (default: console, plus json,markdown with --out)' })
          .option('fail-on-drift', { type: 'boolean', default: false, describe: 'exit 1 when a resource was added, removed or changed' }),
      async (args) => {
        const { diffCommand } = await import('./commands/diff.js');
        process.exitCode = await diffCommand(args as never);
      },
    )
    .command('rules', 'the rule catalogue', (y) =>
      y
        .command(
          'list',
          'list rules',
          (yy) =>
            yy
              .option('category', { type: 'string', requiresArg: true, coerce: lower, describe: 'only this category' })
              .option('severity', { type: 'string', requiresArg: true, coerce: lower, describe: 'only this severity' })
              .option('tag', { type: 'string', requiresArg: true, describe: 'only rules with this tag' })
              .option('rules', { type: 'string', array: true, requiresArg: true, describe: 'extra rule folder (repeatable)' })
              .option('config', { type: 'string', requiresArg: true, describe: 'config file (rule selection and severities apply)' })
              .option('json', { type: 'boolean', default: false, describe: 'print JSON' }),
          async (args) => {
            const { rulesListCommand } = await import('./commands/rules.js');
            process.exitCode = await rulesListCommand(args as never);
          },
        )
        .command(
          'show [id]',
          "show one rule's documentation",
          (yy) =>
            yy
              .positional('id', { type: 'string', describe: 'a rule id or name, for example ERS-RED-001 (erscan rules list shows them all)' })
              .option('rules', { type: 'string', array: true, requiresArg: true, describe: 'extra rule folder (repeatable)' })
              .option('config', { type: 'string', requiresArg: true, describe: "config file: show the rule's effective severity, parameters and whether it runs" }),
          async (args) => {
            const { rulesShowCommand } = await import('./commands/rules.js');
            process.exitCode = await rulesShowCommand(args as never);
          },
        )
        .command(
          'test [dirs..]',
          "run rules against their pass and fail fixtures (<ID>.fixtures.yaml beside each rule)",
          (yy) => yy.positional('dirs', { type: 'string', array: true, describe: 'rule folders (default: the built-in catalogue)' }),
          async (args) => {
            const { rulesTestCommand } = await import('./commands/rules.js');
            process.exitCode = await rulesTestCommand(args as never);
          },
        )
        .demandCommand(1, 'name a rules subcommand: list, show or test'),
    )
    .command('prices', 'the price catalogue', (y) =>
      y
        .command(
          'refresh',
          'rebuild the price catalogue from the Azure Retail Prices API',
          (yy) =>
            yy
              .option('currency', { type: 'string', requiresArg: true, default: 'USD', describe: 'currency of the prices: one the Retail Prices API supports (USD, EUR, GBP, JPY, …)' })
              .option('out', { type: 'string', requiresArg: true, describe: 'catalogue file to write (default: print to stdout)' })
              .option('endpoint', { type: 'string', requiresArg: true, describe: 'Retail Prices API URL, https:// (http:// only on loopback; default: https://prices.azure.com/api/retail/prices)' }),
          async (args) => {
            const { pricesRefreshCommand } = await import('./commands/prices.js');
            process.exitCode = await pricesRefreshCommand(args as never);
          },
        )
        .demandCommand(1, 'name a prices subcommand: refresh'),
    )
    .demandCommand(1)
    .strict()
    .help()
    .alias('h', 'help')
    .version(TOOL_VERSION)
    .wrap(Math.min(110, process.stdout.columns || 100))
    .fail((msg, err) => {
      // yargs reports its own validation failures as a YError (or a message): those are usage errors.
      if (err && err.name !== 'YError') throw err;
      msg = msg ?? err?.message ?? '';
      // The commands registered above (however many streams add), for "unknown command" and "name a command".
      const internal = cli as unknown as { getInternalMethods(): { getCommandInstance(): { getCommands(): string[] } } };
      const commands = internal.getInternalMethods().getCommandInstance().getCommands().filter((c) => c !== '$0');
      throw new UsageError(plainUsageMessage(msg, argv, commands));
    });
  return cli;
}

/**
 * A reader that goes away (`erscan rules list | head -1`, a CI step that stops reading) ends erscan's output,
 * not its run: the reports still written to files stand and the exit code stays the scan's verdict (an
 * unhandled EPIPE would crash with a stack trace and exit 1, which reads as "findings" to a gate). Other
 * errors of the stream are thrown as before.
 */
export function endOutputQuietlyWhenReaderLeaves(stream: NodeJS.WritableStream): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e?.code === 'EPIPE' || e?.code === 'ERR_STREAM_DESTROYED') return;
    throw e;
  });
}

export async function main(argv = hideBin(process.argv)): Promise<void> {
  endOutputQuietlyWhenReaderLeaves(process.stdout);
  endOutputQuietlyWhenReaderLeaves(process.stderr);
  try {
    await run(argv);
  } finally {
    // A sign-in request an authority never answered was abandoned (src/sources/graph/cli.ts) and may hold
    // its socket open: the run is over (its reports written, its exit code set), so the process ends now.
    if ((globalThis as Record<symbol, unknown>)[Symbol.for('erscan.abandoned-requests')]) process.exit();
  }
}

async function run(argv: string[]): Promise<void> {
  try {
    const quick = quickScanArgs(argv);
    if (quick) {
      refuseMissingPathOptions(quick);
      const { scanCommand } = await import('./commands/scan.js');
      process.exitCode = await scanCommand(quick as never);
      return;
    }
    await (await buildCli(argv)).parseAsync();
  } catch (e) {
    if (e instanceof InputError || e instanceof UsageError) {
      process.stderr.write(oneLine(`erscan: error: ${e.message}`) + '\n');
      if (e instanceof UsageError) process.stderr.write('Run erscan --help for usage.\n');
      process.exitCode = EXIT.BAD_INPUT;
      return;
    }
    if (e instanceof NothingReadError) {
      process.stderr.write(oneLine(`erscan: error: ${e.message}`) + '\n');
      process.exitCode = e.exitCode;
      return;
    }
    const err = e as Error;
    process.stderr.write(oneLine(`erscan: internal error: ${err?.message ?? String(e)}`) + '\n');
    if (process.env.ERSCAN_DEBUG) process.stderr.write(`${err?.stack}\n`);
    process.exitCode = 70;
  }
}
