import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, isAbsolute, join, relative, resolve } from 'node:path';
import { InputError } from '../../../util/errors.js';
import { MAX_INPUT_BYTES } from '../../../util/json.js';

/**
 * Finding and running the user's Bicep compiler. erscan never ships or downloads one: it uses, in
 * this order, `--bicep PATH`, `bicep` on PATH, the copy the Azure CLI installs (`az bicep install`
 * puts it in `~/.azure/bin`, or `$AZURE_CONFIG_DIR/bin`), and `az bicep` itself.
 *
 * Every run is `spawnSync` with an argument list (never a shell), a time limit, and an absolute
 * input path (so no file name can be read as an option).
 */

export interface Compiler {
  /** `bicep`: the Bicep CLI itself; `az`: through `az bicep`. */
  kind: 'bicep' | 'az';
  /** Absolute path of the executable. */
  command: string;
  /** How it was found, for messages (`bicep on PATH`, `--bicep`, `az bicep`). */
  how: string;
  /** The first line of `--version`. */
  version?: string;
}

export interface CompilerLookup {
  /** `--bicep PATH`. */
  bicep?: string;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
}

/** The default time limit of one compiler run; `ERSCAN_BICEP_TIMEOUT` (seconds) overrides it. */
export const DEFAULT_TIMEOUT_SECONDS = 120;

export const INSTALL_HINT =
  'install the Bicep CLI (https://aka.ms/bicep-install, or "az bicep install" with the Azure CLI) or pass --bicep PATH; or scan the compiled JSON instead (bicep build main.bicep writes main.json)';

export function timeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  const s = Number(env.ERSCAN_BICEP_TIMEOUT);
  return Number.isFinite(s) && s > 0 ? Math.round(s * 1000) : DEFAULT_TIMEOUT_SECONDS * 1000;
}

function isFile(p: string): boolean {
  return notAFile(p) === undefined;
}

/** What stands at a path named by --bicep, said as the end of an error, or undefined for a file. */
function notAFile(p: string): string | undefined {
  try {
    const st = statSync(p);
    return st.isFile() ? undefined : st.isDirectory() ? 'a folder, not the Bicep CLI program' : 'not a regular file';
  } catch {
    return 'no such file';
  }
}

/** An executable named `name` in a PATH directory (Windows: `name.exe`; `.cmd` files need a shell, so they are not used). */
function onPath(name: string, env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string | undefined {
  const path = env.PATH ?? env.Path ?? '';
  const file = platform === 'win32' ? `${name}.exe` : name;
  for (const dir of path.split(platform === 'win32' ? ';' : delimiter)) {
    if (!dir || !isAbsolute(dir)) continue; // a relative PATH entry would run whatever the scanned repository holds
    const p = join(dir, file);
    if (isFile(p)) return p;
  }
  return undefined;
}

/** The candidates, most preferred first; `--bicep` is the only one when given. */
function candidates(lookup: CompilerLookup): Compiler[] {
  const env = lookup.env ?? process.env;
  const platform = lookup.platform ?? process.platform;
  if (lookup.bicep !== undefined) return [{ kind: 'bicep', command: resolve(lookup.bicep), how: '--bicep' }];
  const out: Compiler[] = [];
  const bicep = onPath('bicep', env, platform);
  if (bicep) out.push({ kind: 'bicep', command: bicep, how: 'bicep on PATH' });
  const configDir = env.AZURE_CONFIG_DIR || join(env.HOME || env.USERPROFILE || homedir(), '.azure');
  const azBicep = join(configDir, 'bin', platform === 'win32' ? 'bicep.exe' : 'bicep');
  if (isFile(azBicep)) out.push({ kind: 'bicep', command: azBicep, how: `the Azure CLI's Bicep (${azBicep})` });
  const az = onPath('az', env, platform);
  if (az) out.push({ kind: 'az', command: az, how: 'az bicep' });
  return out;
}

interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
  error?: string;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv, limitMs: number): RunResult {
  const r = spawnSync(command, args, {
    encoding: 'utf8',
    env,
    timeout: limitMs,
    killSignal: 'SIGKILL',
    maxBuffer: MAX_INPUT_BYTES,
    windowsHide: true,
    shell: false,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let error: string | undefined;
  if (r.error) {
    const code = (r.error as NodeJS.ErrnoException).code;
    error = code === 'ETIMEDOUT' ? `did not finish within ${Math.round(limitMs / 1000)} s` : code === 'ENOENT' ? 'not found' : code === 'EACCES' ? 'not executable (permission denied)' : (code ?? r.error.message);
  } else if (r.signal) error = `was stopped by ${r.signal}`;
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', error };
}

/**
 * The first usable compiler: it must answer `--version` (`az bicep version`). Returns why none was
 * usable otherwise (each candidate tried, or that none was found).
 */
export function findCompiler(lookup: CompilerLookup = {}): Compiler | { missing: string } {
  const env = lookup.env ?? process.env;
  const tried: string[] = [];
  for (const c of candidates(lookup)) {
    const problem = c.how === '--bicep' ? notAFile(c.command) : undefined;
    if (problem !== undefined) {
      tried.push(`--bicep ${lookup.bicep}: ${problem}`);
      continue;
    }
    const r = c.kind === 'az' ? run(c.command, ['bicep', 'version', '--only-show-errors'], env, timeoutMs(env)) : run(c.command, ['--version'], env, timeoutMs(env));
    const text = `${r.stdout}\n${r.stderr}`;
    const version = /Bicep CLI version\s+([0-9][^\s(]*)/i.exec(text)?.[1];
    if (!r.error && r.status === 0 && (version || c.kind === 'bicep')) return { ...c, version: version ?? firstLine(r.stdout) };
    tried.push(`${c.how} (${c.command}) ${r.error ?? `exited ${r.status}: ${firstLine(r.stderr) || firstLine(r.stdout) || 'no output'}`}`);
  }
  return { missing: tried.length ? `none usable (${tried.join('; ')})` : 'none' };
}

function firstLine(s: string): string {
  return (
    s
      .split(/\r?\n/)
      .map((l) => l.trim())
      .find(Boolean) ?? ''
  ).slice(0, 200);
}

/** Quoted literals in a compiler message that could be secrets (long, GUID- or token-like) are masked. */
export function maskLiterals(message: string): string {
  return message.replace(/'([^'\n]*)'/g, (all, inner: string) => {
    const quotable = inner.length <= 24 && /^[A-Za-z0-9 ._/@:-]*$/.test(inner) && !(inner.length >= 12 && /\d/.test(inner) && /[A-Za-z]/.test(inner)) && !/\d{5,}|[0-9a-f]{8}-/i.test(inner);
    return quotable ? all : "'…'";
  });
}

