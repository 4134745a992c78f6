import { byNameThenKey, compareText } from '../../util/collate.js';
import { firstUnknown, isTemplateResource, isUnknown, unknownReason } from '../../inventory/facts.js';
import type { Peering } from '../../inventory/model.js';
import type { RuleFunction, Violation } from './index.js';
import { circuitsOfPort, equalsLower, groupBy, listParam } from './util.js';

/** An address range `[first, last]` of one IP family, parsed from a CIDR. */
interface Range {
  family: 4 | 6;
  first: bigint;
  last: bigint;
}

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** `a.b.c.d` as a number (below 2^32: exact in a double). */
function parseIpv4(s: string): number | undefined {
  const m = IPV4.exec(s);
  if (!m) return undefined;
  let v = 0;
  for (let i = 1; i <= 4; i++) {
    const octet = Number(m[i]);
    if (octet > 255) return undefined;
    v = v * 256 + octet;
  }
  return v;
}

function parseIpv6(s: string): bigint | undefined {
  if (!/^[0-9a-f:]+$/i.test(s) || s.split('::').length > 2) return undefined;
  const [head, tail] = s.includes('::') ? s.split('::') : [s, undefined];
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const missing = 8 - h.length - t.length;
  if (tail === undefined ? h.length !== 8 : missing < 1) return undefined;
  const groups = [...h, ...Array(tail === undefined ? 0 : missing).fill('0'), ...t];
  let v = 0n;
  for (const g of groups) {
    if (!/^[0-9a-f]{1,4}$/i.test(g)) return undefined;
    v = (v << 16n) + BigInt(parseInt(g, 16));
  }
  return v;
}

/**
 * An address range of one family: IPv4 in numbers (below 2^32, exact in a double), IPv6 in bigints.
 * The overlap checks compare every pair of a circuit's subnets: numbers spare a bigint per bound and
 * bigint comparisons on the (usual) IPv4 subnets.
 */
type Span = { family: 4; first: number; last: number } | { family: 6; first: bigint; last: bigint };

/** Digit `i` of `s` as a number, or -1 when it is not an ASCII digit. */
function digitAt(s: string, i: number): number {
  const d = s.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : -1;
}

/** `ipv4Span` on an `a.b.c.d/n` whose prefix length is above 32: no valid range. */
const INVALID = 'invalid';

/** `ipv4Plain`: not `a.b.c.d/n`; `a.b.c.d/n` with a prefix length above 32. */
const NOT_PLAIN = -1;
const BAD_PREFIX = -2;

/**
 * `a.b.c.d/n` read without regular expressions (a BGP subnet is nearly always this), as one number
 * (no record per subnet): the range's first address × 64 + the prefix length (below 2^39, exact in a
 * double); BAD_PREFIX for a prefix length above 32, NOT_PLAIN for anything else (which `parseSpan`
 * reads the general way).
 */
function ipv4Plain(s: string): number {
  let i = 0;
  let v4 = 0;
  for (let part = 0; part < 5; part++) {
    let n = 0;
    const start = i;
    for (let d = digitAt(s, i); d >= 0 && i - start < 3; d = digitAt(s, ++i)) n = n * 10 + d;
    if (i === start || digitAt(s, i) >= 0) return NOT_PLAIN; // no digit, or more than three
    if (part < 4) {
      if (n > 255 || s.charCodeAt(i) !== (part < 3 ? 46 : 47)) return NOT_PLAIN; // '.' or '/'
      v4 = v4 * 256 + n;
      i++;
    } else {
      if (i !== s.length) return NOT_PLAIN;
      if (n > 32) return BAD_PREFIX;
      const size = 2 ** (32 - n);
      return Math.floor(v4 / size) * size * 64 + n;
    }
  }
  return NOT_PLAIN;
}

/** The first address of an `ipv4Plain` number. */
const plainFirst = (e: number) => (e - (e % 64)) / 64;
/** The last address of an `ipv4Plain` number. */
const plainLast = (e: number) => plainFirst(e) + 2 ** (32 - (e % 64)) - 1;

/** `ipv4Plain` as a range: INVALID for a prefix length above 32, undefined when not `a.b.c.d/n`. */
function ipv4Span(s: string): Span | typeof INVALID | undefined {
  const e = ipv4Plain(s);
  if (e === NOT_PLAIN) return undefined;
  if (e === BAD_PREFIX) return INVALID;
  return { family: 4, first: plainFirst(e), last: plainLast(e) };
}

