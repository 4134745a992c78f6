import type { RuleFunction, Violation } from './index.js';
import type { Circuit, Connection, Gateway, Port } from '../../inventory/model.js';
import { firstUnknown, isPartial, isTemplateResource, isUnknown, liveConnectionsWithoutGateway, reasonText, unknownReason } from '../../inventory/facts.js';
import { connectCircuitsImpact, costOf, secondCircuitImpact, type Impact } from '../../pricing/impact.js';
import type { CircuitCost } from '../../pricing/model.js';
import { analysisOf, circuitsOfPort, costsOf, gatewayRelationsOf, groupBy, lc, lookup, nameList, notKnown, numParam, pricingInputsOf, unnamedGatewayConnections, unreadCount, unreadText, connectionListOpen, privatePeeringDisabled } from './util.js';
import { compareText } from '../../util/collate.js';
import { nameOfId } from '../../inventory/names.js';
import { circuitBeingDeleted, conditionalNames, metroKey, peeringFamilies } from '../../analysis/index.js';
import type { CircuitAnalysis } from '../../analysis/model.js';
import { cloudOfRegion, isLocalRegion, regionGeopolitical } from '../../locations/index.js';
import { gatewayCapacityMbps } from './sku.js';

/**
 * Every ExpressRoute gateway (VNet or vWAN hub) is served by circuits in at least `minLocations` distinct
 * peering sites (`distinctBy: location`) or metros (`distinctBy: metro`). An ExpressRoute Metro circuit
 * lands in two peering sites of one city (metro.md, 2026-05-10), so it counts as two sites and one metro.
 * Follows connections across subscriptions and tenants. Circuits outside the inventory make the verdict
 * unknown rather than compliant; a gateway with no connection at all is ERS-COST-005's finding (delete it),
 * not a call to add circuits; a template gateway is a partial view ("not decidable from these files").
 */
