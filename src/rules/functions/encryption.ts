import type { RuleFunction, Violation } from './index.js';
import { unknownReason } from '../../inventory/facts.js';
import { listParam, lookup } from './util.js';

/**
 * Private-peering traffic is encrypted end to end where policy requires it. ExpressRoute itself
 * does not encrypt. Two designs qualify: MACsec on every link of the circuit's ExpressRoute Direct
 * port (when `acceptMacsec`), or an IPsec overlay (VPN gateway or vWAN over private peering). The
 * overlay is not an ExpressRoute resource and is invisible in this inventory, so the circuit
 * declares it with a tag (`overlayTag`, one of `acceptedValues`).
 */
export const privatePeeringEncrypted: RuleFunction = ({ inventory, params }) => {
  const tag = String(params.overlayTag ?? 'erscan-encryption');
  const accepted = listParam(params, 'acceptedValues', ['ipsec', 'macsec']).map((v) => v.toLowerCase());
  const acceptMacsec = params.acceptMacsec !== false;
  const out: Violation[] = [];
  for (const c of inventory.circuits) {
    if (!c.peerings.some((p) => p.peeringType?.toLowerCase() === 'azureprivatepeering')) continue;
    const tagKey = Object.keys(c.tags).find((k) => k.toLowerCase() === tag.toLowerCase());
    const tagValue = tagKey ? c.tags[tagKey] : undefined;
    if (tagValue && accepted.includes(tagValue.toLowerCase())) continue;
    // Tags a template leaves open may declare the overlay: never read as "no tag".
    const tagsWhy = tagValue === undefined ? unknownReason(c, 'tags') : undefined;
    const port = lookup(inventory, c.portKey, 'port');
    const macsec = port !== undefined && port.links.length > 0 && port.links.every((l) => l.macsec.cknSecretConfigured && l.macsec.cakSecretConfigured);
    if (acceptMacsec && macsec) continue;
    // Links whose MACsec secrets are not known (a port row without its links, a template parameter) may be encrypted.
    const macsecWhy = acceptMacsec && port ? port.links.map((l) => unknownReason(l, 'macsec.cknSecretConfigured') ?? unknownReason(l, 'macsec.cakSecretConfigured')).find((w) => w !== undefined) : undefined;
    out.push({
      resource: c,
      actual: `${c.isDirect ? (port ? (macsec ? 'MACsec (not accepted by policy)' : macsecWhy ? `port ${port.name} whose links' MACsec is not known (${macsecWhy})` : `port ${port.name} without MACsec on every link`) : 'a Direct port outside the inventory') : 'a provider circuit (MACsec not available)'}, ${tagsWhy ? `tag ${tag} not known (${tagsWhy})` : (tagValue !== undefined ? `tag ${tag}=${tagValue}` : `no tag ${tag}`)}`,
      expected: `${acceptMacsec ? 'MACsec on every link of its Direct port, or ' : ''}an IPsec overlay declared with tag ${tag} = ${accepted.join(' | ')}`,
      status: tagsWhy || macsecWhy || (c.isDirect && !port && !tagValue) ? 'unknown' : 'fail',
    });
  }
  return out;
};