function parseSpan(cidr: string): Span | undefined {
  const plain = ipv4Span(cidr);
  if (plain) return plain === INVALID ? undefined : plain;
  const m = /^([^/]+)\/(\d{1,3})$/.exec(cidr.trim());
  if (!m) return undefined;
  const len = Number(m[2]);
  const v4 = parseIpv4(m[1]);
  if (v4 !== undefined) {
    if (len > 32) return undefined;
    // Whole numbers below 2^33 throughout: exact in doubles.
    const size = 2 ** (32 - len);
    const first = Math.floor(v4 / size) * size;
    return { family: 4, first, last: first + size - 1 };
  }
  const v6 = parseIpv6(m[1]);
  if (v6 === undefined || len > 128) return undefined;
  const size = 1n << BigInt(128 - len);
  const first = (v6 / size) * size;
  return { family: 6, first, last: first + size - 1n };
}

/** Parses `a.b.c.d/n` or an IPv6 CIDR into its address range; undefined when malformed. */
export function parseCidr(cidr: string): Range | undefined {
  const s = parseSpan(cidr);
  return s?.family === 4 ? { family: 4, first: BigInt(s.first), last: BigInt(s.last) } : s;
}

/**
 * The BGP subnets of one circuit (IPv4 and IPv6, primary and secondary of each peering), in columns
 * reused from circuit to circuit: the rule reads every subnet of the estate once, and a record per
 * subnet plus its range (two objects each, tens of thousands at 10,000 circuits) was most of its cost.
 * Row `i` is one subnet; `family` 0 marks one that is not a valid CIDR.
 */
interface Subnets {
  /** Rows in use (those beyond are left from an earlier circuit). */
  n: number;
  peering: Peering[];
  which: string[];
  cidr: string[];
  family: number[];
  first: (number | bigint)[];
  last: (number | bigint)[];
}

/** Adds a peering's subnets (primary, secondary, then the IPv6 pair) to `subnets`. */
function addSubnets(subnets: Subnets, p: Peering): void {
  addSubnet(subnets, p, 'primary', p.primaryPeerAddressPrefix);
  addSubnet(subnets, p, 'secondary', p.secondaryPeerAddressPrefix);
  if (!p.ipv6) return;
  addSubnet(subnets, p, 'IPv6 primary', p.ipv6.primaryPeerAddressPrefix);
  addSubnet(subnets, p, 'IPv6 secondary', p.ipv6.secondaryPeerAddressPrefix);
}

/** One row of `subnets`: an `a.b.c.d/n` read straight into numbers (no record), anything else through `parseSpan`. */
function addSubnet(subnets: Subnets, peering: Peering, which: string, cidr: string | undefined): void {
  if (!cidr) return;
  const i = subnets.n++;
  subnets.peering[i] = peering;
  subnets.which[i] = which;
  subnets.cidr[i] = cidr;
  const plain = ipv4Plain(cidr);
  if (plain >= 0) {
    subnets.family[i] = 4;
    subnets.first[i] = plainFirst(plain);
    subnets.last[i] = plainLast(plain);
    return;
  }
  const span = plain === NOT_PLAIN ? parseSpan(cidr) : undefined;
  subnets.family[i] = span ? span.family : 0;
  subnets.first[i] = span ? span.first : 0;
  subnets.last[i] = span ? span.last : 0;
}

/** `AzurePrivatePeering primary`: subnet `i` as a message names it. */
const labelOf = (subnets: Subnets, i: number) => `${subnets.peering[i].name} ${subnets.which[i]}`;

/** True when subnets `i` and `j` are valid CIDRs of one family whose ranges overlap. */
function rowsOverlap(subnets: Subnets, i: number, j: number): boolean {
  const f = subnets.family[i];
  return f !== 0 && f === subnets.family[j] && subnets.first[i] <= subnets.last[j] && subnets.first[j] <= subnets.last[i];
}

/**
 * Primary and secondary BGP subnets are valid CIDRs, distinct and not overlapping, within a peering
 * and across the peerings of one circuit.
 */
