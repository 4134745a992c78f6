import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { BrowserContext } from 'playwright-core';

/**
 * The browser the HTML report test drives. By default the Chromium build that the npm package
 * `@sparticuz/chromium` carries inside itself (a devDependency: `npm ci` installs it, nothing is
 * downloaded, no system package is needed); it is unpacked once into a folder named after the
 * package version under the temporary folder. ERSCAN_CHROMIUM names a browser of the user's own
 * instead (for example Debian's /usr/bin/chromium); erscan never looks for one by itself.
 */
export interface LaunchedBrowser {
  context: BrowserContext;
  /** The executable that was started. */
  executable: string;
  /** Where it came from. */
  origin: 'ERSCAN_CHROMIUM' | '@sparticuz/chromium';
}

/** Flags for a browser of the user's own (the packaged one brings its own flags). */
const SYSTEM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export async function packagedChromium(): Promise<{ executable: string; args: string[]; version: string }> {
  const { default: chromium } = await import('@sparticuz/chromium');
  // The package's exports hide its package.json: read it beside the resolved entry point.
  const entry = createRequire(import.meta.url).resolve('@sparticuz/chromium');
  const version = (JSON.parse(readFileSync(join(dirname(entry), '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
  // The package unpacks into os.tmpdir() and reuses whatever `chromium` it finds there, whichever
  // version that is: give it a folder of its own per package version.
  const dir = join(tmpdir(), `erscan-chromium-${version}`);
  mkdirSync(dir, { recursive: true });
  const saved = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  try {
    const executable = await chromium.executablePath();
    return { executable, args: chromium.args, version };
  } finally {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
  }
}

export async function launchChromium(userDataDir: string, viewport: { width: number; height: number }): Promise<LaunchedBrowser> {
  const { chromium } = await import('playwright-core');
  const own = process.env.ERSCAN_CHROMIUM;
  if (own) {
    if (!existsSync(own)) throw new Error(`ERSCAN_CHROMIUM names ${own}, which does not exist (unset it to use the Chromium of the @sparticuz/chromium package)`);
    const context = await chromium.launchPersistentContext(userDataDir, { executablePath: own, headless: true, args: SYSTEM_ARGS, viewport });
    return { context, executable: own, origin: 'ERSCAN_CHROMIUM' };
  }
  const { executable, args } = await packagedChromium();
  const context = await chromium.launchPersistentContext(userDataDir, { executablePath: executable, headless: true, args, viewport });
  return { context, executable, origin: '@sparticuz/chromium' };
}
