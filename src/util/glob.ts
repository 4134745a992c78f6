/**
 * Globs over rule ids and ARM ids (suppressions), matched without a regular expression: a glob
 * compiled to a JavaScript RegExp backtracks, and a short pattern such as
 * `/**\/*0*0*0*0/**\/*0*0*0*0/**\/z` took minutes against one ARM id. Here a segment is matched
 * with the two-pointer wildcard algorithm (time at most pattern length × segment length) and `**`
 * segments by a table over (pattern segment, id segment), so no pattern takes long.
 *
 * The syntax: `*` any run of characters within a segment (`**` inside a segment is the same),
 * `**` as a whole segment any number of segments, `?` one character, `[abc]`, `[a-z]`, `[!a]` or
 * `[^a]` one character of (or not of) a class, `{a,b}` alternatives (at most 64 in all), `\x` the
 * character x. Extglobs (`@(a|b)`, `!(a)`, `+(a)`, `*(a)`, `?(a)`) are refused.
 */

type Token = { k: 'lit'; c: string } | { k: 'one' } | { k: 'star' } | { k: 'class'; not: boolean; ranges: [string, string][] };
type Segment = { globstar: true } | { globstar: false; tokens: Token[]; literal?: string; any?: boolean };

/** A pattern erscan cannot match: the reason, in words. */
export class GlobError extends Error {}

export const MAX_ALTERNATIVES = 64;

/**
 * Compiles a glob (already lower-cased by the caller when it compares case-insensitively).
 * `segments`: `/` separates segments (`*` stops at it, `**` crosses it); otherwise the whole subject is one segment.
 */
