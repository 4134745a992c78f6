import yargs, { type Argv } from 'yargs';
import { hideBin } from 'yargs/helpers';
import { InputError, NothingReadError, UsageError } from '../util/errors.js';
import { EXIT } from './exit.js';
import { TOOL_VERSION } from '../version.js';

/**
 * The command-line entry point. Command implementations are imported lazily so `--help` stays fast.
 */

const commonScanOptions = (y: Argv) =>
  y
    .option('format', { type: 'string', describe: 'report formats: console,json,sarif,html,markdown (default: console, plus json,sarif,html,markdown with --out)' })
    .option('out', { type: 'string', describe: 'folder to write reports into' })
    .option('fail-on', { type: 'string', choices: ['critical', 'high', 'medium', 'low', 'info', 'none'], describe: 'exit 1 when a finding at or above this severity remains (default: high)' })
    .option('fail-on-new', { type: 'boolean', default: false, describe: 'with --baseline, apply --fail-on to new findings only' })
    .option('config', { type: 'string', describe: 'config file (JSON or YAML): rule selection, severities, parameters, suppressions' })
    .option('rules', { type: 'string', array: true, describe: 'extra rule folder (repeatable)' })
    .option('suppressions', { type: 'string', describe: 'suppressions file (JSON or YAML)' })
    .option('usage', { type: 'string', describe: 'usage file with declared egress per circuit (JSON or YAML)' })
    .option('baseline', { type: 'string', describe: 'an earlier JSON report: mark findings new or unchanged and list fixed ones' })
    .option('require-complete', { type: 'boolean', default: false, describe: 'exit 3 when coverage is incomplete (a scope or file could not be read)' })
    .option('category', { type: 'string', describe: 'SARIF automationDetails category for this scan scope (default: derived from the inputs)' })
    .option('prices', { type: 'string', describe: 'price catalogue file (default: the bundled catalogue)' })
    .option('color', { type: 'boolean', describe: 'colour console output (default: when stdout is a terminal)' });

const graphOptions = (y: Argv) =>
  y
    .option('tenant', { type: 'string', array: true, describe: 'tenant id to crawl (repeatable; default: discovered)' })
    .option('subscription', { type: 'string', array: true, describe: 'subscription id to crawl (repeatable)' })
    .option('management-group', { type: 'string', array: true, describe: 'management group to crawl (repeatable)' })
    .option('credential', { type: 'string', choices: ['default', 'cli', 'env', 'managed-identity', 'workload-identity', 'github-oidc'], default: 'default', describe: 'how to sign in to Azure' })
    .option('cloud', { type: 'string', choices: ['AzureCloud', 'AzureUSGovernment', 'AzureChinaCloud'], default: 'AzureCloud', describe: 'Azure cloud' })
    .option('arm-endpoint', { type: 'string', describe: 'Azure Resource Manager endpoint URL (private clouds); the token scope follows it' })
    .option('metrics', { type: 'boolean', default: false, describe: 'also read 30 days of egress per circuit from Azure Monitor' })
    .option('verbose', { type: 'boolean', default: false, describe: 'log every request to stderr' });

