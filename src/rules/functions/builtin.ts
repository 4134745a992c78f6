/** Registers the built-in named functions that rule files may reference with `function:`. */
import { registerFunction } from './index.js';
import { gatewayPeeringLocationDiversity } from './redundancy.js';

registerFunction('gatewayPeeringLocationDiversity', gatewayPeeringLocationDiversity);