export const gatewayPeeringLocationDiversity: RuleFunction = (ctx) => {
  const { inventory, params } = ctx;
  const minLocations = numParam(params, 'minLocations', 2, 1);
  const by = params.distinctBy === 'metro' ? 'metro' : 'location';
  const analysis = analysisOf(ctx);
  const opts = pricingInputsOf(ctx);
  const gatewayAnalyses = analysis.gateways();
  const out: Violation[] = [];
  // Connections whose gateway is known only at deployment may be any VNet gateway's (unnamedGatewayConnections).
  const unnamedText = unnamedGatewayConnections(inventory);
  // Live connections whose rows name no gateway: each may be any VNet gateway's, with its circuit.
  const strays = liveConnectionsWithoutGateway(inventory.connections);
  // Links each spare circuit has left in this run: one proposed to a gateway is not offered to more than it can take.
  const room = new Map<Circuit, number>();
  for (let i = 0; i < inventory.gateways.length; i++) {
    const g = inventory.gateways[i];
    const ga = gatewayAnalyses[i];
    if (ga.idle.value === true) continue; // nothing to make redundant: ERS-COST-005 says delete it
    // A connection rides its circuit's Azure private peering: a circuit whose private peering is Disabled (ERS-BGP-004,
    // its BGP sessions down) carries none of the gateway's traffic, so it is no location of the gateway's. (One whose
    // state is not known counts, but a pass that rests on it is undecided: privatePeeringStateUnknown below.)
    const { enabled: known, disabled } = splitDisabled(ga.circuits);
    const outside = ga.circuitsOutside;
    // Connections here that name no circuit (their rows lack the reference): each serves a circuit whose location is not known.
    const unnamed = ga.circuitsUnnamed;
    const places = disabled.length === 0 ? (by === 'metro' ? ga.metros : new Set(ga.sites.keys())) : placesOf(known, by, analysis);
    const count = places.size;
    const disabledText = disabledPeeringText(disabled, (c) => analysis.circuit(c).locationLabel ?? 'unknown location');
    const unit = by === 'metro' ? 'metro' : 'peering location';
    if (count >= minLocations) {
      // A circuit ARM is deleting (provisioningState Deleting, CircuitAnalysis.beingDeleted) is a path only until the
      // deletion completes: a count that rests on it is undecided, never a pass.
      const { staying, going } = splitGoing(known);
      if (going.length > 0 && placesOf(staying, by, analysis).size < minLocations) {
        const locationOf = (c: Circuit) => analysis.circuit(c).locationLabel ?? 'unknown location';
        out.push({
          resource: g,
          actual: `${count} ${unit}s: ${nameList(known, locationOf)}; ${goingText(going, locationOf)}`,
          expected: `circuits in at least ${minLocations} different ${unit}s that are not being deleted; undecided`,
          status: 'unknown',
        });
        continue;
      }
      // A circuit whose private peering's state is not known (a row or template that does not carry it) may have it
      // Disabled: the count holds for certain only without such circuits.
      const { sure, unsure } = splitUnsure(known);
      if (unsure.length > 0 && placesOf(sure, by, analysis).size < minLocations) {
        out.push({
          resource: g,
          actual: `${count} ${unit}s: ${nameList(known, (c) => analysis.circuit(c).locationLabel ?? 'unknown location')}${ga.template ? ' in these files' : ''}; ${unsureStateText(unsure)}`,
          expected: `circuits in at least ${minLocations} different ${unit}s whose private peering is enabled; undecided`,
          status: 'unknown',
        });
        continue;
      }
      // A circuit on a Direct port whose location erscan does not map counts under the port location's own name,
      // which may be a peering location (or metro) another circuit of the gateway is in: the count holds for
      // certain only from the circuits erscan places.
      const unplaced = known.filter((c) => unplacedDirect(analysis.circuit(c)));
      if (unplaced.length === 0) continue;
      const placed = new Set<string>();
      for (const c of known) {
        const a = analysis.circuit(c);
        if (unplacedDirect(a)) continue;
        if (by === 'metro') {
          const m = metroKey(a);
          if (m) placed.add(m);
        } else for (const site of a.sites) placed.add(site.key);
      }
      if (Math.max(placed.size, 1) >= minLocations) continue;
      const names = nameList(known, (c) => analysis.circuit(c).locationLabel ?? 'unknown location');
      out.push({
        resource: g,
        actual: `${count} ${unit} names: ${names}${ga.template ? ' in these files' : ''}; ${unplacedText(unplaced, analysis)}`,
        expected: `circuits in at least ${minLocations} different ${unit}s; undecided`,
        status: 'unknown',
      });
      continue;
    }
    const names = nameList(known, (c) => {
      const a = analysis.circuit(c);
      return a.location?.kind === 'metro' ? `${a.location.name}: ${a.sites.map((x) => x.label).join(' + ')}` : (a.locationLabel ?? 'unknown location');
    });
    if (known.length === 0 && outside === 0 && unnamed === 0 && disabled.length === 0) {
      // Not idle, and no circuit: a partial view (a template) or connections that are not known.
      // Its connections here may name a circuit known only at deployment (another deployment's output).
      const via = ga.connections > 0 ? ` (its ${ga.connections === 1 ? 'connection here names' : `${ga.connections} connections here name`} no circuit known before deployment)` : g.flavor === 'vnet' ? unnamedText : '';
      if (ga.template) out.push({ resource: g, actual: `no circuit in these files${via}`, expected: `circuits in at least ${minLocations} different ${unit}s (not decidable from these files: another deployment may connect circuits to it)`, status: 'unknown' });
      else out.push({ resource: g, actual: 'circuits that are not known', expected: `circuits in at least ${minLocations} different ${unit}s; undecided: ${ga.idle.reasons.join('; ')}`, status: 'unknown' });
      continue;
    }
    // Circuits outside the inventory: where they are is not known (never counted as "0 locations").
    const scope = ga.template ? 'these files' : 'the inventory';
    const plural = count === 1 ? '' : 's';
    // The circuits of live connections that name no gateway, other than this gateway's own: each may serve it
    // too. Where such a circuit's location is known, it counts with its own; else as one of unknown location.
    const strayOpen: Connection[] = [];
    const strayKnown: string[] = [];
    const maybe = new Set(places);
    if (g.flavor === 'vnet' && !ga.template)
      for (const x of strayCircuits(strays, known)) {
        const c = x.circuitKey === undefined ? undefined : lookup(inventory, x.circuitKey, 'circuit');
        const a = c ? analysis.circuit(c) : undefined;
        const keys = a === undefined ? [] : by === 'metro' ? [metroKey(a)].filter((k): k is string => k !== undefined) : a.sites.map((site) => site.key);
        if (keys.length === 0) {
          strayOpen.push(x);
          continue;
        }
        for (const k of keys) maybe.add(k);
        strayKnown.push(`${c!.name} (${a!.locationLabel ?? a!.locationName}), whose connection ${x.name} names no gateway`);
      }
    // A live gateway whose row does not list its connections (a vWAN gateway row without `expressRouteConnections`,
    // src/inventory/build.ts withoutConnectionList): the connections that name it here are some of its own, not all, and
    // each other one may reach a circuit elsewhere (connections whose rows could not be read are counted below instead).
    const listOpen = connectionListOpen(g);
    const outsideText = [
      ...(listOpen !== undefined ? [listOpenText(listOpen)] : []),
      ...(outside > 0 ? [`${outside} circuit(s) outside ${scope}`] : []),
      ...(unnamed > 0 ? [`the circuit(s) of ${unnamed} connection(s) here that name none (${reasonText(unknownReason(g, 'circuitKeys') ?? '')})`] : []),
      ...(strayOpen.length > 0 ? [`the circuit(s) of ${strayOpen.length} connection(s) that name no gateway and may be this one's (${strayOpen.slice(0, 3).map((x) => x.name).join(', ')}${strayOpen.length > 3 ? ', …' : ''})`] : []),
      ...(ga.circuitsUnread > 0 ? [`the circuit(s) of ${unreadText(g)}`] : []),
    ].join(' and ');
    const open0 = outside + unnamed + strayOpen.length + ga.circuitsUnread + (listOpen !== undefined ? 1 : 0);
    const whose = `${outsideText}, whose ${unit} is not known`;
    const strayText = strayKnown.length > 0 ? `; it may also be served by ${strayKnown.slice(0, 3).join('; ')}${strayKnown.length > 3 ? '; …' : ''}` : '';
    // Circuits whose private peering state is not known (it may be Disabled) that the count rests on: it is then at
    // most `count` (too few either way), and the message of the fail says whose state is not known. (A template's
    // finding is undecided anyway, "not decidable from these files", and templates seldom set a peering's state: not said.)
    const { sure, unsure } = ga.template ? { sure: known, unsure: [] } : splitUnsure(known);
    const atMost = unsure.length > 0 && placesOf(sure, by, analysis).size < count;
    // A circuit whose peering location is not known (its Direct port not in the inventory) is in none that is counted: the
    // count is of the places known, and the text says whose is not ("served by 0 peering locations" said none at all).
    const unlocatedCircuits = known.filter((c) => {
      const a = analysis.circuit(c);
      return by === 'metro' ? !(a.location?.metro ?? a.locationName) : a.sites.length === 0;
    });
    const unlocatedText = unlocatedCircuits.length === 0 ? '' : `; the ${unit} of ${unlocatedCircuits.length === 1 ? '1 circuit is' : `${unlocatedCircuits.length} circuits are`} not known`;
    const counted = `${atMost ? 'at most ' : ''}${count}${unlocatedCircuits.length > 0 ? ' known' : ''} ${unit}${plural}`;
    const actual =
      (open0 === 0
        ? known.length === 0
          ? `no circuit whose private peering is enabled${ga.template ? ' in these files' : ''}`
          : `${counted}: ${names}${ga.template ? ' in these files' : ''}`
        : known.length === 0
          ? `${whose}, and no circuit in ${scope}`
          : `${counted} in ${scope}: ${names}, and ${whose}`) +
      unlocatedText +
      (atMost ? `; ${unsureStateText(unsure)}` : '') +
      disabledText +
      strayText;
    const mayNotDeploy = ga.conditional.length > 0 && ga.conditional.length === ga.connections ? `; its connection(s) here may not be deployed (${conditionalNames(ga.conditional)})` : '';
    if (ga.template) {
      out.push({ resource: g, actual: `${actual}${mayNotDeploy}`, expected: `circuits in at least ${minLocations} different ${unit}s (not decidable from these files: another deployment may connect a circuit elsewhere)`, status: 'unknown' });
      continue;
    }
    const biggest = [...known].sort((a, b) => (b.bandwidthMbps ?? 0) - (a.bandwidthMbps ?? 0) || compareText(a.name, b.name))[0];
    const costs = biggest ? costsOf(ctx) : undefined;
    const model = biggest ? analysis.circuit(biggest) : undefined;
    const advice = costs ? ((costOf(costs, biggest!, model!.index) as CircuitCost | undefined)?.recommendation ?? null) : null;
    // Circuits the inventory already has elsewhere that can serve this gateway as they are (the bow-tie of
    // designing-for-disaster-recovery-with-expressroute-privatepeering): connecting them is the fix, not a new circuit.
    const spare = ga.template ? [] : spareCircuits(ctx, g, known, maybe, minLocations, by, room);
    // Connected circuits whose private peering is Disabled that would make up the locations: enabling it is the fix (no new
    // circuit), for those that can then serve the gateway as they are (enablePeeringCandidates): a circuit the provider has
    // not provisioned, or that needs another tier to reach the gateway, needs more than its peering enabled.
    const enablable = disabled.length === 0 || ga.template ? [] : disabled.filter((c) => canServeOnceEnabled(analysis.circuit(c)));
    const enableOnly = enablable.length > 0 && placesOf([...known, ...enablable], by, analysis).size >= minLocations;
    // Connected circuits the provider has not provisioned yet (NotProvisioned, Provisioning) that would make up the
    // locations once it does (canServeOnceProvisioned): they are billed from creation already (ERS-COST-001), so having the
    // provider provision them is the fix, at nothing more a month, not a new circuit. With the peerings to enable, if any.
    const provisionable = enableOnly || disabled.length === 0 || ga.template ? [] : disabled.filter((c) => canServeOnceProvisioned(analysis.circuit(c)));
    const provision = provisionable.length > 0 && placesOf([...known, ...enablable, ...provisionable], by, analysis).size >= minLocations;
    const enable = enableOnly || provision;
    const revived = provision ? [...provisionable, ...enablable] : enablable;
    const provisionText = provision
      ? `have the provider provision ${nameList(provisionable, (c) => analysis.circuit(c).locationLabel ?? 'unknown location')}, already connected to it (${provisioningStatesText(provisionable)}) and billed already: no new circuit, nothing more a month${enablable.length > 0 ? `, and enable the Azure private peering of ${nameList(enablable)}, already connected to it` : ''}`
      : '';
    const second: Impact = provision
      ? { usd: opts ? 0 : undefined, basis: provisionText }
      : enable
      ? { usd: opts ? 0 : undefined, basis: `enable the Azure private peering of ${nameList(enablable)}, already connected to it: no new circuit` }
      : spare.length > 0
        ? connectImpact(ctx, g, spare, by)
        : secondCircuitImpact(model, opts, advice, { region: g.location, taken: maybe, by });
    // A circuit whose peering location is not known (its row does not say, its Direct port is not in the
    // inventory) may be in another one, as may a circuit outside: never counted as in none.
    const unlocated = unlocatedCircuits.length;
    // Each circuit outside may be a Metro circuit, which is two peering locations in one metro.
    const open = open0 + unlocated;
    // (`maybe` holds the gateway's own sites or metros and those of the circuits that may be its own; count < minLocations here.)
    const undecided = maybe.size + (by === 'metro' ? 1 : 2) * open >= minLocations;
    out.push({
      resource: g,
      actual,
      expected: `circuits in at least ${minLocations} different ${unit}s${undecided || (second.usd === undefined && !enable) ? '' : ` (${second.basis})`}`,
      details: { circuits: known.length + open0, locations: count },
      status: undecided ? 'unknown' : 'fail',
      // The price of the fix where it is known, undecided or not (null means a price is missing: docs/reports.md).
      costImpactUsd: second.usd,
      costImpactChange: provision ? 'provision-circuit' : enable ? 'enable-peering' : 'add-circuit',
      // Its fix connects these as they are: none of them is then to be deleted (src/findings/kept.ts).
      ...(!undecided && (enable || spare.length > 0) ? { keeps: (enable ? revived : spare).map((c) => c.key), ...(provision ? { provisions: provisionable.map((c) => c.key) } : {}) } : {}),
    });
  }
  return out;
};