export const peeringPrefixesDistinct: RuleFunction = ({ inventory }) => {
  const out: Violation[] = [];
  const subnets: Subnets = { n: 0, peering: [], which: [], cidr: [], family: [], first: [], last: [] };
  const flagged: string[] = []; // the keys of the circuit's peerings already reported (a circuit has one to three)
  // Indexed loops: this runs once per scan, mostly before V8 optimises it, where for…of allocates per element.
  const circuits = inventory.circuits;
  for (let c = 0; c < circuits.length; c++) {
    const peerings = circuits[c].peerings;
    subnets.n = 0;
    flagged.length = 0;
    for (let k = 0; k < peerings.length; k++) addSubnets(subnets, peerings[k]);
    const n = subnets.n;
    for (let i = 0; i < n; i++) {
      if (subnets.family[i] !== 0) continue;
      const p = subnets.peering[i];
      if (!flagged.includes(p.key)) flagged.push(p.key);
      out.push({ resource: p, actual: `${labelOf(subnets, i)} subnet ${subnets.cidr[i]} is not a valid CIDR`, expected: 'a valid IPv4 /30 or IPv6 /126 subnet' });
    }
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        if (!rowsOverlap(subnets, i, j)) continue;
        const b = subnets.peering[j];
        if (flagged.includes(b.key)) continue;
        flagged.push(b.key);
        out.push({ resource: b, actual: `${labelOf(subnets, j)} subnet ${subnets.cidr[j]} overlaps ${labelOf(subnets, i)} subnet ${subnets.cidr[i]}`, expected: 'distinct, non-overlapping primary and secondary subnets' });
      }
    }
  }
  return out;
};

/** An MD5 key is configured on the BGP sessions of the chosen peering types (policy choice). */
export const peeringMd5Configured: RuleFunction = ({ inventory, params }) => {
  const types = listParam(params, 'peeringTypes', ['AzurePrivatePeering', 'MicrosoftPeering']).map((t) => t.toLowerCase());
  const out: Violation[] = [];
  const circuits = inventory.circuits;
  for (let i = 0; i < circuits.length; i++) {
    const c = circuits[i];
    for (let j = 0; j < c.peerings.length; j++) {
      const p = c.peerings[j];
      if (!p.peeringType || !types.includes(p.peeringType.toLowerCase())) continue;
      if (p.sharedKeyConfigured === true) continue;
      const expected = 'an MD5 shared key on both BGP sessions';
      if (p.sharedKeyConfigured === false) {
        out.push({ resource: p, actual: 'not configured (sharedKey is empty)', expected });
      } else if (isUnknown(p, 'sharedKeyConfigured')) {
        // A key from a template parameter without a value here: whether one is set is known at deployment.
        out.push({ resource: p, actual: `not known here (${unknownReason(p, 'sharedKeyConfigured')})`, expected, status: 'unknown' });
      } else if (isTemplateResource(p)) {
        // A template declares the whole peering: no sharedKey in it deploys the peering without a key (no default).
        out.push({ resource: p, actual: 'not configured (the template sets no sharedKey)', expected });
      } else {
        out.push({ resource: p, actual: 'not visible in this input (Resource Graph and ARM reads may omit sharedKey)', expected, status: 'unknown' });
      }
    }
  }
  return out;
};

/**
 * VLAN ids are in 1–4094 and unique among the peerings of a circuit; on an ExpressRoute Direct
 * port with Dot1Q encapsulation they are unique across every circuit on the port.
 */
