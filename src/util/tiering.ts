import { setFlagsFromString } from 'node:v8';

/**
 * V8's tiering set for a run of erscan: one batch of work, then exit.
 *
 * V8 optimises a function with TurboFan once it has run "enough", on background threads. Its defaults
 * suit long-lived programs; in a scan most functions run once per resource (10,000 to 100,000 times)
 * and are then done, and TurboFan compiling the large per-resource functions (the circuit analysis,
 * the pricing model, the inventory builders) cost more CPU than running them: at 10,000 circuits
 * ~1.4 s of background CPU beside ~1.8 s of main thread on Node 20 (measured per thread), on a
 * machine whose two cores the report thread and the garbage collector also need. Asking for more
 * runs before optimising leaves the truly hot functions optimised and spares the rest (the figures are
 * in docs/benchmarks.md). The flags differ by V8 version, so each is set only for the versions it was
 * measured on (an unknown flag would print an error): Node 20 (V8 11) counts bytecode run through a
 * budget; Node 22 and 24 (V8 12 and 13) count invocations. Elsewhere V8's defaults stay.
 */
const BY_V8_MAJOR: Record<string, string> = {
  '11': '--interrupt-budget=491520', // default 67584 (66 KB of bytecode): ×7.3
  '12': '--invocation-count-for-turbofan=10000', // default 3000
  '13': '--invocation-count-for-turbofan=10000', // default 3000
};

/** The flag for a V8 version (`process.versions.v8`), or undefined where V8's defaults stay. */
export function tieringFlagFor(v8Version: string): string | undefined {
  return BY_V8_MAJOR[v8Version.split('.')[0]];
}

/** Sets this process's tiering flag, if its V8 version has one. */
export function tuneTiering(): void {
  const flag = tieringFlagFor(process.versions.v8);
  if (flag) setFlagsFromString(flag);
}