/** '; X (detail) is connected, but its private peering is Disabled …' for the connected circuits that serve the gateway in nothing ('' for none). */
function disabledPeeringText(disabled: Circuit[], detail: (c: Circuit) => string): string {
  if (disabled.length === 0) return '';
  const peering = disabled.filter(privatePeeringDisabled);
  let text = '';
  if (peering.length > 0) {
    const one = peering.length === 1;
    text += `; ${nameList(peering, detail)} ${one ? 'is' : 'are'} connected, but ${one ? 'its' : 'their'} private peering is Disabled (ERS-BGP-004): none of the gateway's traffic goes over ${one ? 'it' : 'them'}`;
  }
  // The rest are not provisioned at the provider (notProvisionedAtProvider), one state each.
  for (const [state, circuits] of groupBy(disabled.filter((c) => !peering.includes(c)), (c) => c.serviceProviderProvisioningState!)) {
    const one = circuits.length === 1;
    text += `; ${nameList(circuits, detail)} ${one ? 'is' : 'are'} connected, but ${one ? 'its' : 'their'} provider provisioning state is ${state} (ERS-RED-007): none of the gateway's traffic goes over ${one ? 'it' : 'them'}`;
  }
  return text;
}

/**
 * A live circuit the provider has not provisioned (its `serviceProviderProvisioningState` known, and not Provisioned):
 * "The ExpressRoute circuit must be in a Provisioned state in order to configure peering" (expressroute-workflows.md), so
 * a connection to it carries nothing (ERS-RED-007). A state the input does not give is not taken for one.
 */
function notProvisionedAtProvider(c: Circuit): boolean {
  const state = c.serviceProviderProvisioningState;
  return state !== undefined && lc(state) !== 'provisioned' && !isTemplateResource(c) && !isUnknown(c, 'serviceProviderProvisioningState');
}

/**
 * The gateway's connected circuits that carry none of its traffic (`disabled`): those whose private peering is known to
 * be Disabled (privatePeeringDisabled) and those the provider has not provisioned (notProvisionedAtProvider); and the rest.
 */
function splitDisabled(circuits: Circuit[]): { enabled: Circuit[]; disabled: Circuit[] } {
  const disabled = circuits.filter((c) => privatePeeringDisabled(c) || notProvisionedAtProvider(c));
  return { enabled: disabled.length === 0 ? circuits : circuits.filter((c) => !disabled.includes(c)), disabled };
}

/**
 * The circuits whose private peering state is not known (privatePeeringStateUnknown: it may be Disabled), and the rest:
 * a count of paths holds for certain only over `sure`.
 */
function splitUnsure(circuits: Circuit[]): { sure: Circuit[]; unsure: Circuit[] } {
  const unsure = circuits.filter(privatePeeringStateUnknown);
  return { sure: unsure.length === 0 ? circuits : circuits.filter((c) => !unsure.includes(c)), unsure };
}

/**
 * The circuits ARM is deleting (provisioningState Deleting, circuitBeingDeleted), and the rest: a circuit being deleted
 * serves a gateway only until the deletion completes, so a count of paths holds for good only over `staying`.
 */