export function buildCli(argv: string[]): Argv {
  return yargs(argv)
    .scriptName('erscan')
    .usage('$0 <command> [options]\n\nPolicy-as-code compliance scanner and cost estimator for Azure ExpressRoute.')
    .command(
      'scan [inputs..]',
      'scan files or folders (format detected from content) or, with --graph, live Azure',
      (y) => graphOptions(commonScanOptions(y.positional('inputs', { type: 'string', array: true, describe: 'snapshot, Resource Graph output, ARM response, ARM template or Terraform plan files, or folders' })).option('graph', { type: 'boolean', default: false, describe: 'crawl live Azure through Resource Graph' })),
      async (args) => {
        const { scanCommand } = await import('./commands/scan.js');
        process.exitCode = await scanCommand(args as never);
      },
    )
    .command(
      'collect',
      'crawl live Azure and write an inventory snapshot (secrets dropped)',
      (y) => graphOptions(y).option('out', { type: 'string', demandOption: true, describe: 'snapshot file to write' }).option('require-complete', { type: 'boolean', default: false, describe: 'exit 3 when coverage is incomplete' }).option('config', { type: 'string', describe: 'config file; its graph.tenants lists the tenants to crawl' }),
      async (args) => {
        const { collectCommand } = await import('./commands/collect.js');
        process.exitCode = await collectCommand(args as never);
      },
    )
    .command(
      'cost [inputs..]',
      'the FinOps view: cost per circuit under each billing model, break-even and advice',
      (y) => graphOptions(commonScanOptions(y.positional('inputs', { type: 'string', array: true })).option('graph', { type: 'boolean', default: false, describe: 'crawl live Azure through Resource Graph' })),
      async (args) => {
        const { costCommand } = await import('./commands/cost.js');
        process.exitCode = await costCommand(args as never);
      },
    )
    .command('rules', 'the rule catalogue', (y) =>
      y
        .command(
          'list',
          'list rules',
          (yy) =>
            yy
              .option('category', { type: 'string', describe: 'only this category' })
              .option('severity', { type: 'string', describe: 'only this severity' })
              .option('tag', { type: 'string', describe: 'only rules with this tag' })
              .option('rules', { type: 'string', array: true, describe: 'extra rule folder (repeatable)' })
              .option('config', { type: 'string', describe: 'config file (rule selection and severities apply)' })
              .option('json', { type: 'boolean', default: false, describe: 'print JSON' }),
          async (args) => {
            const { rulesListCommand } = await import('./commands/rules.js');
            process.exitCode = await rulesListCommand(args as never);
          },
        )
        .command(
          'show <id>',
          "show one rule's documentation",
          (yy) =>
            yy
              .positional('id', { type: 'string', demandOption: true })
              .option('rules', { type: 'string', array: true, describe: 'extra rule folder (repeatable)' })
              .option('config', { type: 'string', describe: "config file: show the rule's effective severity, parameters and whether it runs" }),
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
              .option('currency', { type: 'string', default: 'USD' })
              .option('out', { type: 'string', describe: 'catalogue file to write (default: print to stdout)' })
              .option('endpoint', { type: 'string', describe: 'Retail Prices API base URL (default: https://prices.azure.com/api/retail/prices)' }),
          async (args) => {
            const { pricesRefreshCommand } = await import('./commands/prices.js');
            process.exitCode = await pricesRefreshCommand(args as never);
          },
        )
        .demandCommand(1, 'name a prices subcommand: refresh'),
    )
    .demandCommand(1, 'name a command: scan, collect, cost, rules or prices')
    .strict()
    .recommendCommands()
    .help()
    .alias('h', 'help')
    .version(TOOL_VERSION)
    .wrap(Math.min(110, process.stdout.columns || 100))
    .fail((msg, err) => {
      throw err ?? new UsageError(msg);
    });
}

export async function main(argv = hideBin(process.argv)): Promise<void> {
  try {
    await buildCli(argv).parseAsync();
  } catch (e) {
    if (e instanceof InputError || e instanceof UsageError) {
      process.stderr.write(`erscan: error: ${e.message}\n`);
      if (e instanceof UsageError) process.stderr.write('Run erscan --help for usage.\n');
      process.exitCode = EXIT.BAD_INPUT;
      return;
    }
    if (e instanceof NothingReadError) {
      process.stderr.write(`erscan: error: ${e.message}\n`);
      process.exitCode = e.exitCode;
      return;
    }
    const err = e as Error;
    process.stderr.write(`erscan: internal error: ${err?.message ?? String(e)}\n`);
    if (process.env.ERSCAN_DEBUG) process.stderr.write(`${err?.stack}\n`);
    process.exitCode = 70;
  }
}
