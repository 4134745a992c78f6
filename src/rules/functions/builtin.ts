/** Registers the built-in named functions that rule files may reference with `function:`. */
import { registerFunction } from './index.js';
import { circuitNotProvisioned, circuitUnused, gatewayUnused, globalReachUnused, portUnused } from './cost.js';
import { costAdvice, costUnpriced } from './billing.js';
import { privatePeeringEncrypted } from './encryption.js';
import { connectionConnected, failedProvisioning, unusedAuthorizations } from './hygiene.js';
import { localCircuitReach, premiumRequiredForReach, premiumWithoutNeed } from './geography.js';
import { microsoftPeeringAsn, peeringMd5Configured, peeringPrefixesDistinct, vlanIdsValid } from './bgp.js';
import {
  gatewayCircuitsShareLocation,
  gatewayCircuitsSharePort,
  gatewayPeeringLocationDiversity,
  gatewayProviderDiversity,
  portOversubscription,
} from './redundancy.js';
import { circuitConnectionLimit, fastPathSupported, gatewayThroughputForCircuits } from './sku.js';
import { fastPathWhereSupported, gatewayZoneRedundantSku, metricAlertsConfigured, vnetToVnetOverExpressRoute } from './gateways.js';

registerFunction('gatewayPeeringLocationDiversity', gatewayPeeringLocationDiversity);
registerFunction('gatewayCircuitsSharePort', gatewayCircuitsSharePort);
registerFunction('gatewayCircuitsShareLocation', gatewayCircuitsShareLocation);
registerFunction('gatewayProviderDiversity', gatewayProviderDiversity);
registerFunction('portOversubscription', portOversubscription);
registerFunction('gatewayThroughputForCircuits', gatewayThroughputForCircuits);
registerFunction('fastPathSupported', fastPathSupported);
registerFunction('circuitConnectionLimit', circuitConnectionLimit);
registerFunction('peeringPrefixesDistinct', peeringPrefixesDistinct);
registerFunction('peeringMd5Configured', peeringMd5Configured);
registerFunction('vlanIdsValid', vlanIdsValid);
registerFunction('microsoftPeeringAsn', microsoftPeeringAsn);
registerFunction('privatePeeringEncrypted', privatePeeringEncrypted);
registerFunction('circuitUnused', circuitUnused);
registerFunction('globalReachUnused', globalReachUnused);
registerFunction('circuitNotProvisioned', circuitNotProvisioned);
registerFunction('gatewayUnused', gatewayUnused);
registerFunction('portUnused', portUnused);
registerFunction('failedProvisioning', failedProvisioning);
registerFunction('premiumWithoutNeed', premiumWithoutNeed);
registerFunction('premiumRequiredForReach', premiumRequiredForReach);
registerFunction('localCircuitReach', localCircuitReach);
registerFunction('unusedAuthorizations', unusedAuthorizations);
registerFunction('connectionConnected', connectionConnected);
registerFunction('costAdvice', costAdvice);
registerFunction('costUnpriced', costUnpriced);
registerFunction('gatewayZoneRedundantSku', gatewayZoneRedundantSku);
registerFunction('fastPathWhereSupported', fastPathWhereSupported);
registerFunction('vnetToVnetOverExpressRoute', vnetToVnetOverExpressRoute);
registerFunction('metricAlertsConfigured', metricAlertsConfigured);