function splitGoing(circuits: Circuit[]): { staying: Circuit[]; going: Circuit[] } {
  const going = circuits.filter(circuitBeingDeleted);
  return { staying: going.length === 0 ? circuits : circuits.filter((c) => !going.includes(c)), going };
}

/** 'X (detail) is being deleted (provisioningState Deleting): it carries the gateway's traffic only until …'. */
function goingText(going: Circuit[], detail: (c: Circuit) => string): string {
  const one = going.length === 1;
  return `${nameList(going, detail)} ${one ? 'is' : 'are'} being deleted (provisioningState Deleting): ${one ? 'it carries' : 'they carry'} the gateway's traffic only until the deletion completes`;
}

/** How a message names the circuits of a gateway's connections that are not known in full (connectionListOpen). */
const listOpenText = (why: string) => `the circuit(s) of connections not known (${reasonText(why)})`;


/**
 * A connected circuit whose private peering is Disabled serves the gateway once that peering is enabled, and nothing
 * else: provisioned at the provider (a circuit that is not carries no traffic whatever its peerings, ERS-RED-007), with
 * no tier it needs to reach what it is connected to (ERS-SKU-003: a Standard circuit connected outside its geopolitical
 * region), and nothing about it unknown (as spareCandidates asks of a circuit to connect).
 */
function canServeOnceEnabled(a: CircuitAnalysis): boolean {
  const c = a.circuit;
  return !isTemplateResource(c) && !a.beingDeleted && lc(c.serviceProviderProvisioningState) === 'provisioned' && !isUnknown(c, 'serviceProviderProvisioningState') && a.needs.requiredTier === undefined && Object.keys(a.unknown).length === 0;
}

/**
 * A connected circuit the provider has not provisioned yet (serviceProviderProvisioningState NotProvisioned or
 * Provisioning, read from a live row) serves the gateway once the provider provisions it: its Azure private peering
 * known not Disabled (privatePeeringDisabled, privatePeeringStateUnknown), no tier it needs to reach what it is
 * connected to, nothing about it unknown (as canServeOnceEnabled asks), and ARM not deleting it (beingDeleted).
 * One the provider is deprovisioning (Deprovisioning) is on its way out, not in: not this.
 */
function canServeOnceProvisioned(a: CircuitAnalysis): boolean {
  const c = a.circuit;
  const state = lc(c.serviceProviderProvisioningState);
  return (state === 'notprovisioned' || state === 'provisioning') && !a.beingDeleted && notProvisionedAtProvider(c) && !privatePeeringDisabled(c) && !privatePeeringStateUnknown(c) && a.needs.requiredTier === undefined && Object.keys(a.unknown).length === 0;
}

/** 'its provider provisioning state is NotProvisioned' / 'their provider provisioning states are …', as read. */
function provisioningStatesText(circuits: readonly Circuit[]): string {
  const states = [...new Set(circuits.map((c) => c.serviceProviderProvisioningState!))];
  return circuits.length === 1 ? `its provider provisioning state is ${states[0]}` : `their provider provisioning states are ${states.join(', ')}`;
}

/**
 * Whether the circuit has an Azure private peering that is not Disabled is not known (none of its private peerings known
 * Enabled, and it is not known to have it Disabled): see privatePeeringOpen.
 */
function privatePeeringStateUnknown(c: Circuit): boolean {
  return privatePeeringOpen(c) !== undefined;
}

/**
 * Why it is not known whether the circuit has an Azure private peering that is not Disabled (undefined when one is known
 * Enabled, or it is known Disabled): a private peering whose state is not known; a peering whose type is not known (it may
 * be the private one); or no private peering at all in a list of peerings that is not known in full. A connection needs
 * the circuit's private peering ("Ensure that you have Azure private peering configured for your circuit",
 * expressroute-howto-linkvnet-portal-resource-manager.md): a live row of a connected circuit that lists none contradicts
 * its connections (nor can the private peering be deleted under them: "You must ensure that all virtual network
 * connections and ExpressRoute Global Reach connections are removed", expressroute-howto-routing-portal-resource-manager.md,
 * To delete Azure private peering), so its list is not known in full (src/inventory/build.ts,
 * markPeeringListsConnectionsContradict), as is a row that does not carry the list, or a template that declares none.
 * Such a circuit is never left out as one without a private peering, nor counted as a path for certain.
 */
function privatePeeringOpen(c: Circuit): string | undefined {
  let open: string | undefined;
  let typed = false;
  for (const p of c.peerings) {
    const type = lc(p.peeringType);
    if (type === 'azureprivatepeering' && !isUnknown(p, 'peeringType')) {
      typed = true;
      // Each address family it has, by its own state (peeringFamilies): one enabled is a path; one not known may be.
      const f = peeringFamilies(p);
      if (f.ipv4 === 'enabled' || f.ipv6 === 'enabled') return undefined;
      if (f.ipv4 === 'open' || f.ipv4 === 'unset') open ??= unknownReason(p, 'state') ?? 'its private peering does not say its state';
      else if (f.ipv6 === 'open' || f.ipv6 === 'unset') open ??= unknownReason(p, 'ipv6.state') ?? 'its private peering does not say the state of its IPv6 side';
    } else if (type === undefined || isUnknown(p, 'peeringType')) open ??= unknownReason(p, 'peeringType') ?? `the type of its peering ${p.name} is not known (it may be the private one)`;
  }
  if (open !== undefined || typed) return open;
  // A template circuit whose files declare no private peering: the connection to it deploys only once one exists, which
  // another deployment declares, in a state these files do not say (as one declared without `state`).
  if (isTemplateResource(c)) return 'these files declare no Azure private peering of it: another deployment may, in any state';
  return unknownReason(c, 'peerings') ?? (isPartial(c, 'peerings') ? c.partial!.peerings : undefined);
}

/** 'whether the Azure private peering of X is enabled is not known (X: why), …' for circuits whose private peering state is not known. */
function unsureStateText(unsure: Circuit[]): string {
  // A reason the circuits share (a template that sets no `state` on any of them) is said once.
  const reasons = [...new Set(unsure.map((c) => reasonText(privatePeeringStateReason(c))))];
  const why = reasons.length === 1 ? reasons[0] : unsure.map((c) => `${c.name}: ${reasonText(privatePeeringStateReason(c))}`).join('; ');
  return `whether the Azure private peering of ${nameList(unsure)} is enabled is not known (${why}), and a circuit whose private peering is Disabled, or that has none, carries none of the gateway's traffic`;
}

