// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
"use strict";
var __getOwnPropNames = Object.getOwnPropertyNames;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports2.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// dist/util/schema-validators/prices.cjs
module.exports = validate10;
module.exports.default = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/erscan/erscan/schemas/prices.schema.json", "title": "erscan ExpressRoute price catalogue", "description": "Every figure names its source (a key of `sources`); a figure nobody published is null and carries `unverified`.", "type": "object", "additionalProperties": false, "required": ["catalogueVersion", "effectiveDate", "currency", "source", "hoursPerMonth", "sources", "circuits", "egress", "premiumAddOn", "directPorts", "globalReach", "gateways", "vwan"], "definitions": { "zone": { "enum": ["Zone 1", "Zone 2", "Zone 3", "Zone 4", "US Gov"] }, "price": { "type": ["number", "null"], "minimum": 0, "maximum": 1e12, "description": "at most 10^12 in the catalogue's currency (the dearest ExpressRoute figure, a 100 Gbps Direct port pair a month, is ~10^5 USD, ~10^8 in any currency the Retail Prices API quotes): a larger figure is a mistake that would make every total and saving meaningless" }, "chargedPrice": { "type": ["number", "null"], "exclusiveMinimum": 0, "maximum": 1e12, "description": "a price Azure always charges (a circuit's monthly fee, the egress rate of a Metered plan): never 0; at most 10^12 (as `price`)" }, "sourceRef": { "type": "string", "minLength": 1 }, "unverified": { "type": "string", "minLength": 1, "description": "why this figure is not confirmed" }, "meter": { "type": "object", "description": "the Retail Prices API row a refreshed figure came from", "additionalProperties": false, "properties": { "meterId": { "type": "string" }, "meterName": { "type": "string" }, "productName": { "type": "string" }, "skuName": { "type": "string" }, "armRegionName": { "type": "string" }, "unitOfMeasure": { "type": "string" }, "effectiveStartDate": { "type": "string" } } } }, "properties": { "$schema": { "type": "string" }, "$comment": { "type": "string" }, "catalogueVersion": { "const": 1 }, "effectiveDate": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$" }, "currency": { "type": "string", "pattern": "^[A-Z]{3}$" }, "source": { "type": "string", "minLength": 1 }, "hoursPerMonth": { "type": "number", "minimum": 672, "maximum": 744, "description": "the hours a monthly figure counts: Azure's price pages use 730; a month has 672 to 744" }, "gbPerTb": { "type": "number", "minimum": 1e3, "maximum": 1024, "description": "GB in a TB: 1,000 (decimal) or 1,024 (binary)" }, "sources": { "type": "object", "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["kind", "title", "reference"], "properties": { "kind": { "enum": ["microsoft", "api", "api-derived", "third-party", "derived", "missing"] }, "title": { "type": "string" }, "reference": { "type": "string" }, "date": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$" } } } }, "circuits": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["tier", "billingModel", "bandwidthMbps", "zone", "monthlyUsd", "source"], "properties": { "tier": { "enum": ["Local", "Standard", "Premium"] }, "billingModel": { "enum": ["MeteredData", "UnlimitedData"] }, "bandwidthMbps": { "type": "integer", "minimum": 1 }, "zone": { "$ref": "#/definitions/zone" }, "monthlyUsd": { "$ref": "#/definitions/chargedPrice" }, "source": { "$ref": "#/definitions/sourceRef" }, "confirmedBy": { "$ref": "#/definitions/sourceRef" }, "unverified": { "$ref": "#/definitions/unverified" }, "meter": { "$ref": "#/definitions/meter" } } } }, "egress": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["zone", "usdPerGb", "source"], "properties": { "zone": { "$ref": "#/definitions/zone" }, "usdPerGb": { "$ref": "#/definitions/chargedPrice" }, "source": { "$ref": "#/definitions/sourceRef" }, "confirmedBy": { "$ref": "#/definitions/sourceRef" }, "unverified": { "$ref": "#/definitions/unverified" }, "meter": { "$ref": "#/definitions/meter" } } } }, "premiumAddOn": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["bandwidthMbps", "zone", "monthlyUsd", "source"], "properties": { "bandwidthMbps": { "type": "integer", "minimum": 1 }, "zone": { "$ref": "#/definitions/zone" }, "monthlyUsd": { "$ref": "#/definitions/price" }, "source": { "$ref": "#/definitions/sourceRef" }, "unverified": { "$ref": "#/definitions/unverified" } } } }, "directPorts": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["portBandwidthGbps", "billingType", "monthlyUsd", "source"], "properties": { "portBandwidthGbps": { "type": "integer", "minimum": 1 }, "billingType": { "enum": ["MeteredData", "UnlimitedData"] }, "zone": { "$ref": "#/definitions/zone" }, "monthlyUsd": { "$ref": "#/definitions/price" }, "source": { "$ref": "#/definitions/sourceRef" }, "unverified": { "$ref": "#/definitions/unverified" }, "meter": { "$ref": "#/definitions/meter" } } } }, "directPremiumAddOn": { "type": "object", "additionalProperties": false, "required": ["monthlyUsd", "source"], "properties": { "monthlyUsd": { "$ref": "#/definitions/price" }, "source": { "$ref": "#/definitions/sourceRef" }, "unverified": { "$ref": "#/definitions/unverified" } } }, "globalReach": { "type": "object", "additionalProperties": false, "required": ["addOn", "perGb"], "properties": { "addOn": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["monthlyUsd", "source"], "properties": { "zone": { "$ref": "#/definitions/zone" }, "bandwidthMbps": { "type": "integer", "minimum": 1 }, "monthlyUsd": { "$ref": "#/definitions/price" }, "source": { "$ref": "#/definitions/sourceRef" }, "unverified": { "$ref": "#/definitions/unverified" }, "meter": { "$ref": "#/definitions/meter" } } } }, "perGb": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["zone", "direction", "usdPerGb", "source"], "properties": { "zone": { "$ref": "#/definitions/zone" }, "direction": { "enum": ["in", "out"] }, "usdPerGb": { "$ref": "#/definitions/price" }, "source": { "$ref": "#/definitions/sourceRef" }, "unverified": { "$ref": "#/definitions/unverified" }, "meter": { "$ref": "#/definitions/meter" } } } } } }, "gateways": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["sku", "region", "usdPerHour", "per", "source"], "properties": { "sku": { "type": "string", "minLength": 1 }, "region": { "type": "string", "minLength": 1, "description": "ARM region name, or * for a figure not tied to a region" }, "usdPerHour": { "$ref": "#/definitions/price" }, "per": { "enum": ["gateway", "scaleUnit"] }, "billedMinimumUnits": { "type": "integer", "minimum": 1, "description": "scale-unit SKUs: the fewest units billed whatever the configured minimum" }, "source": { "$ref": "#/definitions/sourceRef" }, "unverified": { "$ref": "#/definitions/unverified" }, "meter": { "$ref": "#/definitions/meter" } } } }, "vwan": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["kind", "region", "usdPerHour", "source"], "properties": { "kind": { "enum": ["scaleUnit", "connectionUnit"] }, "region": { "type": "string", "minLength": 1 }, "usdPerHour": { "$ref": "#/definitions/price" }, "source": { "$ref": "#/definitions/sourceRef" }, "unverified": { "$ref": "#/definitions/unverified" }, "meter": { "$ref": "#/definitions/meter" } } } } } };
var schema12 = { "enum": ["Zone 1", "Zone 2", "Zone 3", "Zone 4", "US Gov"] };
var schema13 = { "type": ["number", "null"], "exclusiveMinimum": 0, "maximum": 1e12, "description": "a price Azure always charges (a circuit's monthly fee, the egress rate of a Metered plan): never 0; at most 10^12 (as `price`)" };
var schema25 = { "type": ["number", "null"], "minimum": 0, "maximum": 1e12, "description": "at most 10^12 in the catalogue's currency (the dearest ExpressRoute figure, a 100 Gbps Direct port pair a month, is ~10^5 USD, ~10^8 in any currency the Retail Prices API quotes): a larger figure is a mistake that would make every total and saving meaningless" };
var func2 = Object.prototype.hasOwnProperty;
var func3 = require_ucs2length().default;
var pattern0 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
var pattern1 = new RegExp("^[A-Z]{3}$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.catalogueVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "catalogueVersion" }, message: "must have required property 'catalogueVersion'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.effectiveDate === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "effectiveDate" }, message: "must have required property 'effectiveDate'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.currency === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "currency" }, message: "must have required property 'currency'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.source === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.hoursPerMonth === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "hoursPerMonth" }, message: "must have required property 'hoursPerMonth'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.sources === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sources" }, message: "must have required property 'sources'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.circuits === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "circuits" }, message: "must have required property 'circuits'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.egress === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "egress" }, message: "must have required property 'egress'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.premiumAddOn === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "premiumAddOn" }, message: "must have required property 'premiumAddOn'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.directPorts === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "directPorts" }, message: "must have required property 'directPorts'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.globalReach === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "globalReach" }, message: "must have required property 'globalReach'" };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.gateways === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "gateways" }, message: "must have required property 'gateways'" };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.vwan === void 0) {
      const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "vwan" }, message: "must have required property 'vwan'" };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
        const err13 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      if (typeof data.$schema !== "string") {
        const err14 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.$comment !== void 0) {
      if (typeof data.$comment !== "string") {
        const err15 = { instancePath: instancePath + "/$comment", schemaPath: "#/properties/%24comment/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.catalogueVersion !== void 0) {
      if (1 !== data.catalogueVersion) {
        const err16 = { instancePath: instancePath + "/catalogueVersion", schemaPath: "#/properties/catalogueVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.effectiveDate !== void 0) {
      let data3 = data.effectiveDate;
      if (typeof data3 === "string") {
        if (!pattern0.test(data3)) {
          const err17 = { instancePath: instancePath + "/effectiveDate", schemaPath: "#/properties/effectiveDate/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"' };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/effectiveDate", schemaPath: "#/properties/effectiveDate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.currency !== void 0) {
      let data4 = data.currency;
      if (typeof data4 === "string") {
        if (!pattern1.test(data4)) {
          const err19 = { instancePath: instancePath + "/currency", schemaPath: "#/properties/currency/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{3}$" }, message: 'must match pattern "^[A-Z]{3}$"' };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/currency", schemaPath: "#/properties/currency/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.source !== void 0) {
      let data5 = data.source;
      if (typeof data5 === "string") {
        if (func3(data5) < 1) {
          const err21 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.hoursPerMonth !== void 0) {
      let data6 = data.hoursPerMonth;
      if (typeof data6 == "number") {
        if (data6 > 744 || isNaN(data6)) {
          const err23 = { instancePath: instancePath + "/hoursPerMonth", schemaPath: "#/properties/hoursPerMonth/maximum", keyword: "maximum", params: { comparison: "<=", limit: 744 }, message: "must be <= 744" };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        if (data6 < 672 || isNaN(data6)) {
          const err24 = { instancePath: instancePath + "/hoursPerMonth", schemaPath: "#/properties/hoursPerMonth/minimum", keyword: "minimum", params: { comparison: ">=", limit: 672 }, message: "must be >= 672" };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      } else {
        const err25 = { instancePath: instancePath + "/hoursPerMonth", schemaPath: "#/properties/hoursPerMonth/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.gbPerTb !== void 0) {
      let data7 = data.gbPerTb;
      if (typeof data7 == "number") {
        if (data7 > 1024 || isNaN(data7)) {
          const err26 = { instancePath: instancePath + "/gbPerTb", schemaPath: "#/properties/gbPerTb/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1024 }, message: "must be <= 1024" };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        if (data7 < 1e3 || isNaN(data7)) {
          const err27 = { instancePath: instancePath + "/gbPerTb", schemaPath: "#/properties/gbPerTb/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1e3 }, message: "must be >= 1000" };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      } else {
        const err28 = { instancePath: instancePath + "/gbPerTb", schemaPath: "#/properties/gbPerTb/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.sources !== void 0) {
      let data8 = data.sources;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        for (const key1 in data8) {
          let data9 = data8[key1];
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            if (data9.kind === void 0) {
              const err29 = { instancePath: instancePath + "/sources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/sources/additionalProperties/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            if (data9.title === void 0) {
              const err30 = { instancePath: instancePath + "/sources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/sources/additionalProperties/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
            if (data9.reference === void 0) {
              const err31 = { instancePath: instancePath + "/sources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/sources/additionalProperties/required", keyword: "required", params: { missingProperty: "reference" }, message: "must have required property 'reference'" };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
            for (const key2 in data9) {
              if (!(key2 === "kind" || key2 === "title" || key2 === "reference" || key2 === "date")) {
                const err32 = { instancePath: instancePath + "/sources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/sources/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data9.kind !== void 0) {
              let data10 = data9.kind;
              if (!(data10 === "microsoft" || data10 === "api" || data10 === "api-derived" || data10 === "third-party" || data10 === "derived" || data10 === "missing")) {
                const err33 = { instancePath: instancePath + "/sources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/kind", schemaPath: "#/properties/sources/additionalProperties/properties/kind/enum", keyword: "enum", params: { allowedValues: schema11.properties.sources.additionalProperties.properties.kind.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data9.title !== void 0) {
              if (typeof data9.title !== "string") {
                const err34 = { instancePath: instancePath + "/sources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/title", schemaPath: "#/properties/sources/additionalProperties/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
            if (data9.reference !== void 0) {
              if (typeof data9.reference !== "string") {
                const err35 = { instancePath: instancePath + "/sources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/reference", schemaPath: "#/properties/sources/additionalProperties/properties/reference/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data9.date !== void 0) {
              let data13 = data9.date;
              if (typeof data13 === "string") {
                if (!pattern0.test(data13)) {
                  const err36 = { instancePath: instancePath + "/sources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/date", schemaPath: "#/properties/sources/additionalProperties/properties/date/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"' };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
              } else {
                const err37 = { instancePath: instancePath + "/sources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/date", schemaPath: "#/properties/sources/additionalProperties/properties/date/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
          } else {
            const err38 = { instancePath: instancePath + "/sources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/sources/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
      } else {
        const err39 = { instancePath: instancePath + "/sources", schemaPath: "#/properties/sources/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.circuits !== void 0) {
      let data14 = data.circuits;
      if (Array.isArray(data14)) {
        const len0 = data14.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data15 = data14[i0];
          if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
            if (data15.tier === void 0) {
              const err40 = { instancePath: instancePath + "/circuits/" + i0, schemaPath: "#/properties/circuits/items/required", keyword: "required", params: { missingProperty: "tier" }, message: "must have required property 'tier'" };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
            if (data15.billingModel === void 0) {
              const err41 = { instancePath: instancePath + "/circuits/" + i0, schemaPath: "#/properties/circuits/items/required", keyword: "required", params: { missingProperty: "billingModel" }, message: "must have required property 'billingModel'" };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
            if (data15.bandwidthMbps === void 0) {
              const err42 = { instancePath: instancePath + "/circuits/" + i0, schemaPath: "#/properties/circuits/items/required", keyword: "required", params: { missingProperty: "bandwidthMbps" }, message: "must have required property 'bandwidthMbps'" };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
            if (data15.zone === void 0) {
              const err43 = { instancePath: instancePath + "/circuits/" + i0, schemaPath: "#/properties/circuits/items/required", keyword: "required", params: { missingProperty: "zone" }, message: "must have required property 'zone'" };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            if (data15.monthlyUsd === void 0) {
              const err44 = { instancePath: instancePath + "/circuits/" + i0, schemaPath: "#/properties/circuits/items/required", keyword: "required", params: { missingProperty: "monthlyUsd" }, message: "must have required property 'monthlyUsd'" };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
            if (data15.source === void 0) {
              const err45 = { instancePath: instancePath + "/circuits/" + i0, schemaPath: "#/properties/circuits/items/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
            for (const key3 in data15) {
              if (!func2.call(schema11.properties.circuits.items.properties, key3)) {
                const err46 = { instancePath: instancePath + "/circuits/" + i0, schemaPath: "#/properties/circuits/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
            if (data15.tier !== void 0) {
              let data16 = data15.tier;
              if (!(data16 === "Local" || data16 === "Standard" || data16 === "Premium")) {
                const err47 = { instancePath: instancePath + "/circuits/" + i0 + "/tier", schemaPath: "#/properties/circuits/items/properties/tier/enum", keyword: "enum", params: { allowedValues: schema11.properties.circuits.items.properties.tier.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
            if (data15.billingModel !== void 0) {
              let data17 = data15.billingModel;
              if (!(data17 === "MeteredData" || data17 === "UnlimitedData")) {
                const err48 = { instancePath: instancePath + "/circuits/" + i0 + "/billingModel", schemaPath: "#/properties/circuits/items/properties/billingModel/enum", keyword: "enum", params: { allowedValues: schema11.properties.circuits.items.properties.billingModel.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
            if (data15.bandwidthMbps !== void 0) {
              let data18 = data15.bandwidthMbps;
              if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)))) {
                const err49 = { instancePath: instancePath + "/circuits/" + i0 + "/bandwidthMbps", schemaPath: "#/properties/circuits/items/properties/bandwidthMbps/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
              if (typeof data18 == "number") {
                if (data18 < 1 || isNaN(data18)) {
                  const err50 = { instancePath: instancePath + "/circuits/" + i0 + "/bandwidthMbps", schemaPath: "#/properties/circuits/items/properties/bandwidthMbps/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
              }
            }
            if (data15.zone !== void 0) {
              let data19 = data15.zone;
              if (!(data19 === "Zone 1" || data19 === "Zone 2" || data19 === "Zone 3" || data19 === "Zone 4" || data19 === "US Gov")) {
                const err51 = { instancePath: instancePath + "/circuits/" + i0 + "/zone", schemaPath: "#/definitions/zone/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
            if (data15.monthlyUsd !== void 0) {
              let data20 = data15.monthlyUsd;
              if (!(typeof data20 == "number") && data20 !== null) {
                const err52 = { instancePath: instancePath + "/circuits/" + i0 + "/monthlyUsd", schemaPath: "#/definitions/chargedPrice/type", keyword: "type", params: { type: schema13.type }, message: "must be number,null" };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
              if (typeof data20 == "number") {
                if (data20 > 1e12 || isNaN(data20)) {
                  const err53 = { instancePath: instancePath + "/circuits/" + i0 + "/monthlyUsd", schemaPath: "#/definitions/chargedPrice/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e12 }, message: "must be <= 1000000000000" };
                  if (vErrors === null) {
                    vErrors = [err53];
                  } else {
                    vErrors.push(err53);
                  }
                  errors++;
                }
                if (data20 <= 0 || isNaN(data20)) {
                  const err54 = { instancePath: instancePath + "/circuits/" + i0 + "/monthlyUsd", schemaPath: "#/definitions/chargedPrice/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                  if (vErrors === null) {
                    vErrors = [err54];
                  } else {
                    vErrors.push(err54);
                  }
                  errors++;
                }
              }
            }
            if (data15.source !== void 0) {
              let data21 = data15.source;
              if (typeof data21 === "string") {
                if (func3(data21) < 1) {
                  const err55 = { instancePath: instancePath + "/circuits/" + i0 + "/source", schemaPath: "#/definitions/sourceRef/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err55];
                  } else {
                    vErrors.push(err55);
                  }
                  errors++;
                }
              } else {
                const err56 = { instancePath: instancePath + "/circuits/" + i0 + "/source", schemaPath: "#/definitions/sourceRef/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
            }
            if (data15.confirmedBy !== void 0) {
              let data22 = data15.confirmedBy;
              if (typeof data22 === "string") {
                if (func3(data22) < 1) {
                  const err57 = { instancePath: instancePath + "/circuits/" + i0 + "/confirmedBy", schemaPath: "#/definitions/sourceRef/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err57];
                  } else {
                    vErrors.push(err57);
                  }
                  errors++;
                }
              } else {
                const err58 = { instancePath: instancePath + "/circuits/" + i0 + "/confirmedBy", schemaPath: "#/definitions/sourceRef/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
            }
            if (data15.unverified !== void 0) {
              let data23 = data15.unverified;
              if (typeof data23 === "string") {
                if (func3(data23) < 1) {
                  const err59 = { instancePath: instancePath + "/circuits/" + i0 + "/unverified", schemaPath: "#/definitions/unverified/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err59];
                  } else {
                    vErrors.push(err59);
                  }
                  errors++;
                }
              } else {
                const err60 = { instancePath: instancePath + "/circuits/" + i0 + "/unverified", schemaPath: "#/definitions/unverified/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
            }
            if (data15.meter !== void 0) {
              let data24 = data15.meter;
              if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                for (const key4 in data24) {
                  if (!(key4 === "meterId" || key4 === "meterName" || key4 === "productName" || key4 === "skuName" || key4 === "armRegionName" || key4 === "unitOfMeasure" || key4 === "effectiveStartDate")) {
                    const err61 = { instancePath: instancePath + "/circuits/" + i0 + "/meter", schemaPath: "#/definitions/meter/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err61];
                    } else {
                      vErrors.push(err61);
                    }
                    errors++;
                  }
                }
                if (data24.meterId !== void 0) {
                  if (typeof data24.meterId !== "string") {
                    const err62 = { instancePath: instancePath + "/circuits/" + i0 + "/meter/meterId", schemaPath: "#/definitions/meter/properties/meterId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err62];
                    } else {
                      vErrors.push(err62);
                    }
                    errors++;
                  }
                }
                if (data24.meterName !== void 0) {
                  if (typeof data24.meterName !== "string") {
                    const err63 = { instancePath: instancePath + "/circuits/" + i0 + "/meter/meterName", schemaPath: "#/definitions/meter/properties/meterName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err63];
                    } else {
                      vErrors.push(err63);
                    }
                    errors++;
                  }
                }
                if (data24.productName !== void 0) {
                  if (typeof data24.productName !== "string") {
                    const err64 = { instancePath: instancePath + "/circuits/" + i0 + "/meter/productName", schemaPath: "#/definitions/meter/properties/productName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err64];
                    } else {
                      vErrors.push(err64);
                    }
                    errors++;
                  }
                }
                if (data24.skuName !== void 0) {
                  if (typeof data24.skuName !== "string") {
                    const err65 = { instancePath: instancePath + "/circuits/" + i0 + "/meter/skuName", schemaPath: "#/definitions/meter/properties/skuName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err65];
                    } else {
                      vErrors.push(err65);
                    }
                    errors++;
                  }
                }
                if (data24.armRegionName !== void 0) {
                  if (typeof data24.armRegionName !== "string") {
                    const err66 = { instancePath: instancePath + "/circuits/" + i0 + "/meter/armRegionName", schemaPath: "#/definitions/meter/properties/armRegionName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err66];
                    } else {
                      vErrors.push(err66);
                    }
                    errors++;
                  }
                }
                if (data24.unitOfMeasure !== void 0) {
                  if (typeof data24.unitOfMeasure !== "string") {
                    const err67 = { instancePath: instancePath + "/circuits/" + i0 + "/meter/unitOfMeasure", schemaPath: "#/definitions/meter/properties/unitOfMeasure/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err67];
                    } else {
                      vErrors.push(err67);
                    }
                    errors++;
                  }
                }
                if (data24.effectiveStartDate !== void 0) {
                  if (typeof data24.effectiveStartDate !== "string") {
                    const err68 = { instancePath: instancePath + "/circuits/" + i0 + "/meter/effectiveStartDate", schemaPath: "#/definitions/meter/properties/effectiveStartDate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err68];
                    } else {
                      vErrors.push(err68);
                    }
                    errors++;
                  }
                }
              } else {
                const err69 = { instancePath: instancePath + "/circuits/" + i0 + "/meter", schemaPath: "#/definitions/meter/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
            }
          } else {
            const err70 = { instancePath: instancePath + "/circuits/" + i0, schemaPath: "#/properties/circuits/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
        }
      } else {
        const err71 = { instancePath: instancePath + "/circuits", schemaPath: "#/properties/circuits/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err71];
        } else {
          vErrors.push(err71);
        }
        errors++;
      }
    }
    if (data.egress !== void 0) {
      let data32 = data.egress;
      if (Array.isArray(data32)) {
        const len1 = data32.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data33 = data32[i1];
          if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
            if (data33.zone === void 0) {
              const err72 = { instancePath: instancePath + "/egress/" + i1, schemaPath: "#/properties/egress/items/required", keyword: "required", params: { missingProperty: "zone" }, message: "must have required property 'zone'" };
              if (vErrors === null) {
                vErrors = [err72];
              } else {
                vErrors.push(err72);
              }
              errors++;
            }
            if (data33.usdPerGb === void 0) {
              const err73 = { instancePath: instancePath + "/egress/" + i1, schemaPath: "#/properties/egress/items/required", keyword: "required", params: { missingProperty: "usdPerGb" }, message: "must have required property 'usdPerGb'" };
              if (vErrors === null) {
                vErrors = [err73];
              } else {
                vErrors.push(err73);
              }
              errors++;
            }
            if (data33.source === void 0) {
              const err74 = { instancePath: instancePath + "/egress/" + i1, schemaPath: "#/properties/egress/items/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
              if (vErrors === null) {
                vErrors = [err74];
              } else {
                vErrors.push(err74);
              }
              errors++;
            }
            for (const key5 in data33) {
              if (!(key5 === "zone" || key5 === "usdPerGb" || key5 === "source" || key5 === "confirmedBy" || key5 === "unverified" || key5 === "meter")) {
                const err75 = { instancePath: instancePath + "/egress/" + i1, schemaPath: "#/properties/egress/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
            }
            if (data33.zone !== void 0) {
              let data34 = data33.zone;
              if (!(data34 === "Zone 1" || data34 === "Zone 2" || data34 === "Zone 3" || data34 === "Zone 4" || data34 === "US Gov")) {
                const err76 = { instancePath: instancePath + "/egress/" + i1 + "/zone", schemaPath: "#/definitions/zone/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
              }
            }
            if (data33.usdPerGb !== void 0) {
              let data35 = data33.usdPerGb;
              if (!(typeof data35 == "number") && data35 !== null) {
                const err77 = { instancePath: instancePath + "/egress/" + i1 + "/usdPerGb", schemaPath: "#/definitions/chargedPrice/type", keyword: "type", params: { type: schema13.type }, message: "must be number,null" };
                if (vErrors === null) {
                  vErrors = [err77];
                } else {
                  vErrors.push(err77);
                }
                errors++;
              }
              if (typeof data35 == "number") {
                if (data35 > 1e12 || isNaN(data35)) {
                  const err78 = { instancePath: instancePath + "/egress/" + i1 + "/usdPerGb", schemaPath: "#/definitions/chargedPrice/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e12 }, message: "must be <= 1000000000000" };
                  if (vErrors === null) {
                    vErrors = [err78];
                  } else {
                    vErrors.push(err78);
                  }
                  errors++;
                }
                if (data35 <= 0 || isNaN(data35)) {
                  const err79 = { instancePath: instancePath + "/egress/" + i1 + "/usdPerGb", schemaPath: "#/definitions/chargedPrice/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                  if (vErrors === null) {
                    vErrors = [err79];
                  } else {
                    vErrors.push(err79);
                  }
                  errors++;
                }
              }
            }
            if (data33.source !== void 0) {
              let data36 = data33.source;
              if (typeof data36 === "string") {
                if (func3(data36) < 1) {
                  const err80 = { instancePath: instancePath + "/egress/" + i1 + "/source", schemaPath: "#/definitions/sourceRef/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err80];
                  } else {
                    vErrors.push(err80);
                  }
                  errors++;
                }
              } else {
                const err81 = { instancePath: instancePath + "/egress/" + i1 + "/source", schemaPath: "#/definitions/sourceRef/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
            }
            if (data33.confirmedBy !== void 0) {
              let data37 = data33.confirmedBy;
              if (typeof data37 === "string") {
                if (func3(data37) < 1) {
                  const err82 = { instancePath: instancePath + "/egress/" + i1 + "/confirmedBy", schemaPath: "#/definitions/sourceRef/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err82];
                  } else {
                    vErrors.push(err82);
                  }
                  errors++;
                }
              } else {
                const err83 = { instancePath: instancePath + "/egress/" + i1 + "/confirmedBy", schemaPath: "#/definitions/sourceRef/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err83];
                } else {
                  vErrors.push(err83);
                }
                errors++;
              }
            }
            if (data33.unverified !== void 0) {
              let data38 = data33.unverified;
              if (typeof data38 === "string") {
                if (func3(data38) < 1) {
                  const err84 = { instancePath: instancePath + "/egress/" + i1 + "/unverified", schemaPath: "#/definitions/unverified/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err84];
                  } else {
                    vErrors.push(err84);
                  }
                  errors++;
                }
              } else {
                const err85 = { instancePath: instancePath + "/egress/" + i1 + "/unverified", schemaPath: "#/definitions/unverified/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err85];
                } else {
                  vErrors.push(err85);
                }
                errors++;
              }
            }
            if (data33.meter !== void 0) {
              let data39 = data33.meter;
              if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
                for (const key6 in data39) {
                  if (!(key6 === "meterId" || key6 === "meterName" || key6 === "productName" || key6 === "skuName" || key6 === "armRegionName" || key6 === "unitOfMeasure" || key6 === "effectiveStartDate")) {
                    const err86 = { instancePath: instancePath + "/egress/" + i1 + "/meter", schemaPath: "#/definitions/meter/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err86];
                    } else {
                      vErrors.push(err86);
                    }
                    errors++;
                  }
                }
                if (data39.meterId !== void 0) {
                  if (typeof data39.meterId !== "string") {
                    const err87 = { instancePath: instancePath + "/egress/" + i1 + "/meter/meterId", schemaPath: "#/definitions/meter/properties/meterId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err87];
                    } else {
                      vErrors.push(err87);
                    }
                    errors++;
                  }
                }
                if (data39.meterName !== void 0) {
                  if (typeof data39.meterName !== "string") {
                    const err88 = { instancePath: instancePath + "/egress/" + i1 + "/meter/meterName", schemaPath: "#/definitions/meter/properties/meterName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err88];
                    } else {
                      vErrors.push(err88);
                    }
                    errors++;
                  }
                }
                if (data39.productName !== void 0) {
                  if (typeof data39.productName !== "string") {
                    const err89 = { instancePath: instancePath + "/egress/" + i1 + "/meter/productName", schemaPath: "#/definitions/meter/properties/productName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err89];
                    } else {
                      vErrors.push(err89);
                    }
                    errors++;
                  }
                }
                if (data39.skuName !== void 0) {
                  if (typeof data39.skuName !== "string") {
                    const err90 = { instancePath: instancePath + "/egress/" + i1 + "/meter/skuName", schemaPath: "#/definitions/meter/properties/skuName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err90];
                    } else {
                      vErrors.push(err90);
                    }
                    errors++;
                  }
                }
                if (data39.armRegionName !== void 0) {
                  if (typeof data39.armRegionName !== "string") {
                    const err91 = { instancePath: instancePath + "/egress/" + i1 + "/meter/armRegionName", schemaPath: "#/definitions/meter/properties/armRegionName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err91];
                    } else {
                      vErrors.push(err91);
                    }
                    errors++;
                  }
                }
                if (data39.unitOfMeasure !== void 0) {
                  if (typeof data39.unitOfMeasure !== "string") {
                    const err92 = { instancePath: instancePath + "/egress/" + i1 + "/meter/unitOfMeasure", schemaPath: "#/definitions/meter/properties/unitOfMeasure/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err92];
                    } else {
                      vErrors.push(err92);
                    }
                    errors++;
                  }
                }
                if (data39.effectiveStartDate !== void 0) {
                  if (typeof data39.effectiveStartDate !== "string") {
                    const err93 = { instancePath: instancePath + "/egress/" + i1 + "/meter/effectiveStartDate", schemaPath: "#/definitions/meter/properties/effectiveStartDate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err93];
                    } else {
                      vErrors.push(err93);
                    }
                    errors++;
                  }
                }
              } else {
                const err94 = { instancePath: instancePath + "/egress/" + i1 + "/meter", schemaPath: "#/definitions/meter/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err94];
                } else {
                  vErrors.push(err94);
                }
                errors++;
              }
            }
          } else {
            const err95 = { instancePath: instancePath + "/egress/" + i1, schemaPath: "#/properties/egress/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err95];
            } else {
              vErrors.push(err95);
            }
            errors++;
          }
        }
      } else {
        const err96 = { instancePath: instancePath + "/egress", schemaPath: "#/properties/egress/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err96];
        } else {
          vErrors.push(err96);
        }
        errors++;
      }
    }
    if (data.premiumAddOn !== void 0) {
      let data47 = data.premiumAddOn;
      if (Array.isArray(data47)) {
        const len2 = data47.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data48 = data47[i2];
          if (data48 && typeof data48 == "object" && !Array.isArray(data48)) {
            if (data48.bandwidthMbps === void 0) {
              const err97 = { instancePath: instancePath + "/premiumAddOn/" + i2, schemaPath: "#/properties/premiumAddOn/items/required", keyword: "required", params: { missingProperty: "bandwidthMbps" }, message: "must have required property 'bandwidthMbps'" };
              if (vErrors === null) {
                vErrors = [err97];
              } else {
                vErrors.push(err97);
              }
              errors++;
            }
            if (data48.zone === void 0) {
              const err98 = { instancePath: instancePath + "/premiumAddOn/" + i2, schemaPath: "#/properties/premiumAddOn/items/required", keyword: "required", params: { missingProperty: "zone" }, message: "must have required property 'zone'" };
              if (vErrors === null) {
                vErrors = [err98];
              } else {
                vErrors.push(err98);
              }
              errors++;
            }
            if (data48.monthlyUsd === void 0) {
              const err99 = { instancePath: instancePath + "/premiumAddOn/" + i2, schemaPath: "#/properties/premiumAddOn/items/required", keyword: "required", params: { missingProperty: "monthlyUsd" }, message: "must have required property 'monthlyUsd'" };
              if (vErrors === null) {
                vErrors = [err99];
              } else {
                vErrors.push(err99);
              }
              errors++;
            }
            if (data48.source === void 0) {
              const err100 = { instancePath: instancePath + "/premiumAddOn/" + i2, schemaPath: "#/properties/premiumAddOn/items/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
              if (vErrors === null) {
                vErrors = [err100];
              } else {
                vErrors.push(err100);
              }
              errors++;
            }
            for (const key7 in data48) {
              if (!(key7 === "bandwidthMbps" || key7 === "zone" || key7 === "monthlyUsd" || key7 === "source" || key7 === "unverified")) {
                const err101 = { instancePath: instancePath + "/premiumAddOn/" + i2, schemaPath: "#/properties/premiumAddOn/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err101];
                } else {
                  vErrors.push(err101);
                }
                errors++;
              }
            }
            if (data48.bandwidthMbps !== void 0) {
              let data49 = data48.bandwidthMbps;
              if (!(typeof data49 == "number" && (!(data49 % 1) && !isNaN(data49)))) {
                const err102 = { instancePath: instancePath + "/premiumAddOn/" + i2 + "/bandwidthMbps", schemaPath: "#/properties/premiumAddOn/items/properties/bandwidthMbps/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err102];
                } else {
                  vErrors.push(err102);
                }
                errors++;
              }
              if (typeof data49 == "number") {
                if (data49 < 1 || isNaN(data49)) {
                  const err103 = { instancePath: instancePath + "/premiumAddOn/" + i2 + "/bandwidthMbps", schemaPath: "#/properties/premiumAddOn/items/properties/bandwidthMbps/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err103];
                  } else {
                    vErrors.push(err103);
                  }
                  errors++;
                }
              }
            }
            if (data48.zone !== void 0) {
              let data50 = data48.zone;
              if (!(data50 === "Zone 1" || data50 === "Zone 2" || data50 === "Zone 3" || data50 === "Zone 4" || data50 === "US Gov")) {
                const err104 = { instancePath: instancePath + "/premiumAddOn/" + i2 + "/zone", schemaPath: "#/definitions/zone/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err104];
                } else {
                  vErrors.push(err104);
                }
                errors++;
              }
            }
            if (data48.monthlyUsd !== void 0) {
              let data51 = data48.monthlyUsd;
              if (!(typeof data51 == "number") && data51 !== null) {
                const err105 = { instancePath: instancePath + "/premiumAddOn/" + i2 + "/monthlyUsd", schemaPath: "#/definitions/price/type", keyword: "type", params: { type: schema25.type }, message: "must be number,null" };
                if (vErrors === null) {
                  vErrors = [err105];
                } else {
                  vErrors.push(err105);
                }
                errors++;
              }
              if (typeof data51 == "number") {
                if (data51 > 1e12 || isNaN(data51)) {
                  const err106 = { instancePath: instancePath + "/premiumAddOn/" + i2 + "/monthlyUsd", schemaPath: "#/definitions/price/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e12 }, message: "must be <= 1000000000000" };
                  if (vErrors === null) {
                    vErrors = [err106];
                  } else {
                    vErrors.push(err106);
                  }
                  errors++;
                }
                if (data51 < 0 || isNaN(data51)) {
                  const err107 = { instancePath: instancePath + "/premiumAddOn/" + i2 + "/monthlyUsd", schemaPath: "#/definitions/price/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err107];
                  } else {
                    vErrors.push(err107);
                  }
                  errors++;
                }
              }
            }
            if (data48.source !== void 0) {
              let data52 = data48.source;
              if (typeof data52 === "string") {
                if (func3(data52) < 1) {
                  const err108 = { instancePath: instancePath + "/premiumAddOn/" + i2 + "/source", schemaPath: "#/definitions/sourceRef/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err108];
                  } else {
                    vErrors.push(err108);
                  }
                  errors++;
                }
              } else {
                const err109 = { instancePath: instancePath + "/premiumAddOn/" + i2 + "/source", schemaPath: "#/definitions/sourceRef/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err109];
                } else {
                  vErrors.push(err109);
                }
                errors++;
              }
            }
            if (data48.unverified !== void 0) {
              let data53 = data48.unverified;
              if (typeof data53 === "string") {
                if (func3(data53) < 1) {
                  const err110 = { instancePath: instancePath + "/premiumAddOn/" + i2 + "/unverified", schemaPath: "#/definitions/unverified/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err110];
                  } else {
                    vErrors.push(err110);
                  }
                  errors++;
                }
              } else {
                const err111 = { instancePath: instancePath + "/premiumAddOn/" + i2 + "/unverified", schemaPath: "#/definitions/unverified/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err111];
                } else {
                  vErrors.push(err111);
                }
                errors++;
              }
            }
          } else {
            const err112 = { instancePath: instancePath + "/premiumAddOn/" + i2, schemaPath: "#/properties/premiumAddOn/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err112];
            } else {
              vErrors.push(err112);
            }
            errors++;
          }
        }
      } else {
        const err113 = { instancePath: instancePath + "/premiumAddOn", schemaPath: "#/properties/premiumAddOn/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err113];
        } else {
          vErrors.push(err113);
        }
        errors++;
      }
    }
    if (data.directPorts !== void 0) {
      let data54 = data.directPorts;
      if (Array.isArray(data54)) {
        const len3 = data54.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data55 = data54[i3];
          if (data55 && typeof data55 == "object" && !Array.isArray(data55)) {
            if (data55.portBandwidthGbps === void 0) {
              const err114 = { instancePath: instancePath + "/directPorts/" + i3, schemaPath: "#/properties/directPorts/items/required", keyword: "required", params: { missingProperty: "portBandwidthGbps" }, message: "must have required property 'portBandwidthGbps'" };
              if (vErrors === null) {
                vErrors = [err114];
              } else {
                vErrors.push(err114);
              }
              errors++;
            }
            if (data55.billingType === void 0) {
              const err115 = { instancePath: instancePath + "/directPorts/" + i3, schemaPath: "#/properties/directPorts/items/required", keyword: "required", params: { missingProperty: "billingType" }, message: "must have required property 'billingType'" };
              if (vErrors === null) {
                vErrors = [err115];
              } else {
                vErrors.push(err115);
              }
              errors++;
            }
            if (data55.monthlyUsd === void 0) {
              const err116 = { instancePath: instancePath + "/directPorts/" + i3, schemaPath: "#/properties/directPorts/items/required", keyword: "required", params: { missingProperty: "monthlyUsd" }, message: "must have required property 'monthlyUsd'" };
              if (vErrors === null) {
                vErrors = [err116];
              } else {
                vErrors.push(err116);
              }
              errors++;
            }
            if (data55.source === void 0) {
              const err117 = { instancePath: instancePath + "/directPorts/" + i3, schemaPath: "#/properties/directPorts/items/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
              if (vErrors === null) {
                vErrors = [err117];
              } else {
                vErrors.push(err117);
              }
              errors++;
            }
            for (const key8 in data55) {
              if (!(key8 === "portBandwidthGbps" || key8 === "billingType" || key8 === "zone" || key8 === "monthlyUsd" || key8 === "source" || key8 === "unverified" || key8 === "meter")) {
                const err118 = { instancePath: instancePath + "/directPorts/" + i3, schemaPath: "#/properties/directPorts/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err118];
                } else {
                  vErrors.push(err118);
                }
                errors++;
              }
            }
            if (data55.portBandwidthGbps !== void 0) {
              let data56 = data55.portBandwidthGbps;
              if (!(typeof data56 == "number" && (!(data56 % 1) && !isNaN(data56)))) {
                const err119 = { instancePath: instancePath + "/directPorts/" + i3 + "/portBandwidthGbps", schemaPath: "#/properties/directPorts/items/properties/portBandwidthGbps/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err119];
                } else {
                  vErrors.push(err119);
                }
                errors++;
              }
              if (typeof data56 == "number") {
                if (data56 < 1 || isNaN(data56)) {
                  const err120 = { instancePath: instancePath + "/directPorts/" + i3 + "/portBandwidthGbps", schemaPath: "#/properties/directPorts/items/properties/portBandwidthGbps/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err120];
                  } else {
                    vErrors.push(err120);
                  }
                  errors++;
                }
              }
            }
            if (data55.billingType !== void 0) {
              let data57 = data55.billingType;
              if (!(data57 === "MeteredData" || data57 === "UnlimitedData")) {
                const err121 = { instancePath: instancePath + "/directPorts/" + i3 + "/billingType", schemaPath: "#/properties/directPorts/items/properties/billingType/enum", keyword: "enum", params: { allowedValues: schema11.properties.directPorts.items.properties.billingType.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err121];
                } else {
                  vErrors.push(err121);
                }
                errors++;
              }
            }
            if (data55.zone !== void 0) {
              let data58 = data55.zone;
              if (!(data58 === "Zone 1" || data58 === "Zone 2" || data58 === "Zone 3" || data58 === "Zone 4" || data58 === "US Gov")) {
                const err122 = { instancePath: instancePath + "/directPorts/" + i3 + "/zone", schemaPath: "#/definitions/zone/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err122];
                } else {
                  vErrors.push(err122);
                }
                errors++;
              }
            }
            if (data55.monthlyUsd !== void 0) {
              let data59 = data55.monthlyUsd;
              if (!(typeof data59 == "number") && data59 !== null) {
                const err123 = { instancePath: instancePath + "/directPorts/" + i3 + "/monthlyUsd", schemaPath: "#/definitions/price/type", keyword: "type", params: { type: schema25.type }, message: "must be number,null" };
                if (vErrors === null) {
                  vErrors = [err123];
                } else {
                  vErrors.push(err123);
                }
                errors++;
              }
              if (typeof data59 == "number") {
                if (data59 > 1e12 || isNaN(data59)) {
                  const err124 = { instancePath: instancePath + "/directPorts/" + i3 + "/monthlyUsd", schemaPath: "#/definitions/price/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e12 }, message: "must be <= 1000000000000" };
                  if (vErrors === null) {
                    vErrors = [err124];
                  } else {
                    vErrors.push(err124);
                  }
                  errors++;
                }
                if (data59 < 0 || isNaN(data59)) {
                  const err125 = { instancePath: instancePath + "/directPorts/" + i3 + "/monthlyUsd", schemaPath: "#/definitions/price/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err125];
                  } else {
                    vErrors.push(err125);
                  }
                  errors++;
                }
              }
            }
            if (data55.source !== void 0) {
              let data60 = data55.source;
              if (typeof data60 === "string") {
                if (func3(data60) < 1) {
                  const err126 = { instancePath: instancePath + "/directPorts/" + i3 + "/source", schemaPath: "#/definitions/sourceRef/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err126];
                  } else {
                    vErrors.push(err126);
                  }
                  errors++;
                }
              } else {
                const err127 = { instancePath: instancePath + "/directPorts/" + i3 + "/source", schemaPath: "#/definitions/sourceRef/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err127];
                } else {
                  vErrors.push(err127);
                }
                errors++;
              }
            }
            if (data55.unverified !== void 0) {
              let data61 = data55.unverified;
              if (typeof data61 === "string") {
                if (func3(data61) < 1) {
                  const err128 = { instancePath: instancePath + "/directPorts/" + i3 + "/unverified", schemaPath: "#/definitions/unverified/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err128];
                  } else {
                    vErrors.push(err128);
                  }
                  errors++;
                }
              } else {
                const err129 = { instancePath: instancePath + "/directPorts/" + i3 + "/unverified", schemaPath: "#/definitions/unverified/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err129];
                } else {
                  vErrors.push(err129);
                }
                errors++;
              }
            }
            if (data55.meter !== void 0) {
              let data62 = data55.meter;
              if (data62 && typeof data62 == "object" && !Array.isArray(data62)) {
                for (const key9 in data62) {
                  if (!(key9 === "meterId" || key9 === "meterName" || key9 === "productName" || key9 === "skuName" || key9 === "armRegionName" || key9 === "unitOfMeasure" || key9 === "effectiveStartDate")) {
                    const err130 = { instancePath: instancePath + "/directPorts/" + i3 + "/meter", schemaPath: "#/definitions/meter/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err130];
                    } else {
                      vErrors.push(err130);
                    }
                    errors++;
                  }
                }
                if (data62.meterId !== void 0) {
                  if (typeof data62.meterId !== "string") {
                    const err131 = { instancePath: instancePath + "/directPorts/" + i3 + "/meter/meterId", schemaPath: "#/definitions/meter/properties/meterId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err131];
                    } else {
                      vErrors.push(err131);
                    }
                    errors++;
                  }
                }
                if (data62.meterName !== void 0) {
                  if (typeof data62.meterName !== "string") {
                    const err132 = { instancePath: instancePath + "/directPorts/" + i3 + "/meter/meterName", schemaPath: "#/definitions/meter/properties/meterName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err132];
                    } else {
                      vErrors.push(err132);
                    }
                    errors++;
                  }
                }
                if (data62.productName !== void 0) {
                  if (typeof data62.productName !== "string") {
                    const err133 = { instancePath: instancePath + "/directPorts/" + i3 + "/meter/productName", schemaPath: "#/definitions/meter/properties/productName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err133];
                    } else {
                      vErrors.push(err133);
                    }
                    errors++;
                  }
                }
                if (data62.skuName !== void 0) {
                  if (typeof data62.skuName !== "string") {
                    const err134 = { instancePath: instancePath + "/directPorts/" + i3 + "/meter/skuName", schemaPath: "#/definitions/meter/properties/skuName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err134];
                    } else {
                      vErrors.push(err134);
                    }
                    errors++;
                  }
                }
                if (data62.armRegionName !== void 0) {
                  if (typeof data62.armRegionName !== "string") {
                    const err135 = { instancePath: instancePath + "/directPorts/" + i3 + "/meter/armRegionName", schemaPath: "#/definitions/meter/properties/armRegionName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err135];
                    } else {
                      vErrors.push(err135);
                    }
                    errors++;
                  }
                }
                if (data62.unitOfMeasure !== void 0) {
                  if (typeof data62.unitOfMeasure !== "string") {
                    const err136 = { instancePath: instancePath + "/directPorts/" + i3 + "/meter/unitOfMeasure", schemaPath: "#/definitions/meter/properties/unitOfMeasure/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err136];
                    } else {
                      vErrors.push(err136);
                    }
                    errors++;
                  }
                }
                if (data62.effectiveStartDate !== void 0) {
                  if (typeof data62.effectiveStartDate !== "string") {
                    const err137 = { instancePath: instancePath + "/directPorts/" + i3 + "/meter/effectiveStartDate", schemaPath: "#/definitions/meter/properties/effectiveStartDate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err137];
                    } else {
                      vErrors.push(err137);
                    }
                    errors++;
                  }
                }
              } else {
                const err138 = { instancePath: instancePath + "/directPorts/" + i3 + "/meter", schemaPath: "#/definitions/meter/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err138];
                } else {
                  vErrors.push(err138);
                }
                errors++;
              }
            }
          } else {
            const err139 = { instancePath: instancePath + "/directPorts/" + i3, schemaPath: "#/properties/directPorts/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err139];
            } else {
              vErrors.push(err139);
            }
            errors++;
          }
        }
      } else {
        const err140 = { instancePath: instancePath + "/directPorts", schemaPath: "#/properties/directPorts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err140];
        } else {
          vErrors.push(err140);
        }
        errors++;
      }
    }
    if (data.directPremiumAddOn !== void 0) {
      let data70 = data.directPremiumAddOn;
      if (data70 && typeof data70 == "object" && !Array.isArray(data70)) {
        if (data70.monthlyUsd === void 0) {
          const err141 = { instancePath: instancePath + "/directPremiumAddOn", schemaPath: "#/properties/directPremiumAddOn/required", keyword: "required", params: { missingProperty: "monthlyUsd" }, message: "must have required property 'monthlyUsd'" };
          if (vErrors === null) {
            vErrors = [err141];
          } else {
            vErrors.push(err141);
          }
          errors++;
        }
        if (data70.source === void 0) {
          const err142 = { instancePath: instancePath + "/directPremiumAddOn", schemaPath: "#/properties/directPremiumAddOn/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
          if (vErrors === null) {
            vErrors = [err142];
          } else {
            vErrors.push(err142);
          }
          errors++;
        }
        for (const key10 in data70) {
          if (!(key10 === "monthlyUsd" || key10 === "source" || key10 === "unverified")) {
            const err143 = { instancePath: instancePath + "/directPremiumAddOn", schemaPath: "#/properties/directPremiumAddOn/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err143];
            } else {
              vErrors.push(err143);
            }
            errors++;
          }
        }
        if (data70.monthlyUsd !== void 0) {
          let data71 = data70.monthlyUsd;
          if (!(typeof data71 == "number") && data71 !== null) {
            const err144 = { instancePath: instancePath + "/directPremiumAddOn/monthlyUsd", schemaPath: "#/definitions/price/type", keyword: "type", params: { type: schema25.type }, message: "must be number,null" };
            if (vErrors === null) {
              vErrors = [err144];
            } else {
              vErrors.push(err144);
            }
            errors++;
          }
          if (typeof data71 == "number") {
            if (data71 > 1e12 || isNaN(data71)) {
              const err145 = { instancePath: instancePath + "/directPremiumAddOn/monthlyUsd", schemaPath: "#/definitions/price/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e12 }, message: "must be <= 1000000000000" };
              if (vErrors === null) {
                vErrors = [err145];
              } else {
                vErrors.push(err145);
              }
              errors++;
            }
            if (data71 < 0 || isNaN(data71)) {
              const err146 = { instancePath: instancePath + "/directPremiumAddOn/monthlyUsd", schemaPath: "#/definitions/price/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err146];
              } else {
                vErrors.push(err146);
              }
              errors++;
            }
          }
        }
        if (data70.source !== void 0) {
          let data72 = data70.source;
          if (typeof data72 === "string") {
            if (func3(data72) < 1) {
              const err147 = { instancePath: instancePath + "/directPremiumAddOn/source", schemaPath: "#/definitions/sourceRef/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err147];
              } else {
                vErrors.push(err147);
              }
              errors++;
            }
          } else {
            const err148 = { instancePath: instancePath + "/directPremiumAddOn/source", schemaPath: "#/definitions/sourceRef/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err148];
            } else {
              vErrors.push(err148);
            }
            errors++;
          }
        }
        if (data70.unverified !== void 0) {
          let data73 = data70.unverified;
          if (typeof data73 === "string") {
            if (func3(data73) < 1) {
              const err149 = { instancePath: instancePath + "/directPremiumAddOn/unverified", schemaPath: "#/definitions/unverified/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err149];
              } else {
                vErrors.push(err149);
              }
              errors++;
            }
          } else {
            const err150 = { instancePath: instancePath + "/directPremiumAddOn/unverified", schemaPath: "#/definitions/unverified/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err150];
            } else {
              vErrors.push(err150);
            }
            errors++;
          }
        }
      } else {
        const err151 = { instancePath: instancePath + "/directPremiumAddOn", schemaPath: "#/properties/directPremiumAddOn/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err151];
        } else {
          vErrors.push(err151);
        }
        errors++;
      }
    }
    if (data.globalReach !== void 0) {
      let data74 = data.globalReach;
      if (data74 && typeof data74 == "object" && !Array.isArray(data74)) {
        if (data74.addOn === void 0) {
          const err152 = { instancePath: instancePath + "/globalReach", schemaPath: "#/properties/globalReach/required", keyword: "required", params: { missingProperty: "addOn" }, message: "must have required property 'addOn'" };
          if (vErrors === null) {
            vErrors = [err152];
          } else {
            vErrors.push(err152);
          }
          errors++;
        }
        if (data74.perGb === void 0) {
          const err153 = { instancePath: instancePath + "/globalReach", schemaPath: "#/properties/globalReach/required", keyword: "required", params: { missingProperty: "perGb" }, message: "must have required property 'perGb'" };
          if (vErrors === null) {
            vErrors = [err153];
          } else {
            vErrors.push(err153);
          }
          errors++;
        }
        for (const key11 in data74) {
          if (!(key11 === "addOn" || key11 === "perGb")) {
            const err154 = { instancePath: instancePath + "/globalReach", schemaPath: "#/properties/globalReach/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err154];
            } else {
              vErrors.push(err154);
            }
            errors++;
          }
        }
        if (data74.addOn !== void 0) {
          let data75 = data74.addOn;
          if (Array.isArray(data75)) {
            const len4 = data75.length;
            for (let i4 = 0; i4 < len4; i4++) {
              let data76 = data75[i4];
              if (data76 && typeof data76 == "object" && !Array.isArray(data76)) {
                if (data76.monthlyUsd === void 0) {
                  const err155 = { instancePath: instancePath + "/globalReach/addOn/" + i4, schemaPath: "#/properties/globalReach/properties/addOn/items/required", keyword: "required", params: { missingProperty: "monthlyUsd" }, message: "must have required property 'monthlyUsd'" };
                  if (vErrors === null) {
                    vErrors = [err155];
                  } else {
                    vErrors.push(err155);
                  }
                  errors++;
                }
                if (data76.source === void 0) {
                  const err156 = { instancePath: instancePath + "/globalReach/addOn/" + i4, schemaPath: "#/properties/globalReach/properties/addOn/items/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
                  if (vErrors === null) {
                    vErrors = [err156];
                  } else {
                    vErrors.push(err156);
                  }
                  errors++;
                }
                for (const key12 in data76) {
                  if (!(key12 === "zone" || key12 === "bandwidthMbps" || key12 === "monthlyUsd" || key12 === "source" || key12 === "unverified" || key12 === "meter")) {
                    const err157 = { instancePath: instancePath + "/globalReach/addOn/" + i4, schemaPath: "#/properties/globalReach/properties/addOn/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err157];
                    } else {
                      vErrors.push(err157);
                    }
                    errors++;
                  }
                }
                if (data76.zone !== void 0) {
                  let data77 = data76.zone;
                  if (!(data77 === "Zone 1" || data77 === "Zone 2" || data77 === "Zone 3" || data77 === "Zone 4" || data77 === "US Gov")) {
                    const err158 = { instancePath: instancePath + "/globalReach/addOn/" + i4 + "/zone", schemaPath: "#/definitions/zone/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err158];
                    } else {
                      vErrors.push(err158);
                    }
                    errors++;
                  }
                }
                if (data76.bandwidthMbps !== void 0) {
                  let data78 = data76.bandwidthMbps;
                  if (!(typeof data78 == "number" && (!(data78 % 1) && !isNaN(data78)))) {
                    const err159 = { instancePath: instancePath + "/globalReach/addOn/" + i4 + "/bandwidthMbps", schemaPath: "#/properties/globalReach/properties/addOn/items/properties/bandwidthMbps/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err159];
                    } else {
                      vErrors.push(err159);
                    }
                    errors++;
                  }
                  if (typeof data78 == "number") {
                    if (data78 < 1 || isNaN(data78)) {
                      const err160 = { instancePath: instancePath + "/globalReach/addOn/" + i4 + "/bandwidthMbps", schemaPath: "#/properties/globalReach/properties/addOn/items/properties/bandwidthMbps/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                      if (vErrors === null) {
                        vErrors = [err160];
                      } else {
                        vErrors.push(err160);
                      }
                      errors++;
                    }
                  }
                }
                if (data76.monthlyUsd !== void 0) {
                  let data79 = data76.monthlyUsd;
                  if (!(typeof data79 == "number") && data79 !== null) {
                    const err161 = { instancePath: instancePath + "/globalReach/addOn/" + i4 + "/monthlyUsd", schemaPath: "#/definitions/price/type", keyword: "type", params: { type: schema25.type }, message: "must be number,null" };
                    if (vErrors === null) {
                      vErrors = [err161];
                    } else {
                      vErrors.push(err161);
                    }
                    errors++;
                  }
                  if (typeof data79 == "number") {
                    if (data79 > 1e12 || isNaN(data79)) {
                      const err162 = { instancePath: instancePath + "/globalReach/addOn/" + i4 + "/monthlyUsd", schemaPath: "#/definitions/price/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e12 }, message: "must be <= 1000000000000" };
                      if (vErrors === null) {
                        vErrors = [err162];
                      } else {
                        vErrors.push(err162);
                      }
                      errors++;
                    }
                    if (data79 < 0 || isNaN(data79)) {
                      const err163 = { instancePath: instancePath + "/globalReach/addOn/" + i4 + "/monthlyUsd", schemaPath: "#/definitions/price/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err163];
                      } else {
                        vErrors.push(err163);
                      }
                      errors++;
                    }
                  }
                }
                if (data76.source !== void 0) {
                  let data80 = data76.source;
                  if (typeof data80 === "string") {
                    if (func3(data80) < 1) {
                      const err164 = { instancePath: instancePath + "/globalReach/addOn/" + i4 + "/source", schemaPath: "#/definitions/sourceRef/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err164];
                      } else {
                        vErrors.push(err164);
                      }
                      errors++;
                    }
                  } else {
                    const err165 = { instancePath: instancePath + "/globalReach/addOn/" + i4 + "/source", schemaPath: "#/definitions/sourceRef/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err165];
                    } else {
                      vErrors.push(err165);
                    }
                    errors++;
                  }
                }
                if (data76.unverified !== void 0) {
                  let data81 = data76.unverified;
                  if (typeof data81 === "string") {
                    if (func3(data81) < 1) {
                      const err166 = { instancePath: instancePath + "/globalReach/addOn/" + i4 + "/unverified", schemaPath: "#/definitions/unverified/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err166];
                      } else {
                        vErrors.push(err166);
                      }
                      errors++;
                    }
                  } else {
                    const err167 = { instancePath: instancePath + "/globalReach/addOn/" + i4 + "/unverified", schemaPath: "#/definitions/unverified/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err167];
                    } else {
                      vErrors.push(err167);
                    }
                    errors++;
                  }
                }
                if (data76.meter !== void 0) {
                  let data82 = data76.meter;
                  if (data82 && typeof data82 == "object" && !Array.isArray(data82)) {
                    for (const key13 in data82) {
                      if (!(key13 === "meterId" || key13 === "meterName" || key13 === "productName" || key13 === "skuName" || key13 === "armRegionName" || key13 === "unitOfMeasure" || key13 === "effectiveStartDate")) {
                        const err168 = { instancePath: instancePath + "/globalReach/addOn/" + i4 + "/meter", schemaPath: "#/definitions/meter/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err168];
                        } else {
                          vErrors.push(err168);
                        }
                        errors++;
                      }
                    }
                    if (data82.meterId !== void 0) {
                      if (typeof data82.meterId !== "string") {
                        const err169 = { instancePath: instancePath + "/globalReach/addOn/" + i4 + "/meter/meterId", schemaPath: "#/definitions/meter/properties/meterId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err169];
                        } else {
                          vErrors.push(err169);
                        }
                        errors++;
                      }
                    }
                    if (data82.meterName !== void 0) {
                      if (typeof data82.meterName !== "string") {
                        const err170 = { instancePath: instancePath + "/globalReach/addOn/" + i4 + "/meter/meterName", schemaPath: "#/definitions/meter/properties/meterName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err170];
                        } else {
                          vErrors.push(err170);
                        }
                        errors++;
                      }
                    }
                    if (data82.productName !== void 0) {
                      if (typeof data82.productName !== "string") {
                        const err171 = { instancePath: instancePath + "/globalReach/addOn/" + i4 + "/meter/productName", schemaPath: "#/definitions/meter/properties/productName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err171];
                        } else {
                          vErrors.push(err171);
                        }
                        errors++;
                      }
                    }
                    if (data82.skuName !== void 0) {
                      if (typeof data82.skuName !== "string") {
                        const err172 = { instancePath: instancePath + "/globalReach/addOn/" + i4 + "/meter/skuName", schemaPath: "#/definitions/meter/properties/skuName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err172];
                        } else {
                          vErrors.push(err172);
                        }
                        errors++;
                      }
                    }
                    if (data82.armRegionName !== void 0) {
                      if (typeof data82.armRegionName !== "string") {
                        const err173 = { instancePath: instancePath + "/globalReach/addOn/" + i4 + "/meter/armRegionName", schemaPath: "#/definitions/meter/properties/armRegionName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err173];
                        } else {
                          vErrors.push(err173);
                        }
                        errors++;
                      }
                    }
                    if (data82.unitOfMeasure !== void 0) {
                      if (typeof data82.unitOfMeasure !== "string") {
                        const err174 = { instancePath: instancePath + "/globalReach/addOn/" + i4 + "/meter/unitOfMeasure", schemaPath: "#/definitions/meter/properties/unitOfMeasure/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err174];
                        } else {
                          vErrors.push(err174);
                        }
                        errors++;
                      }
                    }
                    if (data82.effectiveStartDate !== void 0) {
                      if (typeof data82.effectiveStartDate !== "string") {
                        const err175 = { instancePath: instancePath + "/globalReach/addOn/" + i4 + "/meter/effectiveStartDate", schemaPath: "#/definitions/meter/properties/effectiveStartDate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err175];
                        } else {
                          vErrors.push(err175);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err176 = { instancePath: instancePath + "/globalReach/addOn/" + i4 + "/meter", schemaPath: "#/definitions/meter/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err176];
                    } else {
                      vErrors.push(err176);
                    }
                    errors++;
                  }
                }
              } else {
                const err177 = { instancePath: instancePath + "/globalReach/addOn/" + i4, schemaPath: "#/properties/globalReach/properties/addOn/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err177];
                } else {
                  vErrors.push(err177);
                }
                errors++;
              }
            }
          } else {
            const err178 = { instancePath: instancePath + "/globalReach/addOn", schemaPath: "#/properties/globalReach/properties/addOn/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err178];
            } else {
              vErrors.push(err178);
            }
            errors++;
          }
        }
        if (data74.perGb !== void 0) {
          let data90 = data74.perGb;
          if (Array.isArray(data90)) {
            const len5 = data90.length;
            for (let i5 = 0; i5 < len5; i5++) {
              let data91 = data90[i5];
              if (data91 && typeof data91 == "object" && !Array.isArray(data91)) {
                if (data91.zone === void 0) {
                  const err179 = { instancePath: instancePath + "/globalReach/perGb/" + i5, schemaPath: "#/properties/globalReach/properties/perGb/items/required", keyword: "required", params: { missingProperty: "zone" }, message: "must have required property 'zone'" };
                  if (vErrors === null) {
                    vErrors = [err179];
                  } else {
                    vErrors.push(err179);
                  }
                  errors++;
                }
                if (data91.direction === void 0) {
                  const err180 = { instancePath: instancePath + "/globalReach/perGb/" + i5, schemaPath: "#/properties/globalReach/properties/perGb/items/required", keyword: "required", params: { missingProperty: "direction" }, message: "must have required property 'direction'" };
                  if (vErrors === null) {
                    vErrors = [err180];
                  } else {
                    vErrors.push(err180);
                  }
                  errors++;
                }
                if (data91.usdPerGb === void 0) {
                  const err181 = { instancePath: instancePath + "/globalReach/perGb/" + i5, schemaPath: "#/properties/globalReach/properties/perGb/items/required", keyword: "required", params: { missingProperty: "usdPerGb" }, message: "must have required property 'usdPerGb'" };
                  if (vErrors === null) {
                    vErrors = [err181];
                  } else {
                    vErrors.push(err181);
                  }
                  errors++;
                }
                if (data91.source === void 0) {
                  const err182 = { instancePath: instancePath + "/globalReach/perGb/" + i5, schemaPath: "#/properties/globalReach/properties/perGb/items/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
                  if (vErrors === null) {
                    vErrors = [err182];
                  } else {
                    vErrors.push(err182);
                  }
                  errors++;
                }
                for (const key14 in data91) {
                  if (!(key14 === "zone" || key14 === "direction" || key14 === "usdPerGb" || key14 === "source" || key14 === "unverified" || key14 === "meter")) {
                    const err183 = { instancePath: instancePath + "/globalReach/perGb/" + i5, schemaPath: "#/properties/globalReach/properties/perGb/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err183];
                    } else {
                      vErrors.push(err183);
                    }
                    errors++;
                  }
                }
                if (data91.zone !== void 0) {
                  let data92 = data91.zone;
                  if (!(data92 === "Zone 1" || data92 === "Zone 2" || data92 === "Zone 3" || data92 === "Zone 4" || data92 === "US Gov")) {
                    const err184 = { instancePath: instancePath + "/globalReach/perGb/" + i5 + "/zone", schemaPath: "#/definitions/zone/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err184];
                    } else {
                      vErrors.push(err184);
                    }
                    errors++;
                  }
                }
                if (data91.direction !== void 0) {
                  let data93 = data91.direction;
                  if (!(data93 === "in" || data93 === "out")) {
                    const err185 = { instancePath: instancePath + "/globalReach/perGb/" + i5 + "/direction", schemaPath: "#/properties/globalReach/properties/perGb/items/properties/direction/enum", keyword: "enum", params: { allowedValues: schema11.properties.globalReach.properties.perGb.items.properties.direction.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err185];
                    } else {
                      vErrors.push(err185);
                    }
                    errors++;
                  }
                }
                if (data91.usdPerGb !== void 0) {
                  let data94 = data91.usdPerGb;
                  if (!(typeof data94 == "number") && data94 !== null) {
                    const err186 = { instancePath: instancePath + "/globalReach/perGb/" + i5 + "/usdPerGb", schemaPath: "#/definitions/price/type", keyword: "type", params: { type: schema25.type }, message: "must be number,null" };
                    if (vErrors === null) {
                      vErrors = [err186];
                    } else {
                      vErrors.push(err186);
                    }
                    errors++;
                  }
                  if (typeof data94 == "number") {
                    if (data94 > 1e12 || isNaN(data94)) {
                      const err187 = { instancePath: instancePath + "/globalReach/perGb/" + i5 + "/usdPerGb", schemaPath: "#/definitions/price/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e12 }, message: "must be <= 1000000000000" };
                      if (vErrors === null) {
                        vErrors = [err187];
                      } else {
                        vErrors.push(err187);
                      }
                      errors++;
                    }
                    if (data94 < 0 || isNaN(data94)) {
                      const err188 = { instancePath: instancePath + "/globalReach/perGb/" + i5 + "/usdPerGb", schemaPath: "#/definitions/price/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err188];
                      } else {
                        vErrors.push(err188);
                      }
                      errors++;
                    }
                  }
                }
                if (data91.source !== void 0) {
                  let data95 = data91.source;
                  if (typeof data95 === "string") {
                    if (func3(data95) < 1) {
                      const err189 = { instancePath: instancePath + "/globalReach/perGb/" + i5 + "/source", schemaPath: "#/definitions/sourceRef/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err189];
                      } else {
                        vErrors.push(err189);
                      }
                      errors++;
                    }
                  } else {
                    const err190 = { instancePath: instancePath + "/globalReach/perGb/" + i5 + "/source", schemaPath: "#/definitions/sourceRef/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err190];
                    } else {
                      vErrors.push(err190);
                    }
                    errors++;
                  }
                }
                if (data91.unverified !== void 0) {
                  let data96 = data91.unverified;
                  if (typeof data96 === "string") {
                    if (func3(data96) < 1) {
                      const err191 = { instancePath: instancePath + "/globalReach/perGb/" + i5 + "/unverified", schemaPath: "#/definitions/unverified/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err191];
                      } else {
                        vErrors.push(err191);
                      }
                      errors++;
                    }
                  } else {
                    const err192 = { instancePath: instancePath + "/globalReach/perGb/" + i5 + "/unverified", schemaPath: "#/definitions/unverified/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err192];
                    } else {
                      vErrors.push(err192);
                    }
                    errors++;
                  }
                }
                if (data91.meter !== void 0) {
                  let data97 = data91.meter;
                  if (data97 && typeof data97 == "object" && !Array.isArray(data97)) {
                    for (const key15 in data97) {
                      if (!(key15 === "meterId" || key15 === "meterName" || key15 === "productName" || key15 === "skuName" || key15 === "armRegionName" || key15 === "unitOfMeasure" || key15 === "effectiveStartDate")) {
                        const err193 = { instancePath: instancePath + "/globalReach/perGb/" + i5 + "/meter", schemaPath: "#/definitions/meter/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err193];
                        } else {
                          vErrors.push(err193);
                        }
                        errors++;
                      }
                    }
                    if (data97.meterId !== void 0) {
                      if (typeof data97.meterId !== "string") {
                        const err194 = { instancePath: instancePath + "/globalReach/perGb/" + i5 + "/meter/meterId", schemaPath: "#/definitions/meter/properties/meterId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err194];
                        } else {
                          vErrors.push(err194);
                        }
                        errors++;
                      }
                    }
                    if (data97.meterName !== void 0) {
                      if (typeof data97.meterName !== "string") {
                        const err195 = { instancePath: instancePath + "/globalReach/perGb/" + i5 + "/meter/meterName", schemaPath: "#/definitions/meter/properties/meterName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err195];
                        } else {
                          vErrors.push(err195);
                        }
                        errors++;
                      }
                    }
                    if (data97.productName !== void 0) {
                      if (typeof data97.productName !== "string") {
                        const err196 = { instancePath: instancePath + "/globalReach/perGb/" + i5 + "/meter/productName", schemaPath: "#/definitions/meter/properties/productName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err196];
                        } else {
                          vErrors.push(err196);
                        }
                        errors++;
                      }
                    }
                    if (data97.skuName !== void 0) {
                      if (typeof data97.skuName !== "string") {
                        const err197 = { instancePath: instancePath + "/globalReach/perGb/" + i5 + "/meter/skuName", schemaPath: "#/definitions/meter/properties/skuName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err197];
                        } else {
                          vErrors.push(err197);
                        }
                        errors++;
                      }
                    }
                    if (data97.armRegionName !== void 0) {
                      if (typeof data97.armRegionName !== "string") {
                        const err198 = { instancePath: instancePath + "/globalReach/perGb/" + i5 + "/meter/armRegionName", schemaPath: "#/definitions/meter/properties/armRegionName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err198];
                        } else {
                          vErrors.push(err198);
                        }
                        errors++;
                      }
                    }
                    if (data97.unitOfMeasure !== void 0) {
                      if (typeof data97.unitOfMeasure !== "string") {
                        const err199 = { instancePath: instancePath + "/globalReach/perGb/" + i5 + "/meter/unitOfMeasure", schemaPath: "#/definitions/meter/properties/unitOfMeasure/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err199];
                        } else {
                          vErrors.push(err199);
                        }
                        errors++;
                      }
                    }
                    if (data97.effectiveStartDate !== void 0) {
                      if (typeof data97.effectiveStartDate !== "string") {
                        const err200 = { instancePath: instancePath + "/globalReach/perGb/" + i5 + "/meter/effectiveStartDate", schemaPath: "#/definitions/meter/properties/effectiveStartDate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err200];
                        } else {
                          vErrors.push(err200);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err201 = { instancePath: instancePath + "/globalReach/perGb/" + i5 + "/meter", schemaPath: "#/definitions/meter/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err201];
                    } else {
                      vErrors.push(err201);
                    }
                    errors++;
                  }
                }
              } else {
                const err202 = { instancePath: instancePath + "/globalReach/perGb/" + i5, schemaPath: "#/properties/globalReach/properties/perGb/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err202];
                } else {
                  vErrors.push(err202);
                }
                errors++;
              }
            }
          } else {
            const err203 = { instancePath: instancePath + "/globalReach/perGb", schemaPath: "#/properties/globalReach/properties/perGb/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err203];
            } else {
              vErrors.push(err203);
            }
            errors++;
          }
        }
      } else {
        const err204 = { instancePath: instancePath + "/globalReach", schemaPath: "#/properties/globalReach/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err204];
        } else {
          vErrors.push(err204);
        }
        errors++;
      }
    }
    if (data.gateways !== void 0) {
      let data105 = data.gateways;
      if (Array.isArray(data105)) {
        const len6 = data105.length;
        for (let i6 = 0; i6 < len6; i6++) {
          let data106 = data105[i6];
          if (data106 && typeof data106 == "object" && !Array.isArray(data106)) {
            if (data106.sku === void 0) {
              const err205 = { instancePath: instancePath + "/gateways/" + i6, schemaPath: "#/properties/gateways/items/required", keyword: "required", params: { missingProperty: "sku" }, message: "must have required property 'sku'" };
              if (vErrors === null) {
                vErrors = [err205];
              } else {
                vErrors.push(err205);
              }
              errors++;
            }
            if (data106.region === void 0) {
              const err206 = { instancePath: instancePath + "/gateways/" + i6, schemaPath: "#/properties/gateways/items/required", keyword: "required", params: { missingProperty: "region" }, message: "must have required property 'region'" };
              if (vErrors === null) {
                vErrors = [err206];
              } else {
                vErrors.push(err206);
              }
              errors++;
            }
            if (data106.usdPerHour === void 0) {
              const err207 = { instancePath: instancePath + "/gateways/" + i6, schemaPath: "#/properties/gateways/items/required", keyword: "required", params: { missingProperty: "usdPerHour" }, message: "must have required property 'usdPerHour'" };
              if (vErrors === null) {
                vErrors = [err207];
              } else {
                vErrors.push(err207);
              }
              errors++;
            }
            if (data106.per === void 0) {
              const err208 = { instancePath: instancePath + "/gateways/" + i6, schemaPath: "#/properties/gateways/items/required", keyword: "required", params: { missingProperty: "per" }, message: "must have required property 'per'" };
              if (vErrors === null) {
                vErrors = [err208];
              } else {
                vErrors.push(err208);
              }
              errors++;
            }
            if (data106.source === void 0) {
              const err209 = { instancePath: instancePath + "/gateways/" + i6, schemaPath: "#/properties/gateways/items/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
              if (vErrors === null) {
                vErrors = [err209];
              } else {
                vErrors.push(err209);
              }
              errors++;
            }
            for (const key16 in data106) {
              if (!(key16 === "sku" || key16 === "region" || key16 === "usdPerHour" || key16 === "per" || key16 === "billedMinimumUnits" || key16 === "source" || key16 === "unverified" || key16 === "meter")) {
                const err210 = { instancePath: instancePath + "/gateways/" + i6, schemaPath: "#/properties/gateways/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err210];
                } else {
                  vErrors.push(err210);
                }
                errors++;
              }
            }
            if (data106.sku !== void 0) {
              let data107 = data106.sku;
              if (typeof data107 === "string") {
                if (func3(data107) < 1) {
                  const err211 = { instancePath: instancePath + "/gateways/" + i6 + "/sku", schemaPath: "#/properties/gateways/items/properties/sku/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err211];
                  } else {
                    vErrors.push(err211);
                  }
                  errors++;
                }
              } else {
                const err212 = { instancePath: instancePath + "/gateways/" + i6 + "/sku", schemaPath: "#/properties/gateways/items/properties/sku/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err212];
                } else {
                  vErrors.push(err212);
                }
                errors++;
              }
            }
            if (data106.region !== void 0) {
              let data108 = data106.region;
              if (typeof data108 === "string") {
                if (func3(data108) < 1) {
                  const err213 = { instancePath: instancePath + "/gateways/" + i6 + "/region", schemaPath: "#/properties/gateways/items/properties/region/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err213];
                  } else {
                    vErrors.push(err213);
                  }
                  errors++;
                }
              } else {
                const err214 = { instancePath: instancePath + "/gateways/" + i6 + "/region", schemaPath: "#/properties/gateways/items/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err214];
                } else {
                  vErrors.push(err214);
                }
                errors++;
              }
            }
            if (data106.usdPerHour !== void 0) {
              let data109 = data106.usdPerHour;
              if (!(typeof data109 == "number") && data109 !== null) {
                const err215 = { instancePath: instancePath + "/gateways/" + i6 + "/usdPerHour", schemaPath: "#/definitions/price/type", keyword: "type", params: { type: schema25.type }, message: "must be number,null" };
                if (vErrors === null) {
                  vErrors = [err215];
                } else {
                  vErrors.push(err215);
                }
                errors++;
              }
              if (typeof data109 == "number") {
                if (data109 > 1e12 || isNaN(data109)) {
                  const err216 = { instancePath: instancePath + "/gateways/" + i6 + "/usdPerHour", schemaPath: "#/definitions/price/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e12 }, message: "must be <= 1000000000000" };
                  if (vErrors === null) {
                    vErrors = [err216];
                  } else {
                    vErrors.push(err216);
                  }
                  errors++;
                }
                if (data109 < 0 || isNaN(data109)) {
                  const err217 = { instancePath: instancePath + "/gateways/" + i6 + "/usdPerHour", schemaPath: "#/definitions/price/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err217];
                  } else {
                    vErrors.push(err217);
                  }
                  errors++;
                }
              }
            }
            if (data106.per !== void 0) {
              let data110 = data106.per;
              if (!(data110 === "gateway" || data110 === "scaleUnit")) {
                const err218 = { instancePath: instancePath + "/gateways/" + i6 + "/per", schemaPath: "#/properties/gateways/items/properties/per/enum", keyword: "enum", params: { allowedValues: schema11.properties.gateways.items.properties.per.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err218];
                } else {
                  vErrors.push(err218);
                }
                errors++;
              }
            }
            if (data106.billedMinimumUnits !== void 0) {
              let data111 = data106.billedMinimumUnits;
              if (!(typeof data111 == "number" && (!(data111 % 1) && !isNaN(data111)))) {
                const err219 = { instancePath: instancePath + "/gateways/" + i6 + "/billedMinimumUnits", schemaPath: "#/properties/gateways/items/properties/billedMinimumUnits/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err219];
                } else {
                  vErrors.push(err219);
                }
                errors++;
              }
              if (typeof data111 == "number") {
                if (data111 < 1 || isNaN(data111)) {
                  const err220 = { instancePath: instancePath + "/gateways/" + i6 + "/billedMinimumUnits", schemaPath: "#/properties/gateways/items/properties/billedMinimumUnits/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err220];
                  } else {
                    vErrors.push(err220);
                  }
                  errors++;
                }
              }
            }
            if (data106.source !== void 0) {
              let data112 = data106.source;
              if (typeof data112 === "string") {
                if (func3(data112) < 1) {
                  const err221 = { instancePath: instancePath + "/gateways/" + i6 + "/source", schemaPath: "#/definitions/sourceRef/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err221];
                  } else {
                    vErrors.push(err221);
                  }
                  errors++;
                }
              } else {
                const err222 = { instancePath: instancePath + "/gateways/" + i6 + "/source", schemaPath: "#/definitions/sourceRef/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err222];
                } else {
                  vErrors.push(err222);
                }
                errors++;
              }
            }
            if (data106.unverified !== void 0) {
              let data113 = data106.unverified;
              if (typeof data113 === "string") {
                if (func3(data113) < 1) {
                  const err223 = { instancePath: instancePath + "/gateways/" + i6 + "/unverified", schemaPath: "#/definitions/unverified/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err223];
                  } else {
                    vErrors.push(err223);
                  }
                  errors++;
                }
              } else {
                const err224 = { instancePath: instancePath + "/gateways/" + i6 + "/unverified", schemaPath: "#/definitions/unverified/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err224];
                } else {
                  vErrors.push(err224);
                }
                errors++;
              }
            }
            if (data106.meter !== void 0) {
              let data114 = data106.meter;
              if (data114 && typeof data114 == "object" && !Array.isArray(data114)) {
                for (const key17 in data114) {
                  if (!(key17 === "meterId" || key17 === "meterName" || key17 === "productName" || key17 === "skuName" || key17 === "armRegionName" || key17 === "unitOfMeasure" || key17 === "effectiveStartDate")) {
                    const err225 = { instancePath: instancePath + "/gateways/" + i6 + "/meter", schemaPath: "#/definitions/meter/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err225];
                    } else {
                      vErrors.push(err225);
                    }
                    errors++;
                  }
                }
                if (data114.meterId !== void 0) {
                  if (typeof data114.meterId !== "string") {
                    const err226 = { instancePath: instancePath + "/gateways/" + i6 + "/meter/meterId", schemaPath: "#/definitions/meter/properties/meterId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err226];
                    } else {
                      vErrors.push(err226);
                    }
                    errors++;
                  }
                }
                if (data114.meterName !== void 0) {
                  if (typeof data114.meterName !== "string") {
                    const err227 = { instancePath: instancePath + "/gateways/" + i6 + "/meter/meterName", schemaPath: "#/definitions/meter/properties/meterName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err227];
                    } else {
                      vErrors.push(err227);
                    }
                    errors++;
                  }
                }
                if (data114.productName !== void 0) {
                  if (typeof data114.productName !== "string") {
                    const err228 = { instancePath: instancePath + "/gateways/" + i6 + "/meter/productName", schemaPath: "#/definitions/meter/properties/productName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err228];
                    } else {
                      vErrors.push(err228);
                    }
                    errors++;
                  }
                }
                if (data114.skuName !== void 0) {
                  if (typeof data114.skuName !== "string") {
                    const err229 = { instancePath: instancePath + "/gateways/" + i6 + "/meter/skuName", schemaPath: "#/definitions/meter/properties/skuName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err229];
                    } else {
                      vErrors.push(err229);
                    }
                    errors++;
                  }
                }
                if (data114.armRegionName !== void 0) {
                  if (typeof data114.armRegionName !== "string") {
                    const err230 = { instancePath: instancePath + "/gateways/" + i6 + "/meter/armRegionName", schemaPath: "#/definitions/meter/properties/armRegionName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err230];
                    } else {
                      vErrors.push(err230);
                    }
                    errors++;
                  }
                }
                if (data114.unitOfMeasure !== void 0) {
                  if (typeof data114.unitOfMeasure !== "string") {
                    const err231 = { instancePath: instancePath + "/gateways/" + i6 + "/meter/unitOfMeasure", schemaPath: "#/definitions/meter/properties/unitOfMeasure/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err231];
                    } else {
                      vErrors.push(err231);
                    }
                    errors++;
                  }
                }
                if (data114.effectiveStartDate !== void 0) {
                  if (typeof data114.effectiveStartDate !== "string") {
                    const err232 = { instancePath: instancePath + "/gateways/" + i6 + "/meter/effectiveStartDate", schemaPath: "#/definitions/meter/properties/effectiveStartDate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err232];
                    } else {
                      vErrors.push(err232);
                    }
                    errors++;
                  }
                }
              } else {
                const err233 = { instancePath: instancePath + "/gateways/" + i6 + "/meter", schemaPath: "#/definitions/meter/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err233];
                } else {
                  vErrors.push(err233);
                }
                errors++;
              }
            }
          } else {
            const err234 = { instancePath: instancePath + "/gateways/" + i6, schemaPath: "#/properties/gateways/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err234];
            } else {
              vErrors.push(err234);
            }
            errors++;
          }
        }
      } else {
        const err235 = { instancePath: instancePath + "/gateways", schemaPath: "#/properties/gateways/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err235];
        } else {
          vErrors.push(err235);
        }
        errors++;
      }
    }
    if (data.vwan !== void 0) {
      let data122 = data.vwan;
      if (Array.isArray(data122)) {
        const len7 = data122.length;
        for (let i7 = 0; i7 < len7; i7++) {
          let data123 = data122[i7];
          if (data123 && typeof data123 == "object" && !Array.isArray(data123)) {
            if (data123.kind === void 0) {
              const err236 = { instancePath: instancePath + "/vwan/" + i7, schemaPath: "#/properties/vwan/items/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
              if (vErrors === null) {
                vErrors = [err236];
              } else {
                vErrors.push(err236);
              }
              errors++;
            }
            if (data123.region === void 0) {
              const err237 = { instancePath: instancePath + "/vwan/" + i7, schemaPath: "#/properties/vwan/items/required", keyword: "required", params: { missingProperty: "region" }, message: "must have required property 'region'" };
              if (vErrors === null) {
                vErrors = [err237];
              } else {
                vErrors.push(err237);
              }
              errors++;
            }
            if (data123.usdPerHour === void 0) {
              const err238 = { instancePath: instancePath + "/vwan/" + i7, schemaPath: "#/properties/vwan/items/required", keyword: "required", params: { missingProperty: "usdPerHour" }, message: "must have required property 'usdPerHour'" };
              if (vErrors === null) {
                vErrors = [err238];
              } else {
                vErrors.push(err238);
              }
              errors++;
            }
            if (data123.source === void 0) {
              const err239 = { instancePath: instancePath + "/vwan/" + i7, schemaPath: "#/properties/vwan/items/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
              if (vErrors === null) {
                vErrors = [err239];
              } else {
                vErrors.push(err239);
              }
              errors++;
            }
            for (const key18 in data123) {
              if (!(key18 === "kind" || key18 === "region" || key18 === "usdPerHour" || key18 === "source" || key18 === "unverified" || key18 === "meter")) {
                const err240 = { instancePath: instancePath + "/vwan/" + i7, schemaPath: "#/properties/vwan/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err240];
                } else {
                  vErrors.push(err240);
                }
                errors++;
              }
            }
            if (data123.kind !== void 0) {
              let data124 = data123.kind;
              if (!(data124 === "scaleUnit" || data124 === "connectionUnit")) {
                const err241 = { instancePath: instancePath + "/vwan/" + i7 + "/kind", schemaPath: "#/properties/vwan/items/properties/kind/enum", keyword: "enum", params: { allowedValues: schema11.properties.vwan.items.properties.kind.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err241];
                } else {
                  vErrors.push(err241);
                }
                errors++;
              }
            }
            if (data123.region !== void 0) {
              let data125 = data123.region;
              if (typeof data125 === "string") {
                if (func3(data125) < 1) {
                  const err242 = { instancePath: instancePath + "/vwan/" + i7 + "/region", schemaPath: "#/properties/vwan/items/properties/region/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err242];
                  } else {
                    vErrors.push(err242);
                  }
                  errors++;
                }
              } else {
                const err243 = { instancePath: instancePath + "/vwan/" + i7 + "/region", schemaPath: "#/properties/vwan/items/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err243];
                } else {
                  vErrors.push(err243);
                }
                errors++;
              }
            }
            if (data123.usdPerHour !== void 0) {
              let data126 = data123.usdPerHour;
              if (!(typeof data126 == "number") && data126 !== null) {
                const err244 = { instancePath: instancePath + "/vwan/" + i7 + "/usdPerHour", schemaPath: "#/definitions/price/type", keyword: "type", params: { type: schema25.type }, message: "must be number,null" };
                if (vErrors === null) {
                  vErrors = [err244];
                } else {
                  vErrors.push(err244);
                }
                errors++;
              }
              if (typeof data126 == "number") {
                if (data126 > 1e12 || isNaN(data126)) {
                  const err245 = { instancePath: instancePath + "/vwan/" + i7 + "/usdPerHour", schemaPath: "#/definitions/price/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e12 }, message: "must be <= 1000000000000" };
                  if (vErrors === null) {
                    vErrors = [err245];
                  } else {
                    vErrors.push(err245);
                  }
                  errors++;
                }
                if (data126 < 0 || isNaN(data126)) {
                  const err246 = { instancePath: instancePath + "/vwan/" + i7 + "/usdPerHour", schemaPath: "#/definitions/price/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err246];
                  } else {
                    vErrors.push(err246);
                  }
                  errors++;
                }
              }
            }
            if (data123.source !== void 0) {
              let data127 = data123.source;
              if (typeof data127 === "string") {
                if (func3(data127) < 1) {
                  const err247 = { instancePath: instancePath + "/vwan/" + i7 + "/source", schemaPath: "#/definitions/sourceRef/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err247];
                  } else {
                    vErrors.push(err247);
                  }
                  errors++;
                }
              } else {
                const err248 = { instancePath: instancePath + "/vwan/" + i7 + "/source", schemaPath: "#/definitions/sourceRef/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err248];
                } else {
                  vErrors.push(err248);
                }
                errors++;
              }
            }
            if (data123.unverified !== void 0) {
              let data128 = data123.unverified;
              if (typeof data128 === "string") {
                if (func3(data128) < 1) {
                  const err249 = { instancePath: instancePath + "/vwan/" + i7 + "/unverified", schemaPath: "#/definitions/unverified/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err249];
                  } else {
                    vErrors.push(err249);
                  }
                  errors++;
                }
              } else {
                const err250 = { instancePath: instancePath + "/vwan/" + i7 + "/unverified", schemaPath: "#/definitions/unverified/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err250];
                } else {
                  vErrors.push(err250);
                }
                errors++;
              }
            }
            if (data123.meter !== void 0) {
              let data129 = data123.meter;
              if (data129 && typeof data129 == "object" && !Array.isArray(data129)) {
                for (const key19 in data129) {
                  if (!(key19 === "meterId" || key19 === "meterName" || key19 === "productName" || key19 === "skuName" || key19 === "armRegionName" || key19 === "unitOfMeasure" || key19 === "effectiveStartDate")) {
                    const err251 = { instancePath: instancePath + "/vwan/" + i7 + "/meter", schemaPath: "#/definitions/meter/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err251];
                    } else {
                      vErrors.push(err251);
                    }
                    errors++;
                  }
                }
                if (data129.meterId !== void 0) {
                  if (typeof data129.meterId !== "string") {
                    const err252 = { instancePath: instancePath + "/vwan/" + i7 + "/meter/meterId", schemaPath: "#/definitions/meter/properties/meterId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err252];
                    } else {
                      vErrors.push(err252);
                    }
                    errors++;
                  }
                }
                if (data129.meterName !== void 0) {
                  if (typeof data129.meterName !== "string") {
                    const err253 = { instancePath: instancePath + "/vwan/" + i7 + "/meter/meterName", schemaPath: "#/definitions/meter/properties/meterName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err253];
                    } else {
                      vErrors.push(err253);
                    }
                    errors++;
                  }
                }
                if (data129.productName !== void 0) {
                  if (typeof data129.productName !== "string") {
                    const err254 = { instancePath: instancePath + "/vwan/" + i7 + "/meter/productName", schemaPath: "#/definitions/meter/properties/productName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err254];
                    } else {
                      vErrors.push(err254);
                    }
                    errors++;
                  }
                }
                if (data129.skuName !== void 0) {
                  if (typeof data129.skuName !== "string") {
                    const err255 = { instancePath: instancePath + "/vwan/" + i7 + "/meter/skuName", schemaPath: "#/definitions/meter/properties/skuName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err255];
                    } else {
                      vErrors.push(err255);
                    }
                    errors++;
                  }
                }
                if (data129.armRegionName !== void 0) {
                  if (typeof data129.armRegionName !== "string") {
                    const err256 = { instancePath: instancePath + "/vwan/" + i7 + "/meter/armRegionName", schemaPath: "#/definitions/meter/properties/armRegionName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err256];
                    } else {
                      vErrors.push(err256);
                    }
                    errors++;
                  }
                }
                if (data129.unitOfMeasure !== void 0) {
                  if (typeof data129.unitOfMeasure !== "string") {
                    const err257 = { instancePath: instancePath + "/vwan/" + i7 + "/meter/unitOfMeasure", schemaPath: "#/definitions/meter/properties/unitOfMeasure/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err257];
                    } else {
                      vErrors.push(err257);
                    }
                    errors++;
                  }
                }
                if (data129.effectiveStartDate !== void 0) {
                  if (typeof data129.effectiveStartDate !== "string") {
                    const err258 = { instancePath: instancePath + "/vwan/" + i7 + "/meter/effectiveStartDate", schemaPath: "#/definitions/meter/properties/effectiveStartDate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err258];
                    } else {
                      vErrors.push(err258);
                    }
                    errors++;
                  }
                }
              } else {
                const err259 = { instancePath: instancePath + "/vwan/" + i7 + "/meter", schemaPath: "#/definitions/meter/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err259];
                } else {
                  vErrors.push(err259);
                }
                errors++;
              }
            }
          } else {
            const err260 = { instancePath: instancePath + "/vwan/" + i7, schemaPath: "#/properties/vwan/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err260];
            } else {
              vErrors.push(err260);
            }
            errors++;
          }
        }
      } else {
        const err261 = { instancePath: instancePath + "/vwan", schemaPath: "#/properties/vwan/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err261];
        } else {
          vErrors.push(err261);
        }
        errors++;
      }
    }
  } else {
    const err262 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err262];
    } else {
      vErrors.push(err262);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