export const vlanIdsValid: RuleFunction = ({ inventory }) => {
  const out: Violation[] = [];
  const flagged = new Set<string>();
  const flag = (v: Violation) => {
    if (flagged.has(v.resource.key)) return;
    flagged.add(v.resource.key);
    out.push(v);
  };
  const circuits = inventory.circuits;
  for (let i = 0; i < circuits.length; i++) {
    const c = circuits[i];
    for (let j = 0; j < c.peerings.length; j++) {
      const p = c.peerings[j];
      if (p.vlanId === undefined) {
        if (isUnknown(p, 'vlanId')) flag({ resource: p, actual: unknownReason(p, 'vlanId'), expected: 'a VLAN id from 1 to 4094', status: 'unknown' });
        else flag({ resource: p, actual: 'no VLAN id', expected: 'a VLAN id from 1 to 4094' });
      } else if (!Number.isInteger(p.vlanId) || p.vlanId < 1 || p.vlanId > 4094) flag({ resource: p, actual: `VLAN ${p.vlanId}`, expected: 'a VLAN id from 1 to 4094' });
    }
    // (The inventory holds a circuit's peerings in name order, not the input's: the one flagged does not follow the order Azure lists them in.)
    flagSharedVlans(c.peerings, (p, first) => flag({ resource: p, actual: `VLAN ${String(first.vlanId)}, also used by ${first.name} of circuit ${c.name}`, expected: 'a VLAN id unique among the peerings of the circuit' }));
  }
  for (const port of inventory.ports) {
    // A port whose encapsulation is not known (a template parameter, a live row without it) may be Dot1Q.
    const encapsulationWhy = port.encapsulation === undefined ? unknownReason(port, 'encapsulation') : undefined;
    if (port.encapsulation?.toLowerCase() !== 'dot1q' && encapsulationWhy === undefined) continue;
    // (In circuit then peering name order: the first of a shared VLAN is named, the others flagged, whatever the input's order.)
    const peerings = circuitsOfPort(inventory, port)
      .flatMap((c) => c.peerings)
      .sort((a, b) => compareText(a.circuitName, b.circuitName) || compareText(a.circuitKey, b.circuitKey) || byNameThenKey(a, b));
    for (const [vlan, ps] of groupBy(peerings, (p) => (p.vlanId !== undefined ? String(p.vlanId) : undefined))) {
      if (ps.length < 2) continue;
      for (const p of ps.slice(1)) {
        if (p.circuitKey === ps[0].circuitKey) continue; // already reported per circuit
        if (encapsulationWhy !== undefined) flag({ resource: p, actual: `VLAN ${vlan}, also used by ${ps[0].circuitName}/${ps[0].name} on port ${port.name}`, expected: `a VLAN id unique across the circuits of the port if it is Dot1Q; undecided: ${encapsulationWhy}`, status: 'unknown' });
        else flag({ resource: p, actual: `VLAN ${vlan}, also used by ${ps[0].circuitName}/${ps[0].name} on Dot1Q port ${port.name}`, expected: 'a VLAN id unique across the circuits of a Dot1Q ExpressRoute Direct port' });
      }
    }
  }
  return out;
};

/** True when two VLAN ids group together as `String(id)` keys would (numbers: equal, or both NaN). */
function sameVlan(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return a !== a && b !== b;
  return String(a) === String(b);
}

/**
 * Calls `also(p, first)` for each peering whose VLAN id an earlier peering of the list uses (`first`:
 * the earliest), in the order `groupBy(peerings, String(vlanId))` then its groups' tails would: a
 * circuit has one to three peerings, so two small loops spare a Map, its lists and a string per peering.
 */
function flagSharedVlans(peerings: Peering[], also: (p: Peering, first: Peering) => void): void {
  const n = peerings.length;
  for (let i = 0; i < n; i++) {
    const head = peerings[i];
    if (head.vlanId === undefined) continue;
    let earlier = false; // a later member of an earlier group: that group's turn flagged it
    for (let k = 0; k < i && !earlier; k++) earlier = peerings[k].vlanId !== undefined && sameVlan(peerings[k].vlanId, head.vlanId);
    if (earlier) continue;
    for (let j = i + 1; j < n; j++) if (peerings[j].vlanId !== undefined && sameVlan(peerings[j].vlanId, head.vlanId)) also(peerings[j], head);
  }
}

/** Private-use ASNs (RFC 6996): 64512–65534 and 4200000000–4294967294. */
export function isPrivateAsn(asn: number): boolean {
  return (asn >= 64512 && asn <= 65534) || (asn >= 4_200_000_000 && asn <= 4_294_967_294);
}