/** Why whether the circuit's private peering is enabled is not known. */
function privatePeeringStateReason(c: Circuit): string {
  return privatePeeringOpen(c) ?? 'its private peering does not say its state';
}

/** A peering with an address family known to be enabled (peeringFamilies). */
const familyEnabled = (f: ReturnType<typeof peeringFamilies>) => f.ipv4 === 'enabled' || f.ipv6 === 'enabled';

/** The peering sites (or metros) of the circuits. */
function placesOf(circuits: readonly Circuit[], by: 'metro' | 'location', analysis: ReturnType<typeof analysisOf>): Set<string> {
  const out = new Set<string>();
  for (const c of circuits) {
    const a = analysis.circuit(c);
    if (by === 'metro') {
      const m = metroKey(a);
      if (m) out.add(m);
    } else for (const site of a.sites) out.add(site.key);
  }
  return out;
}

/**
 * A circuit on an ExpressRoute Direct port (in the inventory) whose port location erscan does not map to a peering
 * location (src/locations/data.ts, DIRECT_PORT_LOCATIONS): its site is named after the port location, and may be the
 * peering location of any other circuit.
 */
function unplacedDirect(a: CircuitAnalysis): boolean {
  return a.circuit.isDirect && a.location === undefined && a.locationName !== undefined;
}

/** Says which circuits' Direct port locations are not placed, and what follows. */
function unplacedText(unplaced: Circuit[], analysis: ReturnType<typeof analysisOf>): string {
  const ports = [...new Set(unplaced.map((c) => analysis.circuit(c).locationName!))];
  return `the ExpressRoute Direct port location${ports.length === 1 ? '' : 's'} ${ports.join(', ')} (of ${nameList(unplaced)}) ${ports.length === 1 ? 'is' : 'are'} not in erscan's table of port locations (none is guessed from the name), so whether ${ports.length === 1 ? 'it is' : 'they are'} the same peering location as another circuit's is not known`;
}

/**
 * Circuits of the gateway's tenant and cloud in the inventory, not yet connected to `g`, that add the peering
 * sites (or metros) it lacks and can be connected to it as they are: provisioned at the provider; at a peering
 * location in the gateway's geopolitical region; reaching the gateway's region with their own tier, or the
 * one the findings and advice leave them (Premium or Standard; Local only in a region local to its peering
 * location); with a link to spare under their tier's limit, counting redeemed authorizations as links.
 * Enough of them (first by name) to reach `minLocations`; none when they do not. Each pick takes one of its
 * circuits' links in `room` (what this run has proposed to earlier gateways), so no circuit is offered to more
 * gateways than it has links left.
 */
function spareCircuits(ctx: Parameters<RuleFunction>[0], g: Gateway, known: readonly Circuit[], have: Set<string>, minLocations: number, by: 'metro' | 'location', room: Map<Circuit, number>): Circuit[] {
  if (!g.location || isUnknown(g, 'location')) return [];
  const candidates = spareCandidates(ctx, by).get(`${g.tenantId ?? ''}|${cloudOfRegion(g.location)}|${regionGeopolitical(g.location) ?? ''}`);
  if (!candidates) return [];
  const seen = new Set(have);
  const picked: SpareCandidate[] = [];
  // A circuit larger than the gateway carries does not serve it as it is: ERS-SKU-006 would then fail the gateway
  // (resize it), so the fix would not be the free one it says.
  const capacity = gatewayCapacityMbps(g);
  for (const x of candidates) {
    if (seen.size >= minLocations) break;
    if (known.includes(x.circuit)) continue;
    if (capacity !== undefined && x.circuit.bandwidthMbps !== undefined && x.circuit.bandwidthMbps > capacity) continue;
    // Local reaches only the region(s) local to its peering location (and without Global Reach).
    if (x.tier === 'Local' && !(x.location !== undefined && x.noGlobalReach && isLocalRegion(x.location, g.location))) continue;
    if (!x.keys.some((k) => !seen.has(k))) continue;
    if ((room.get(x.circuit) ?? x.room) <= 0) continue;
    for (const k of x.keys) seen.add(k);
    picked.push(x);
  }
  if (seen.size < minLocations) return [];
  for (const x of picked) room.set(x.circuit, (room.get(x.circuit) ?? x.room) - 1);
  return picked.map((x) => x.circuit);
}

interface SpareCandidate {
  circuit: Circuit;
  /** The tier it keeps after the findings and advice about it. */
  tier: string | undefined;
  location: CircuitAnalysis['location'];
  noGlobalReach: boolean;
  /** Its peering sites (or its metro). */
  keys: string[];
  /** Links it has to spare under its tier's limit (redeemed authorizations counted as links). */
  room: number;
}

/** `spareCircuits`' candidates of one scan, by `tenant|cloud|geopolitical region`, each list in name order (made once per rule run). */
const spareIndex = new WeakMap<object, Map<string, Map<string, SpareCandidate[]>>>();

/**
 * The circuits that could serve some gateway as they are, whatever the gateway (its tenant, cloud and
 * geopolitical region pick the list; its region decides a Local circuit): one pass over the circuits per rule run.
 */
function spareCandidates(ctx: Parameters<RuleFunction>[0], by: 'metro' | 'location'): Map<string, SpareCandidate[]> {
  const perMode = spareIndex.get(ctx.inventory) ?? new Map<string, Map<string, SpareCandidate[]>>();
  spareIndex.set(ctx.inventory, perMode);
  const cached = perMode.get(by);
  if (cached) return cached;
  const analysis = analysisOf(ctx);
  const costs = costsOf(ctx);
  const out = new Map<string, SpareCandidate[]>();
  const circuits = [...ctx.inventory.circuits].sort((a, b) => compareText(a.name, b.name));
  for (const c of circuits) {
    if (isTemplateResource(c) || lc(c.serviceProviderProvisioningState) !== 'provisioned') continue;
    // A gateway's connection rides the circuit's Azure private peering: a circuit without one, or whose private
    // peering is Disabled (ERS-BGP-004), cannot serve a gateway as it is; one whose state is not known (a row that does
    // not carry it) is not known to serve it.
    if (!c.peerings.some((p) => lc(p.peeringType) === 'azureprivatepeering' && familyEnabled(peeringFamilies(p)))) continue;
    const a = analysis.circuit(c);
    if (a.beingDeleted || a.needs.requiredTier !== undefined || Object.keys(a.unknown).length > 0) continue;
    // The tier it keeps after the findings and advice about it (ERS-SKU-002 drops Premium, ERS-COST-103 moves to Local): never one they would take away.
    const advised = costs ? (costOf(costs, c, a.index) as CircuitCost | undefined)?.recommendation?.tier : undefined;
    const tier = advised ?? (a.tier === 'Premium' && a.needs.premium.verdict === 'not-needed' ? 'Standard' : a.tier);
    // Only circuits in the gateway's own geopolitical region: a Premium circuit on another continent reaches
    // it, but is no backup an engineer would choose for it.
    if (a.reach.geopolitical === undefined) continue;
    if (tier !== 'Premium' && tier !== 'Standard' && tier !== 'Local') continue;
    const limit = a.linkLimit.current;
    if (limit === undefined || a.carries.linksLowerBound || a.carries.linksUsed + a.carries.redeemedAuthorizations >= limit) continue;
    const keys = by === 'metro' ? [metroKey(a)].filter((k): k is string => k !== undefined) : a.sites.map((site) => site.key);
    if (keys.length === 0) continue;
    const bucket = `${c.tenantId ?? ''}|${cloudOfRegion(c.location)}|${a.reach.geopolitical}`;
    const list = out.get(bucket) ?? out.set(bucket, []).get(bucket)!;
    list.push({ circuit: c, tier, location: a.location, noGlobalReach: a.carries.globalReachLinks === 0, keys, room: limit - a.carries.linksUsed - a.carries.redeemedAuthorizations });
  }
  perMode.set(by, out);
  return out;
}