export function compileGlob(pattern: string, segments: boolean): (subject: string) => boolean {
  if (/[@!+*?]\(/.test(pattern)) throw new GlobError('extglobs such as @(a|b) are not supported (use {a,b})');
  const compiled = expandBraces(pattern).map((alt) => {
    const segs = (segments ? alt.split('/') : [alt]).map(segmentOf);
    const stars = segs.filter((g) => g.globstar).length;
    const shape = stars === 0 ? 'fixed' : stars === 1 && segs.at(-1)!.globstar ? 'head' : stars === 1 && segs[0].globstar ? 'tail' : 'table';
    return { prefix: literalPrefix(alt, segments), segs, shape };
  });
  return (subject: string) => {
    let parts: string[] | undefined;
    for (const c of compiled) {
      // Most ids differ from a pattern in its literal start (a subscription, a resource group): no split, no table.
      if (!subject.startsWith(c.prefix)) continue;
      parts ??= segments ? subject.split('/') : [subject];
      if (c.shape === 'fixed' ? c.segs.length === parts.length && matchRun(c.segs, 0, c.segs.length, parts, 0) : matches(c.shape, c.segs, parts)) return true;
    }
    return false;
  };
}

/**
 * The start every match has: the pattern up to its first wildcard, cut back (with segments) to the `/`
 * before it, since a `**` segment may match no segment (`/a/**` matches `/a`).
 */
function literalPrefix(alt: string, segments: boolean): string {
  const first = alt.search(/[*?[\\]/);
  if (first < 0) return segments ? alt.slice(0, Math.max(0, alt.lastIndexOf('/'))) : alt;
  return segments ? alt.slice(0, Math.max(0, alt.lastIndexOf('/', first))) : alt.slice(0, first);
}

/** Pattern segments [from, to) (none of them `**`) against subject segments from `at`, one for one. */
function matchRun(segs: Segment[], from: number, to: number, parts: string[], at: number): boolean {
  for (let i = from; i < to; i++) if (!matchOne(segs[i], parts[at + i - from])) return false;
  return true;
}

function matchOne(seg: Segment, part: string): boolean {
  if (seg.globstar) return true;
  if (seg.literal !== undefined) return seg.literal === part;
  return seg.any === true || matchTokens(seg.tokens, part);
}

/** `**` as the last segment (`/subscriptions/x/**`), the first (`**\/er-*`), or anywhere (the table). */
function matches(shape: string, segs: Segment[], parts: string[]): boolean {
  const n = segs.length - 1;
  if (shape === 'head') return parts.length >= n && matchRun(segs, 0, n, parts, 0);
  if (shape === 'tail') return parts.length >= n && matchRun(segs, 1, segs.length, parts, parts.length - n);
  return matchSegments(segs, parts);
}

/** `{a,b}` alternatives, nested ones too; braces without a top-level comma stay literal. */
function expandBraces(pattern: string): string[] {
  let out = [pattern];
  for (let round = 0; ; round++) {
    const next: string[] = [];
    let changed = false;
    for (const p of out) {
      const b = firstBrace(p);
      if (!b) {
        next.push(p);
        continue;
      }
      changed = true;
      for (const alt of b.alternatives) next.push(p.slice(0, b.start) + alt + p.slice(b.end + 1));
      if (next.length > MAX_ALTERNATIVES) throw new GlobError(`at most ${MAX_ALTERNATIVES} alternatives in {…} braces`);
    }
    out = next;
    if (!changed) return out;
  }
}

/** The first `{…}` with a top-level comma (skipping escaped characters and comma-less braces). */
function firstBrace(p: string): { start: number; end: number; alternatives: string[] } | undefined {
  for (let start = 0; start < p.length; start++) {
    if (p[start] === '\\') {
      start++;
      continue;
    }
    if (p[start] !== '{') continue;
    let depth = 0;
    const commas: number[] = [];
    for (let i = start; i < p.length; i++) {
      const c = p[i];
      if (c === '\\') {
        i++;
        continue;
      }
      if (c === '{') depth++;
      else if (c === ',' && depth === 1) commas.push(i);
      else if (c === '}' && --depth === 0) {
        if (commas.length === 0) break;
        const cuts = [start, ...commas, i];
        return { start, end: i, alternatives: cuts.slice(0, -1).map((c0, k) => p.slice(c0 + 1, cuts[k + 1])) };
      }
    }
  }
  return undefined;
}

function segmentOf(text: string): Segment {
  if (text === '**') return { globstar: true };
  const tokens: Token[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\' && i + 1 < text.length) tokens.push({ k: 'lit', c: text[++i] });
    else if (c === '*') {
      if (tokens.at(-1)?.k !== 'star') tokens.push({ k: 'star' });
    } else if (c === '?') tokens.push({ k: 'one' });
    else if (c === '[') {
      const cls = classAt(text, i);
      if (cls) {
        tokens.push(cls.token);
        i = cls.end;
      } else tokens.push({ k: 'lit', c });
    } else tokens.push({ k: 'lit', c });
  }
  if (tokens.every((t) => t.k === 'lit')) return { globstar: false, tokens, literal: tokens.map((t) => (t as { c: string }).c).join('') };
  return { globstar: false, tokens, ...(tokens.length === 1 && tokens[0].k === 'star' ? { any: true } : {}) };
}

/** `[…]` starting at `i`: its token and the index of its `]`, or nothing when it is not closed. */
function classAt(text: string, i: number): { token: Token; end: number } | undefined {
  let j = i + 1;
  const not = text[j] === '!' || text[j] === '^';
  if (not) j++;
  const ranges: [string, string][] = [];
  let first = true;
  for (; j < text.length; j++) {
    let c = text[j];
    if (c === ']' && !first) return { token: { k: 'class', not, ranges }, end: j };
    first = false;
    if (c === '\\' && j + 1 < text.length) c = text[++j];
    if (text[j + 1] === '-' && j + 2 < text.length && text[j + 2] !== ']') {
      let hi = text[j + 2];
      j += 2;
      if (hi === '\\' && j + 1 < text.length) hi = text[++j];
      ranges.push([c, hi]);
    } else ranges.push([c, c]);
  }
  return undefined;
}

function one(t: Token, c: string): boolean {
  if (t.k === 'one') return true;
  if (t.k === 'lit') return t.c === c;
  if (t.k === 'class') return t.ranges.some(([lo, hi]) => c >= lo && c <= hi) !== t.not;
  return false;
}

/** One segment, no backtracking beyond the last `*`: O(pattern × subject). */
function matchTokens(tokens: Token[], s: string): boolean {
  let p = 0;
  let i = 0;
  let starP = -1;
  let starI = 0;
  while (i < s.length) {
    if (p < tokens.length && tokens[p].k === 'star') {
      starP = p++;
      starI = i;
    } else if (p < tokens.length && one(tokens[p], s[i])) {
      p++;
      i++;
    } else if (starP >= 0) {
      p = starP + 1;
      i = ++starI;
    } else return false;
  }
  while (p < tokens.length && tokens[p].k === 'star') p++;
  return p === tokens.length;
}

/** Segments with `**`: a table over (pattern segment, subject segment), filled from the end. */
function matchSegments(segs: Segment[], parts: string[]): boolean {
  const S = parts.length;
  let below: boolean[] = Array.from({ length: S + 1 }, (_, j) => j === S); // pattern exhausted
  for (let p = segs.length - 1; p >= 0; p--) {
    const seg = segs[p];
    const row: boolean[] = new Array(S + 1).fill(false);
    for (let j = S; j >= 0; j--) {
      if (seg.globstar) row[j] = below[j] || (j < S && row[j + 1]);
      else row[j] = j < S && below[j + 1] && matchOne(seg, parts[j]);
    }
    below = row;
  }
  return below[0];
}