/** The fields `firstUnknown` reads: one list, not a literal per resource. */
const PEER_ASN = ['peerASN'];
const V4_SUBNETS = ['primaryPeerAddressPrefix', 'secondaryPeerAddressPrefix'];
/** Each address family's prefix validation state, and the fields (itself and its parents) that leave it not known. */
const FAMILIES = [
  { label: '', state: (p: Peering) => p.microsoftPeeringConfig?.advertisedPublicPrefixesState, fields: ['microsoftPeeringConfig', 'microsoftPeeringConfig.advertisedPublicPrefixesState'] },
  { label: 'IPv6 ', state: (p: Peering) => p.ipv6?.microsoftPeeringConfig?.advertisedPublicPrefixesState, fields: ['ipv6', 'ipv6.microsoftPeeringConfig', 'ipv6.microsoftPeeringConfig.advertisedPublicPrefixesState'] },
] as const;

/**
 * Microsoft peering with a private peer ASN. Microsoft allows a private ASN on Microsoft peering but
 * validates its prefixes only manually (expressroute-routing.md, "Microsoft peering"): the peering
 * complies once `advertisedPublicPrefixesState` is `Configured`, unless the policy asks for a public
 * ASN regardless (`acceptValidatedPrivateAsn: false`). The state is read-only, so templates and
 * inputs without it leave the verdict undecided rather than failed.
 *
 * Each address family the peering has is validated on its own (`-PeerAddressType IPv4 | IPv6`): the IPv4 state where
 * the peering has IPv4 (an IPv4 subnet, or no IPv6 configuration), the IPv6 configuration's own state where it has
 * one. An IPv6-only peering (no IPv4 subnet; "/29 (IPv4) or /125 (IPv6) subnet or two /30 (IPv4) or /126 (IPv6)
 * subnets", expressroute-routing.md) has no IPv4 session: its IPv4 configuration, absent or `NotConfigured`, says
 * nothing. A family whose prefixes are decided not validated fails the peering; otherwise one whose state is not
 * known leaves it undecided.
 */
export const microsoftPeeringAsn: RuleFunction = ({ inventory, params }) => {
  const acceptValidated = params.acceptValidatedPrivateAsn !== false;
  const out: Violation[] = [];
  const circuits = inventory.circuits;
  for (let i = 0; i < circuits.length; i++) {
    const c = circuits[i];
    for (let j = 0; j < c.peerings.length; j++) {
      const p = c.peerings[j];
      if (!equalsLower(p.peeringType, 'microsoftpeering')) continue;
      const asnUnknown = firstUnknown(p, PEER_ASN);
      if (asnUnknown) {
        out.push({ resource: p, actual: `a peer ASN that is not known here (${asnUnknown.reason})`, expected: 'a public ASN, or a private one whose prefixes Microsoft validated', status: 'unknown' });
        continue;
      }
      if (p.peerASN === undefined || !isPrivateAsn(p.peerASN)) continue;
      if (!acceptValidated) {
        out.push({ resource: p, actual: `private ASN ${p.peerASN}`, expected: 'a public ASN (policy: acceptValidatedPrivateAsn is false, so a manually validated private ASN does not count)' });
        continue;
      }
      const ipv6Only = p.primaryPeerAddressPrefix === undefined && p.secondaryPeerAddressPrefix === undefined && p.ipv6 !== undefined && firstUnknown(p, V4_SUBNETS) === undefined;
      const failed: string[] = [];
      const open: string[] = [];
      for (const fam of FAMILIES) {
        if (fam.label === '' ? ipv6Only : p.ipv6 === undefined && !isUnknown(p, 'ipv6')) continue;
        const state = fam.state(p);
        if (state?.toLowerCase() === 'configured') continue;
        const unknown = state === undefined ? firstUnknown(p, fam.fields) : undefined;
        if (unknown) open.push(`${fam.label}advertised public prefixes whose validation state is not known here (${unknown.reason})`);
        else if (state === undefined && isTemplateResource(p)) open.push(`${fam.label}advertised public prefixes whose validation state is only known once deployed`);
        else failed.push(`${fam.label}advertised public prefixes ${state ? `in state ${state}` : 'in no reported state'}`);
      }
      if (failed.length === 0 && open.length === 0) continue;
      out.push({
        resource: p,
        actual: `private ASN ${p.peerASN} with ${(failed.length > 0 ? failed : open).join(' and ')}`,
        expected: 'a public ASN registered for the prefixes, or the private ASN with its prefixes validated manually by Microsoft (advertisedPublicPrefixesState Configured)',
        ...(failed.length === 0 ? { status: 'unknown' as const } : {}),
      });
    }
  }
  return out;
};