/** The fix where circuits the inventory already has can serve the gateway: connect them (its price, by connectCircuitsImpact). */
function connectImpact(ctx: Parameters<RuleFunction>[0], g: Gateway, spare: readonly Circuit[], by: 'metro' | 'location'): Impact {
  const analysis = analysisOf(ctx);
  const unit = by === 'metro' ? 'metro' : 'peering location';
  // A spare circuit that carries nothing is ERS-COST-003's (delete it): connecting it here is that finding's other way out.
  const idle = spare.filter((c) => analysis.circuit(c).carries.idle.value === true);
  // A spare whose private peering has one BGP session (ERS-BGP-001) serves the gateway, but not "as it is": named.
  const single = spare.filter(singleBgpSession);
  const serves = single.length === 0
    ? `which can serve it as ${spare.length === 1 ? 'it is' : 'they are'}`
    : `which can serve it (the private peering of ${nameList(single)} ${single.length === 1 ? 'has' : 'have'} one BGP session (ERS-BGP-001))`;
  const what = `connect ${nameList([...spare], (c) => analysis.circuit(c).locationLabel)}, which the inventory already has in another ${unit} and ${serves}; no new circuit${idle.length ? `, and ${nameList(idle)}, which carries nothing now (ERS-COST-003), is then kept rather than deleted` : ''}`;
  return connectCircuitsImpact(g, spare.length, what, pricingInputsOf(ctx));
}

/**
 * The circuit's Azure private peering is known to set only one of its two subnets (IPv4, or IPv6): one BGP session, on
 * one link (ERS-BGP-001 fails on it). A subnet whose value is not known is never read as missing.
 */
function singleBgpSession(c: Circuit): boolean {
  const one = (a: string | undefined, b: string | undefined) => (a === undefined) !== (b === undefined);
  return c.peerings.some((p) => lc(p.peeringType) === 'azureprivatepeering'
    && !isUnknown(p, 'primaryPeerAddressPrefix') && !isUnknown(p, 'secondaryPeerAddressPrefix') && !isUnknown(p, 'ipv6')
    && (one(p.primaryPeerAddressPrefix, p.secondaryPeerAddressPrefix) || one(p.ipv6?.primaryPeerAddressPrefix, p.ipv6?.secondaryPeerAddressPrefix)));
}

/** The connections of `strays` whose circuit is not one of `known` (or is not known at all): one each per circuit. */
function strayCircuits(strays: Connection[], known: readonly Circuit[]): Connection[] {
  const out: Connection[] = [];
  const seen = new Set<string>();
  for (const x of strays) {
    const key = x.circuitKey;
    if (key !== undefined && (seen.has(key) || known.some((c) => c.key === key))) continue;
    if (key !== undefined) seen.add(key);
    out.push(x);
  }
  return out;
}

/** No two circuits serving the same gateway sit on the same ExpressRoute Direct port (pair). */
export const gatewayCircuitsSharePort: RuleFunction = ({ inventory }) => {
  const rels = gatewayRelationsOf(inventory);
  const out: Violation[] = [];
  for (let i = 0; i < inventory.gateways.length; i++) {
    const g = inventory.gateways[i];
    // A connected circuit whose private peering is Disabled carries none of the gateway's traffic (a connection rides
    // it, as in gatewayPeeringLocationDiversity): no path of the gateway's, it shares no port with one.
    const known = splitDisabled(rels[i].known).enabled;
    const before = out.length;
    // Connections naming it whose rows could not be read: each may bring a circuit on one of these ports (or two on one).
    const unread = unreadCount(g);
    // (No port can hold two of fewer circuits: no grouping made.)
    if (known.length >= 2) {
      for (const [portKey, circuits] of groupBy(known, (c) => c.portKey)) {
        if (circuits.length < 2) continue;
        const port = lookup(inventory, portKey, 'port');
        // A port outside the inventory by its name as the circuits write its id (`portKey` is lower-cased).
        const portName = port?.name ?? nameOfId(circuits.find((c) => c.portId !== undefined)?.portId ?? portKey);
        // A circuit whose private peering's state is not known may have it Disabled: the port is shared for certain
        // only by two whose state is known.
        const { sure, unsure } = splitUnsure(circuits);
        if (sure.length < 2) {
          out.push({
            resource: g,
            actual: `${circuits.length} circuits on Direct port ${portName}: ${nameList(circuits)}; ${unsureStateText(unsure)}`,
            expected: 'each circuit of the gateway whose private peering is enabled on a different ExpressRoute Direct port; undecided',
            status: 'unknown',
          });
          continue;
        }
        out.push({
          resource: g,
          actual: `${circuits.length} circuits on Direct port ${portName}: ${nameList(circuits)}`,
          expected: 'each circuit of the gateway on a different ExpressRoute Direct port',
          details: { port: portName, circuits: nameList(circuits) },
        });
      }
    }
    const onPorts = known.filter((c) => c.isDirect || c.portKey !== undefined);
    if (out.length === before && unread > 0 && onPorts.length + unread >= 2)
      out.push({
        resource: g,
        actual: `${onPorts.length > 0 ? `circuits on Direct ports ${nameList(onPorts)}` : 'no circuit known on a Direct port'}, and ${unreadText(g)}`,
        expected: 'each circuit of the gateway on a different ExpressRoute Direct port; undecided: the circuits of those connections are not known',
        status: 'unknown',
      });
  }
  return out;
};