/** A compiler diagnostic line: `/abs/main.bicep(12,3) : Error BCP018: Expected … [https://aka.ms/…]`. */
const DIAGNOSTIC = /^(.*?)\((\d+),(\d+)(?:,\d+,\d+)?\)\s*:\s*Error\s+([A-Za-z][\w-]*)\s*:\s*(.*?)(?:\s+\[https?:[^\]]*\])?\s*$/;

export interface CompileFailure {
  error: InputError;
}

/**
 * Compiles `file` (`build` for .bicep, `build-params` for .bicepparam) and returns stdout, or one
 * InputError naming the file (with the line and column of the first compiler error when there is one).
 * `shown` is the file as the user named it (relative paths stay relative).
 */
export function compileFile(compiler: Compiler, shown: string, mode: 'build' | 'build-params', env: NodeJS.ProcessEnv = process.env): { stdout: string } | CompileFailure {
  const abs = resolve(shown);
  const args = compiler.kind === 'az' ? ['bicep', mode, '--file', abs, '--stdout', '--only-show-errors'] : [mode, '--stdout', abs];
  const limit = timeoutMs(env);
  const r = run(compiler.command, args, env, limit);
  const what = compiler.kind === 'az' ? `az bicep ${mode}` : `bicep ${mode}`;
  const expected = mode === 'build' ? 'a Bicep file that compiles' : 'a Bicep parameters file that compiles';
  if (r.error) return { error: new InputError(shown, '', expected, `${what} ${r.error}`) };
  if (r.status !== 0) {
    for (const line of r.stderr.split(/\r?\n/)) {
      const m = DIAGNOSTIC.exec(line.trim());
      if (!m) continue;
      const [, where, l, c, code, msg] = m;
      // The diagnostic may be in another file (a module): name that file, relative like the input.
      const diagFile = where ? displayPath(where, shown, abs) : shown;
      return { error: new InputError(`${diagFile}:${l}:${c}`, '', expected, `${code}: ${maskLiterals(msg)} (${what})`) };
    }
    const detail = firstLine(r.stderr) || firstLine(r.stdout) || 'no message';
    return { error: new InputError(shown, '', expected, `${what} exited ${r.status}: ${maskLiterals(detail)}`) };
  }
  return { stdout: r.stdout };
}

/** The compiler prints absolute paths; show them as the user named the input (relative to the working directory). */
function displayPath(where: string, shown: string, abs: string): string {
  const w = where.trim();
  if (resolve(w) === abs) return shown;
  if (isAbsolute(w)) {
    const rel = relative(process.cwd(), w);
    return rel && !rel.startsWith('..') ? rel : w;
  }
  return w;
}