/**
 * ERS-RED-003 undecided: connections naming the gateway whose rows could not be read may each bring a circuit in the
 * site of one it is known to carry (`known`, none or any number of them, each with its location).
 */
function unreadMayShareLocation(g: Gateway, known: Circuit[], analysis: ReturnType<typeof analysisOf>): Violation {
  const circuits = known.length === 0 ? 'no circuit known' : `${known.length} circuit${known.length === 1 ? '' : 's'} known: ${nameList(known, (c) => analysis.circuit(c).locationLabel ?? 'unknown location')}`;
  return {
    resource: g,
    actual: `${circuits}, and ${unreadText(g)}`,
    expected: 'each circuit of the gateway in a different peering location; undecided: the circuits of those connections are not known',
    status: 'unknown',
  };
}

/**
 * No two circuits serving the same gateway land in the same peering site. A Metro circuit lands in both
 * sites of its metro, so it shares a site with another circuit at either of them.
 */
export const gatewayCircuitsShareLocation: RuleFunction = (ctx) => {
  const analysis = analysisOf(ctx);
  const rels = gatewayRelationsOf(ctx.inventory);
  const out: Violation[] = [];
  for (let i = 0; i < ctx.inventory.gateways.length; i++) {
    const g = ctx.inventory.gateways[i];
    // A connected circuit whose private peering is Disabled carries none of the gateway's traffic (a connection rides
    // it, as in gatewayPeeringLocationDiversity): no path of the gateway's, it shares no site with one.
    const known = splitDisabled(rels[i].known).enabled;
    // Connections naming it whose rows could not be read: each may bring a circuit in the site of another.
    const unread = unreadCount(g);
    if (known.length < 2 && unread > 0 && known.length + unread >= 2) {
      out.push(unreadMayShareLocation(g, known, analysis));
      continue;
    }
    // A site holds each circuit once: no site can hold two circuits of a gateway with fewer (most of
    // them), so those skip the map and set below.
    if (known.length < 2) continue;
    const bySite = new Map<string, { label: string; circuits: Circuit[] }>();
    for (let k = 0; k < known.length; k++) {
      const c = known[k];
      const sites = analysis.circuit(c).sites;
      for (let j = 0; j < sites.length; j++) {
        const s = sites[j];
        const e = bySite.get(s.key) ?? { label: s.label, circuits: [] };
        if (!e.circuits.includes(c)) e.circuits.push(c);
        bySite.set(s.key, e);
      }
    }
    const seen = new Set<string>();
    const before = out.length;
    for (const { label, circuits } of bySite.values()) {
      if (circuits.length < 2) continue;
      const key = circuits.map((c) => c.key).sort().join('|');
      if (seen.has(key)) continue; // two Metro circuits share both sites: one finding
      seen.add(key);
      // Circuits on Direct ports name the site by port location ("Equinix-Amsterdam-AM5"): when they all use
      // one name, the site is printed with it; otherwise each circuit says the name it uses.
      const ports = new Set(circuits.map((c) => analysis.circuit(c).location?.directPort?.name));
      const one = ports.size === 1 && !ports.has(undefined) ? analysis.circuit(circuits[0]).location!.label : undefined;
      const said = (c: Circuit) => {
        const loc = analysis.circuit(c).location;
        return loc?.kind === 'metro' ? analysis.circuit(c).locationName : one ? undefined : loc?.directPort?.name;
      };
      // A circuit whose private peering's state is not known may have it Disabled (no path of the gateway's): the
      // site is shared for certain only by two whose state is known.
      const { sure, unsure } = splitUnsure(circuits);
      if (sure.length < 2) {
        out.push({
          resource: g,
          actual: `${circuits.length} circuits in ${one ?? label}: ${nameList(circuits, said)}; ${unsureStateText(unsure)}`,
          expected: 'each circuit of the gateway whose private peering is enabled in a different peering location; undecided',
          status: 'unknown',
        });
        continue;
      }
      out.push({
        resource: g,
        actual: `${circuits.length} circuits in ${one ?? label}: ${nameList(circuits, said)}`,
        expected: 'each circuit of the gateway in a different peering location',
        details: { location: one ?? label, circuits: nameList(circuits) },
      });
    }
    if (out.length === before && unread > 0) {
      out.push(unreadMayShareLocation(g, known, analysis));
      continue;
    }
    // A circuit on a Direct port whose location erscan does not map may share a peering location with any other
    // circuit of the gateway: undecided where no pair is found for certain (never a pass).
    if (out.length === before) {
      const unplaced = known.filter((c) => unplacedDirect(analysis.circuit(c)));
      if (unplaced.length > 0)
        out.push({
          resource: g,
          actual: `${known.length} circuits: ${nameList(known, (c) => analysis.circuit(c).locationLabel ?? 'unknown location')}; ${unplacedText(unplaced, analysis)}`,
          expected: 'each circuit of the gateway in a different peering location; undecided',
          status: 'unknown',
        });
    }
  }
  return out;
};

/** A gateway's circuits come from at least `minProviders` connectivity providers (policy choice). */
export const gatewayProviderDiversity: RuleFunction = ({ inventory, params }) => {
  const minProviders = numParam(params, 'minProviders', 2, 1);
  const rels = gatewayRelationsOf(inventory);
  const out: Violation[] = [];
  for (let i = 0; i < inventory.gateways.length; i++) {
    const g = inventory.gateways[i];
    // A connection rides its circuit's Azure private peering (as in gatewayPeeringLocationDiversity): a connected circuit
    // whose private peering is Disabled carries none of the gateway's traffic, so its provider is none of the gateway's.
    const connected = rels[i].known;
    const { enabled: known, disabled } = splitDisabled(connected);
    // Connections naming it whose rows could not be read: each may bring a circuit of another provider, as one outside may.
    const unread = unreadCount(g);
    // A live gateway row that does not list its connections (see gatewayPeeringLocationDiversity): one more may bring a
    // circuit of another provider.
    const listOpen = connectionListOpen(g);
    const outside = rels[i].outside + unread + (listOpen !== undefined ? 1 : 0);
    if (connected.length + outside < 2) continue; // single-circuit gateways are ERS-RED-001's finding
    const providerOf = (c: Circuit) => c.serviceProviderName ?? (c.isDirect ? 'ExpressRoute Direct' : 'unknown provider');
    const disabledText = disabledPeeringText(disabled, providerOf);
    const undecided = known.map((c) => ({ c, u: firstUnknown(c, ['serviceProviderName']) })).find((x) => x.u);
    // Direct circuits have no provider: the customer is the provider. Count them as "ExpressRoute Direct".
    const providersOf = (cs: Circuit[]) => new Set(cs.map((c) => lc(c.serviceProviderName) ?? (c.isDirect ? 'expressroute direct' : undefined)).filter((p): p is string => !!p));
    const providers = providersOf(known);
    if (providers.size >= minProviders) {
      // A circuit ARM is deleting (provisioningState Deleting) serves the gateway only until the deletion completes: a
      // count that rests on it is undecided, never a pass (as in gatewayPeeringLocationDiversity).
      const { staying, going } = splitGoing(known);
      if (going.length > 0 && providersOf(staying).size < minProviders) {
        out.push({
          resource: g,
          actual: `${providers.size} providers: ${nameList(known, providerOf)}; ${goingText(going, providerOf)}`,
          expected: `circuits from at least ${minProviders} connectivity providers that are not being deleted; undecided`,
          status: 'unknown',
        });
        continue;
      }
      // A circuit whose private peering's state is not known may have it Disabled: the count holds for certain only without such circuits.
      const { sure, unsure } = splitUnsure(known);
      if (unsure.length > 0 && providersOf(sure).size < minProviders)
        out.push({
          resource: g,
          actual: `${providers.size} providers: ${nameList(known, providerOf)}; ${unsureStateText(unsure)}`,
          expected: `circuits from at least ${minProviders} connectivity providers whose private peering is enabled; undecided`,
          status: 'unknown',
        });
      continue;
    }
    if (undecided || isTemplateResource(g)) {
      out.push({
        resource: g,
        actual: `${providers.size} provider${providers.size === 1 ? '' : 's'} known: ${nameList(known, providerOf)}${disabledText}`,
        expected: `circuits from at least ${minProviders} connectivity providers; undecided: ${undecided ? notKnown('serviceProviderName', undecided.u!.reason, undecided.c.name) : 'not decidable from these files (another deployment may connect a circuit from another provider)'}`,
        status: 'unknown',
      });
      continue;
    }
    out.push({
      resource: g,
      actual: `${known.length === 0 ? '0 providers (no circuit whose private peering is enabled)' : `${providers.size} provider${providers.size === 1 ? '' : 's'}: ${nameList(known, providerOf)}`}${disabledText}${unread > 0 ? `, and ${unreadText(g)}` : ''}${listOpen !== undefined ? `, and ${listOpenText(listOpen)}` : ''}`,
      expected: `circuits from at least ${minProviders} connectivity providers`,
      status: outside > 0 && providers.size + outside >= minProviders ? 'unknown' : 'fail',
    });
  }
  return out;
};

/** A circuit the port lists by its key, named as the port's `circuits` list writes its id (keys are lower-cased). */
function circuitNameAsWritten(p: Port, key: string): string {
  return nameOfId(p.circuitIds?.find((x) => x.toLowerCase() === key) ?? key);
}

/**
 * The circuits on an ExpressRoute Direct port do not add up to more than `maxRatio` × the port
 * bandwidth. Over-subscription up to 2× is allowed by Azure, but a link failure then leaves the
 * surviving link unable to carry the load.
 */
export const portOversubscription: RuleFunction = ({ inventory, params }) => {
  const maxRatio = numParam(params, 'maxRatio', 1, 0);
  const out: Violation[] = [];
  for (const p of inventory.ports) {
    if (p.bandwidthGbps === undefined) {
      // A port bandwidth that is not known (a template parameter, a live row without it): undecided where circuits use the port.
      const why = unknownReason(p, 'bandwidthGbps');
      const circuits = circuitsOfPort(inventory, p);
      if (why !== undefined && (circuits.length > 0 || (p.provisionedBandwidthGbps ?? 0) > 0)) {
        const known = circuits.reduce((n, c) => n + (c.bandwidthGbps ?? (c.bandwidthMbps ?? 0) / 1000), 0);
        out.push({ resource: p, actual: `${Math.max(known, p.provisionedBandwidthGbps ?? 0)} Gbps of circuits`, expected: `at most ${maxRatio} × the port bandwidth; undecided: ${why}`, status: 'unknown' });
      }
      continue;
    }
    const circuits = circuitsOfPort(inventory, p);
    const known = circuits.reduce((n, c) => n + (c.bandwidthGbps ?? (c.bandwidthMbps ?? 0) / 1000), 0);
    const provisioned = Math.max(known, p.provisionedBandwidthGbps ?? 0);
    const limit = p.bandwidthGbps * maxRatio;
    if (provisioned <= limit) {
      // A circuit whose bandwidth a template leaves unknown could still tip the port over: undecided.
      const u = circuits.map((c) => ({ c, u: firstUnknown(c, ['bandwidthGbps', 'bandwidthMbps']) })).find((x) => x.u);
      if (u) {
        out.push({ resource: p, actual: `at least ${provisioned} Gbps of circuits`, expected: `at most ${limit} Gbps on a ${p.bandwidthGbps} Gbps port; undecided: ${notKnown(u.u!.field, u.u!.reason, u.c.name)}`, status: 'unknown' });
        continue;
      }
      // A live row without `provisionedBandwidthInGbps` whose `circuits` names circuits outside the inventory: what
      // those add is not known (a Direct circuit is up to the port's bandwidth), so the sum is a lower bound.
      const provisionedWhy = unknownReason(p, 'provisionedBandwidthGbps');
      const away = provisionedWhy === undefined ? [] : p.circuitKeys.filter((k) => lookup(inventory, k, 'circuit') === undefined);
      if (away.length > 0)
        out.push({
          resource: p,
          actual: `at least ${provisioned} Gbps of circuits${circuits.length ? ` (${nameList(circuits, (c) => (c.bandwidthGbps ?? (c.bandwidthMbps ?? 0) / 1000) + ' Gbps')})` : ''}, and ${away.length} circuit(s) outside the inventory (${away.map((k) => circuitNameAsWritten(p, k)).sort().join(', ')})`,
          expected: `at most ${limit} Gbps on a ${p.bandwidthGbps} Gbps port; undecided: ${notKnown('provisionedBandwidthGbps', provisionedWhy!)}`,
          status: 'unknown',
        });
      continue;
    }
    out.push({
      resource: p,
      actual: `${provisioned} Gbps of circuits${circuits.length ? ` (${nameList(circuits, (c) => (c.bandwidthGbps ?? (c.bandwidthMbps ?? 0) / 1000) + ' Gbps')})` : ''}`,
      expected: `at most ${limit} Gbps on a ${p.bandwidthGbps} Gbps port`,
      details: { provisionedGbps: provisioned, portGbps: p.bandwidthGbps },
    });
  }
  return out;
};
