// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);
import {
  packagePath
} from "./chunk-54M4OODH.js";
import {
  InputError,
  describeValue
} from "./chunk-5MMV7F5T.js";
import {
  __commonJS,
  __require
} from "./chunk-TASHP5U3.js";

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
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
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// dist/util/schema-validators/config.cjs
var require_config = __commonJS({
  "dist/util/schema-validators/config.cjs"(exports, module) {
    "use strict";
    module.exports = validate10;
    module.exports.default = validate10;
    var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/erscan/erscan/schemas/config.schema.json", "title": "erscan configuration", "description": "erscan.yaml / erscan.json: rule selection, severity overrides, rule parameters, extra rule folders and suppressions. Add `# yaml-language-server: $schema=<path to this file>` for editor completion.", "type": "object", "additionalProperties": false, "properties": { "$schema": { "type": "string" }, "rules": { "type": "object", "additionalProperties": false, "properties": { "include": { "description": "Run only rules matching one of these selectors: a rule id or name, a category, or a tag (`tag:NAME`). Also turns on matching rules that are off by default.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "enable": { "description": "Turn on rules that are off by default (policy choices such as ERS-ENC-005 or ERS-BGP-010) without narrowing the selection. Selectors as for include.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "exclude": { "description": "Skip rules matching one of these: a rule id, a category, or a tag (`tag:NAME`).", "type": "array", "items": { "type": "string", "minLength": 1 } }, "severity": { "description": "Severity overrides keyed by selector (rule id or name, tag or `tag:NAME`, or category). When several match a rule, the most specific wins: id, then tag, then category.", "type": "object", "additionalProperties": { "enum": ["critical", "high", "medium", "low", "info"] }, "propertyNames": { "minLength": 1 } }, "parameters": { "description": "Rule parameters by rule id (see `erscan rules show ID`). Names and value types must match the rule's declared parameters.", "type": "object", "additionalProperties": { "type": "object" }, "propertyNames": { "pattern": "^[A-Za-z][A-Za-z0-9]*(-[A-Za-z0-9]+)+$" }, "examples": [{ "ERS-ENC-002": { "allowedCiphers": ["GcmAesXpn256"] }, "ERS-RED-001": { "distinctBy": "metro" } }] } } }, "ruleDirs": { "description": "Extra rule folders, relative to this file.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "suppressions": { "description": "Findings to suppress. Suppressed findings stay in JSON and SARIF, marked as suppressed.", "type": "array", "items": { "$ref": "#/definitions/suppression" } }, "suppressionsFile": { "description": "A separate suppressions file (JSON or YAML: { suppressions: [...] }), relative to this file.", "type": "string" }, "failOn": { "enum": ["critical", "high", "medium", "low", "info", "none"] }, "usage": { "description": "Usage file, relative to this file.", "type": "string" }, "graph": { "description": "Live crawl (`collect`, `scan --graph`) settings.", "type": "object", "additionalProperties": false, "properties": { "tenants": { "description": "Tenant ids to crawl when --tenant is not given (default: the tenants the identity belongs to).", "type": "array", "items": { "type": "string", "minLength": 1 } } } } }, "definitions": { "suppression": { "type": "object", "additionalProperties": false, "required": ["ruleId", "resource", "justification"], "properties": { "ruleId": { "type": "string", "minLength": 1, "description": "A rule id, a glob over rule ids (ERS-COST-*), or * for every rule." }, "resource": { "type": "string", "minLength": 1, "description": "An ARM id or a glob over ARM ids (case-insensitive; * within a segment, ** across segments)." }, "justification": { "type": "string", "minLength": 3 }, "expires": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$", "description": "YYYY-MM-DD; after this date the suppression stops suppressing and is reported." } } } } };
    var func2 = require_ucs2length().default;
    var pattern0 = new RegExp("^[A-Za-z][A-Za-z0-9]*(-[A-Za-z0-9]+)+$", "u");
    var pattern1 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
    function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
          if (!(key0 === "$schema" || key0 === "rules" || key0 === "ruleDirs" || key0 === "suppressions" || key0 === "suppressionsFile" || key0 === "failOn" || key0 === "usage" || key0 === "graph")) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
        }
        if (data.$schema !== void 0) {
          if (typeof data.$schema !== "string") {
            const err1 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data.rules !== void 0) {
          let data1 = data.rules;
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            for (const key1 in data1) {
              if (!(key1 === "include" || key1 === "enable" || key1 === "exclude" || key1 === "severity" || key1 === "parameters")) {
                const err2 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
            }
            if (data1.include !== void 0) {
              let data2 = data1.include;
              if (Array.isArray(data2)) {
                const len0 = data2.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data3 = data2[i0];
                  if (typeof data3 === "string") {
                    if (func2(data3) < 1) {
                      const err3 = { instancePath: instancePath + "/rules/include/" + i0, schemaPath: "#/properties/rules/properties/include/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err3];
                      } else {
                        vErrors.push(err3);
                      }
                      errors++;
                    }
                  } else {
                    const err4 = { instancePath: instancePath + "/rules/include/" + i0, schemaPath: "#/properties/rules/properties/include/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err4];
                    } else {
                      vErrors.push(err4);
                    }
                    errors++;
                  }
                }
              } else {
                const err5 = { instancePath: instancePath + "/rules/include", schemaPath: "#/properties/rules/properties/include/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            if (data1.enable !== void 0) {
              let data4 = data1.enable;
              if (Array.isArray(data4)) {
                const len1 = data4.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data5 = data4[i1];
                  if (typeof data5 === "string") {
                    if (func2(data5) < 1) {
                      const err6 = { instancePath: instancePath + "/rules/enable/" + i1, schemaPath: "#/properties/rules/properties/enable/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err6];
                      } else {
                        vErrors.push(err6);
                      }
                      errors++;
                    }
                  } else {
                    const err7 = { instancePath: instancePath + "/rules/enable/" + i1, schemaPath: "#/properties/rules/properties/enable/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err7];
                    } else {
                      vErrors.push(err7);
                    }
                    errors++;
                  }
                }
              } else {
                const err8 = { instancePath: instancePath + "/rules/enable", schemaPath: "#/properties/rules/properties/enable/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data1.exclude !== void 0) {
              let data6 = data1.exclude;
              if (Array.isArray(data6)) {
                const len2 = data6.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data7 = data6[i2];
                  if (typeof data7 === "string") {
                    if (func2(data7) < 1) {
                      const err9 = { instancePath: instancePath + "/rules/exclude/" + i2, schemaPath: "#/properties/rules/properties/exclude/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err9];
                      } else {
                        vErrors.push(err9);
                      }
                      errors++;
                    }
                  } else {
                    const err10 = { instancePath: instancePath + "/rules/exclude/" + i2, schemaPath: "#/properties/rules/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err10];
                    } else {
                      vErrors.push(err10);
                    }
                    errors++;
                  }
                }
              } else {
                const err11 = { instancePath: instancePath + "/rules/exclude", schemaPath: "#/properties/rules/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data1.severity !== void 0) {
              let data8 = data1.severity;
              if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                for (const key2 in data8) {
                  const _errs21 = errors;
                  if (typeof key2 === "string") {
                    if (func2(key2) < 1) {
                      const err12 = { instancePath: instancePath + "/rules/severity", schemaPath: "#/properties/rules/properties/severity/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", propertyName: key2 };
                      if (vErrors === null) {
                        vErrors = [err12];
                      } else {
                        vErrors.push(err12);
                      }
                      errors++;
                    }
                  }
                  var valid8 = _errs21 === errors;
                  if (!valid8) {
                    const err13 = { instancePath: instancePath + "/rules/severity", schemaPath: "#/properties/rules/properties/severity/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid" };
                    if (vErrors === null) {
                      vErrors = [err13];
                    } else {
                      vErrors.push(err13);
                    }
                    errors++;
                  }
                }
                for (const key3 in data8) {
                  let data9 = data8[key3];
                  if (!(data9 === "critical" || data9 === "high" || data9 === "medium" || data9 === "low" || data9 === "info")) {
                    const err14 = { instancePath: instancePath + "/rules/severity/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/properties/severity/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties.severity.additionalProperties.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err14];
                    } else {
                      vErrors.push(err14);
                    }
                    errors++;
                  }
                }
              } else {
                const err15 = { instancePath: instancePath + "/rules/severity", schemaPath: "#/properties/rules/properties/severity/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (data1.parameters !== void 0) {
              let data10 = data1.parameters;
              if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                for (const key4 in data10) {
                  const _errs26 = errors;
                  if (typeof key4 === "string") {
                    if (!pattern0.test(key4)) {
                      const err16 = { instancePath: instancePath + "/rules/parameters", schemaPath: "#/properties/rules/properties/parameters/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9]*(-[A-Za-z0-9]+)+$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9]*(-[A-Za-z0-9]+)+$"', propertyName: key4 };
                      if (vErrors === null) {
                        vErrors = [err16];
                      } else {
                        vErrors.push(err16);
                      }
                      errors++;
                    }
                  }
                  var valid10 = _errs26 === errors;
                  if (!valid10) {
                    const err17 = { instancePath: instancePath + "/rules/parameters", schemaPath: "#/properties/rules/properties/parameters/propertyNames", keyword: "propertyNames", params: { propertyName: key4 }, message: "property name must be valid" };
                    if (vErrors === null) {
                      vErrors = [err17];
                    } else {
                      vErrors.push(err17);
                    }
                    errors++;
                  }
                }
                for (const key5 in data10) {
                  let data11 = data10[key5];
                  if (!(data11 && typeof data11 == "object" && !Array.isArray(data11))) {
                    const err18 = { instancePath: instancePath + "/rules/parameters/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/properties/parameters/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err18];
                    } else {
                      vErrors.push(err18);
                    }
                    errors++;
                  }
                }
              } else {
                const err19 = { instancePath: instancePath + "/rules/parameters", schemaPath: "#/properties/rules/properties/parameters/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
          } else {
            const err20 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data.ruleDirs !== void 0) {
          let data12 = data.ruleDirs;
          if (Array.isArray(data12)) {
            const len3 = data12.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data13 = data12[i3];
              if (typeof data13 === "string") {
                if (func2(data13) < 1) {
                  const err21 = { instancePath: instancePath + "/ruleDirs/" + i3, schemaPath: "#/properties/ruleDirs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
              } else {
                const err22 = { instancePath: instancePath + "/ruleDirs/" + i3, schemaPath: "#/properties/ruleDirs/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
          } else {
            const err23 = { instancePath: instancePath + "/ruleDirs", schemaPath: "#/properties/ruleDirs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data.suppressions !== void 0) {
          let data14 = data.suppressions;
          if (Array.isArray(data14)) {
            const len4 = data14.length;
            for (let i4 = 0; i4 < len4; i4++) {
              let data15 = data14[i4];
              if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                if (data15.ruleId === void 0) {
                  const err24 = { instancePath: instancePath + "/suppressions/" + i4, schemaPath: "#/definitions/suppression/required", keyword: "required", params: { missingProperty: "ruleId" }, message: "must have required property 'ruleId'" };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
                if (data15.resource === void 0) {
                  const err25 = { instancePath: instancePath + "/suppressions/" + i4, schemaPath: "#/definitions/suppression/required", keyword: "required", params: { missingProperty: "resource" }, message: "must have required property 'resource'" };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
                if (data15.justification === void 0) {
                  const err26 = { instancePath: instancePath + "/suppressions/" + i4, schemaPath: "#/definitions/suppression/required", keyword: "required", params: { missingProperty: "justification" }, message: "must have required property 'justification'" };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
                for (const key6 in data15) {
                  if (!(key6 === "ruleId" || key6 === "resource" || key6 === "justification" || key6 === "expires")) {
                    const err27 = { instancePath: instancePath + "/suppressions/" + i4, schemaPath: "#/definitions/suppression/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                }
                if (data15.ruleId !== void 0) {
                  let data16 = data15.ruleId;
                  if (typeof data16 === "string") {
                    if (func2(data16) < 1) {
                      const err28 = { instancePath: instancePath + "/suppressions/" + i4 + "/ruleId", schemaPath: "#/definitions/suppression/properties/ruleId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err28];
                      } else {
                        vErrors.push(err28);
                      }
                      errors++;
                    }
                  } else {
                    const err29 = { instancePath: instancePath + "/suppressions/" + i4 + "/ruleId", schemaPath: "#/definitions/suppression/properties/ruleId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                }
                if (data15.resource !== void 0) {
                  let data17 = data15.resource;
                  if (typeof data17 === "string") {
                    if (func2(data17) < 1) {
                      const err30 = { instancePath: instancePath + "/suppressions/" + i4 + "/resource", schemaPath: "#/definitions/suppression/properties/resource/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err30];
                      } else {
                        vErrors.push(err30);
                      }
                      errors++;
                    }
                  } else {
                    const err31 = { instancePath: instancePath + "/suppressions/" + i4 + "/resource", schemaPath: "#/definitions/suppression/properties/resource/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err31];
                    } else {
                      vErrors.push(err31);
                    }
                    errors++;
                  }
                }
                if (data15.justification !== void 0) {
                  let data18 = data15.justification;
                  if (typeof data18 === "string") {
                    if (func2(data18) < 3) {
                      const err32 = { instancePath: instancePath + "/suppressions/" + i4 + "/justification", schemaPath: "#/definitions/suppression/properties/justification/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters" };
                      if (vErrors === null) {
                        vErrors = [err32];
                      } else {
                        vErrors.push(err32);
                      }
                      errors++;
                    }
                  } else {
                    const err33 = { instancePath: instancePath + "/suppressions/" + i4 + "/justification", schemaPath: "#/definitions/suppression/properties/justification/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err33];
                    } else {
                      vErrors.push(err33);
                    }
                    errors++;
                  }
                }
                if (data15.expires !== void 0) {
                  let data19 = data15.expires;
                  if (typeof data19 === "string") {
                    if (!pattern1.test(data19)) {
                      const err34 = { instancePath: instancePath + "/suppressions/" + i4 + "/expires", schemaPath: "#/definitions/suppression/properties/expires/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"' };
                      if (vErrors === null) {
                        vErrors = [err34];
                      } else {
                        vErrors.push(err34);
                      }
                      errors++;
                    }
                  } else {
                    const err35 = { instancePath: instancePath + "/suppressions/" + i4 + "/expires", schemaPath: "#/definitions/suppression/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err35];
                    } else {
                      vErrors.push(err35);
                    }
                    errors++;
                  }
                }
              } else {
                const err36 = { instancePath: instancePath + "/suppressions/" + i4, schemaPath: "#/definitions/suppression/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
          } else {
            const err37 = { instancePath: instancePath + "/suppressions", schemaPath: "#/properties/suppressions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        if (data.suppressionsFile !== void 0) {
          if (typeof data.suppressionsFile !== "string") {
            const err38 = { instancePath: instancePath + "/suppressionsFile", schemaPath: "#/properties/suppressionsFile/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data.failOn !== void 0) {
          let data21 = data.failOn;
          if (!(data21 === "critical" || data21 === "high" || data21 === "medium" || data21 === "low" || data21 === "info" || data21 === "none")) {
            const err39 = { instancePath: instancePath + "/failOn", schemaPath: "#/properties/failOn/enum", keyword: "enum", params: { allowedValues: schema11.properties.failOn.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data.usage !== void 0) {
          if (typeof data.usage !== "string") {
            const err40 = { instancePath: instancePath + "/usage", schemaPath: "#/properties/usage/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data.graph !== void 0) {
          let data23 = data.graph;
          if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
            for (const key7 in data23) {
              if (!(key7 === "tenants")) {
                const err41 = { instancePath: instancePath + "/graph", schemaPath: "#/properties/graph/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
            if (data23.tenants !== void 0) {
              let data24 = data23.tenants;
              if (Array.isArray(data24)) {
                const len5 = data24.length;
                for (let i5 = 0; i5 < len5; i5++) {
                  let data25 = data24[i5];
                  if (typeof data25 === "string") {
                    if (func2(data25) < 1) {
                      const err42 = { instancePath: instancePath + "/graph/tenants/" + i5, schemaPath: "#/properties/graph/properties/tenants/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err42];
                      } else {
                        vErrors.push(err42);
                      }
                      errors++;
                    }
                  } else {
                    const err43 = { instancePath: instancePath + "/graph/tenants/" + i5, schemaPath: "#/properties/graph/properties/tenants/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err43];
                    } else {
                      vErrors.push(err43);
                    }
                    errors++;
                  }
                }
              } else {
                const err44 = { instancePath: instancePath + "/graph/tenants", schemaPath: "#/properties/graph/properties/tenants/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
          } else {
            const err45 = { instancePath: instancePath + "/graph", schemaPath: "#/properties/graph/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
      } else {
        const err46 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
      validate10.errors = vErrors;
      return errors === 0;
    }
  }
});

// dist/util/schema-validators/prices.cjs
var require_prices = __commonJS({
  "dist/util/schema-validators/prices.cjs"(exports, module) {
    "use strict";
    module.exports = validate10;
    module.exports.default = validate10;
    var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/erscan/erscan/schemas/prices.schema.json", "title": "erscan ExpressRoute price catalogue", "description": "Every figure names its source (a key of `sources`); a figure nobody published is null and carries `unverified`.", "type": "object", "additionalProperties": false, "required": ["catalogueVersion", "effectiveDate", "currency", "source", "hoursPerMonth", "sources", "circuits", "egress", "premiumAddOn", "directPorts", "globalReach", "gateways", "vwan"], "definitions": { "zone": { "enum": ["Zone 1", "Zone 2", "Zone 3", "Zone 4", "US Gov"] }, "price": { "type": ["number", "null"], "minimum": 0 }, "sourceRef": { "type": "string", "minLength": 1 }, "unverified": { "type": "string", "minLength": 1, "description": "why this figure is not confirmed" }, "meter": { "type": "object", "description": "the Retail Prices API row a refreshed figure came from", "additionalProperties": false, "properties": { "meterId": { "type": "string" }, "meterName": { "type": "string" }, "productName": { "type": "string" }, "skuName": { "type": "string" }, "armRegionName": { "type": "string" }, "unitOfMeasure": { "type": "string" }, "effectiveStartDate": { "type": "string" } } } }, "properties": { "$schema": { "type": "string" }, "$comment": { "type": "string" }, "catalogueVersion": { "const": 1 }, "effectiveDate": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$" }, "currency": { "type": "string", "pattern": "^[A-Z]{3}$" }, "source": { "type": "string", "minLength": 1 }, "hoursPerMonth": { "type": "number", "exclusiveMinimum": 0 }, "gbPerTb": { "type": "number", "exclusiveMinimum": 0 }, "sources": { "type": "object", "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["kind", "title", "reference"], "properties": { "kind": { "enum": ["microsoft", "api", "api-derived", "third-party", "derived", "missing"] }, "title": { "type": "string" }, "reference": { "type": "string" }, "date": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$" } } } }, "circuits": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["tier", "billingModel", "bandwidthMbps", "zone", "monthlyUsd", "source"], "properties": { "tier": { "enum": ["Local", "Standard", "Premium"] }, "billingModel": { "enum": ["MeteredData", "UnlimitedData"] }, "bandwidthMbps": { "type": "integer", "minimum": 1 }, "zone": { "$ref": "#/definitions/zone" }, "monthlyUsd": { "$ref": "#/definitions/price" }, "source": { "$ref": "#/definitions/sourceRef" }, "confirmedBy": { "$ref": "#/definitions/sourceRef" }, "unverified": { "$ref": "#/definitions/unverified" }, "meter": { "$ref": "#/definitions/meter" } } } }, "egress": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["zone", "usdPerGb", "source"], "properties": { "zone": { "$ref": "#/definitions/zone" }, "usdPerGb": { "$ref": "#/definitions/price" }, "source": { "$ref": "#/definitions/sourceRef" }, "confirmedBy": { "$ref": "#/definitions/sourceRef" }, "unverified": { "$ref": "#/definitions/unverified" }, "meter": { "$ref": "#/definitions/meter" } } } }, "premiumAddOn": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["bandwidthMbps", "zone", "monthlyUsd", "source"], "properties": { "bandwidthMbps": { "type": "integer", "minimum": 1 }, "zone": { "$ref": "#/definitions/zone" }, "monthlyUsd": { "$ref": "#/definitions/price" }, "source": { "$ref": "#/definitions/sourceRef" }, "unverified": { "$ref": "#/definitions/unverified" } } } }, "directPorts": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["portBandwidthGbps", "billingType", "monthlyUsd", "source"], "properties": { "portBandwidthGbps": { "type": "integer", "minimum": 1 }, "billingType": { "enum": ["MeteredData", "UnlimitedData"] }, "zone": { "$ref": "#/definitions/zone" }, "monthlyUsd": { "$ref": "#/definitions/price" }, "source": { "$ref": "#/definitions/sourceRef" }, "unverified": { "$ref": "#/definitions/unverified" }, "meter": { "$ref": "#/definitions/meter" } } } }, "directPremiumAddOn": { "type": "object", "additionalProperties": false, "required": ["monthlyUsd", "source"], "properties": { "monthlyUsd": { "$ref": "#/definitions/price" }, "source": { "$ref": "#/definitions/sourceRef" }, "unverified": { "$ref": "#/definitions/unverified" } } }, "globalReach": { "type": "object", "additionalProperties": false, "required": ["addOn", "perGb"], "properties": { "addOn": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["monthlyUsd", "source"], "properties": { "zone": { "$ref": "#/definitions/zone" }, "bandwidthMbps": { "type": "integer", "minimum": 1 }, "monthlyUsd": { "$ref": "#/definitions/price" }, "source": { "$ref": "#/definitions/sourceRef" }, "unverified": { "$ref": "#/definitions/unverified" }, "meter": { "$ref": "#/definitions/meter" } } } }, "perGb": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["zone", "direction", "usdPerGb", "source"], "properties": { "zone": { "$ref": "#/definitions/zone" }, "direction": { "enum": ["in", "out"] }, "usdPerGb": { "$ref": "#/definitions/price" }, "source": { "$ref": "#/definitions/sourceRef" }, "unverified": { "$ref": "#/definitions/unverified" }, "meter": { "$ref": "#/definitions/meter" } } } } } }, "gateways": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["sku", "region", "usdPerHour", "per", "source"], "properties": { "sku": { "type": "string", "minLength": 1 }, "region": { "type": "string", "minLength": 1, "description": "ARM region name, or * for a figure not tied to a region" }, "usdPerHour": { "$ref": "#/definitions/price" }, "per": { "enum": ["gateway", "scaleUnit"] }, "source": { "$ref": "#/definitions/sourceRef" }, "unverified": { "$ref": "#/definitions/unverified" }, "meter": { "$ref": "#/definitions/meter" } } } }, "vwan": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["kind", "region", "usdPerHour", "source"], "properties": { "kind": { "enum": ["scaleUnit", "connectionUnit"] }, "region": { "type": "string", "minLength": 1 }, "usdPerHour": { "$ref": "#/definitions/price" }, "source": { "$ref": "#/definitions/sourceRef" }, "unverified": { "$ref": "#/definitions/unverified" }, "meter": { "$ref": "#/definitions/meter" } } } } } };
    var schema12 = { "enum": ["Zone 1", "Zone 2", "Zone 3", "Zone 4", "US Gov"] };
    var schema13 = { "type": ["number", "null"], "minimum": 0 };
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
            if (data6 <= 0 || isNaN(data6)) {
              const err23 = { instancePath: instancePath + "/hoursPerMonth", schemaPath: "#/properties/hoursPerMonth/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          } else {
            const err24 = { instancePath: instancePath + "/hoursPerMonth", schemaPath: "#/properties/hoursPerMonth/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data.gbPerTb !== void 0) {
          let data7 = data.gbPerTb;
          if (typeof data7 == "number") {
            if (data7 <= 0 || isNaN(data7)) {
              const err25 = { instancePath: instancePath + "/gbPerTb", schemaPath: "#/properties/gbPerTb/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          } else {
            const err26 = { instancePath: instancePath + "/gbPerTb", schemaPath: "#/properties/gbPerTb/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
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
                  const err27 = { instancePath: instancePath + "/sources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/sources/additionalProperties/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
                if (data9.title === void 0) {
                  const err28 = { instancePath: instancePath + "/sources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/sources/additionalProperties/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
                if (data9.reference === void 0) {
                  const err29 = { instancePath: instancePath + "/sources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/sources/additionalProperties/required", keyword: "required", params: { missingProperty: "reference" }, message: "must have required property 'reference'" };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
                for (const key2 in data9) {
                  if (!(key2 === "kind" || key2 === "title" || key2 === "reference" || key2 === "date")) {
                    const err30 = { instancePath: instancePath + "/sources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/sources/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err30];
                    } else {
                      vErrors.push(err30);
                    }
                    errors++;
                  }
                }
                if (data9.kind !== void 0) {
                  let data10 = data9.kind;
                  if (!(data10 === "microsoft" || data10 === "api" || data10 === "api-derived" || data10 === "third-party" || data10 === "derived" || data10 === "missing")) {
                    const err31 = { instancePath: instancePath + "/sources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/kind", schemaPath: "#/properties/sources/additionalProperties/properties/kind/enum", keyword: "enum", params: { allowedValues: schema11.properties.sources.additionalProperties.properties.kind.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err31];
                    } else {
                      vErrors.push(err31);
                    }
                    errors++;
                  }
                }
                if (data9.title !== void 0) {
                  if (typeof data9.title !== "string") {
                    const err32 = { instancePath: instancePath + "/sources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/title", schemaPath: "#/properties/sources/additionalProperties/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err32];
                    } else {
                      vErrors.push(err32);
                    }
                    errors++;
                  }
                }
                if (data9.reference !== void 0) {
                  if (typeof data9.reference !== "string") {
                    const err33 = { instancePath: instancePath + "/sources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/reference", schemaPath: "#/properties/sources/additionalProperties/properties/reference/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err33];
                    } else {
                      vErrors.push(err33);
                    }
                    errors++;
                  }
                }
                if (data9.date !== void 0) {
                  let data13 = data9.date;
                  if (typeof data13 === "string") {
                    if (!pattern0.test(data13)) {
                      const err34 = { instancePath: instancePath + "/sources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/date", schemaPath: "#/properties/sources/additionalProperties/properties/date/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"' };
                      if (vErrors === null) {
                        vErrors = [err34];
                      } else {
                        vErrors.push(err34);
                      }
                      errors++;
                    }
                  } else {
                    const err35 = { instancePath: instancePath + "/sources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/date", schemaPath: "#/properties/sources/additionalProperties/properties/date/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err35];
                    } else {
                      vErrors.push(err35);
                    }
                    errors++;
                  }
                }
              } else {
                const err36 = { instancePath: instancePath + "/sources/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/sources/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
          } else {
            const err37 = { instancePath: instancePath + "/sources", schemaPath: "#/properties/sources/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
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
                  const err38 = { instancePath: instancePath + "/circuits/" + i0, schemaPath: "#/properties/circuits/items/required", keyword: "required", params: { missingProperty: "tier" }, message: "must have required property 'tier'" };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
                if (data15.billingModel === void 0) {
                  const err39 = { instancePath: instancePath + "/circuits/" + i0, schemaPath: "#/properties/circuits/items/required", keyword: "required", params: { missingProperty: "billingModel" }, message: "must have required property 'billingModel'" };
                  if (vErrors === null) {
                    vErrors = [err39];
                  } else {
                    vErrors.push(err39);
                  }
                  errors++;
                }
                if (data15.bandwidthMbps === void 0) {
                  const err40 = { instancePath: instancePath + "/circuits/" + i0, schemaPath: "#/properties/circuits/items/required", keyword: "required", params: { missingProperty: "bandwidthMbps" }, message: "must have required property 'bandwidthMbps'" };
                  if (vErrors === null) {
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
                if (data15.zone === void 0) {
                  const err41 = { instancePath: instancePath + "/circuits/" + i0, schemaPath: "#/properties/circuits/items/required", keyword: "required", params: { missingProperty: "zone" }, message: "must have required property 'zone'" };
                  if (vErrors === null) {
                    vErrors = [err41];
                  } else {
                    vErrors.push(err41);
                  }
                  errors++;
                }
                if (data15.monthlyUsd === void 0) {
                  const err42 = { instancePath: instancePath + "/circuits/" + i0, schemaPath: "#/properties/circuits/items/required", keyword: "required", params: { missingProperty: "monthlyUsd" }, message: "must have required property 'monthlyUsd'" };
                  if (vErrors === null) {
                    vErrors = [err42];
                  } else {
                    vErrors.push(err42);
                  }
                  errors++;
                }
                if (data15.source === void 0) {
                  const err43 = { instancePath: instancePath + "/circuits/" + i0, schemaPath: "#/properties/circuits/items/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
                  if (vErrors === null) {
                    vErrors = [err43];
                  } else {
                    vErrors.push(err43);
                  }
                  errors++;
                }
                for (const key3 in data15) {
                  if (!func2.call(schema11.properties.circuits.items.properties, key3)) {
                    const err44 = { instancePath: instancePath + "/circuits/" + i0, schemaPath: "#/properties/circuits/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err44];
                    } else {
                      vErrors.push(err44);
                    }
                    errors++;
                  }
                }
                if (data15.tier !== void 0) {
                  let data16 = data15.tier;
                  if (!(data16 === "Local" || data16 === "Standard" || data16 === "Premium")) {
                    const err45 = { instancePath: instancePath + "/circuits/" + i0 + "/tier", schemaPath: "#/properties/circuits/items/properties/tier/enum", keyword: "enum", params: { allowedValues: schema11.properties.circuits.items.properties.tier.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err45];
                    } else {
                      vErrors.push(err45);
                    }
                    errors++;
                  }
                }
                if (data15.billingModel !== void 0) {
                  let data17 = data15.billingModel;
                  if (!(data17 === "MeteredData" || data17 === "UnlimitedData")) {
                    const err46 = { instancePath: instancePath + "/circuits/" + i0 + "/billingModel", schemaPath: "#/properties/circuits/items/properties/billingModel/enum", keyword: "enum", params: { allowedValues: schema11.properties.circuits.items.properties.billingModel.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err46];
                    } else {
                      vErrors.push(err46);
                    }
                    errors++;
                  }
                }
                if (data15.bandwidthMbps !== void 0) {
                  let data18 = data15.bandwidthMbps;
                  if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)))) {
                    const err47 = { instancePath: instancePath + "/circuits/" + i0 + "/bandwidthMbps", schemaPath: "#/properties/circuits/items/properties/bandwidthMbps/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err47];
                    } else {
                      vErrors.push(err47);
                    }
                    errors++;
                  }
                  if (typeof data18 == "number") {
                    if (data18 < 1 || isNaN(data18)) {
                      const err48 = { instancePath: instancePath + "/circuits/" + i0 + "/bandwidthMbps", schemaPath: "#/properties/circuits/items/properties/bandwidthMbps/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                      if (vErrors === null) {
                        vErrors = [err48];
                      } else {
                        vErrors.push(err48);
                      }
                      errors++;
                    }
                  }
                }
                if (data15.zone !== void 0) {
                  let data19 = data15.zone;
                  if (!(data19 === "Zone 1" || data19 === "Zone 2" || data19 === "Zone 3" || data19 === "Zone 4" || data19 === "US Gov")) {
                    const err49 = { instancePath: instancePath + "/circuits/" + i0 + "/zone", schemaPath: "#/definitions/zone/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err49];
                    } else {
                      vErrors.push(err49);
                    }
                    errors++;
                  }
                }
                if (data15.monthlyUsd !== void 0) {
                  let data20 = data15.monthlyUsd;
                  if (!(typeof data20 == "number") && data20 !== null) {
                    const err50 = { instancePath: instancePath + "/circuits/" + i0 + "/monthlyUsd", schemaPath: "#/definitions/price/type", keyword: "type", params: { type: schema13.type }, message: "must be number,null" };
                    if (vErrors === null) {
                      vErrors = [err50];
                    } else {
                      vErrors.push(err50);
                    }
                    errors++;
                  }
                  if (typeof data20 == "number") {
                    if (data20 < 0 || isNaN(data20)) {
                      const err51 = { instancePath: instancePath + "/circuits/" + i0 + "/monthlyUsd", schemaPath: "#/definitions/price/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err51];
                      } else {
                        vErrors.push(err51);
                      }
                      errors++;
                    }
                  }
                }
                if (data15.source !== void 0) {
                  let data21 = data15.source;
                  if (typeof data21 === "string") {
                    if (func3(data21) < 1) {
                      const err52 = { instancePath: instancePath + "/circuits/" + i0 + "/source", schemaPath: "#/definitions/sourceRef/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err52];
                      } else {
                        vErrors.push(err52);
                      }
                      errors++;
                    }
                  } else {
                    const err53 = { instancePath: instancePath + "/circuits/" + i0 + "/source", schemaPath: "#/definitions/sourceRef/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err53];
                    } else {
                      vErrors.push(err53);
                    }
                    errors++;
                  }
                }
                if (data15.confirmedBy !== void 0) {
                  let data22 = data15.confirmedBy;
                  if (typeof data22 === "string") {
                    if (func3(data22) < 1) {
                      const err54 = { instancePath: instancePath + "/circuits/" + i0 + "/confirmedBy", schemaPath: "#/definitions/sourceRef/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err54];
                      } else {
                        vErrors.push(err54);
                      }
                      errors++;
                    }
                  } else {
                    const err55 = { instancePath: instancePath + "/circuits/" + i0 + "/confirmedBy", schemaPath: "#/definitions/sourceRef/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err55];
                    } else {
                      vErrors.push(err55);
                    }
                    errors++;
                  }
                }
                if (data15.unverified !== void 0) {
                  let data23 = data15.unverified;
                  if (typeof data23 === "string") {
                    if (func3(data23) < 1) {
                      const err56 = { instancePath: instancePath + "/circuits/" + i0 + "/unverified", schemaPath: "#/definitions/unverified/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err56];
                      } else {
                        vErrors.push(err56);
                      }
                      errors++;
                    }
                  } else {
                    const err57 = { instancePath: instancePath + "/circuits/" + i0 + "/unverified", schemaPath: "#/definitions/unverified/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err57];
                    } else {
                      vErrors.push(err57);
                    }
                    errors++;
                  }
                }
                if (data15.meter !== void 0) {
                  let data24 = data15.meter;
                  if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                    for (const key4 in data24) {
                      if (!(key4 === "meterId" || key4 === "meterName" || key4 === "productName" || key4 === "skuName" || key4 === "armRegionName" || key4 === "unitOfMeasure" || key4 === "effectiveStartDate")) {
                        const err58 = { instancePath: instancePath + "/circuits/" + i0 + "/meter", schemaPath: "#/definitions/meter/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err58];
                        } else {
                          vErrors.push(err58);
                        }
                        errors++;
                      }
                    }
                    if (data24.meterId !== void 0) {
                      if (typeof data24.meterId !== "string") {
                        const err59 = { instancePath: instancePath + "/circuits/" + i0 + "/meter/meterId", schemaPath: "#/definitions/meter/properties/meterId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err59];
                        } else {
                          vErrors.push(err59);
                        }
                        errors++;
                      }
                    }
                    if (data24.meterName !== void 0) {
                      if (typeof data24.meterName !== "string") {
                        const err60 = { instancePath: instancePath + "/circuits/" + i0 + "/meter/meterName", schemaPath: "#/definitions/meter/properties/meterName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err60];
                        } else {
                          vErrors.push(err60);
                        }
                        errors++;
                      }
                    }
                    if (data24.productName !== void 0) {
                      if (typeof data24.productName !== "string") {
                        const err61 = { instancePath: instancePath + "/circuits/" + i0 + "/meter/productName", schemaPath: "#/definitions/meter/properties/productName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err61];
                        } else {
                          vErrors.push(err61);
                        }
                        errors++;
                      }
                    }
                    if (data24.skuName !== void 0) {
                      if (typeof data24.skuName !== "string") {
                        const err62 = { instancePath: instancePath + "/circuits/" + i0 + "/meter/skuName", schemaPath: "#/definitions/meter/properties/skuName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err62];
                        } else {
                          vErrors.push(err62);
                        }
                        errors++;
                      }
                    }
                    if (data24.armRegionName !== void 0) {
                      if (typeof data24.armRegionName !== "string") {
                        const err63 = { instancePath: instancePath + "/circuits/" + i0 + "/meter/armRegionName", schemaPath: "#/definitions/meter/properties/armRegionName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err63];
                        } else {
                          vErrors.push(err63);
                        }
                        errors++;
                      }
                    }
                    if (data24.unitOfMeasure !== void 0) {
                      if (typeof data24.unitOfMeasure !== "string") {
                        const err64 = { instancePath: instancePath + "/circuits/" + i0 + "/meter/unitOfMeasure", schemaPath: "#/definitions/meter/properties/unitOfMeasure/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err64];
                        } else {
                          vErrors.push(err64);
                        }
                        errors++;
                      }
                    }
                    if (data24.effectiveStartDate !== void 0) {
                      if (typeof data24.effectiveStartDate !== "string") {
                        const err65 = { instancePath: instancePath + "/circuits/" + i0 + "/meter/effectiveStartDate", schemaPath: "#/definitions/meter/properties/effectiveStartDate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err65];
                        } else {
                          vErrors.push(err65);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err66 = { instancePath: instancePath + "/circuits/" + i0 + "/meter", schemaPath: "#/definitions/meter/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err66];
                    } else {
                      vErrors.push(err66);
                    }
                    errors++;
                  }
                }
              } else {
                const err67 = { instancePath: instancePath + "/circuits/" + i0, schemaPath: "#/properties/circuits/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
          } else {
            const err68 = { instancePath: instancePath + "/circuits", schemaPath: "#/properties/circuits/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
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
                  const err69 = { instancePath: instancePath + "/egress/" + i1, schemaPath: "#/properties/egress/items/required", keyword: "required", params: { missingProperty: "zone" }, message: "must have required property 'zone'" };
                  if (vErrors === null) {
                    vErrors = [err69];
                  } else {
                    vErrors.push(err69);
                  }
                  errors++;
                }
                if (data33.usdPerGb === void 0) {
                  const err70 = { instancePath: instancePath + "/egress/" + i1, schemaPath: "#/properties/egress/items/required", keyword: "required", params: { missingProperty: "usdPerGb" }, message: "must have required property 'usdPerGb'" };
                  if (vErrors === null) {
                    vErrors = [err70];
                  } else {
                    vErrors.push(err70);
                  }
                  errors++;
                }
                if (data33.source === void 0) {
                  const err71 = { instancePath: instancePath + "/egress/" + i1, schemaPath: "#/properties/egress/items/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
                  if (vErrors === null) {
                    vErrors = [err71];
                  } else {
                    vErrors.push(err71);
                  }
                  errors++;
                }
                for (const key5 in data33) {
                  if (!(key5 === "zone" || key5 === "usdPerGb" || key5 === "source" || key5 === "confirmedBy" || key5 === "unverified" || key5 === "meter")) {
                    const err72 = { instancePath: instancePath + "/egress/" + i1, schemaPath: "#/properties/egress/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err72];
                    } else {
                      vErrors.push(err72);
                    }
                    errors++;
                  }
                }
                if (data33.zone !== void 0) {
                  let data34 = data33.zone;
                  if (!(data34 === "Zone 1" || data34 === "Zone 2" || data34 === "Zone 3" || data34 === "Zone 4" || data34 === "US Gov")) {
                    const err73 = { instancePath: instancePath + "/egress/" + i1 + "/zone", schemaPath: "#/definitions/zone/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err73];
                    } else {
                      vErrors.push(err73);
                    }
                    errors++;
                  }
                }
                if (data33.usdPerGb !== void 0) {
                  let data35 = data33.usdPerGb;
                  if (!(typeof data35 == "number") && data35 !== null) {
                    const err74 = { instancePath: instancePath + "/egress/" + i1 + "/usdPerGb", schemaPath: "#/definitions/price/type", keyword: "type", params: { type: schema13.type }, message: "must be number,null" };
                    if (vErrors === null) {
                      vErrors = [err74];
                    } else {
                      vErrors.push(err74);
                    }
                    errors++;
                  }
                  if (typeof data35 == "number") {
                    if (data35 < 0 || isNaN(data35)) {
                      const err75 = { instancePath: instancePath + "/egress/" + i1 + "/usdPerGb", schemaPath: "#/definitions/price/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err75];
                      } else {
                        vErrors.push(err75);
                      }
                      errors++;
                    }
                  }
                }
                if (data33.source !== void 0) {
                  let data36 = data33.source;
                  if (typeof data36 === "string") {
                    if (func3(data36) < 1) {
                      const err76 = { instancePath: instancePath + "/egress/" + i1 + "/source", schemaPath: "#/definitions/sourceRef/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err76];
                      } else {
                        vErrors.push(err76);
                      }
                      errors++;
                    }
                  } else {
                    const err77 = { instancePath: instancePath + "/egress/" + i1 + "/source", schemaPath: "#/definitions/sourceRef/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err77];
                    } else {
                      vErrors.push(err77);
                    }
                    errors++;
                  }
                }
                if (data33.confirmedBy !== void 0) {
                  let data37 = data33.confirmedBy;
                  if (typeof data37 === "string") {
                    if (func3(data37) < 1) {
                      const err78 = { instancePath: instancePath + "/egress/" + i1 + "/confirmedBy", schemaPath: "#/definitions/sourceRef/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err78];
                      } else {
                        vErrors.push(err78);
                      }
                      errors++;
                    }
                  } else {
                    const err79 = { instancePath: instancePath + "/egress/" + i1 + "/confirmedBy", schemaPath: "#/definitions/sourceRef/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err79];
                    } else {
                      vErrors.push(err79);
                    }
                    errors++;
                  }
                }
                if (data33.unverified !== void 0) {
                  let data38 = data33.unverified;
                  if (typeof data38 === "string") {
                    if (func3(data38) < 1) {
                      const err80 = { instancePath: instancePath + "/egress/" + i1 + "/unverified", schemaPath: "#/definitions/unverified/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err80];
                      } else {
                        vErrors.push(err80);
                      }
                      errors++;
                    }
                  } else {
                    const err81 = { instancePath: instancePath + "/egress/" + i1 + "/unverified", schemaPath: "#/definitions/unverified/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err81];
                    } else {
                      vErrors.push(err81);
                    }
                    errors++;
                  }
                }
                if (data33.meter !== void 0) {
                  let data39 = data33.meter;
                  if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
                    for (const key6 in data39) {
                      if (!(key6 === "meterId" || key6 === "meterName" || key6 === "productName" || key6 === "skuName" || key6 === "armRegionName" || key6 === "unitOfMeasure" || key6 === "effectiveStartDate")) {
                        const err82 = { instancePath: instancePath + "/egress/" + i1 + "/meter", schemaPath: "#/definitions/meter/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err82];
                        } else {
                          vErrors.push(err82);
                        }
                        errors++;
                      }
                    }
                    if (data39.meterId !== void 0) {
                      if (typeof data39.meterId !== "string") {
                        const err83 = { instancePath: instancePath + "/egress/" + i1 + "/meter/meterId", schemaPath: "#/definitions/meter/properties/meterId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err83];
                        } else {
                          vErrors.push(err83);
                        }
                        errors++;
                      }
                    }
                    if (data39.meterName !== void 0) {
                      if (typeof data39.meterName !== "string") {
                        const err84 = { instancePath: instancePath + "/egress/" + i1 + "/meter/meterName", schemaPath: "#/definitions/meter/properties/meterName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err84];
                        } else {
                          vErrors.push(err84);
                        }
                        errors++;
                      }
                    }
                    if (data39.productName !== void 0) {
                      if (typeof data39.productName !== "string") {
                        const err85 = { instancePath: instancePath + "/egress/" + i1 + "/meter/productName", schemaPath: "#/definitions/meter/properties/productName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err85];
                        } else {
                          vErrors.push(err85);
                        }
                        errors++;
                      }
                    }
                    if (data39.skuName !== void 0) {
                      if (typeof data39.skuName !== "string") {
                        const err86 = { instancePath: instancePath + "/egress/" + i1 + "/meter/skuName", schemaPath: "#/definitions/meter/properties/skuName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err86];
                        } else {
                          vErrors.push(err86);
                        }
                        errors++;
                      }
                    }
                    if (data39.armRegionName !== void 0) {
                      if (typeof data39.armRegionName !== "string") {
                        const err87 = { instancePath: instancePath + "/egress/" + i1 + "/meter/armRegionName", schemaPath: "#/definitions/meter/properties/armRegionName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err87];
                        } else {
                          vErrors.push(err87);
                        }
                        errors++;
                      }
                    }
                    if (data39.unitOfMeasure !== void 0) {
                      if (typeof data39.unitOfMeasure !== "string") {
                        const err88 = { instancePath: instancePath + "/egress/" + i1 + "/meter/unitOfMeasure", schemaPath: "#/definitions/meter/properties/unitOfMeasure/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err88];
                        } else {
                          vErrors.push(err88);
                        }
                        errors++;
                      }
                    }
                    if (data39.effectiveStartDate !== void 0) {
                      if (typeof data39.effectiveStartDate !== "string") {
                        const err89 = { instancePath: instancePath + "/egress/" + i1 + "/meter/effectiveStartDate", schemaPath: "#/definitions/meter/properties/effectiveStartDate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err89];
                        } else {
                          vErrors.push(err89);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err90 = { instancePath: instancePath + "/egress/" + i1 + "/meter", schemaPath: "#/definitions/meter/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err90];
                    } else {
                      vErrors.push(err90);
                    }
                    errors++;
                  }
                }
              } else {
                const err91 = { instancePath: instancePath + "/egress/" + i1, schemaPath: "#/properties/egress/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err91];
                } else {
                  vErrors.push(err91);
                }
                errors++;
              }
            }
          } else {
            const err92 = { instancePath: instancePath + "/egress", schemaPath: "#/properties/egress/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err92];
            } else {
              vErrors.push(err92);
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
                  const err93 = { instancePath: instancePath + "/premiumAddOn/" + i2, schemaPath: "#/properties/premiumAddOn/items/required", keyword: "required", params: { missingProperty: "bandwidthMbps" }, message: "must have required property 'bandwidthMbps'" };
                  if (vErrors === null) {
                    vErrors = [err93];
                  } else {
                    vErrors.push(err93);
                  }
                  errors++;
                }
                if (data48.zone === void 0) {
                  const err94 = { instancePath: instancePath + "/premiumAddOn/" + i2, schemaPath: "#/properties/premiumAddOn/items/required", keyword: "required", params: { missingProperty: "zone" }, message: "must have required property 'zone'" };
                  if (vErrors === null) {
                    vErrors = [err94];
                  } else {
                    vErrors.push(err94);
                  }
                  errors++;
                }
                if (data48.monthlyUsd === void 0) {
                  const err95 = { instancePath: instancePath + "/premiumAddOn/" + i2, schemaPath: "#/properties/premiumAddOn/items/required", keyword: "required", params: { missingProperty: "monthlyUsd" }, message: "must have required property 'monthlyUsd'" };
                  if (vErrors === null) {
                    vErrors = [err95];
                  } else {
                    vErrors.push(err95);
                  }
                  errors++;
                }
                if (data48.source === void 0) {
                  const err96 = { instancePath: instancePath + "/premiumAddOn/" + i2, schemaPath: "#/properties/premiumAddOn/items/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
                  if (vErrors === null) {
                    vErrors = [err96];
                  } else {
                    vErrors.push(err96);
                  }
                  errors++;
                }
                for (const key7 in data48) {
                  if (!(key7 === "bandwidthMbps" || key7 === "zone" || key7 === "monthlyUsd" || key7 === "source" || key7 === "unverified")) {
                    const err97 = { instancePath: instancePath + "/premiumAddOn/" + i2, schemaPath: "#/properties/premiumAddOn/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err97];
                    } else {
                      vErrors.push(err97);
                    }
                    errors++;
                  }
                }
                if (data48.bandwidthMbps !== void 0) {
                  let data49 = data48.bandwidthMbps;
                  if (!(typeof data49 == "number" && (!(data49 % 1) && !isNaN(data49)))) {
                    const err98 = { instancePath: instancePath + "/premiumAddOn/" + i2 + "/bandwidthMbps", schemaPath: "#/properties/premiumAddOn/items/properties/bandwidthMbps/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err98];
                    } else {
                      vErrors.push(err98);
                    }
                    errors++;
                  }
                  if (typeof data49 == "number") {
                    if (data49 < 1 || isNaN(data49)) {
                      const err99 = { instancePath: instancePath + "/premiumAddOn/" + i2 + "/bandwidthMbps", schemaPath: "#/properties/premiumAddOn/items/properties/bandwidthMbps/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                      if (vErrors === null) {
                        vErrors = [err99];
                      } else {
                        vErrors.push(err99);
                      }
                      errors++;
                    }
                  }
                }
                if (data48.zone !== void 0) {
                  let data50 = data48.zone;
                  if (!(data50 === "Zone 1" || data50 === "Zone 2" || data50 === "Zone 3" || data50 === "Zone 4" || data50 === "US Gov")) {
                    const err100 = { instancePath: instancePath + "/premiumAddOn/" + i2 + "/zone", schemaPath: "#/definitions/zone/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err100];
                    } else {
                      vErrors.push(err100);
                    }
                    errors++;
                  }
                }
                if (data48.monthlyUsd !== void 0) {
                  let data51 = data48.monthlyUsd;
                  if (!(typeof data51 == "number") && data51 !== null) {
                    const err101 = { instancePath: instancePath + "/premiumAddOn/" + i2 + "/monthlyUsd", schemaPath: "#/definitions/price/type", keyword: "type", params: { type: schema13.type }, message: "must be number,null" };
                    if (vErrors === null) {
                      vErrors = [err101];
                    } else {
                      vErrors.push(err101);
                    }
                    errors++;
                  }
                  if (typeof data51 == "number") {
                    if (data51 < 0 || isNaN(data51)) {
                      const err102 = { instancePath: instancePath + "/premiumAddOn/" + i2 + "/monthlyUsd", schemaPath: "#/definitions/price/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err102];
                      } else {
                        vErrors.push(err102);
                      }
                      errors++;
                    }
                  }
                }
                if (data48.source !== void 0) {
                  let data52 = data48.source;
                  if (typeof data52 === "string") {
                    if (func3(data52) < 1) {
                      const err103 = { instancePath: instancePath + "/premiumAddOn/" + i2 + "/source", schemaPath: "#/definitions/sourceRef/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err103];
                      } else {
                        vErrors.push(err103);
                      }
                      errors++;
                    }
                  } else {
                    const err104 = { instancePath: instancePath + "/premiumAddOn/" + i2 + "/source", schemaPath: "#/definitions/sourceRef/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err104];
                    } else {
                      vErrors.push(err104);
                    }
                    errors++;
                  }
                }
                if (data48.unverified !== void 0) {
                  let data53 = data48.unverified;
                  if (typeof data53 === "string") {
                    if (func3(data53) < 1) {
                      const err105 = { instancePath: instancePath + "/premiumAddOn/" + i2 + "/unverified", schemaPath: "#/definitions/unverified/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err105];
                      } else {
                        vErrors.push(err105);
                      }
                      errors++;
                    }
                  } else {
                    const err106 = { instancePath: instancePath + "/premiumAddOn/" + i2 + "/unverified", schemaPath: "#/definitions/unverified/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err106];
                    } else {
                      vErrors.push(err106);
                    }
                    errors++;
                  }
                }
              } else {
                const err107 = { instancePath: instancePath + "/premiumAddOn/" + i2, schemaPath: "#/properties/premiumAddOn/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err107];
                } else {
                  vErrors.push(err107);
                }
                errors++;
              }
            }
          } else {
            const err108 = { instancePath: instancePath + "/premiumAddOn", schemaPath: "#/properties/premiumAddOn/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err108];
            } else {
              vErrors.push(err108);
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
                  const err109 = { instancePath: instancePath + "/directPorts/" + i3, schemaPath: "#/properties/directPorts/items/required", keyword: "required", params: { missingProperty: "portBandwidthGbps" }, message: "must have required property 'portBandwidthGbps'" };
                  if (vErrors === null) {
                    vErrors = [err109];
                  } else {
                    vErrors.push(err109);
                  }
                  errors++;
                }
                if (data55.billingType === void 0) {
                  const err110 = { instancePath: instancePath + "/directPorts/" + i3, schemaPath: "#/properties/directPorts/items/required", keyword: "required", params: { missingProperty: "billingType" }, message: "must have required property 'billingType'" };
                  if (vErrors === null) {
                    vErrors = [err110];
                  } else {
                    vErrors.push(err110);
                  }
                  errors++;
                }
                if (data55.monthlyUsd === void 0) {
                  const err111 = { instancePath: instancePath + "/directPorts/" + i3, schemaPath: "#/properties/directPorts/items/required", keyword: "required", params: { missingProperty: "monthlyUsd" }, message: "must have required property 'monthlyUsd'" };
                  if (vErrors === null) {
                    vErrors = [err111];
                  } else {
                    vErrors.push(err111);
                  }
                  errors++;
                }
                if (data55.source === void 0) {
                  const err112 = { instancePath: instancePath + "/directPorts/" + i3, schemaPath: "#/properties/directPorts/items/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
                  if (vErrors === null) {
                    vErrors = [err112];
                  } else {
                    vErrors.push(err112);
                  }
                  errors++;
                }
                for (const key8 in data55) {
                  if (!(key8 === "portBandwidthGbps" || key8 === "billingType" || key8 === "zone" || key8 === "monthlyUsd" || key8 === "source" || key8 === "unverified" || key8 === "meter")) {
                    const err113 = { instancePath: instancePath + "/directPorts/" + i3, schemaPath: "#/properties/directPorts/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err113];
                    } else {
                      vErrors.push(err113);
                    }
                    errors++;
                  }
                }
                if (data55.portBandwidthGbps !== void 0) {
                  let data56 = data55.portBandwidthGbps;
                  if (!(typeof data56 == "number" && (!(data56 % 1) && !isNaN(data56)))) {
                    const err114 = { instancePath: instancePath + "/directPorts/" + i3 + "/portBandwidthGbps", schemaPath: "#/properties/directPorts/items/properties/portBandwidthGbps/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err114];
                    } else {
                      vErrors.push(err114);
                    }
                    errors++;
                  }
                  if (typeof data56 == "number") {
                    if (data56 < 1 || isNaN(data56)) {
                      const err115 = { instancePath: instancePath + "/directPorts/" + i3 + "/portBandwidthGbps", schemaPath: "#/properties/directPorts/items/properties/portBandwidthGbps/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                      if (vErrors === null) {
                        vErrors = [err115];
                      } else {
                        vErrors.push(err115);
                      }
                      errors++;
                    }
                  }
                }
                if (data55.billingType !== void 0) {
                  let data57 = data55.billingType;
                  if (!(data57 === "MeteredData" || data57 === "UnlimitedData")) {
                    const err116 = { instancePath: instancePath + "/directPorts/" + i3 + "/billingType", schemaPath: "#/properties/directPorts/items/properties/billingType/enum", keyword: "enum", params: { allowedValues: schema11.properties.directPorts.items.properties.billingType.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err116];
                    } else {
                      vErrors.push(err116);
                    }
                    errors++;
                  }
                }
                if (data55.zone !== void 0) {
                  let data58 = data55.zone;
                  if (!(data58 === "Zone 1" || data58 === "Zone 2" || data58 === "Zone 3" || data58 === "Zone 4" || data58 === "US Gov")) {
                    const err117 = { instancePath: instancePath + "/directPorts/" + i3 + "/zone", schemaPath: "#/definitions/zone/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err117];
                    } else {
                      vErrors.push(err117);
                    }
                    errors++;
                  }
                }
                if (data55.monthlyUsd !== void 0) {
                  let data59 = data55.monthlyUsd;
                  if (!(typeof data59 == "number") && data59 !== null) {
                    const err118 = { instancePath: instancePath + "/directPorts/" + i3 + "/monthlyUsd", schemaPath: "#/definitions/price/type", keyword: "type", params: { type: schema13.type }, message: "must be number,null" };
                    if (vErrors === null) {
                      vErrors = [err118];
                    } else {
                      vErrors.push(err118);
                    }
                    errors++;
                  }
                  if (typeof data59 == "number") {
                    if (data59 < 0 || isNaN(data59)) {
                      const err119 = { instancePath: instancePath + "/directPorts/" + i3 + "/monthlyUsd", schemaPath: "#/definitions/price/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err119];
                      } else {
                        vErrors.push(err119);
                      }
                      errors++;
                    }
                  }
                }
                if (data55.source !== void 0) {
                  let data60 = data55.source;
                  if (typeof data60 === "string") {
                    if (func3(data60) < 1) {
                      const err120 = { instancePath: instancePath + "/directPorts/" + i3 + "/source", schemaPath: "#/definitions/sourceRef/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err120];
                      } else {
                        vErrors.push(err120);
                      }
                      errors++;
                    }
                  } else {
                    const err121 = { instancePath: instancePath + "/directPorts/" + i3 + "/source", schemaPath: "#/definitions/sourceRef/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err121];
                    } else {
                      vErrors.push(err121);
                    }
                    errors++;
                  }
                }
                if (data55.unverified !== void 0) {
                  let data61 = data55.unverified;
                  if (typeof data61 === "string") {
                    if (func3(data61) < 1) {
                      const err122 = { instancePath: instancePath + "/directPorts/" + i3 + "/unverified", schemaPath: "#/definitions/unverified/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err122];
                      } else {
                        vErrors.push(err122);
                      }
                      errors++;
                    }
                  } else {
                    const err123 = { instancePath: instancePath + "/directPorts/" + i3 + "/unverified", schemaPath: "#/definitions/unverified/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err123];
                    } else {
                      vErrors.push(err123);
                    }
                    errors++;
                  }
                }
                if (data55.meter !== void 0) {
                  let data62 = data55.meter;
                  if (data62 && typeof data62 == "object" && !Array.isArray(data62)) {
                    for (const key9 in data62) {
                      if (!(key9 === "meterId" || key9 === "meterName" || key9 === "productName" || key9 === "skuName" || key9 === "armRegionName" || key9 === "unitOfMeasure" || key9 === "effectiveStartDate")) {
                        const err124 = { instancePath: instancePath + "/directPorts/" + i3 + "/meter", schemaPath: "#/definitions/meter/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err124];
                        } else {
                          vErrors.push(err124);
                        }
                        errors++;
                      }
                    }
                    if (data62.meterId !== void 0) {
                      if (typeof data62.meterId !== "string") {
                        const err125 = { instancePath: instancePath + "/directPorts/" + i3 + "/meter/meterId", schemaPath: "#/definitions/meter/properties/meterId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err125];
                        } else {
                          vErrors.push(err125);
                        }
                        errors++;
                      }
                    }
                    if (data62.meterName !== void 0) {
                      if (typeof data62.meterName !== "string") {
                        const err126 = { instancePath: instancePath + "/directPorts/" + i3 + "/meter/meterName", schemaPath: "#/definitions/meter/properties/meterName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err126];
                        } else {
                          vErrors.push(err126);
                        }
                        errors++;
                      }
                    }
                    if (data62.productName !== void 0) {
                      if (typeof data62.productName !== "string") {
                        const err127 = { instancePath: instancePath + "/directPorts/" + i3 + "/meter/productName", schemaPath: "#/definitions/meter/properties/productName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err127];
                        } else {
                          vErrors.push(err127);
                        }
                        errors++;
                      }
                    }
                    if (data62.skuName !== void 0) {
                      if (typeof data62.skuName !== "string") {
                        const err128 = { instancePath: instancePath + "/directPorts/" + i3 + "/meter/skuName", schemaPath: "#/definitions/meter/properties/skuName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err128];
                        } else {
                          vErrors.push(err128);
                        }
                        errors++;
                      }
                    }
                    if (data62.armRegionName !== void 0) {
                      if (typeof data62.armRegionName !== "string") {
                        const err129 = { instancePath: instancePath + "/directPorts/" + i3 + "/meter/armRegionName", schemaPath: "#/definitions/meter/properties/armRegionName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err129];
                        } else {
                          vErrors.push(err129);
                        }
                        errors++;
                      }
                    }
                    if (data62.unitOfMeasure !== void 0) {
                      if (typeof data62.unitOfMeasure !== "string") {
                        const err130 = { instancePath: instancePath + "/directPorts/" + i3 + "/meter/unitOfMeasure", schemaPath: "#/definitions/meter/properties/unitOfMeasure/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err130];
                        } else {
                          vErrors.push(err130);
                        }
                        errors++;
                      }
                    }
                    if (data62.effectiveStartDate !== void 0) {
                      if (typeof data62.effectiveStartDate !== "string") {
                        const err131 = { instancePath: instancePath + "/directPorts/" + i3 + "/meter/effectiveStartDate", schemaPath: "#/definitions/meter/properties/effectiveStartDate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err131];
                        } else {
                          vErrors.push(err131);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err132 = { instancePath: instancePath + "/directPorts/" + i3 + "/meter", schemaPath: "#/definitions/meter/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err132];
                    } else {
                      vErrors.push(err132);
                    }
                    errors++;
                  }
                }
              } else {
                const err133 = { instancePath: instancePath + "/directPorts/" + i3, schemaPath: "#/properties/directPorts/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err133];
                } else {
                  vErrors.push(err133);
                }
                errors++;
              }
            }
          } else {
            const err134 = { instancePath: instancePath + "/directPorts", schemaPath: "#/properties/directPorts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err134];
            } else {
              vErrors.push(err134);
            }
            errors++;
          }
        }
        if (data.directPremiumAddOn !== void 0) {
          let data70 = data.directPremiumAddOn;
          if (data70 && typeof data70 == "object" && !Array.isArray(data70)) {
            if (data70.monthlyUsd === void 0) {
              const err135 = { instancePath: instancePath + "/directPremiumAddOn", schemaPath: "#/properties/directPremiumAddOn/required", keyword: "required", params: { missingProperty: "monthlyUsd" }, message: "must have required property 'monthlyUsd'" };
              if (vErrors === null) {
                vErrors = [err135];
              } else {
                vErrors.push(err135);
              }
              errors++;
            }
            if (data70.source === void 0) {
              const err136 = { instancePath: instancePath + "/directPremiumAddOn", schemaPath: "#/properties/directPremiumAddOn/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
              if (vErrors === null) {
                vErrors = [err136];
              } else {
                vErrors.push(err136);
              }
              errors++;
            }
            for (const key10 in data70) {
              if (!(key10 === "monthlyUsd" || key10 === "source" || key10 === "unverified")) {
                const err137 = { instancePath: instancePath + "/directPremiumAddOn", schemaPath: "#/properties/directPremiumAddOn/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err137];
                } else {
                  vErrors.push(err137);
                }
                errors++;
              }
            }
            if (data70.monthlyUsd !== void 0) {
              let data71 = data70.monthlyUsd;
              if (!(typeof data71 == "number") && data71 !== null) {
                const err138 = { instancePath: instancePath + "/directPremiumAddOn/monthlyUsd", schemaPath: "#/definitions/price/type", keyword: "type", params: { type: schema13.type }, message: "must be number,null" };
                if (vErrors === null) {
                  vErrors = [err138];
                } else {
                  vErrors.push(err138);
                }
                errors++;
              }
              if (typeof data71 == "number") {
                if (data71 < 0 || isNaN(data71)) {
                  const err139 = { instancePath: instancePath + "/directPremiumAddOn/monthlyUsd", schemaPath: "#/definitions/price/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err139];
                  } else {
                    vErrors.push(err139);
                  }
                  errors++;
                }
              }
            }
            if (data70.source !== void 0) {
              let data72 = data70.source;
              if (typeof data72 === "string") {
                if (func3(data72) < 1) {
                  const err140 = { instancePath: instancePath + "/directPremiumAddOn/source", schemaPath: "#/definitions/sourceRef/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err140];
                  } else {
                    vErrors.push(err140);
                  }
                  errors++;
                }
              } else {
                const err141 = { instancePath: instancePath + "/directPremiumAddOn/source", schemaPath: "#/definitions/sourceRef/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err141];
                } else {
                  vErrors.push(err141);
                }
                errors++;
              }
            }
            if (data70.unverified !== void 0) {
              let data73 = data70.unverified;
              if (typeof data73 === "string") {
                if (func3(data73) < 1) {
                  const err142 = { instancePath: instancePath + "/directPremiumAddOn/unverified", schemaPath: "#/definitions/unverified/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err142];
                  } else {
                    vErrors.push(err142);
                  }
                  errors++;
                }
              } else {
                const err143 = { instancePath: instancePath + "/directPremiumAddOn/unverified", schemaPath: "#/definitions/unverified/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err143];
                } else {
                  vErrors.push(err143);
                }
                errors++;
              }
            }
          } else {
            const err144 = { instancePath: instancePath + "/directPremiumAddOn", schemaPath: "#/properties/directPremiumAddOn/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err144];
            } else {
              vErrors.push(err144);
            }
            errors++;
          }
        }
        if (data.globalReach !== void 0) {
          let data74 = data.globalReach;
          if (data74 && typeof data74 == "object" && !Array.isArray(data74)) {
            if (data74.addOn === void 0) {
              const err145 = { instancePath: instancePath + "/globalReach", schemaPath: "#/properties/globalReach/required", keyword: "required", params: { missingProperty: "addOn" }, message: "must have required property 'addOn'" };
              if (vErrors === null) {
                vErrors = [err145];
              } else {
                vErrors.push(err145);
              }
              errors++;
            }
            if (data74.perGb === void 0) {
              const err146 = { instancePath: instancePath + "/globalReach", schemaPath: "#/properties/globalReach/required", keyword: "required", params: { missingProperty: "perGb" }, message: "must have required property 'perGb'" };
              if (vErrors === null) {
                vErrors = [err146];
              } else {
                vErrors.push(err146);
              }
              errors++;
            }
            for (const key11 in data74) {
              if (!(key11 === "addOn" || key11 === "perGb")) {
                const err147 = { instancePath: instancePath + "/globalReach", schemaPath: "#/properties/globalReach/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err147];
                } else {
                  vErrors.push(err147);
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
                      const err148 = { instancePath: instancePath + "/globalReach/addOn/" + i4, schemaPath: "#/properties/globalReach/properties/addOn/items/required", keyword: "required", params: { missingProperty: "monthlyUsd" }, message: "must have required property 'monthlyUsd'" };
                      if (vErrors === null) {
                        vErrors = [err148];
                      } else {
                        vErrors.push(err148);
                      }
                      errors++;
                    }
                    if (data76.source === void 0) {
                      const err149 = { instancePath: instancePath + "/globalReach/addOn/" + i4, schemaPath: "#/properties/globalReach/properties/addOn/items/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
                      if (vErrors === null) {
                        vErrors = [err149];
                      } else {
                        vErrors.push(err149);
                      }
                      errors++;
                    }
                    for (const key12 in data76) {
                      if (!(key12 === "zone" || key12 === "bandwidthMbps" || key12 === "monthlyUsd" || key12 === "source" || key12 === "unverified" || key12 === "meter")) {
                        const err150 = { instancePath: instancePath + "/globalReach/addOn/" + i4, schemaPath: "#/properties/globalReach/properties/addOn/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err150];
                        } else {
                          vErrors.push(err150);
                        }
                        errors++;
                      }
                    }
                    if (data76.zone !== void 0) {
                      let data77 = data76.zone;
                      if (!(data77 === "Zone 1" || data77 === "Zone 2" || data77 === "Zone 3" || data77 === "Zone 4" || data77 === "US Gov")) {
                        const err151 = { instancePath: instancePath + "/globalReach/addOn/" + i4 + "/zone", schemaPath: "#/definitions/zone/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                        if (vErrors === null) {
                          vErrors = [err151];
                        } else {
                          vErrors.push(err151);
                        }
                        errors++;
                      }
                    }
                    if (data76.bandwidthMbps !== void 0) {
                      let data78 = data76.bandwidthMbps;
                      if (!(typeof data78 == "number" && (!(data78 % 1) && !isNaN(data78)))) {
                        const err152 = { instancePath: instancePath + "/globalReach/addOn/" + i4 + "/bandwidthMbps", schemaPath: "#/properties/globalReach/properties/addOn/items/properties/bandwidthMbps/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err152];
                        } else {
                          vErrors.push(err152);
                        }
                        errors++;
                      }
                      if (typeof data78 == "number") {
                        if (data78 < 1 || isNaN(data78)) {
                          const err153 = { instancePath: instancePath + "/globalReach/addOn/" + i4 + "/bandwidthMbps", schemaPath: "#/properties/globalReach/properties/addOn/items/properties/bandwidthMbps/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                          if (vErrors === null) {
                            vErrors = [err153];
                          } else {
                            vErrors.push(err153);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data76.monthlyUsd !== void 0) {
                      let data79 = data76.monthlyUsd;
                      if (!(typeof data79 == "number") && data79 !== null) {
                        const err154 = { instancePath: instancePath + "/globalReach/addOn/" + i4 + "/monthlyUsd", schemaPath: "#/definitions/price/type", keyword: "type", params: { type: schema13.type }, message: "must be number,null" };
                        if (vErrors === null) {
                          vErrors = [err154];
                        } else {
                          vErrors.push(err154);
                        }
                        errors++;
                      }
                      if (typeof data79 == "number") {
                        if (data79 < 0 || isNaN(data79)) {
                          const err155 = { instancePath: instancePath + "/globalReach/addOn/" + i4 + "/monthlyUsd", schemaPath: "#/definitions/price/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                          if (vErrors === null) {
                            vErrors = [err155];
                          } else {
                            vErrors.push(err155);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data76.source !== void 0) {
                      let data80 = data76.source;
                      if (typeof data80 === "string") {
                        if (func3(data80) < 1) {
                          const err156 = { instancePath: instancePath + "/globalReach/addOn/" + i4 + "/source", schemaPath: "#/definitions/sourceRef/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                          if (vErrors === null) {
                            vErrors = [err156];
                          } else {
                            vErrors.push(err156);
                          }
                          errors++;
                        }
                      } else {
                        const err157 = { instancePath: instancePath + "/globalReach/addOn/" + i4 + "/source", schemaPath: "#/definitions/sourceRef/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err157];
                        } else {
                          vErrors.push(err157);
                        }
                        errors++;
                      }
                    }
                    if (data76.unverified !== void 0) {
                      let data81 = data76.unverified;
                      if (typeof data81 === "string") {
                        if (func3(data81) < 1) {
                          const err158 = { instancePath: instancePath + "/globalReach/addOn/" + i4 + "/unverified", schemaPath: "#/definitions/unverified/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                          if (vErrors === null) {
                            vErrors = [err158];
                          } else {
                            vErrors.push(err158);
                          }
                          errors++;
                        }
                      } else {
                        const err159 = { instancePath: instancePath + "/globalReach/addOn/" + i4 + "/unverified", schemaPath: "#/definitions/unverified/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err159];
                        } else {
                          vErrors.push(err159);
                        }
                        errors++;
                      }
                    }
                    if (data76.meter !== void 0) {
                      let data82 = data76.meter;
                      if (data82 && typeof data82 == "object" && !Array.isArray(data82)) {
                        for (const key13 in data82) {
                          if (!(key13 === "meterId" || key13 === "meterName" || key13 === "productName" || key13 === "skuName" || key13 === "armRegionName" || key13 === "unitOfMeasure" || key13 === "effectiveStartDate")) {
                            const err160 = { instancePath: instancePath + "/globalReach/addOn/" + i4 + "/meter", schemaPath: "#/definitions/meter/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err160];
                            } else {
                              vErrors.push(err160);
                            }
                            errors++;
                          }
                        }
                        if (data82.meterId !== void 0) {
                          if (typeof data82.meterId !== "string") {
                            const err161 = { instancePath: instancePath + "/globalReach/addOn/" + i4 + "/meter/meterId", schemaPath: "#/definitions/meter/properties/meterId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err161];
                            } else {
                              vErrors.push(err161);
                            }
                            errors++;
                          }
                        }
                        if (data82.meterName !== void 0) {
                          if (typeof data82.meterName !== "string") {
                            const err162 = { instancePath: instancePath + "/globalReach/addOn/" + i4 + "/meter/meterName", schemaPath: "#/definitions/meter/properties/meterName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err162];
                            } else {
                              vErrors.push(err162);
                            }
                            errors++;
                          }
                        }
                        if (data82.productName !== void 0) {
                          if (typeof data82.productName !== "string") {
                            const err163 = { instancePath: instancePath + "/globalReach/addOn/" + i4 + "/meter/productName", schemaPath: "#/definitions/meter/properties/productName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err163];
                            } else {
                              vErrors.push(err163);
                            }
                            errors++;
                          }
                        }
                        if (data82.skuName !== void 0) {
                          if (typeof data82.skuName !== "string") {
                            const err164 = { instancePath: instancePath + "/globalReach/addOn/" + i4 + "/meter/skuName", schemaPath: "#/definitions/meter/properties/skuName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err164];
                            } else {
                              vErrors.push(err164);
                            }
                            errors++;
                          }
                        }
                        if (data82.armRegionName !== void 0) {
                          if (typeof data82.armRegionName !== "string") {
                            const err165 = { instancePath: instancePath + "/globalReach/addOn/" + i4 + "/meter/armRegionName", schemaPath: "#/definitions/meter/properties/armRegionName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err165];
                            } else {
                              vErrors.push(err165);
                            }
                            errors++;
                          }
                        }
                        if (data82.unitOfMeasure !== void 0) {
                          if (typeof data82.unitOfMeasure !== "string") {
                            const err166 = { instancePath: instancePath + "/globalReach/addOn/" + i4 + "/meter/unitOfMeasure", schemaPath: "#/definitions/meter/properties/unitOfMeasure/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err166];
                            } else {
                              vErrors.push(err166);
                            }
                            errors++;
                          }
                        }
                        if (data82.effectiveStartDate !== void 0) {
                          if (typeof data82.effectiveStartDate !== "string") {
                            const err167 = { instancePath: instancePath + "/globalReach/addOn/" + i4 + "/meter/effectiveStartDate", schemaPath: "#/definitions/meter/properties/effectiveStartDate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err167];
                            } else {
                              vErrors.push(err167);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err168 = { instancePath: instancePath + "/globalReach/addOn/" + i4 + "/meter", schemaPath: "#/definitions/meter/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err168];
                        } else {
                          vErrors.push(err168);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err169 = { instancePath: instancePath + "/globalReach/addOn/" + i4, schemaPath: "#/properties/globalReach/properties/addOn/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err169];
                    } else {
                      vErrors.push(err169);
                    }
                    errors++;
                  }
                }
              } else {
                const err170 = { instancePath: instancePath + "/globalReach/addOn", schemaPath: "#/properties/globalReach/properties/addOn/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err170];
                } else {
                  vErrors.push(err170);
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
                      const err171 = { instancePath: instancePath + "/globalReach/perGb/" + i5, schemaPath: "#/properties/globalReach/properties/perGb/items/required", keyword: "required", params: { missingProperty: "zone" }, message: "must have required property 'zone'" };
                      if (vErrors === null) {
                        vErrors = [err171];
                      } else {
                        vErrors.push(err171);
                      }
                      errors++;
                    }
                    if (data91.direction === void 0) {
                      const err172 = { instancePath: instancePath + "/globalReach/perGb/" + i5, schemaPath: "#/properties/globalReach/properties/perGb/items/required", keyword: "required", params: { missingProperty: "direction" }, message: "must have required property 'direction'" };
                      if (vErrors === null) {
                        vErrors = [err172];
                      } else {
                        vErrors.push(err172);
                      }
                      errors++;
                    }
                    if (data91.usdPerGb === void 0) {
                      const err173 = { instancePath: instancePath + "/globalReach/perGb/" + i5, schemaPath: "#/properties/globalReach/properties/perGb/items/required", keyword: "required", params: { missingProperty: "usdPerGb" }, message: "must have required property 'usdPerGb'" };
                      if (vErrors === null) {
                        vErrors = [err173];
                      } else {
                        vErrors.push(err173);
                      }
                      errors++;
                    }
                    if (data91.source === void 0) {
                      const err174 = { instancePath: instancePath + "/globalReach/perGb/" + i5, schemaPath: "#/properties/globalReach/properties/perGb/items/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
                      if (vErrors === null) {
                        vErrors = [err174];
                      } else {
                        vErrors.push(err174);
                      }
                      errors++;
                    }
                    for (const key14 in data91) {
                      if (!(key14 === "zone" || key14 === "direction" || key14 === "usdPerGb" || key14 === "source" || key14 === "unverified" || key14 === "meter")) {
                        const err175 = { instancePath: instancePath + "/globalReach/perGb/" + i5, schemaPath: "#/properties/globalReach/properties/perGb/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err175];
                        } else {
                          vErrors.push(err175);
                        }
                        errors++;
                      }
                    }
                    if (data91.zone !== void 0) {
                      let data92 = data91.zone;
                      if (!(data92 === "Zone 1" || data92 === "Zone 2" || data92 === "Zone 3" || data92 === "Zone 4" || data92 === "US Gov")) {
                        const err176 = { instancePath: instancePath + "/globalReach/perGb/" + i5 + "/zone", schemaPath: "#/definitions/zone/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                        if (vErrors === null) {
                          vErrors = [err176];
                        } else {
                          vErrors.push(err176);
                        }
                        errors++;
                      }
                    }
                    if (data91.direction !== void 0) {
                      let data93 = data91.direction;
                      if (!(data93 === "in" || data93 === "out")) {
                        const err177 = { instancePath: instancePath + "/globalReach/perGb/" + i5 + "/direction", schemaPath: "#/properties/globalReach/properties/perGb/items/properties/direction/enum", keyword: "enum", params: { allowedValues: schema11.properties.globalReach.properties.perGb.items.properties.direction.enum }, message: "must be equal to one of the allowed values" };
                        if (vErrors === null) {
                          vErrors = [err177];
                        } else {
                          vErrors.push(err177);
                        }
                        errors++;
                      }
                    }
                    if (data91.usdPerGb !== void 0) {
                      let data94 = data91.usdPerGb;
                      if (!(typeof data94 == "number") && data94 !== null) {
                        const err178 = { instancePath: instancePath + "/globalReach/perGb/" + i5 + "/usdPerGb", schemaPath: "#/definitions/price/type", keyword: "type", params: { type: schema13.type }, message: "must be number,null" };
                        if (vErrors === null) {
                          vErrors = [err178];
                        } else {
                          vErrors.push(err178);
                        }
                        errors++;
                      }
                      if (typeof data94 == "number") {
                        if (data94 < 0 || isNaN(data94)) {
                          const err179 = { instancePath: instancePath + "/globalReach/perGb/" + i5 + "/usdPerGb", schemaPath: "#/definitions/price/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                          if (vErrors === null) {
                            vErrors = [err179];
                          } else {
                            vErrors.push(err179);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data91.source !== void 0) {
                      let data95 = data91.source;
                      if (typeof data95 === "string") {
                        if (func3(data95) < 1) {
                          const err180 = { instancePath: instancePath + "/globalReach/perGb/" + i5 + "/source", schemaPath: "#/definitions/sourceRef/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                          if (vErrors === null) {
                            vErrors = [err180];
                          } else {
                            vErrors.push(err180);
                          }
                          errors++;
                        }
                      } else {
                        const err181 = { instancePath: instancePath + "/globalReach/perGb/" + i5 + "/source", schemaPath: "#/definitions/sourceRef/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err181];
                        } else {
                          vErrors.push(err181);
                        }
                        errors++;
                      }
                    }
                    if (data91.unverified !== void 0) {
                      let data96 = data91.unverified;
                      if (typeof data96 === "string") {
                        if (func3(data96) < 1) {
                          const err182 = { instancePath: instancePath + "/globalReach/perGb/" + i5 + "/unverified", schemaPath: "#/definitions/unverified/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                          if (vErrors === null) {
                            vErrors = [err182];
                          } else {
                            vErrors.push(err182);
                          }
                          errors++;
                        }
                      } else {
                        const err183 = { instancePath: instancePath + "/globalReach/perGb/" + i5 + "/unverified", schemaPath: "#/definitions/unverified/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err183];
                        } else {
                          vErrors.push(err183);
                        }
                        errors++;
                      }
                    }
                    if (data91.meter !== void 0) {
                      let data97 = data91.meter;
                      if (data97 && typeof data97 == "object" && !Array.isArray(data97)) {
                        for (const key15 in data97) {
                          if (!(key15 === "meterId" || key15 === "meterName" || key15 === "productName" || key15 === "skuName" || key15 === "armRegionName" || key15 === "unitOfMeasure" || key15 === "effectiveStartDate")) {
                            const err184 = { instancePath: instancePath + "/globalReach/perGb/" + i5 + "/meter", schemaPath: "#/definitions/meter/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err184];
                            } else {
                              vErrors.push(err184);
                            }
                            errors++;
                          }
                        }
                        if (data97.meterId !== void 0) {
                          if (typeof data97.meterId !== "string") {
                            const err185 = { instancePath: instancePath + "/globalReach/perGb/" + i5 + "/meter/meterId", schemaPath: "#/definitions/meter/properties/meterId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err185];
                            } else {
                              vErrors.push(err185);
                            }
                            errors++;
                          }
                        }
                        if (data97.meterName !== void 0) {
                          if (typeof data97.meterName !== "string") {
                            const err186 = { instancePath: instancePath + "/globalReach/perGb/" + i5 + "/meter/meterName", schemaPath: "#/definitions/meter/properties/meterName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err186];
                            } else {
                              vErrors.push(err186);
                            }
                            errors++;
                          }
                        }
                        if (data97.productName !== void 0) {
                          if (typeof data97.productName !== "string") {
                            const err187 = { instancePath: instancePath + "/globalReach/perGb/" + i5 + "/meter/productName", schemaPath: "#/definitions/meter/properties/productName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err187];
                            } else {
                              vErrors.push(err187);
                            }
                            errors++;
                          }
                        }
                        if (data97.skuName !== void 0) {
                          if (typeof data97.skuName !== "string") {
                            const err188 = { instancePath: instancePath + "/globalReach/perGb/" + i5 + "/meter/skuName", schemaPath: "#/definitions/meter/properties/skuName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err188];
                            } else {
                              vErrors.push(err188);
                            }
                            errors++;
                          }
                        }
                        if (data97.armRegionName !== void 0) {
                          if (typeof data97.armRegionName !== "string") {
                            const err189 = { instancePath: instancePath + "/globalReach/perGb/" + i5 + "/meter/armRegionName", schemaPath: "#/definitions/meter/properties/armRegionName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err189];
                            } else {
                              vErrors.push(err189);
                            }
                            errors++;
                          }
                        }
                        if (data97.unitOfMeasure !== void 0) {
                          if (typeof data97.unitOfMeasure !== "string") {
                            const err190 = { instancePath: instancePath + "/globalReach/perGb/" + i5 + "/meter/unitOfMeasure", schemaPath: "#/definitions/meter/properties/unitOfMeasure/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err190];
                            } else {
                              vErrors.push(err190);
                            }
                            errors++;
                          }
                        }
                        if (data97.effectiveStartDate !== void 0) {
                          if (typeof data97.effectiveStartDate !== "string") {
                            const err191 = { instancePath: instancePath + "/globalReach/perGb/" + i5 + "/meter/effectiveStartDate", schemaPath: "#/definitions/meter/properties/effectiveStartDate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err191];
                            } else {
                              vErrors.push(err191);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err192 = { instancePath: instancePath + "/globalReach/perGb/" + i5 + "/meter", schemaPath: "#/definitions/meter/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err192];
                        } else {
                          vErrors.push(err192);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err193 = { instancePath: instancePath + "/globalReach/perGb/" + i5, schemaPath: "#/properties/globalReach/properties/perGb/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err193];
                    } else {
                      vErrors.push(err193);
                    }
                    errors++;
                  }
                }
              } else {
                const err194 = { instancePath: instancePath + "/globalReach/perGb", schemaPath: "#/properties/globalReach/properties/perGb/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err194];
                } else {
                  vErrors.push(err194);
                }
                errors++;
              }
            }
          } else {
            const err195 = { instancePath: instancePath + "/globalReach", schemaPath: "#/properties/globalReach/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err195];
            } else {
              vErrors.push(err195);
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
                  const err196 = { instancePath: instancePath + "/gateways/" + i6, schemaPath: "#/properties/gateways/items/required", keyword: "required", params: { missingProperty: "sku" }, message: "must have required property 'sku'" };
                  if (vErrors === null) {
                    vErrors = [err196];
                  } else {
                    vErrors.push(err196);
                  }
                  errors++;
                }
                if (data106.region === void 0) {
                  const err197 = { instancePath: instancePath + "/gateways/" + i6, schemaPath: "#/properties/gateways/items/required", keyword: "required", params: { missingProperty: "region" }, message: "must have required property 'region'" };
                  if (vErrors === null) {
                    vErrors = [err197];
                  } else {
                    vErrors.push(err197);
                  }
                  errors++;
                }
                if (data106.usdPerHour === void 0) {
                  const err198 = { instancePath: instancePath + "/gateways/" + i6, schemaPath: "#/properties/gateways/items/required", keyword: "required", params: { missingProperty: "usdPerHour" }, message: "must have required property 'usdPerHour'" };
                  if (vErrors === null) {
                    vErrors = [err198];
                  } else {
                    vErrors.push(err198);
                  }
                  errors++;
                }
                if (data106.per === void 0) {
                  const err199 = { instancePath: instancePath + "/gateways/" + i6, schemaPath: "#/properties/gateways/items/required", keyword: "required", params: { missingProperty: "per" }, message: "must have required property 'per'" };
                  if (vErrors === null) {
                    vErrors = [err199];
                  } else {
                    vErrors.push(err199);
                  }
                  errors++;
                }
                if (data106.source === void 0) {
                  const err200 = { instancePath: instancePath + "/gateways/" + i6, schemaPath: "#/properties/gateways/items/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
                  if (vErrors === null) {
                    vErrors = [err200];
                  } else {
                    vErrors.push(err200);
                  }
                  errors++;
                }
                for (const key16 in data106) {
                  if (!(key16 === "sku" || key16 === "region" || key16 === "usdPerHour" || key16 === "per" || key16 === "source" || key16 === "unverified" || key16 === "meter")) {
                    const err201 = { instancePath: instancePath + "/gateways/" + i6, schemaPath: "#/properties/gateways/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err201];
                    } else {
                      vErrors.push(err201);
                    }
                    errors++;
                  }
                }
                if (data106.sku !== void 0) {
                  let data107 = data106.sku;
                  if (typeof data107 === "string") {
                    if (func3(data107) < 1) {
                      const err202 = { instancePath: instancePath + "/gateways/" + i6 + "/sku", schemaPath: "#/properties/gateways/items/properties/sku/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err202];
                      } else {
                        vErrors.push(err202);
                      }
                      errors++;
                    }
                  } else {
                    const err203 = { instancePath: instancePath + "/gateways/" + i6 + "/sku", schemaPath: "#/properties/gateways/items/properties/sku/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err203];
                    } else {
                      vErrors.push(err203);
                    }
                    errors++;
                  }
                }
                if (data106.region !== void 0) {
                  let data108 = data106.region;
                  if (typeof data108 === "string") {
                    if (func3(data108) < 1) {
                      const err204 = { instancePath: instancePath + "/gateways/" + i6 + "/region", schemaPath: "#/properties/gateways/items/properties/region/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err204];
                      } else {
                        vErrors.push(err204);
                      }
                      errors++;
                    }
                  } else {
                    const err205 = { instancePath: instancePath + "/gateways/" + i6 + "/region", schemaPath: "#/properties/gateways/items/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err205];
                    } else {
                      vErrors.push(err205);
                    }
                    errors++;
                  }
                }
                if (data106.usdPerHour !== void 0) {
                  let data109 = data106.usdPerHour;
                  if (!(typeof data109 == "number") && data109 !== null) {
                    const err206 = { instancePath: instancePath + "/gateways/" + i6 + "/usdPerHour", schemaPath: "#/definitions/price/type", keyword: "type", params: { type: schema13.type }, message: "must be number,null" };
                    if (vErrors === null) {
                      vErrors = [err206];
                    } else {
                      vErrors.push(err206);
                    }
                    errors++;
                  }
                  if (typeof data109 == "number") {
                    if (data109 < 0 || isNaN(data109)) {
                      const err207 = { instancePath: instancePath + "/gateways/" + i6 + "/usdPerHour", schemaPath: "#/definitions/price/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err207];
                      } else {
                        vErrors.push(err207);
                      }
                      errors++;
                    }
                  }
                }
                if (data106.per !== void 0) {
                  let data110 = data106.per;
                  if (!(data110 === "gateway" || data110 === "scaleUnit")) {
                    const err208 = { instancePath: instancePath + "/gateways/" + i6 + "/per", schemaPath: "#/properties/gateways/items/properties/per/enum", keyword: "enum", params: { allowedValues: schema11.properties.gateways.items.properties.per.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err208];
                    } else {
                      vErrors.push(err208);
                    }
                    errors++;
                  }
                }
                if (data106.source !== void 0) {
                  let data111 = data106.source;
                  if (typeof data111 === "string") {
                    if (func3(data111) < 1) {
                      const err209 = { instancePath: instancePath + "/gateways/" + i6 + "/source", schemaPath: "#/definitions/sourceRef/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err209];
                      } else {
                        vErrors.push(err209);
                      }
                      errors++;
                    }
                  } else {
                    const err210 = { instancePath: instancePath + "/gateways/" + i6 + "/source", schemaPath: "#/definitions/sourceRef/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err210];
                    } else {
                      vErrors.push(err210);
                    }
                    errors++;
                  }
                }
                if (data106.unverified !== void 0) {
                  let data112 = data106.unverified;
                  if (typeof data112 === "string") {
                    if (func3(data112) < 1) {
                      const err211 = { instancePath: instancePath + "/gateways/" + i6 + "/unverified", schemaPath: "#/definitions/unverified/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err211];
                      } else {
                        vErrors.push(err211);
                      }
                      errors++;
                    }
                  } else {
                    const err212 = { instancePath: instancePath + "/gateways/" + i6 + "/unverified", schemaPath: "#/definitions/unverified/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err212];
                    } else {
                      vErrors.push(err212);
                    }
                    errors++;
                  }
                }
                if (data106.meter !== void 0) {
                  let data113 = data106.meter;
                  if (data113 && typeof data113 == "object" && !Array.isArray(data113)) {
                    for (const key17 in data113) {
                      if (!(key17 === "meterId" || key17 === "meterName" || key17 === "productName" || key17 === "skuName" || key17 === "armRegionName" || key17 === "unitOfMeasure" || key17 === "effectiveStartDate")) {
                        const err213 = { instancePath: instancePath + "/gateways/" + i6 + "/meter", schemaPath: "#/definitions/meter/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err213];
                        } else {
                          vErrors.push(err213);
                        }
                        errors++;
                      }
                    }
                    if (data113.meterId !== void 0) {
                      if (typeof data113.meterId !== "string") {
                        const err214 = { instancePath: instancePath + "/gateways/" + i6 + "/meter/meterId", schemaPath: "#/definitions/meter/properties/meterId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err214];
                        } else {
                          vErrors.push(err214);
                        }
                        errors++;
                      }
                    }
                    if (data113.meterName !== void 0) {
                      if (typeof data113.meterName !== "string") {
                        const err215 = { instancePath: instancePath + "/gateways/" + i6 + "/meter/meterName", schemaPath: "#/definitions/meter/properties/meterName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err215];
                        } else {
                          vErrors.push(err215);
                        }
                        errors++;
                      }
                    }
                    if (data113.productName !== void 0) {
                      if (typeof data113.productName !== "string") {
                        const err216 = { instancePath: instancePath + "/gateways/" + i6 + "/meter/productName", schemaPath: "#/definitions/meter/properties/productName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err216];
                        } else {
                          vErrors.push(err216);
                        }
                        errors++;
                      }
                    }
                    if (data113.skuName !== void 0) {
                      if (typeof data113.skuName !== "string") {
                        const err217 = { instancePath: instancePath + "/gateways/" + i6 + "/meter/skuName", schemaPath: "#/definitions/meter/properties/skuName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err217];
                        } else {
                          vErrors.push(err217);
                        }
                        errors++;
                      }
                    }
                    if (data113.armRegionName !== void 0) {
                      if (typeof data113.armRegionName !== "string") {
                        const err218 = { instancePath: instancePath + "/gateways/" + i6 + "/meter/armRegionName", schemaPath: "#/definitions/meter/properties/armRegionName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err218];
                        } else {
                          vErrors.push(err218);
                        }
                        errors++;
                      }
                    }
                    if (data113.unitOfMeasure !== void 0) {
                      if (typeof data113.unitOfMeasure !== "string") {
                        const err219 = { instancePath: instancePath + "/gateways/" + i6 + "/meter/unitOfMeasure", schemaPath: "#/definitions/meter/properties/unitOfMeasure/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err219];
                        } else {
                          vErrors.push(err219);
                        }
                        errors++;
                      }
                    }
                    if (data113.effectiveStartDate !== void 0) {
                      if (typeof data113.effectiveStartDate !== "string") {
                        const err220 = { instancePath: instancePath + "/gateways/" + i6 + "/meter/effectiveStartDate", schemaPath: "#/definitions/meter/properties/effectiveStartDate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err220];
                        } else {
                          vErrors.push(err220);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err221 = { instancePath: instancePath + "/gateways/" + i6 + "/meter", schemaPath: "#/definitions/meter/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err221];
                    } else {
                      vErrors.push(err221);
                    }
                    errors++;
                  }
                }
              } else {
                const err222 = { instancePath: instancePath + "/gateways/" + i6, schemaPath: "#/properties/gateways/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err222];
                } else {
                  vErrors.push(err222);
                }
                errors++;
              }
            }
          } else {
            const err223 = { instancePath: instancePath + "/gateways", schemaPath: "#/properties/gateways/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err223];
            } else {
              vErrors.push(err223);
            }
            errors++;
          }
        }
        if (data.vwan !== void 0) {
          let data121 = data.vwan;
          if (Array.isArray(data121)) {
            const len7 = data121.length;
            for (let i7 = 0; i7 < len7; i7++) {
              let data122 = data121[i7];
              if (data122 && typeof data122 == "object" && !Array.isArray(data122)) {
                if (data122.kind === void 0) {
                  const err224 = { instancePath: instancePath + "/vwan/" + i7, schemaPath: "#/properties/vwan/items/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
                  if (vErrors === null) {
                    vErrors = [err224];
                  } else {
                    vErrors.push(err224);
                  }
                  errors++;
                }
                if (data122.region === void 0) {
                  const err225 = { instancePath: instancePath + "/vwan/" + i7, schemaPath: "#/properties/vwan/items/required", keyword: "required", params: { missingProperty: "region" }, message: "must have required property 'region'" };
                  if (vErrors === null) {
                    vErrors = [err225];
                  } else {
                    vErrors.push(err225);
                  }
                  errors++;
                }
                if (data122.usdPerHour === void 0) {
                  const err226 = { instancePath: instancePath + "/vwan/" + i7, schemaPath: "#/properties/vwan/items/required", keyword: "required", params: { missingProperty: "usdPerHour" }, message: "must have required property 'usdPerHour'" };
                  if (vErrors === null) {
                    vErrors = [err226];
                  } else {
                    vErrors.push(err226);
                  }
                  errors++;
                }
                if (data122.source === void 0) {
                  const err227 = { instancePath: instancePath + "/vwan/" + i7, schemaPath: "#/properties/vwan/items/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
                  if (vErrors === null) {
                    vErrors = [err227];
                  } else {
                    vErrors.push(err227);
                  }
                  errors++;
                }
                for (const key18 in data122) {
                  if (!(key18 === "kind" || key18 === "region" || key18 === "usdPerHour" || key18 === "source" || key18 === "unverified" || key18 === "meter")) {
                    const err228 = { instancePath: instancePath + "/vwan/" + i7, schemaPath: "#/properties/vwan/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err228];
                    } else {
                      vErrors.push(err228);
                    }
                    errors++;
                  }
                }
                if (data122.kind !== void 0) {
                  let data123 = data122.kind;
                  if (!(data123 === "scaleUnit" || data123 === "connectionUnit")) {
                    const err229 = { instancePath: instancePath + "/vwan/" + i7 + "/kind", schemaPath: "#/properties/vwan/items/properties/kind/enum", keyword: "enum", params: { allowedValues: schema11.properties.vwan.items.properties.kind.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err229];
                    } else {
                      vErrors.push(err229);
                    }
                    errors++;
                  }
                }
                if (data122.region !== void 0) {
                  let data124 = data122.region;
                  if (typeof data124 === "string") {
                    if (func3(data124) < 1) {
                      const err230 = { instancePath: instancePath + "/vwan/" + i7 + "/region", schemaPath: "#/properties/vwan/items/properties/region/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err230];
                      } else {
                        vErrors.push(err230);
                      }
                      errors++;
                    }
                  } else {
                    const err231 = { instancePath: instancePath + "/vwan/" + i7 + "/region", schemaPath: "#/properties/vwan/items/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err231];
                    } else {
                      vErrors.push(err231);
                    }
                    errors++;
                  }
                }
                if (data122.usdPerHour !== void 0) {
                  let data125 = data122.usdPerHour;
                  if (!(typeof data125 == "number") && data125 !== null) {
                    const err232 = { instancePath: instancePath + "/vwan/" + i7 + "/usdPerHour", schemaPath: "#/definitions/price/type", keyword: "type", params: { type: schema13.type }, message: "must be number,null" };
                    if (vErrors === null) {
                      vErrors = [err232];
                    } else {
                      vErrors.push(err232);
                    }
                    errors++;
                  }
                  if (typeof data125 == "number") {
                    if (data125 < 0 || isNaN(data125)) {
                      const err233 = { instancePath: instancePath + "/vwan/" + i7 + "/usdPerHour", schemaPath: "#/definitions/price/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err233];
                      } else {
                        vErrors.push(err233);
                      }
                      errors++;
                    }
                  }
                }
                if (data122.source !== void 0) {
                  let data126 = data122.source;
                  if (typeof data126 === "string") {
                    if (func3(data126) < 1) {
                      const err234 = { instancePath: instancePath + "/vwan/" + i7 + "/source", schemaPath: "#/definitions/sourceRef/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err234];
                      } else {
                        vErrors.push(err234);
                      }
                      errors++;
                    }
                  } else {
                    const err235 = { instancePath: instancePath + "/vwan/" + i7 + "/source", schemaPath: "#/definitions/sourceRef/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err235];
                    } else {
                      vErrors.push(err235);
                    }
                    errors++;
                  }
                }
                if (data122.unverified !== void 0) {
                  let data127 = data122.unverified;
                  if (typeof data127 === "string") {
                    if (func3(data127) < 1) {
                      const err236 = { instancePath: instancePath + "/vwan/" + i7 + "/unverified", schemaPath: "#/definitions/unverified/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err236];
                      } else {
                        vErrors.push(err236);
                      }
                      errors++;
                    }
                  } else {
                    const err237 = { instancePath: instancePath + "/vwan/" + i7 + "/unverified", schemaPath: "#/definitions/unverified/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err237];
                    } else {
                      vErrors.push(err237);
                    }
                    errors++;
                  }
                }
                if (data122.meter !== void 0) {
                  let data128 = data122.meter;
                  if (data128 && typeof data128 == "object" && !Array.isArray(data128)) {
                    for (const key19 in data128) {
                      if (!(key19 === "meterId" || key19 === "meterName" || key19 === "productName" || key19 === "skuName" || key19 === "armRegionName" || key19 === "unitOfMeasure" || key19 === "effectiveStartDate")) {
                        const err238 = { instancePath: instancePath + "/vwan/" + i7 + "/meter", schemaPath: "#/definitions/meter/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err238];
                        } else {
                          vErrors.push(err238);
                        }
                        errors++;
                      }
                    }
                    if (data128.meterId !== void 0) {
                      if (typeof data128.meterId !== "string") {
                        const err239 = { instancePath: instancePath + "/vwan/" + i7 + "/meter/meterId", schemaPath: "#/definitions/meter/properties/meterId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err239];
                        } else {
                          vErrors.push(err239);
                        }
                        errors++;
                      }
                    }
                    if (data128.meterName !== void 0) {
                      if (typeof data128.meterName !== "string") {
                        const err240 = { instancePath: instancePath + "/vwan/" + i7 + "/meter/meterName", schemaPath: "#/definitions/meter/properties/meterName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err240];
                        } else {
                          vErrors.push(err240);
                        }
                        errors++;
                      }
                    }
                    if (data128.productName !== void 0) {
                      if (typeof data128.productName !== "string") {
                        const err241 = { instancePath: instancePath + "/vwan/" + i7 + "/meter/productName", schemaPath: "#/definitions/meter/properties/productName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err241];
                        } else {
                          vErrors.push(err241);
                        }
                        errors++;
                      }
                    }
                    if (data128.skuName !== void 0) {
                      if (typeof data128.skuName !== "string") {
                        const err242 = { instancePath: instancePath + "/vwan/" + i7 + "/meter/skuName", schemaPath: "#/definitions/meter/properties/skuName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err242];
                        } else {
                          vErrors.push(err242);
                        }
                        errors++;
                      }
                    }
                    if (data128.armRegionName !== void 0) {
                      if (typeof data128.armRegionName !== "string") {
                        const err243 = { instancePath: instancePath + "/vwan/" + i7 + "/meter/armRegionName", schemaPath: "#/definitions/meter/properties/armRegionName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err243];
                        } else {
                          vErrors.push(err243);
                        }
                        errors++;
                      }
                    }
                    if (data128.unitOfMeasure !== void 0) {
                      if (typeof data128.unitOfMeasure !== "string") {
                        const err244 = { instancePath: instancePath + "/vwan/" + i7 + "/meter/unitOfMeasure", schemaPath: "#/definitions/meter/properties/unitOfMeasure/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err244];
                        } else {
                          vErrors.push(err244);
                        }
                        errors++;
                      }
                    }
                    if (data128.effectiveStartDate !== void 0) {
                      if (typeof data128.effectiveStartDate !== "string") {
                        const err245 = { instancePath: instancePath + "/vwan/" + i7 + "/meter/effectiveStartDate", schemaPath: "#/definitions/meter/properties/effectiveStartDate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err245];
                        } else {
                          vErrors.push(err245);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err246 = { instancePath: instancePath + "/vwan/" + i7 + "/meter", schemaPath: "#/definitions/meter/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err246];
                    } else {
                      vErrors.push(err246);
                    }
                    errors++;
                  }
                }
              } else {
                const err247 = { instancePath: instancePath + "/vwan/" + i7, schemaPath: "#/properties/vwan/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err247];
                } else {
                  vErrors.push(err247);
                }
                errors++;
              }
            }
          } else {
            const err248 = { instancePath: instancePath + "/vwan", schemaPath: "#/properties/vwan/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err248];
            } else {
              vErrors.push(err248);
            }
            errors++;
          }
        }
      } else {
        const err249 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err249];
        } else {
          vErrors.push(err249);
        }
        errors++;
      }
      validate10.errors = vErrors;
      return errors === 0;
    }
  }
});

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      const matches = DATE.exec(str);
      if (!matches)
        return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
          return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str) {
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      BYTE.lastIndex = 0;
      return BYTE.test(str);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return false;
      try {
        new RegExp(str);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

// dist/util/schema-validators/report.cjs
var require_report = __commonJS({
  "dist/util/schema-validators/report.cjs"(exports, module) {
    "use strict";
    module.exports = validate10;
    module.exports.default = validate10;
    var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/erscan/erscan/schemas/report.schema.json", "title": "erscan JSON report (schemaVersion 1)", "description": "The contract of design.md. Fields may be added in later versions; none of these are removed or renamed.", "type": "object", "required": ["schemaVersion", "tool", "generatedAt", "coverage", "inventory", "findings", "costs", "priceCatalogue"], "properties": { "schemaVersion": { "const": 1 }, "tool": { "type": "object", "required": ["name", "version"], "properties": { "name": { "const": "erscan" }, "version": { "type": "string" } } }, "generatedAt": { "type": "string", "format": "date-time" }, "coverage": { "type": "object", "required": ["complete", "gaps"], "properties": { "complete": { "type": "boolean" }, "gaps": { "type": "array", "items": { "type": "object", "required": ["scope", "reason"], "properties": { "scope": { "type": "string" }, "reason": { "type": "string" } } } } } }, "inventory": { "type": "object", "required": ["circuits", "peerings", "ports", "gateways", "connections", "subscriptions", "tenants"], "properties": { "circuits": { "type": "integer", "minimum": 0 }, "peerings": { "type": "integer", "minimum": 0 }, "ports": { "type": "integer", "minimum": 0 }, "gateways": { "type": "integer", "minimum": 0 }, "connections": { "type": "integer", "minimum": 0 }, "subscriptions": { "type": "integer", "minimum": 0 }, "tenants": { "type": "integer", "minimum": 0 } } }, "findings": { "type": "array", "items": { "$ref": "#/definitions/finding" } }, "fixed": { "type": "array", "items": { "$ref": "#/definitions/finding" } }, "costs": { "type": "array", "items": { "type": "object", "required": ["resourceId", "zone", "tier", "billingModel", "bandwidthMbps", "egressGbPerMonth", "egressSource", "monthlyUsd", "breakEvenGbPerMonth", "recommendation"], "properties": { "resourceId": { "type": "string" }, "zone": { "enum": ["Zone 1", "Zone 2", "Zone 3", "Zone 4", "US Gov", null] }, "tier": { "type": "string" }, "billingModel": { "type": "string" }, "bandwidthMbps": { "type": "number" }, "egressGbPerMonth": { "type": "number" }, "egressSource": { "enum": ["usage", "metrics", "none"] }, "monthlyUsd": { "type": "object", "required": ["current", "metered", "unlimited", "local"], "properties": { "current": { "type": ["number", "null"] }, "metered": { "type": ["number", "null"] }, "unlimited": { "type": ["number", "null"] }, "local": { "type": ["number", "null"] } } }, "breakEvenGbPerMonth": { "type": ["number", "null"] }, "recommendation": { "oneOf": [{ "type": "null" }, { "type": "object", "required": ["billingModel", "tier", "monthlySavingsUsd", "reason"], "properties": { "billingModel": { "type": "string" }, "tier": { "type": "string" }, "monthlySavingsUsd": { "type": "number" }, "reason": { "type": "string" } } }] } } } }, "priceCatalogue": { "type": "object", "required": ["effectiveDate", "currency", "source"], "properties": { "effectiveDate": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$" }, "currency": { "type": "string" }, "source": { "type": "string" } } } }, "definitions": { "finding": { "type": "object", "required": ["ruleId", "ruleName", "category", "severity", "resourceId", "resourceType", "message", "fingerprint"], "properties": { "ruleId": { "type": "string", "minLength": 1 }, "ruleName": { "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$" }, "category": { "enum": ["redundancy", "sku", "bgp", "encryption", "cost", "hygiene"] }, "severity": { "enum": ["critical", "high", "medium", "low", "info"] }, "resourceId": { "type": "string", "minLength": 1 }, "resourceType": { "type": "string", "pattern": "^Microsoft\\.Network/" }, "message": { "type": "string", "minLength": 1 }, "location": { "type": "object", "required": ["file", "line", "column"], "properties": { "file": { "type": "string" }, "line": { "type": "integer", "minimum": 1 }, "column": { "type": "integer", "minimum": 1 } } }, "fingerprint": { "type": "string", "minLength": 1 }, "suppression": { "type": "object", "required": ["justification"], "properties": { "justification": { "type": "string" }, "expires": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$" } } }, "baselineState": { "enum": ["new", "unchanged"] } } } } };
    var schema12 = { "type": "object", "required": ["ruleId", "ruleName", "category", "severity", "resourceId", "resourceType", "message", "fingerprint"], "properties": { "ruleId": { "type": "string", "minLength": 1 }, "ruleName": { "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$" }, "category": { "enum": ["redundancy", "sku", "bgp", "encryption", "cost", "hygiene"] }, "severity": { "enum": ["critical", "high", "medium", "low", "info"] }, "resourceId": { "type": "string", "minLength": 1 }, "resourceType": { "type": "string", "pattern": "^Microsoft\\.Network/" }, "message": { "type": "string", "minLength": 1 }, "location": { "type": "object", "required": ["file", "line", "column"], "properties": { "file": { "type": "string" }, "line": { "type": "integer", "minimum": 1 }, "column": { "type": "integer", "minimum": 1 } } }, "fingerprint": { "type": "string", "minLength": 1 }, "suppression": { "type": "object", "required": ["justification"], "properties": { "justification": { "type": "string" }, "expires": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$" } } }, "baselineState": { "enum": ["new", "unchanged"] } } };
    var formats0 = require_formats().fullFormats["date-time"];
    var func2 = require_ucs2length().default;
    var pattern0 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");
    var pattern1 = new RegExp("^Microsoft\\.Network/", "u");
    var pattern2 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
    function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.schemaVersion === void 0) {
          const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schemaVersion" }, message: "must have required property 'schemaVersion'" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data.tool === void 0) {
          const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tool" }, message: "must have required property 'tool'" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data.generatedAt === void 0) {
          const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "generatedAt" }, message: "must have required property 'generatedAt'" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data.coverage === void 0) {
          const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "coverage" }, message: "must have required property 'coverage'" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data.inventory === void 0) {
          const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "inventory" }, message: "must have required property 'inventory'" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data.findings === void 0) {
          const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "findings" }, message: "must have required property 'findings'" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data.costs === void 0) {
          const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "costs" }, message: "must have required property 'costs'" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data.priceCatalogue === void 0) {
          const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "priceCatalogue" }, message: "must have required property 'priceCatalogue'" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data.schemaVersion !== void 0) {
          if (1 !== data.schemaVersion) {
            const err8 = { instancePath: instancePath + "/schemaVersion", schemaPath: "#/properties/schemaVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data.tool !== void 0) {
          let data1 = data.tool;
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1.name === void 0) {
              const err9 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (data1.version === void 0) {
              const err10 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            if (data1.name !== void 0) {
              if ("erscan" !== data1.name) {
                const err11 = { instancePath: instancePath + "/tool/name", schemaPath: "#/properties/tool/properties/name/const", keyword: "const", params: { allowedValue: "erscan" }, message: "must be equal to constant" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data1.version !== void 0) {
              if (typeof data1.version !== "string") {
                const err12 = { instancePath: instancePath + "/tool/version", schemaPath: "#/properties/tool/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
          } else {
            const err13 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data.generatedAt !== void 0) {
          let data4 = data.generatedAt;
          if (typeof data4 === "string") {
            if (!formats0.validate(data4)) {
              const err14 = { instancePath: instancePath + "/generatedAt", schemaPath: "#/properties/generatedAt/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = { instancePath: instancePath + "/generatedAt", schemaPath: "#/properties/generatedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data.coverage !== void 0) {
          let data5 = data.coverage;
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            if (data5.complete === void 0) {
              const err16 = { instancePath: instancePath + "/coverage", schemaPath: "#/properties/coverage/required", keyword: "required", params: { missingProperty: "complete" }, message: "must have required property 'complete'" };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (data5.gaps === void 0) {
              const err17 = { instancePath: instancePath + "/coverage", schemaPath: "#/properties/coverage/required", keyword: "required", params: { missingProperty: "gaps" }, message: "must have required property 'gaps'" };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (data5.complete !== void 0) {
              if (typeof data5.complete !== "boolean") {
                const err18 = { instancePath: instancePath + "/coverage/complete", schemaPath: "#/properties/coverage/properties/complete/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data5.gaps !== void 0) {
              let data7 = data5.gaps;
              if (Array.isArray(data7)) {
                const len0 = data7.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data8 = data7[i0];
                  if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                    if (data8.scope === void 0) {
                      const err19 = { instancePath: instancePath + "/coverage/gaps/" + i0, schemaPath: "#/properties/coverage/properties/gaps/items/required", keyword: "required", params: { missingProperty: "scope" }, message: "must have required property 'scope'" };
                      if (vErrors === null) {
                        vErrors = [err19];
                      } else {
                        vErrors.push(err19);
                      }
                      errors++;
                    }
                    if (data8.reason === void 0) {
                      const err20 = { instancePath: instancePath + "/coverage/gaps/" + i0, schemaPath: "#/properties/coverage/properties/gaps/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
                      if (vErrors === null) {
                        vErrors = [err20];
                      } else {
                        vErrors.push(err20);
                      }
                      errors++;
                    }
                    if (data8.scope !== void 0) {
                      if (typeof data8.scope !== "string") {
                        const err21 = { instancePath: instancePath + "/coverage/gaps/" + i0 + "/scope", schemaPath: "#/properties/coverage/properties/gaps/items/properties/scope/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err21];
                        } else {
                          vErrors.push(err21);
                        }
                        errors++;
                      }
                    }
                    if (data8.reason !== void 0) {
                      if (typeof data8.reason !== "string") {
                        const err22 = { instancePath: instancePath + "/coverage/gaps/" + i0 + "/reason", schemaPath: "#/properties/coverage/properties/gaps/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err22];
                        } else {
                          vErrors.push(err22);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err23 = { instancePath: instancePath + "/coverage/gaps/" + i0, schemaPath: "#/properties/coverage/properties/gaps/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err23];
                    } else {
                      vErrors.push(err23);
                    }
                    errors++;
                  }
                }
              } else {
                const err24 = { instancePath: instancePath + "/coverage/gaps", schemaPath: "#/properties/coverage/properties/gaps/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
          } else {
            const err25 = { instancePath: instancePath + "/coverage", schemaPath: "#/properties/coverage/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data.inventory !== void 0) {
          let data11 = data.inventory;
          if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
            if (data11.circuits === void 0) {
              const err26 = { instancePath: instancePath + "/inventory", schemaPath: "#/properties/inventory/required", keyword: "required", params: { missingProperty: "circuits" }, message: "must have required property 'circuits'" };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
            if (data11.peerings === void 0) {
              const err27 = { instancePath: instancePath + "/inventory", schemaPath: "#/properties/inventory/required", keyword: "required", params: { missingProperty: "peerings" }, message: "must have required property 'peerings'" };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
            if (data11.ports === void 0) {
              const err28 = { instancePath: instancePath + "/inventory", schemaPath: "#/properties/inventory/required", keyword: "required", params: { missingProperty: "ports" }, message: "must have required property 'ports'" };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
            if (data11.gateways === void 0) {
              const err29 = { instancePath: instancePath + "/inventory", schemaPath: "#/properties/inventory/required", keyword: "required", params: { missingProperty: "gateways" }, message: "must have required property 'gateways'" };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            if (data11.connections === void 0) {
              const err30 = { instancePath: instancePath + "/inventory", schemaPath: "#/properties/inventory/required", keyword: "required", params: { missingProperty: "connections" }, message: "must have required property 'connections'" };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
            if (data11.subscriptions === void 0) {
              const err31 = { instancePath: instancePath + "/inventory", schemaPath: "#/properties/inventory/required", keyword: "required", params: { missingProperty: "subscriptions" }, message: "must have required property 'subscriptions'" };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
            if (data11.tenants === void 0) {
              const err32 = { instancePath: instancePath + "/inventory", schemaPath: "#/properties/inventory/required", keyword: "required", params: { missingProperty: "tenants" }, message: "must have required property 'tenants'" };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            if (data11.circuits !== void 0) {
              let data12 = data11.circuits;
              if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)))) {
                const err33 = { instancePath: instancePath + "/inventory/circuits", schemaPath: "#/properties/inventory/properties/circuits/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
              if (typeof data12 == "number") {
                if (data12 < 0 || isNaN(data12)) {
                  const err34 = { instancePath: instancePath + "/inventory/circuits", schemaPath: "#/properties/inventory/properties/circuits/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
              }
            }
            if (data11.peerings !== void 0) {
              let data13 = data11.peerings;
              if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)))) {
                const err35 = { instancePath: instancePath + "/inventory/peerings", schemaPath: "#/properties/inventory/properties/peerings/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
              if (typeof data13 == "number") {
                if (data13 < 0 || isNaN(data13)) {
                  const err36 = { instancePath: instancePath + "/inventory/peerings", schemaPath: "#/properties/inventory/properties/peerings/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
              }
            }
            if (data11.ports !== void 0) {
              let data14 = data11.ports;
              if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)))) {
                const err37 = { instancePath: instancePath + "/inventory/ports", schemaPath: "#/properties/inventory/properties/ports/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
              if (typeof data14 == "number") {
                if (data14 < 0 || isNaN(data14)) {
                  const err38 = { instancePath: instancePath + "/inventory/ports", schemaPath: "#/properties/inventory/properties/ports/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
              }
            }
            if (data11.gateways !== void 0) {
              let data15 = data11.gateways;
              if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)))) {
                const err39 = { instancePath: instancePath + "/inventory/gateways", schemaPath: "#/properties/inventory/properties/gateways/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
              if (typeof data15 == "number") {
                if (data15 < 0 || isNaN(data15)) {
                  const err40 = { instancePath: instancePath + "/inventory/gateways", schemaPath: "#/properties/inventory/properties/gateways/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
              }
            }
            if (data11.connections !== void 0) {
              let data16 = data11.connections;
              if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)))) {
                const err41 = { instancePath: instancePath + "/inventory/connections", schemaPath: "#/properties/inventory/properties/connections/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
              if (typeof data16 == "number") {
                if (data16 < 0 || isNaN(data16)) {
                  const err42 = { instancePath: instancePath + "/inventory/connections", schemaPath: "#/properties/inventory/properties/connections/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err42];
                  } else {
                    vErrors.push(err42);
                  }
                  errors++;
                }
              }
            }
            if (data11.subscriptions !== void 0) {
              let data17 = data11.subscriptions;
              if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)))) {
                const err43 = { instancePath: instancePath + "/inventory/subscriptions", schemaPath: "#/properties/inventory/properties/subscriptions/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
              if (typeof data17 == "number") {
                if (data17 < 0 || isNaN(data17)) {
                  const err44 = { instancePath: instancePath + "/inventory/subscriptions", schemaPath: "#/properties/inventory/properties/subscriptions/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err44];
                  } else {
                    vErrors.push(err44);
                  }
                  errors++;
                }
              }
            }
            if (data11.tenants !== void 0) {
              let data18 = data11.tenants;
              if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)))) {
                const err45 = { instancePath: instancePath + "/inventory/tenants", schemaPath: "#/properties/inventory/properties/tenants/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
              if (typeof data18 == "number") {
                if (data18 < 0 || isNaN(data18)) {
                  const err46 = { instancePath: instancePath + "/inventory/tenants", schemaPath: "#/properties/inventory/properties/tenants/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err46];
                  } else {
                    vErrors.push(err46);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err47 = { instancePath: instancePath + "/inventory", schemaPath: "#/properties/inventory/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        if (data.findings !== void 0) {
          let data19 = data.findings;
          if (Array.isArray(data19)) {
            const len1 = data19.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data20 = data19[i1];
              if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                if (data20.ruleId === void 0) {
                  const err48 = { instancePath: instancePath + "/findings/" + i1, schemaPath: "#/definitions/finding/required", keyword: "required", params: { missingProperty: "ruleId" }, message: "must have required property 'ruleId'" };
                  if (vErrors === null) {
                    vErrors = [err48];
                  } else {
                    vErrors.push(err48);
                  }
                  errors++;
                }
                if (data20.ruleName === void 0) {
                  const err49 = { instancePath: instancePath + "/findings/" + i1, schemaPath: "#/definitions/finding/required", keyword: "required", params: { missingProperty: "ruleName" }, message: "must have required property 'ruleName'" };
                  if (vErrors === null) {
                    vErrors = [err49];
                  } else {
                    vErrors.push(err49);
                  }
                  errors++;
                }
                if (data20.category === void 0) {
                  const err50 = { instancePath: instancePath + "/findings/" + i1, schemaPath: "#/definitions/finding/required", keyword: "required", params: { missingProperty: "category" }, message: "must have required property 'category'" };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
                if (data20.severity === void 0) {
                  const err51 = { instancePath: instancePath + "/findings/" + i1, schemaPath: "#/definitions/finding/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property 'severity'" };
                  if (vErrors === null) {
                    vErrors = [err51];
                  } else {
                    vErrors.push(err51);
                  }
                  errors++;
                }
                if (data20.resourceId === void 0) {
                  const err52 = { instancePath: instancePath + "/findings/" + i1, schemaPath: "#/definitions/finding/required", keyword: "required", params: { missingProperty: "resourceId" }, message: "must have required property 'resourceId'" };
                  if (vErrors === null) {
                    vErrors = [err52];
                  } else {
                    vErrors.push(err52);
                  }
                  errors++;
                }
                if (data20.resourceType === void 0) {
                  const err53 = { instancePath: instancePath + "/findings/" + i1, schemaPath: "#/definitions/finding/required", keyword: "required", params: { missingProperty: "resourceType" }, message: "must have required property 'resourceType'" };
                  if (vErrors === null) {
                    vErrors = [err53];
                  } else {
                    vErrors.push(err53);
                  }
                  errors++;
                }
                if (data20.message === void 0) {
                  const err54 = { instancePath: instancePath + "/findings/" + i1, schemaPath: "#/definitions/finding/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
                  if (vErrors === null) {
                    vErrors = [err54];
                  } else {
                    vErrors.push(err54);
                  }
                  errors++;
                }
                if (data20.fingerprint === void 0) {
                  const err55 = { instancePath: instancePath + "/findings/" + i1, schemaPath: "#/definitions/finding/required", keyword: "required", params: { missingProperty: "fingerprint" }, message: "must have required property 'fingerprint'" };
                  if (vErrors === null) {
                    vErrors = [err55];
                  } else {
                    vErrors.push(err55);
                  }
                  errors++;
                }
                if (data20.ruleId !== void 0) {
                  let data21 = data20.ruleId;
                  if (typeof data21 === "string") {
                    if (func2(data21) < 1) {
                      const err56 = { instancePath: instancePath + "/findings/" + i1 + "/ruleId", schemaPath: "#/definitions/finding/properties/ruleId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err56];
                      } else {
                        vErrors.push(err56);
                      }
                      errors++;
                    }
                  } else {
                    const err57 = { instancePath: instancePath + "/findings/" + i1 + "/ruleId", schemaPath: "#/definitions/finding/properties/ruleId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err57];
                    } else {
                      vErrors.push(err57);
                    }
                    errors++;
                  }
                }
                if (data20.ruleName !== void 0) {
                  let data22 = data20.ruleName;
                  if (typeof data22 === "string") {
                    if (!pattern0.test(data22)) {
                      const err58 = { instancePath: instancePath + "/findings/" + i1 + "/ruleName", schemaPath: "#/definitions/finding/properties/ruleName/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(-[a-z0-9]+)*$"' };
                      if (vErrors === null) {
                        vErrors = [err58];
                      } else {
                        vErrors.push(err58);
                      }
                      errors++;
                    }
                  } else {
                    const err59 = { instancePath: instancePath + "/findings/" + i1 + "/ruleName", schemaPath: "#/definitions/finding/properties/ruleName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err59];
                    } else {
                      vErrors.push(err59);
                    }
                    errors++;
                  }
                }
                if (data20.category !== void 0) {
                  let data23 = data20.category;
                  if (!(data23 === "redundancy" || data23 === "sku" || data23 === "bgp" || data23 === "encryption" || data23 === "cost" || data23 === "hygiene")) {
                    const err60 = { instancePath: instancePath + "/findings/" + i1 + "/category", schemaPath: "#/definitions/finding/properties/category/enum", keyword: "enum", params: { allowedValues: schema12.properties.category.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err60];
                    } else {
                      vErrors.push(err60);
                    }
                    errors++;
                  }
                }
                if (data20.severity !== void 0) {
                  let data24 = data20.severity;
                  if (!(data24 === "critical" || data24 === "high" || data24 === "medium" || data24 === "low" || data24 === "info")) {
                    const err61 = { instancePath: instancePath + "/findings/" + i1 + "/severity", schemaPath: "#/definitions/finding/properties/severity/enum", keyword: "enum", params: { allowedValues: schema12.properties.severity.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err61];
                    } else {
                      vErrors.push(err61);
                    }
                    errors++;
                  }
                }
                if (data20.resourceId !== void 0) {
                  let data25 = data20.resourceId;
                  if (typeof data25 === "string") {
                    if (func2(data25) < 1) {
                      const err62 = { instancePath: instancePath + "/findings/" + i1 + "/resourceId", schemaPath: "#/definitions/finding/properties/resourceId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err62];
                      } else {
                        vErrors.push(err62);
                      }
                      errors++;
                    }
                  } else {
                    const err63 = { instancePath: instancePath + "/findings/" + i1 + "/resourceId", schemaPath: "#/definitions/finding/properties/resourceId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err63];
                    } else {
                      vErrors.push(err63);
                    }
                    errors++;
                  }
                }
                if (data20.resourceType !== void 0) {
                  let data26 = data20.resourceType;
                  if (typeof data26 === "string") {
                    if (!pattern1.test(data26)) {
                      const err64 = { instancePath: instancePath + "/findings/" + i1 + "/resourceType", schemaPath: "#/definitions/finding/properties/resourceType/pattern", keyword: "pattern", params: { pattern: "^Microsoft\\.Network/" }, message: 'must match pattern "^Microsoft\\.Network/"' };
                      if (vErrors === null) {
                        vErrors = [err64];
                      } else {
                        vErrors.push(err64);
                      }
                      errors++;
                    }
                  } else {
                    const err65 = { instancePath: instancePath + "/findings/" + i1 + "/resourceType", schemaPath: "#/definitions/finding/properties/resourceType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err65];
                    } else {
                      vErrors.push(err65);
                    }
                    errors++;
                  }
                }
                if (data20.message !== void 0) {
                  let data27 = data20.message;
                  if (typeof data27 === "string") {
                    if (func2(data27) < 1) {
                      const err66 = { instancePath: instancePath + "/findings/" + i1 + "/message", schemaPath: "#/definitions/finding/properties/message/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err66];
                      } else {
                        vErrors.push(err66);
                      }
                      errors++;
                    }
                  } else {
                    const err67 = { instancePath: instancePath + "/findings/" + i1 + "/message", schemaPath: "#/definitions/finding/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err67];
                    } else {
                      vErrors.push(err67);
                    }
                    errors++;
                  }
                }
                if (data20.location !== void 0) {
                  let data28 = data20.location;
                  if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
                    if (data28.file === void 0) {
                      const err68 = { instancePath: instancePath + "/findings/" + i1 + "/location", schemaPath: "#/definitions/finding/properties/location/required", keyword: "required", params: { missingProperty: "file" }, message: "must have required property 'file'" };
                      if (vErrors === null) {
                        vErrors = [err68];
                      } else {
                        vErrors.push(err68);
                      }
                      errors++;
                    }
                    if (data28.line === void 0) {
                      const err69 = { instancePath: instancePath + "/findings/" + i1 + "/location", schemaPath: "#/definitions/finding/properties/location/required", keyword: "required", params: { missingProperty: "line" }, message: "must have required property 'line'" };
                      if (vErrors === null) {
                        vErrors = [err69];
                      } else {
                        vErrors.push(err69);
                      }
                      errors++;
                    }
                    if (data28.column === void 0) {
                      const err70 = { instancePath: instancePath + "/findings/" + i1 + "/location", schemaPath: "#/definitions/finding/properties/location/required", keyword: "required", params: { missingProperty: "column" }, message: "must have required property 'column'" };
                      if (vErrors === null) {
                        vErrors = [err70];
                      } else {
                        vErrors.push(err70);
                      }
                      errors++;
                    }
                    if (data28.file !== void 0) {
                      if (typeof data28.file !== "string") {
                        const err71 = { instancePath: instancePath + "/findings/" + i1 + "/location/file", schemaPath: "#/definitions/finding/properties/location/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err71];
                        } else {
                          vErrors.push(err71);
                        }
                        errors++;
                      }
                    }
                    if (data28.line !== void 0) {
                      let data30 = data28.line;
                      if (!(typeof data30 == "number" && (!(data30 % 1) && !isNaN(data30)))) {
                        const err72 = { instancePath: instancePath + "/findings/" + i1 + "/location/line", schemaPath: "#/definitions/finding/properties/location/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err72];
                        } else {
                          vErrors.push(err72);
                        }
                        errors++;
                      }
                      if (typeof data30 == "number") {
                        if (data30 < 1 || isNaN(data30)) {
                          const err73 = { instancePath: instancePath + "/findings/" + i1 + "/location/line", schemaPath: "#/definitions/finding/properties/location/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                          if (vErrors === null) {
                            vErrors = [err73];
                          } else {
                            vErrors.push(err73);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data28.column !== void 0) {
                      let data31 = data28.column;
                      if (!(typeof data31 == "number" && (!(data31 % 1) && !isNaN(data31)))) {
                        const err74 = { instancePath: instancePath + "/findings/" + i1 + "/location/column", schemaPath: "#/definitions/finding/properties/location/properties/column/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err74];
                        } else {
                          vErrors.push(err74);
                        }
                        errors++;
                      }
                      if (typeof data31 == "number") {
                        if (data31 < 1 || isNaN(data31)) {
                          const err75 = { instancePath: instancePath + "/findings/" + i1 + "/location/column", schemaPath: "#/definitions/finding/properties/location/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                          if (vErrors === null) {
                            vErrors = [err75];
                          } else {
                            vErrors.push(err75);
                          }
                          errors++;
                        }
                      }
                    }
                  } else {
                    const err76 = { instancePath: instancePath + "/findings/" + i1 + "/location", schemaPath: "#/definitions/finding/properties/location/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err76];
                    } else {
                      vErrors.push(err76);
                    }
                    errors++;
                  }
                }
                if (data20.fingerprint !== void 0) {
                  let data32 = data20.fingerprint;
                  if (typeof data32 === "string") {
                    if (func2(data32) < 1) {
                      const err77 = { instancePath: instancePath + "/findings/" + i1 + "/fingerprint", schemaPath: "#/definitions/finding/properties/fingerprint/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err77];
                      } else {
                        vErrors.push(err77);
                      }
                      errors++;
                    }
                  } else {
                    const err78 = { instancePath: instancePath + "/findings/" + i1 + "/fingerprint", schemaPath: "#/definitions/finding/properties/fingerprint/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err78];
                    } else {
                      vErrors.push(err78);
                    }
                    errors++;
                  }
                }
                if (data20.suppression !== void 0) {
                  let data33 = data20.suppression;
                  if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                    if (data33.justification === void 0) {
                      const err79 = { instancePath: instancePath + "/findings/" + i1 + "/suppression", schemaPath: "#/definitions/finding/properties/suppression/required", keyword: "required", params: { missingProperty: "justification" }, message: "must have required property 'justification'" };
                      if (vErrors === null) {
                        vErrors = [err79];
                      } else {
                        vErrors.push(err79);
                      }
                      errors++;
                    }
                    if (data33.justification !== void 0) {
                      if (typeof data33.justification !== "string") {
                        const err80 = { instancePath: instancePath + "/findings/" + i1 + "/suppression/justification", schemaPath: "#/definitions/finding/properties/suppression/properties/justification/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err80];
                        } else {
                          vErrors.push(err80);
                        }
                        errors++;
                      }
                    }
                    if (data33.expires !== void 0) {
                      let data35 = data33.expires;
                      if (typeof data35 === "string") {
                        if (!pattern2.test(data35)) {
                          const err81 = { instancePath: instancePath + "/findings/" + i1 + "/suppression/expires", schemaPath: "#/definitions/finding/properties/suppression/properties/expires/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"' };
                          if (vErrors === null) {
                            vErrors = [err81];
                          } else {
                            vErrors.push(err81);
                          }
                          errors++;
                        }
                      } else {
                        const err82 = { instancePath: instancePath + "/findings/" + i1 + "/suppression/expires", schemaPath: "#/definitions/finding/properties/suppression/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err82];
                        } else {
                          vErrors.push(err82);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err83 = { instancePath: instancePath + "/findings/" + i1 + "/suppression", schemaPath: "#/definitions/finding/properties/suppression/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err83];
                    } else {
                      vErrors.push(err83);
                    }
                    errors++;
                  }
                }
                if (data20.baselineState !== void 0) {
                  let data36 = data20.baselineState;
                  if (!(data36 === "new" || data36 === "unchanged")) {
                    const err84 = { instancePath: instancePath + "/findings/" + i1 + "/baselineState", schemaPath: "#/definitions/finding/properties/baselineState/enum", keyword: "enum", params: { allowedValues: schema12.properties.baselineState.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err84];
                    } else {
                      vErrors.push(err84);
                    }
                    errors++;
                  }
                }
              } else {
                const err85 = { instancePath: instancePath + "/findings/" + i1, schemaPath: "#/definitions/finding/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err85];
                } else {
                  vErrors.push(err85);
                }
                errors++;
              }
            }
          } else {
            const err86 = { instancePath: instancePath + "/findings", schemaPath: "#/properties/findings/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err86];
            } else {
              vErrors.push(err86);
            }
            errors++;
          }
        }
        if (data.fixed !== void 0) {
          let data37 = data.fixed;
          if (Array.isArray(data37)) {
            const len2 = data37.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data38 = data37[i2];
              if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
                if (data38.ruleId === void 0) {
                  const err87 = { instancePath: instancePath + "/fixed/" + i2, schemaPath: "#/definitions/finding/required", keyword: "required", params: { missingProperty: "ruleId" }, message: "must have required property 'ruleId'" };
                  if (vErrors === null) {
                    vErrors = [err87];
                  } else {
                    vErrors.push(err87);
                  }
                  errors++;
                }
                if (data38.ruleName === void 0) {
                  const err88 = { instancePath: instancePath + "/fixed/" + i2, schemaPath: "#/definitions/finding/required", keyword: "required", params: { missingProperty: "ruleName" }, message: "must have required property 'ruleName'" };
                  if (vErrors === null) {
                    vErrors = [err88];
                  } else {
                    vErrors.push(err88);
                  }
                  errors++;
                }
                if (data38.category === void 0) {
                  const err89 = { instancePath: instancePath + "/fixed/" + i2, schemaPath: "#/definitions/finding/required", keyword: "required", params: { missingProperty: "category" }, message: "must have required property 'category'" };
                  if (vErrors === null) {
                    vErrors = [err89];
                  } else {
                    vErrors.push(err89);
                  }
                  errors++;
                }
                if (data38.severity === void 0) {
                  const err90 = { instancePath: instancePath + "/fixed/" + i2, schemaPath: "#/definitions/finding/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property 'severity'" };
                  if (vErrors === null) {
                    vErrors = [err90];
                  } else {
                    vErrors.push(err90);
                  }
                  errors++;
                }
                if (data38.resourceId === void 0) {
                  const err91 = { instancePath: instancePath + "/fixed/" + i2, schemaPath: "#/definitions/finding/required", keyword: "required", params: { missingProperty: "resourceId" }, message: "must have required property 'resourceId'" };
                  if (vErrors === null) {
                    vErrors = [err91];
                  } else {
                    vErrors.push(err91);
                  }
                  errors++;
                }
                if (data38.resourceType === void 0) {
                  const err92 = { instancePath: instancePath + "/fixed/" + i2, schemaPath: "#/definitions/finding/required", keyword: "required", params: { missingProperty: "resourceType" }, message: "must have required property 'resourceType'" };
                  if (vErrors === null) {
                    vErrors = [err92];
                  } else {
                    vErrors.push(err92);
                  }
                  errors++;
                }
                if (data38.message === void 0) {
                  const err93 = { instancePath: instancePath + "/fixed/" + i2, schemaPath: "#/definitions/finding/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
                  if (vErrors === null) {
                    vErrors = [err93];
                  } else {
                    vErrors.push(err93);
                  }
                  errors++;
                }
                if (data38.fingerprint === void 0) {
                  const err94 = { instancePath: instancePath + "/fixed/" + i2, schemaPath: "#/definitions/finding/required", keyword: "required", params: { missingProperty: "fingerprint" }, message: "must have required property 'fingerprint'" };
                  if (vErrors === null) {
                    vErrors = [err94];
                  } else {
                    vErrors.push(err94);
                  }
                  errors++;
                }
                if (data38.ruleId !== void 0) {
                  let data39 = data38.ruleId;
                  if (typeof data39 === "string") {
                    if (func2(data39) < 1) {
                      const err95 = { instancePath: instancePath + "/fixed/" + i2 + "/ruleId", schemaPath: "#/definitions/finding/properties/ruleId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err95];
                      } else {
                        vErrors.push(err95);
                      }
                      errors++;
                    }
                  } else {
                    const err96 = { instancePath: instancePath + "/fixed/" + i2 + "/ruleId", schemaPath: "#/definitions/finding/properties/ruleId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err96];
                    } else {
                      vErrors.push(err96);
                    }
                    errors++;
                  }
                }
                if (data38.ruleName !== void 0) {
                  let data40 = data38.ruleName;
                  if (typeof data40 === "string") {
                    if (!pattern0.test(data40)) {
                      const err97 = { instancePath: instancePath + "/fixed/" + i2 + "/ruleName", schemaPath: "#/definitions/finding/properties/ruleName/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(-[a-z0-9]+)*$"' };
                      if (vErrors === null) {
                        vErrors = [err97];
                      } else {
                        vErrors.push(err97);
                      }
                      errors++;
                    }
                  } else {
                    const err98 = { instancePath: instancePath + "/fixed/" + i2 + "/ruleName", schemaPath: "#/definitions/finding/properties/ruleName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err98];
                    } else {
                      vErrors.push(err98);
                    }
                    errors++;
                  }
                }
                if (data38.category !== void 0) {
                  let data41 = data38.category;
                  if (!(data41 === "redundancy" || data41 === "sku" || data41 === "bgp" || data41 === "encryption" || data41 === "cost" || data41 === "hygiene")) {
                    const err99 = { instancePath: instancePath + "/fixed/" + i2 + "/category", schemaPath: "#/definitions/finding/properties/category/enum", keyword: "enum", params: { allowedValues: schema12.properties.category.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err99];
                    } else {
                      vErrors.push(err99);
                    }
                    errors++;
                  }
                }
                if (data38.severity !== void 0) {
                  let data42 = data38.severity;
                  if (!(data42 === "critical" || data42 === "high" || data42 === "medium" || data42 === "low" || data42 === "info")) {
                    const err100 = { instancePath: instancePath + "/fixed/" + i2 + "/severity", schemaPath: "#/definitions/finding/properties/severity/enum", keyword: "enum", params: { allowedValues: schema12.properties.severity.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err100];
                    } else {
                      vErrors.push(err100);
                    }
                    errors++;
                  }
                }
                if (data38.resourceId !== void 0) {
                  let data43 = data38.resourceId;
                  if (typeof data43 === "string") {
                    if (func2(data43) < 1) {
                      const err101 = { instancePath: instancePath + "/fixed/" + i2 + "/resourceId", schemaPath: "#/definitions/finding/properties/resourceId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err101];
                      } else {
                        vErrors.push(err101);
                      }
                      errors++;
                    }
                  } else {
                    const err102 = { instancePath: instancePath + "/fixed/" + i2 + "/resourceId", schemaPath: "#/definitions/finding/properties/resourceId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err102];
                    } else {
                      vErrors.push(err102);
                    }
                    errors++;
                  }
                }
                if (data38.resourceType !== void 0) {
                  let data44 = data38.resourceType;
                  if (typeof data44 === "string") {
                    if (!pattern1.test(data44)) {
                      const err103 = { instancePath: instancePath + "/fixed/" + i2 + "/resourceType", schemaPath: "#/definitions/finding/properties/resourceType/pattern", keyword: "pattern", params: { pattern: "^Microsoft\\.Network/" }, message: 'must match pattern "^Microsoft\\.Network/"' };
                      if (vErrors === null) {
                        vErrors = [err103];
                      } else {
                        vErrors.push(err103);
                      }
                      errors++;
                    }
                  } else {
                    const err104 = { instancePath: instancePath + "/fixed/" + i2 + "/resourceType", schemaPath: "#/definitions/finding/properties/resourceType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err104];
                    } else {
                      vErrors.push(err104);
                    }
                    errors++;
                  }
                }
                if (data38.message !== void 0) {
                  let data45 = data38.message;
                  if (typeof data45 === "string") {
                    if (func2(data45) < 1) {
                      const err105 = { instancePath: instancePath + "/fixed/" + i2 + "/message", schemaPath: "#/definitions/finding/properties/message/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err105];
                      } else {
                        vErrors.push(err105);
                      }
                      errors++;
                    }
                  } else {
                    const err106 = { instancePath: instancePath + "/fixed/" + i2 + "/message", schemaPath: "#/definitions/finding/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err106];
                    } else {
                      vErrors.push(err106);
                    }
                    errors++;
                  }
                }
                if (data38.location !== void 0) {
                  let data46 = data38.location;
                  if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
                    if (data46.file === void 0) {
                      const err107 = { instancePath: instancePath + "/fixed/" + i2 + "/location", schemaPath: "#/definitions/finding/properties/location/required", keyword: "required", params: { missingProperty: "file" }, message: "must have required property 'file'" };
                      if (vErrors === null) {
                        vErrors = [err107];
                      } else {
                        vErrors.push(err107);
                      }
                      errors++;
                    }
                    if (data46.line === void 0) {
                      const err108 = { instancePath: instancePath + "/fixed/" + i2 + "/location", schemaPath: "#/definitions/finding/properties/location/required", keyword: "required", params: { missingProperty: "line" }, message: "must have required property 'line'" };
                      if (vErrors === null) {
                        vErrors = [err108];
                      } else {
                        vErrors.push(err108);
                      }
                      errors++;
                    }
                    if (data46.column === void 0) {
                      const err109 = { instancePath: instancePath + "/fixed/" + i2 + "/location", schemaPath: "#/definitions/finding/properties/location/required", keyword: "required", params: { missingProperty: "column" }, message: "must have required property 'column'" };
                      if (vErrors === null) {
                        vErrors = [err109];
                      } else {
                        vErrors.push(err109);
                      }
                      errors++;
                    }
                    if (data46.file !== void 0) {
                      if (typeof data46.file !== "string") {
                        const err110 = { instancePath: instancePath + "/fixed/" + i2 + "/location/file", schemaPath: "#/definitions/finding/properties/location/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err110];
                        } else {
                          vErrors.push(err110);
                        }
                        errors++;
                      }
                    }
                    if (data46.line !== void 0) {
                      let data48 = data46.line;
                      if (!(typeof data48 == "number" && (!(data48 % 1) && !isNaN(data48)))) {
                        const err111 = { instancePath: instancePath + "/fixed/" + i2 + "/location/line", schemaPath: "#/definitions/finding/properties/location/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err111];
                        } else {
                          vErrors.push(err111);
                        }
                        errors++;
                      }
                      if (typeof data48 == "number") {
                        if (data48 < 1 || isNaN(data48)) {
                          const err112 = { instancePath: instancePath + "/fixed/" + i2 + "/location/line", schemaPath: "#/definitions/finding/properties/location/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                          if (vErrors === null) {
                            vErrors = [err112];
                          } else {
                            vErrors.push(err112);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data46.column !== void 0) {
                      let data49 = data46.column;
                      if (!(typeof data49 == "number" && (!(data49 % 1) && !isNaN(data49)))) {
                        const err113 = { instancePath: instancePath + "/fixed/" + i2 + "/location/column", schemaPath: "#/definitions/finding/properties/location/properties/column/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err113];
                        } else {
                          vErrors.push(err113);
                        }
                        errors++;
                      }
                      if (typeof data49 == "number") {
                        if (data49 < 1 || isNaN(data49)) {
                          const err114 = { instancePath: instancePath + "/fixed/" + i2 + "/location/column", schemaPath: "#/definitions/finding/properties/location/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                          if (vErrors === null) {
                            vErrors = [err114];
                          } else {
                            vErrors.push(err114);
                          }
                          errors++;
                        }
                      }
                    }
                  } else {
                    const err115 = { instancePath: instancePath + "/fixed/" + i2 + "/location", schemaPath: "#/definitions/finding/properties/location/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err115];
                    } else {
                      vErrors.push(err115);
                    }
                    errors++;
                  }
                }
                if (data38.fingerprint !== void 0) {
                  let data50 = data38.fingerprint;
                  if (typeof data50 === "string") {
                    if (func2(data50) < 1) {
                      const err116 = { instancePath: instancePath + "/fixed/" + i2 + "/fingerprint", schemaPath: "#/definitions/finding/properties/fingerprint/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err116];
                      } else {
                        vErrors.push(err116);
                      }
                      errors++;
                    }
                  } else {
                    const err117 = { instancePath: instancePath + "/fixed/" + i2 + "/fingerprint", schemaPath: "#/definitions/finding/properties/fingerprint/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err117];
                    } else {
                      vErrors.push(err117);
                    }
                    errors++;
                  }
                }
                if (data38.suppression !== void 0) {
                  let data51 = data38.suppression;
                  if (data51 && typeof data51 == "object" && !Array.isArray(data51)) {
                    if (data51.justification === void 0) {
                      const err118 = { instancePath: instancePath + "/fixed/" + i2 + "/suppression", schemaPath: "#/definitions/finding/properties/suppression/required", keyword: "required", params: { missingProperty: "justification" }, message: "must have required property 'justification'" };
                      if (vErrors === null) {
                        vErrors = [err118];
                      } else {
                        vErrors.push(err118);
                      }
                      errors++;
                    }
                    if (data51.justification !== void 0) {
                      if (typeof data51.justification !== "string") {
                        const err119 = { instancePath: instancePath + "/fixed/" + i2 + "/suppression/justification", schemaPath: "#/definitions/finding/properties/suppression/properties/justification/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err119];
                        } else {
                          vErrors.push(err119);
                        }
                        errors++;
                      }
                    }
                    if (data51.expires !== void 0) {
                      let data53 = data51.expires;
                      if (typeof data53 === "string") {
                        if (!pattern2.test(data53)) {
                          const err120 = { instancePath: instancePath + "/fixed/" + i2 + "/suppression/expires", schemaPath: "#/definitions/finding/properties/suppression/properties/expires/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"' };
                          if (vErrors === null) {
                            vErrors = [err120];
                          } else {
                            vErrors.push(err120);
                          }
                          errors++;
                        }
                      } else {
                        const err121 = { instancePath: instancePath + "/fixed/" + i2 + "/suppression/expires", schemaPath: "#/definitions/finding/properties/suppression/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err121];
                        } else {
                          vErrors.push(err121);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err122 = { instancePath: instancePath + "/fixed/" + i2 + "/suppression", schemaPath: "#/definitions/finding/properties/suppression/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err122];
                    } else {
                      vErrors.push(err122);
                    }
                    errors++;
                  }
                }
                if (data38.baselineState !== void 0) {
                  let data54 = data38.baselineState;
                  if (!(data54 === "new" || data54 === "unchanged")) {
                    const err123 = { instancePath: instancePath + "/fixed/" + i2 + "/baselineState", schemaPath: "#/definitions/finding/properties/baselineState/enum", keyword: "enum", params: { allowedValues: schema12.properties.baselineState.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err123];
                    } else {
                      vErrors.push(err123);
                    }
                    errors++;
                  }
                }
              } else {
                const err124 = { instancePath: instancePath + "/fixed/" + i2, schemaPath: "#/definitions/finding/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err124];
                } else {
                  vErrors.push(err124);
                }
                errors++;
              }
            }
          } else {
            const err125 = { instancePath: instancePath + "/fixed", schemaPath: "#/properties/fixed/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err125];
            } else {
              vErrors.push(err125);
            }
            errors++;
          }
        }
        if (data.costs !== void 0) {
          let data55 = data.costs;
          if (Array.isArray(data55)) {
            const len3 = data55.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data56 = data55[i3];
              if (data56 && typeof data56 == "object" && !Array.isArray(data56)) {
                if (data56.resourceId === void 0) {
                  const err126 = { instancePath: instancePath + "/costs/" + i3, schemaPath: "#/properties/costs/items/required", keyword: "required", params: { missingProperty: "resourceId" }, message: "must have required property 'resourceId'" };
                  if (vErrors === null) {
                    vErrors = [err126];
                  } else {
                    vErrors.push(err126);
                  }
                  errors++;
                }
                if (data56.zone === void 0) {
                  const err127 = { instancePath: instancePath + "/costs/" + i3, schemaPath: "#/properties/costs/items/required", keyword: "required", params: { missingProperty: "zone" }, message: "must have required property 'zone'" };
                  if (vErrors === null) {
                    vErrors = [err127];
                  } else {
                    vErrors.push(err127);
                  }
                  errors++;
                }
                if (data56.tier === void 0) {
                  const err128 = { instancePath: instancePath + "/costs/" + i3, schemaPath: "#/properties/costs/items/required", keyword: "required", params: { missingProperty: "tier" }, message: "must have required property 'tier'" };
                  if (vErrors === null) {
                    vErrors = [err128];
                  } else {
                    vErrors.push(err128);
                  }
                  errors++;
                }
                if (data56.billingModel === void 0) {
                  const err129 = { instancePath: instancePath + "/costs/" + i3, schemaPath: "#/properties/costs/items/required", keyword: "required", params: { missingProperty: "billingModel" }, message: "must have required property 'billingModel'" };
                  if (vErrors === null) {
                    vErrors = [err129];
                  } else {
                    vErrors.push(err129);
                  }
                  errors++;
                }
                if (data56.bandwidthMbps === void 0) {
                  const err130 = { instancePath: instancePath + "/costs/" + i3, schemaPath: "#/properties/costs/items/required", keyword: "required", params: { missingProperty: "bandwidthMbps" }, message: "must have required property 'bandwidthMbps'" };
                  if (vErrors === null) {
                    vErrors = [err130];
                  } else {
                    vErrors.push(err130);
                  }
                  errors++;
                }
                if (data56.egressGbPerMonth === void 0) {
                  const err131 = { instancePath: instancePath + "/costs/" + i3, schemaPath: "#/properties/costs/items/required", keyword: "required", params: { missingProperty: "egressGbPerMonth" }, message: "must have required property 'egressGbPerMonth'" };
                  if (vErrors === null) {
                    vErrors = [err131];
                  } else {
                    vErrors.push(err131);
                  }
                  errors++;
                }
                if (data56.egressSource === void 0) {
                  const err132 = { instancePath: instancePath + "/costs/" + i3, schemaPath: "#/properties/costs/items/required", keyword: "required", params: { missingProperty: "egressSource" }, message: "must have required property 'egressSource'" };
                  if (vErrors === null) {
                    vErrors = [err132];
                  } else {
                    vErrors.push(err132);
                  }
                  errors++;
                }
                if (data56.monthlyUsd === void 0) {
                  const err133 = { instancePath: instancePath + "/costs/" + i3, schemaPath: "#/properties/costs/items/required", keyword: "required", params: { missingProperty: "monthlyUsd" }, message: "must have required property 'monthlyUsd'" };
                  if (vErrors === null) {
                    vErrors = [err133];
                  } else {
                    vErrors.push(err133);
                  }
                  errors++;
                }
                if (data56.breakEvenGbPerMonth === void 0) {
                  const err134 = { instancePath: instancePath + "/costs/" + i3, schemaPath: "#/properties/costs/items/required", keyword: "required", params: { missingProperty: "breakEvenGbPerMonth" }, message: "must have required property 'breakEvenGbPerMonth'" };
                  if (vErrors === null) {
                    vErrors = [err134];
                  } else {
                    vErrors.push(err134);
                  }
                  errors++;
                }
                if (data56.recommendation === void 0) {
                  const err135 = { instancePath: instancePath + "/costs/" + i3, schemaPath: "#/properties/costs/items/required", keyword: "required", params: { missingProperty: "recommendation" }, message: "must have required property 'recommendation'" };
                  if (vErrors === null) {
                    vErrors = [err135];
                  } else {
                    vErrors.push(err135);
                  }
                  errors++;
                }
                if (data56.resourceId !== void 0) {
                  if (typeof data56.resourceId !== "string") {
                    const err136 = { instancePath: instancePath + "/costs/" + i3 + "/resourceId", schemaPath: "#/properties/costs/items/properties/resourceId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err136];
                    } else {
                      vErrors.push(err136);
                    }
                    errors++;
                  }
                }
                if (data56.zone !== void 0) {
                  let data58 = data56.zone;
                  if (!(data58 === "Zone 1" || data58 === "Zone 2" || data58 === "Zone 3" || data58 === "Zone 4" || data58 === "US Gov" || data58 === null)) {
                    const err137 = { instancePath: instancePath + "/costs/" + i3 + "/zone", schemaPath: "#/properties/costs/items/properties/zone/enum", keyword: "enum", params: { allowedValues: schema11.properties.costs.items.properties.zone.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err137];
                    } else {
                      vErrors.push(err137);
                    }
                    errors++;
                  }
                }
                if (data56.tier !== void 0) {
                  if (typeof data56.tier !== "string") {
                    const err138 = { instancePath: instancePath + "/costs/" + i3 + "/tier", schemaPath: "#/properties/costs/items/properties/tier/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err138];
                    } else {
                      vErrors.push(err138);
                    }
                    errors++;
                  }
                }
                if (data56.billingModel !== void 0) {
                  if (typeof data56.billingModel !== "string") {
                    const err139 = { instancePath: instancePath + "/costs/" + i3 + "/billingModel", schemaPath: "#/properties/costs/items/properties/billingModel/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err139];
                    } else {
                      vErrors.push(err139);
                    }
                    errors++;
                  }
                }
                if (data56.bandwidthMbps !== void 0) {
                  if (!(typeof data56.bandwidthMbps == "number")) {
                    const err140 = { instancePath: instancePath + "/costs/" + i3 + "/bandwidthMbps", schemaPath: "#/properties/costs/items/properties/bandwidthMbps/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err140];
                    } else {
                      vErrors.push(err140);
                    }
                    errors++;
                  }
                }
                if (data56.egressGbPerMonth !== void 0) {
                  if (!(typeof data56.egressGbPerMonth == "number")) {
                    const err141 = { instancePath: instancePath + "/costs/" + i3 + "/egressGbPerMonth", schemaPath: "#/properties/costs/items/properties/egressGbPerMonth/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err141];
                    } else {
                      vErrors.push(err141);
                    }
                    errors++;
                  }
                }
                if (data56.egressSource !== void 0) {
                  let data63 = data56.egressSource;
                  if (!(data63 === "usage" || data63 === "metrics" || data63 === "none")) {
                    const err142 = { instancePath: instancePath + "/costs/" + i3 + "/egressSource", schemaPath: "#/properties/costs/items/properties/egressSource/enum", keyword: "enum", params: { allowedValues: schema11.properties.costs.items.properties.egressSource.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err142];
                    } else {
                      vErrors.push(err142);
                    }
                    errors++;
                  }
                }
                if (data56.monthlyUsd !== void 0) {
                  let data64 = data56.monthlyUsd;
                  if (data64 && typeof data64 == "object" && !Array.isArray(data64)) {
                    if (data64.current === void 0) {
                      const err143 = { instancePath: instancePath + "/costs/" + i3 + "/monthlyUsd", schemaPath: "#/properties/costs/items/properties/monthlyUsd/required", keyword: "required", params: { missingProperty: "current" }, message: "must have required property 'current'" };
                      if (vErrors === null) {
                        vErrors = [err143];
                      } else {
                        vErrors.push(err143);
                      }
                      errors++;
                    }
                    if (data64.metered === void 0) {
                      const err144 = { instancePath: instancePath + "/costs/" + i3 + "/monthlyUsd", schemaPath: "#/properties/costs/items/properties/monthlyUsd/required", keyword: "required", params: { missingProperty: "metered" }, message: "must have required property 'metered'" };
                      if (vErrors === null) {
                        vErrors = [err144];
                      } else {
                        vErrors.push(err144);
                      }
                      errors++;
                    }
                    if (data64.unlimited === void 0) {
                      const err145 = { instancePath: instancePath + "/costs/" + i3 + "/monthlyUsd", schemaPath: "#/properties/costs/items/properties/monthlyUsd/required", keyword: "required", params: { missingProperty: "unlimited" }, message: "must have required property 'unlimited'" };
                      if (vErrors === null) {
                        vErrors = [err145];
                      } else {
                        vErrors.push(err145);
                      }
                      errors++;
                    }
                    if (data64.local === void 0) {
                      const err146 = { instancePath: instancePath + "/costs/" + i3 + "/monthlyUsd", schemaPath: "#/properties/costs/items/properties/monthlyUsd/required", keyword: "required", params: { missingProperty: "local" }, message: "must have required property 'local'" };
                      if (vErrors === null) {
                        vErrors = [err146];
                      } else {
                        vErrors.push(err146);
                      }
                      errors++;
                    }
                    if (data64.current !== void 0) {
                      let data65 = data64.current;
                      if (!(typeof data65 == "number") && data65 !== null) {
                        const err147 = { instancePath: instancePath + "/costs/" + i3 + "/monthlyUsd/current", schemaPath: "#/properties/costs/items/properties/monthlyUsd/properties/current/type", keyword: "type", params: { type: schema11.properties.costs.items.properties.monthlyUsd.properties.current.type }, message: "must be number,null" };
                        if (vErrors === null) {
                          vErrors = [err147];
                        } else {
                          vErrors.push(err147);
                        }
                        errors++;
                      }
                    }
                    if (data64.metered !== void 0) {
                      let data66 = data64.metered;
                      if (!(typeof data66 == "number") && data66 !== null) {
                        const err148 = { instancePath: instancePath + "/costs/" + i3 + "/monthlyUsd/metered", schemaPath: "#/properties/costs/items/properties/monthlyUsd/properties/metered/type", keyword: "type", params: { type: schema11.properties.costs.items.properties.monthlyUsd.properties.metered.type }, message: "must be number,null" };
                        if (vErrors === null) {
                          vErrors = [err148];
                        } else {
                          vErrors.push(err148);
                        }
                        errors++;
                      }
                    }
                    if (data64.unlimited !== void 0) {
                      let data67 = data64.unlimited;
                      if (!(typeof data67 == "number") && data67 !== null) {
                        const err149 = { instancePath: instancePath + "/costs/" + i3 + "/monthlyUsd/unlimited", schemaPath: "#/properties/costs/items/properties/monthlyUsd/properties/unlimited/type", keyword: "type", params: { type: schema11.properties.costs.items.properties.monthlyUsd.properties.unlimited.type }, message: "must be number,null" };
                        if (vErrors === null) {
                          vErrors = [err149];
                        } else {
                          vErrors.push(err149);
                        }
                        errors++;
                      }
                    }
                    if (data64.local !== void 0) {
                      let data68 = data64.local;
                      if (!(typeof data68 == "number") && data68 !== null) {
                        const err150 = { instancePath: instancePath + "/costs/" + i3 + "/monthlyUsd/local", schemaPath: "#/properties/costs/items/properties/monthlyUsd/properties/local/type", keyword: "type", params: { type: schema11.properties.costs.items.properties.monthlyUsd.properties.local.type }, message: "must be number,null" };
                        if (vErrors === null) {
                          vErrors = [err150];
                        } else {
                          vErrors.push(err150);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err151 = { instancePath: instancePath + "/costs/" + i3 + "/monthlyUsd", schemaPath: "#/properties/costs/items/properties/monthlyUsd/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err151];
                    } else {
                      vErrors.push(err151);
                    }
                    errors++;
                  }
                }
                if (data56.breakEvenGbPerMonth !== void 0) {
                  let data69 = data56.breakEvenGbPerMonth;
                  if (!(typeof data69 == "number") && data69 !== null) {
                    const err152 = { instancePath: instancePath + "/costs/" + i3 + "/breakEvenGbPerMonth", schemaPath: "#/properties/costs/items/properties/breakEvenGbPerMonth/type", keyword: "type", params: { type: schema11.properties.costs.items.properties.breakEvenGbPerMonth.type }, message: "must be number,null" };
                    if (vErrors === null) {
                      vErrors = [err152];
                    } else {
                      vErrors.push(err152);
                    }
                    errors++;
                  }
                }
                if (data56.recommendation !== void 0) {
                  let data70 = data56.recommendation;
                  const _errs134 = errors;
                  let valid23 = false;
                  let passing0 = null;
                  const _errs135 = errors;
                  if (data70 !== null) {
                    const err153 = { instancePath: instancePath + "/costs/" + i3 + "/recommendation", schemaPath: "#/properties/costs/items/properties/recommendation/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                    if (vErrors === null) {
                      vErrors = [err153];
                    } else {
                      vErrors.push(err153);
                    }
                    errors++;
                  }
                  var _valid0 = _errs135 === errors;
                  if (_valid0) {
                    valid23 = true;
                    passing0 = 0;
                  }
                  const _errs137 = errors;
                  if (data70 && typeof data70 == "object" && !Array.isArray(data70)) {
                    if (data70.billingModel === void 0) {
                      const err154 = { instancePath: instancePath + "/costs/" + i3 + "/recommendation", schemaPath: "#/properties/costs/items/properties/recommendation/oneOf/1/required", keyword: "required", params: { missingProperty: "billingModel" }, message: "must have required property 'billingModel'" };
                      if (vErrors === null) {
                        vErrors = [err154];
                      } else {
                        vErrors.push(err154);
                      }
                      errors++;
                    }
                    if (data70.tier === void 0) {
                      const err155 = { instancePath: instancePath + "/costs/" + i3 + "/recommendation", schemaPath: "#/properties/costs/items/properties/recommendation/oneOf/1/required", keyword: "required", params: { missingProperty: "tier" }, message: "must have required property 'tier'" };
                      if (vErrors === null) {
                        vErrors = [err155];
                      } else {
                        vErrors.push(err155);
                      }
                      errors++;
                    }
                    if (data70.monthlySavingsUsd === void 0) {
                      const err156 = { instancePath: instancePath + "/costs/" + i3 + "/recommendation", schemaPath: "#/properties/costs/items/properties/recommendation/oneOf/1/required", keyword: "required", params: { missingProperty: "monthlySavingsUsd" }, message: "must have required property 'monthlySavingsUsd'" };
                      if (vErrors === null) {
                        vErrors = [err156];
                      } else {
                        vErrors.push(err156);
                      }
                      errors++;
                    }
                    if (data70.reason === void 0) {
                      const err157 = { instancePath: instancePath + "/costs/" + i3 + "/recommendation", schemaPath: "#/properties/costs/items/properties/recommendation/oneOf/1/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
                      if (vErrors === null) {
                        vErrors = [err157];
                      } else {
                        vErrors.push(err157);
                      }
                      errors++;
                    }
                    if (data70.billingModel !== void 0) {
                      if (typeof data70.billingModel !== "string") {
                        const err158 = { instancePath: instancePath + "/costs/" + i3 + "/recommendation/billingModel", schemaPath: "#/properties/costs/items/properties/recommendation/oneOf/1/properties/billingModel/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err158];
                        } else {
                          vErrors.push(err158);
                        }
                        errors++;
                      }
                    }
                    if (data70.tier !== void 0) {
                      if (typeof data70.tier !== "string") {
                        const err159 = { instancePath: instancePath + "/costs/" + i3 + "/recommendation/tier", schemaPath: "#/properties/costs/items/properties/recommendation/oneOf/1/properties/tier/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err159];
                        } else {
                          vErrors.push(err159);
                        }
                        errors++;
                      }
                    }
                    if (data70.monthlySavingsUsd !== void 0) {
                      if (!(typeof data70.monthlySavingsUsd == "number")) {
                        const err160 = { instancePath: instancePath + "/costs/" + i3 + "/recommendation/monthlySavingsUsd", schemaPath: "#/properties/costs/items/properties/recommendation/oneOf/1/properties/monthlySavingsUsd/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        if (vErrors === null) {
                          vErrors = [err160];
                        } else {
                          vErrors.push(err160);
                        }
                        errors++;
                      }
                    }
                    if (data70.reason !== void 0) {
                      if (typeof data70.reason !== "string") {
                        const err161 = { instancePath: instancePath + "/costs/" + i3 + "/recommendation/reason", schemaPath: "#/properties/costs/items/properties/recommendation/oneOf/1/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err161];
                        } else {
                          vErrors.push(err161);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err162 = { instancePath: instancePath + "/costs/" + i3 + "/recommendation", schemaPath: "#/properties/costs/items/properties/recommendation/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err162];
                    } else {
                      vErrors.push(err162);
                    }
                    errors++;
                  }
                  var _valid0 = _errs137 === errors;
                  if (_valid0 && valid23) {
                    valid23 = false;
                    passing0 = [passing0, 1];
                  } else {
                    if (_valid0) {
                      valid23 = true;
                      passing0 = 1;
                    }
                  }
                  if (!valid23) {
                    const err163 = { instancePath: instancePath + "/costs/" + i3 + "/recommendation", schemaPath: "#/properties/costs/items/properties/recommendation/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
                    if (vErrors === null) {
                      vErrors = [err163];
                    } else {
                      vErrors.push(err163);
                    }
                    errors++;
                  } else {
                    errors = _errs134;
                    if (vErrors !== null) {
                      if (_errs134) {
                        vErrors.length = _errs134;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
              } else {
                const err164 = { instancePath: instancePath + "/costs/" + i3, schemaPath: "#/properties/costs/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err164];
                } else {
                  vErrors.push(err164);
                }
                errors++;
              }
            }
          } else {
            const err165 = { instancePath: instancePath + "/costs", schemaPath: "#/properties/costs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err165];
            } else {
              vErrors.push(err165);
            }
            errors++;
          }
        }
        if (data.priceCatalogue !== void 0) {
          let data75 = data.priceCatalogue;
          if (data75 && typeof data75 == "object" && !Array.isArray(data75)) {
            if (data75.effectiveDate === void 0) {
              const err166 = { instancePath: instancePath + "/priceCatalogue", schemaPath: "#/properties/priceCatalogue/required", keyword: "required", params: { missingProperty: "effectiveDate" }, message: "must have required property 'effectiveDate'" };
              if (vErrors === null) {
                vErrors = [err166];
              } else {
                vErrors.push(err166);
              }
              errors++;
            }
            if (data75.currency === void 0) {
              const err167 = { instancePath: instancePath + "/priceCatalogue", schemaPath: "#/properties/priceCatalogue/required", keyword: "required", params: { missingProperty: "currency" }, message: "must have required property 'currency'" };
              if (vErrors === null) {
                vErrors = [err167];
              } else {
                vErrors.push(err167);
              }
              errors++;
            }
            if (data75.source === void 0) {
              const err168 = { instancePath: instancePath + "/priceCatalogue", schemaPath: "#/properties/priceCatalogue/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
              if (vErrors === null) {
                vErrors = [err168];
              } else {
                vErrors.push(err168);
              }
              errors++;
            }
            if (data75.effectiveDate !== void 0) {
              let data76 = data75.effectiveDate;
              if (typeof data76 === "string") {
                if (!pattern2.test(data76)) {
                  const err169 = { instancePath: instancePath + "/priceCatalogue/effectiveDate", schemaPath: "#/properties/priceCatalogue/properties/effectiveDate/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"' };
                  if (vErrors === null) {
                    vErrors = [err169];
                  } else {
                    vErrors.push(err169);
                  }
                  errors++;
                }
              } else {
                const err170 = { instancePath: instancePath + "/priceCatalogue/effectiveDate", schemaPath: "#/properties/priceCatalogue/properties/effectiveDate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err170];
                } else {
                  vErrors.push(err170);
                }
                errors++;
              }
            }
            if (data75.currency !== void 0) {
              if (typeof data75.currency !== "string") {
                const err171 = { instancePath: instancePath + "/priceCatalogue/currency", schemaPath: "#/properties/priceCatalogue/properties/currency/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err171];
                } else {
                  vErrors.push(err171);
                }
                errors++;
              }
            }
            if (data75.source !== void 0) {
              if (typeof data75.source !== "string") {
                const err172 = { instancePath: instancePath + "/priceCatalogue/source", schemaPath: "#/properties/priceCatalogue/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err172];
                } else {
                  vErrors.push(err172);
                }
                errors++;
              }
            }
          } else {
            const err173 = { instancePath: instancePath + "/priceCatalogue", schemaPath: "#/properties/priceCatalogue/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err173];
            } else {
              vErrors.push(err173);
            }
            errors++;
          }
        }
      } else {
        const err174 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err174];
        } else {
          vErrors.push(err174);
        }
        errors++;
      }
      validate10.errors = vErrors;
      return errors === 0;
    }
  }
});

// dist/util/schema-validators/rule.cjs
var require_rule = __commonJS({
  "dist/util/schema-validators/rule.cjs"(exports, module) {
    "use strict";
    module.exports = validate10;
    module.exports.default = validate10;
    var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/erscan/erscan/schemas/rule.schema.json", "title": "erscan rule", "description": "One rule of the erscan catalogue (rules/<category>/<ID>.yaml). The rule's documentation is the Markdown file of the same name beside it; its pass/fail fixtures are <ID>.fixtures.yaml.", "type": "object", "additionalProperties": false, "required": ["id", "name", "title", "category", "severity", "pillar", "resource", "message", "remediation", "links"], "oneOf": [{ "required": ["assert"], "not": { "required": ["function"] } }, { "required": ["function"], "not": { "required": ["assert"] } }], "properties": { "id": { "type": "string", "pattern": "^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$", "description": "Stable id, never reused (e.g. ERS-RED-001; user rules should use their own prefix)." }, "name": { "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$", "description": "kebab-case name" }, "title": { "type": "string", "minLength": 5 }, "category": { "enum": ["redundancy", "sku", "bgp", "encryption", "cost", "hygiene"] }, "severity": { "enum": ["critical", "high", "medium", "low", "info"] }, "pillar": { "enum": ["reliability", "security", "cost-optimization", "operational-excellence", "performance-efficiency"] }, "tags": { "type": "array", "items": { "type": "string", "pattern": "^[a-z0-9][a-z0-9.-]*$" }, "uniqueItems": true }, "resource": { "enum": ["circuit", "peering", "port", "link", "gateway", "connection", "estate"] }, "where": { "$ref": "#/definitions/condition" }, "assert": { "$ref": "#/definitions/condition" }, "function": { "type": "string", "pattern": "^[a-z][A-Za-z0-9]*$" }, "message": { "type": "string", "minLength": 10 }, "expected": { "type": "string" }, "remediation": { "type": "string", "minLength": 10 }, "links": { "type": "array", "items": { "type": "string", "format": "uri", "pattern": "^https://" }, "minItems": 1 }, "parameters": { "type": "object" }, "enabledByDefault": { "type": "boolean" }, "deployedState": { "type": "boolean", "description": "The rule reads deployed state (provisioning or connection states): it is not evaluated on ARM templates and Terraform plans." }, "references": { "type": "object", "description": "Equivalent checks in other tools (PSRule, Azure Policy, APRL/Advisor, Checkov).", "additionalProperties": { "type": "array", "items": { "type": "string" } } } }, "definitions": { "paramRef": { "type": "string", "pattern": "^\\{params\\.[A-Za-z0-9_]+\\}$", "description": "A rule parameter, e.g. {params.allowedCiphers}" }, "scalar": { "type": ["string", "number", "boolean", "null"] }, "bound": { "type": ["number", "string"] }, "condition": { "type": "object", "oneOf": [{ "required": ["allOf"] }, { "required": ["anyOf"] }, { "required": ["not"] }, { "required": ["field"] }], "properties": { "allOf": { "type": "array", "minItems": 1, "maxItems": 64, "items": { "$ref": "#/definitions/condition" } }, "anyOf": { "type": "array", "minItems": 1, "maxItems": 64, "items": { "$ref": "#/definitions/condition" } }, "not": { "$ref": "#/definitions/condition" }, "field": { "type": "string", "pattern": "^[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*$" }, "equals": { "$ref": "#/definitions/scalar" }, "notEquals": { "$ref": "#/definitions/scalar" }, "in": { "anyOf": [{ "type": "array", "items": { "$ref": "#/definitions/scalar" }, "maxItems": 256 }, { "$ref": "#/definitions/paramRef" }] }, "notIn": { "anyOf": [{ "type": "array", "items": { "$ref": "#/definitions/scalar" }, "maxItems": 256 }, { "$ref": "#/definitions/paramRef" }] }, "exists": { "type": "boolean" }, "greater": { "$ref": "#/definitions/bound" }, "greaterOrEquals": { "$ref": "#/definitions/bound" }, "less": { "$ref": "#/definitions/bound" }, "lessOrEquals": { "$ref": "#/definitions/bound" }, "matches": { "type": "string", "maxLength": 256 }, "startsWith": { "type": "string" }, "contains": { "$ref": "#/definitions/scalar" }, "count": { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "equals": { "type": "integer" }, "greater": { "type": "integer" }, "greaterOrEquals": { "type": "integer" }, "less": { "type": "integer" }, "lessOrEquals": { "type": "integer" } } } }, "additionalProperties": false } } };
    var func2 = Object.prototype.hasOwnProperty;
    var func3 = require_ucs2length().default;
    var pattern0 = new RegExp("^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$", "u");
    var pattern1 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");
    var pattern2 = new RegExp("^[a-z0-9][a-z0-9.-]*$", "u");
    var pattern6 = new RegExp("^[a-z][A-Za-z0-9]*$", "u");
    var pattern7 = new RegExp("^https://", "u");
    var schema12 = { "type": "object", "oneOf": [{ "required": ["allOf"] }, { "required": ["anyOf"] }, { "required": ["not"] }, { "required": ["field"] }], "properties": { "allOf": { "type": "array", "minItems": 1, "maxItems": 64, "items": { "$ref": "#/definitions/condition" } }, "anyOf": { "type": "array", "minItems": 1, "maxItems": 64, "items": { "$ref": "#/definitions/condition" } }, "not": { "$ref": "#/definitions/condition" }, "field": { "type": "string", "pattern": "^[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*$" }, "equals": { "$ref": "#/definitions/scalar" }, "notEquals": { "$ref": "#/definitions/scalar" }, "in": { "anyOf": [{ "type": "array", "items": { "$ref": "#/definitions/scalar" }, "maxItems": 256 }, { "$ref": "#/definitions/paramRef" }] }, "notIn": { "anyOf": [{ "type": "array", "items": { "$ref": "#/definitions/scalar" }, "maxItems": 256 }, { "$ref": "#/definitions/paramRef" }] }, "exists": { "type": "boolean" }, "greater": { "$ref": "#/definitions/bound" }, "greaterOrEquals": { "$ref": "#/definitions/bound" }, "less": { "$ref": "#/definitions/bound" }, "lessOrEquals": { "$ref": "#/definitions/bound" }, "matches": { "type": "string", "maxLength": 256 }, "startsWith": { "type": "string" }, "contains": { "$ref": "#/definitions/scalar" }, "count": { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "equals": { "type": "integer" }, "greater": { "type": "integer" }, "greaterOrEquals": { "type": "integer" }, "less": { "type": "integer" }, "lessOrEquals": { "type": "integer" } } } }, "additionalProperties": false };
    var schema13 = { "type": ["string", "number", "boolean", "null"] };
    var schema19 = { "type": ["number", "string"] };
    var wrapper0 = { validate: validate11 };
    var pattern3 = new RegExp("^[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*$", "u");
    var pattern4 = new RegExp("^\\{params\\.[A-Za-z0-9_]+\\}$", "u");
    function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      let vErrors = null;
      let errors = 0;
      const _errs1 = errors;
      let valid0 = false;
      let passing0 = null;
      const _errs2 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.allOf === void 0) {
          const err0 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: "allOf" }, message: "must have required property 'allOf'" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
      var _valid0 = _errs2 === errors;
      if (_valid0) {
        valid0 = true;
        passing0 = 0;
      }
      const _errs3 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.anyOf === void 0) {
          const err1 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "anyOf" }, message: "must have required property 'anyOf'" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
      var _valid0 = _errs3 === errors;
      if (_valid0 && valid0) {
        valid0 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid0 = true;
          passing0 = 1;
        }
        const _errs4 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
          if (data.not === void 0) {
            const err2 = { instancePath, schemaPath: "#/oneOf/2/required", keyword: "required", params: { missingProperty: "not" }, message: "must have required property 'not'" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        var _valid0 = _errs4 === errors;
        if (_valid0 && valid0) {
          valid0 = false;
          passing0 = [passing0, 2];
        } else {
          if (_valid0) {
            valid0 = true;
            passing0 = 2;
          }
          const _errs5 = errors;
          if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.field === void 0) {
              const err3 = { instancePath, schemaPath: "#/oneOf/3/required", keyword: "required", params: { missingProperty: "field" }, message: "must have required property 'field'" };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          }
          var _valid0 = _errs5 === errors;
          if (_valid0 && valid0) {
            valid0 = false;
            passing0 = [passing0, 3];
          } else {
            if (_valid0) {
              valid0 = true;
              passing0 = 3;
            }
          }
        }
      }
      if (!valid0) {
        const err4 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      } else {
        errors = _errs1;
        if (vErrors !== null) {
          if (_errs1) {
            vErrors.length = _errs1;
          } else {
            vErrors = null;
          }
        }
      }
      if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
          if (!func2.call(schema12.properties, key0)) {
            const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data.allOf !== void 0) {
          let data0 = data.allOf;
          if (Array.isArray(data0)) {
            if (data0.length > 64) {
              const err6 = { instancePath: instancePath + "/allOf", schemaPath: "#/properties/allOf/maxItems", keyword: "maxItems", params: { limit: 64 }, message: "must NOT have more than 64 items" };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            if (data0.length < 1) {
              const err7 = { instancePath: instancePath + "/allOf", schemaPath: "#/properties/allOf/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            const len0 = data0.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (!wrapper0.validate(data0[i0], { instancePath: instancePath + "/allOf/" + i0, parentData: data0, parentDataProperty: i0, rootData })) {
                vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err8 = { instancePath: instancePath + "/allOf", schemaPath: "#/properties/allOf/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data.anyOf !== void 0) {
          let data2 = data.anyOf;
          if (Array.isArray(data2)) {
            if (data2.length > 64) {
              const err9 = { instancePath: instancePath + "/anyOf", schemaPath: "#/properties/anyOf/maxItems", keyword: "maxItems", params: { limit: 64 }, message: "must NOT have more than 64 items" };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (data2.length < 1) {
              const err10 = { instancePath: instancePath + "/anyOf", schemaPath: "#/properties/anyOf/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            const len1 = data2.length;
            for (let i1 = 0; i1 < len1; i1++) {
              if (!wrapper0.validate(data2[i1], { instancePath: instancePath + "/anyOf/" + i1, parentData: data2, parentDataProperty: i1, rootData })) {
                vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err11 = { instancePath: instancePath + "/anyOf", schemaPath: "#/properties/anyOf/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data.not !== void 0) {
          if (!wrapper0.validate(data.not, { instancePath: instancePath + "/not", parentData: data, parentDataProperty: "not", rootData })) {
            vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
            errors = vErrors.length;
          }
        }
        if (data.field !== void 0) {
          let data5 = data.field;
          if (typeof data5 === "string") {
            if (!pattern3.test(data5)) {
              const err12 = { instancePath: instancePath + "/field", schemaPath: "#/properties/field/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*$" }, message: 'must match pattern "^[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*$"' };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          } else {
            const err13 = { instancePath: instancePath + "/field", schemaPath: "#/properties/field/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data.equals !== void 0) {
          let data6 = data.equals;
          if (typeof data6 !== "string" && !(typeof data6 == "number") && typeof data6 !== "boolean" && data6 !== null) {
            const err14 = { instancePath: instancePath + "/equals", schemaPath: "#/definitions/scalar/type", keyword: "type", params: { type: schema13.type }, message: "must be string,number,boolean,null" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data.notEquals !== void 0) {
          let data7 = data.notEquals;
          if (typeof data7 !== "string" && !(typeof data7 == "number") && typeof data7 !== "boolean" && data7 !== null) {
            const err15 = { instancePath: instancePath + "/notEquals", schemaPath: "#/definitions/scalar/type", keyword: "type", params: { type: schema13.type }, message: "must be string,number,boolean,null" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data.in !== void 0) {
          let data8 = data.in;
          const _errs23 = errors;
          let valid8 = false;
          const _errs24 = errors;
          if (Array.isArray(data8)) {
            if (data8.length > 256) {
              const err16 = { instancePath: instancePath + "/in", schemaPath: "#/properties/in/anyOf/0/maxItems", keyword: "maxItems", params: { limit: 256 }, message: "must NOT have more than 256 items" };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            const len2 = data8.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data9 = data8[i2];
              if (typeof data9 !== "string" && !(typeof data9 == "number") && typeof data9 !== "boolean" && data9 !== null) {
                const err17 = { instancePath: instancePath + "/in/" + i2, schemaPath: "#/definitions/scalar/type", keyword: "type", params: { type: schema13.type }, message: "must be string,number,boolean,null" };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
          } else {
            const err18 = { instancePath: instancePath + "/in", schemaPath: "#/properties/in/anyOf/0/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
          var _valid1 = _errs24 === errors;
          valid8 = valid8 || _valid1;
          if (!valid8) {
            const _errs29 = errors;
            if (typeof data8 === "string") {
              if (!pattern4.test(data8)) {
                const err19 = { instancePath: instancePath + "/in", schemaPath: "#/definitions/paramRef/pattern", keyword: "pattern", params: { pattern: "^\\{params\\.[A-Za-z0-9_]+\\}$" }, message: 'must match pattern "^\\{params\\.[A-Za-z0-9_]+\\}$"' };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            } else {
              const err20 = { instancePath: instancePath + "/in", schemaPath: "#/definitions/paramRef/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            var _valid1 = _errs29 === errors;
            valid8 = valid8 || _valid1;
          }
          if (!valid8) {
            const err21 = { instancePath: instancePath + "/in", schemaPath: "#/properties/in/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          } else {
            errors = _errs23;
            if (vErrors !== null) {
              if (_errs23) {
                vErrors.length = _errs23;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data.notIn !== void 0) {
          let data10 = data.notIn;
          const _errs33 = errors;
          let valid13 = false;
          const _errs34 = errors;
          if (Array.isArray(data10)) {
            if (data10.length > 256) {
              const err22 = { instancePath: instancePath + "/notIn", schemaPath: "#/properties/notIn/anyOf/0/maxItems", keyword: "maxItems", params: { limit: 256 }, message: "must NOT have more than 256 items" };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            const len3 = data10.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data11 = data10[i3];
              if (typeof data11 !== "string" && !(typeof data11 == "number") && typeof data11 !== "boolean" && data11 !== null) {
                const err23 = { instancePath: instancePath + "/notIn/" + i3, schemaPath: "#/definitions/scalar/type", keyword: "type", params: { type: schema13.type }, message: "must be string,number,boolean,null" };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
          } else {
            const err24 = { instancePath: instancePath + "/notIn", schemaPath: "#/properties/notIn/anyOf/0/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
          var _valid2 = _errs34 === errors;
          valid13 = valid13 || _valid2;
          if (!valid13) {
            const _errs39 = errors;
            if (typeof data10 === "string") {
              if (!pattern4.test(data10)) {
                const err25 = { instancePath: instancePath + "/notIn", schemaPath: "#/definitions/paramRef/pattern", keyword: "pattern", params: { pattern: "^\\{params\\.[A-Za-z0-9_]+\\}$" }, message: 'must match pattern "^\\{params\\.[A-Za-z0-9_]+\\}$"' };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            } else {
              const err26 = { instancePath: instancePath + "/notIn", schemaPath: "#/definitions/paramRef/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
            var _valid2 = _errs39 === errors;
            valid13 = valid13 || _valid2;
          }
          if (!valid13) {
            const err27 = { instancePath: instancePath + "/notIn", schemaPath: "#/properties/notIn/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          } else {
            errors = _errs33;
            if (vErrors !== null) {
              if (_errs33) {
                vErrors.length = _errs33;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data.exists !== void 0) {
          if (typeof data.exists !== "boolean") {
            const err28 = { instancePath: instancePath + "/exists", schemaPath: "#/properties/exists/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data.greater !== void 0) {
          let data13 = data.greater;
          if (!(typeof data13 == "number") && typeof data13 !== "string") {
            const err29 = { instancePath: instancePath + "/greater", schemaPath: "#/definitions/bound/type", keyword: "type", params: { type: schema19.type }, message: "must be number,string" };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data.greaterOrEquals !== void 0) {
          let data14 = data.greaterOrEquals;
          if (!(typeof data14 == "number") && typeof data14 !== "string") {
            const err30 = { instancePath: instancePath + "/greaterOrEquals", schemaPath: "#/definitions/bound/type", keyword: "type", params: { type: schema19.type }, message: "must be number,string" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data.less !== void 0) {
          let data15 = data.less;
          if (!(typeof data15 == "number") && typeof data15 !== "string") {
            const err31 = { instancePath: instancePath + "/less", schemaPath: "#/definitions/bound/type", keyword: "type", params: { type: schema19.type }, message: "must be number,string" };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data.lessOrEquals !== void 0) {
          let data16 = data.lessOrEquals;
          if (!(typeof data16 == "number") && typeof data16 !== "string") {
            const err32 = { instancePath: instancePath + "/lessOrEquals", schemaPath: "#/definitions/bound/type", keyword: "type", params: { type: schema19.type }, message: "must be number,string" };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data.matches !== void 0) {
          let data17 = data.matches;
          if (typeof data17 === "string") {
            if (func3(data17) > 256) {
              const err33 = { instancePath: instancePath + "/matches", schemaPath: "#/properties/matches/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters" };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          } else {
            const err34 = { instancePath: instancePath + "/matches", schemaPath: "#/properties/matches/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data.startsWith !== void 0) {
          if (typeof data.startsWith !== "string") {
            const err35 = { instancePath: instancePath + "/startsWith", schemaPath: "#/properties/startsWith/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data.contains !== void 0) {
          let data19 = data.contains;
          if (typeof data19 !== "string" && !(typeof data19 == "number") && typeof data19 !== "boolean" && data19 !== null) {
            const err36 = { instancePath: instancePath + "/contains", schemaPath: "#/definitions/scalar/type", keyword: "type", params: { type: schema13.type }, message: "must be string,number,boolean,null" };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        if (data.count !== void 0) {
          let data20 = data.count;
          if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
            if (Object.keys(data20).length < 1) {
              const err37 = { instancePath: instancePath + "/count", schemaPath: "#/properties/count/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
            for (const key1 in data20) {
              if (!(key1 === "equals" || key1 === "greater" || key1 === "greaterOrEquals" || key1 === "less" || key1 === "lessOrEquals")) {
                const err38 = { instancePath: instancePath + "/count", schemaPath: "#/properties/count/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
            if (data20.equals !== void 0) {
              let data21 = data20.equals;
              if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)))) {
                const err39 = { instancePath: instancePath + "/count/equals", schemaPath: "#/properties/count/properties/equals/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data20.greater !== void 0) {
              let data22 = data20.greater;
              if (!(typeof data22 == "number" && (!(data22 % 1) && !isNaN(data22)))) {
                const err40 = { instancePath: instancePath + "/count/greater", schemaPath: "#/properties/count/properties/greater/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
            if (data20.greaterOrEquals !== void 0) {
              let data23 = data20.greaterOrEquals;
              if (!(typeof data23 == "number" && (!(data23 % 1) && !isNaN(data23)))) {
                const err41 = { instancePath: instancePath + "/count/greaterOrEquals", schemaPath: "#/properties/count/properties/greaterOrEquals/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
            if (data20.less !== void 0) {
              let data24 = data20.less;
              if (!(typeof data24 == "number" && (!(data24 % 1) && !isNaN(data24)))) {
                const err42 = { instancePath: instancePath + "/count/less", schemaPath: "#/properties/count/properties/less/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
            if (data20.lessOrEquals !== void 0) {
              let data25 = data20.lessOrEquals;
              if (!(typeof data25 == "number" && (!(data25 % 1) && !isNaN(data25)))) {
                const err43 = { instancePath: instancePath + "/count/lessOrEquals", schemaPath: "#/properties/count/properties/lessOrEquals/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
          } else {
            const err44 = { instancePath: instancePath + "/count", schemaPath: "#/properties/count/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
      } else {
        const err45 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
      validate11.errors = vErrors;
      return errors === 0;
    }
    var formats0 = require_formats().fullFormats.uri;
    function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      const _errs1 = errors;
      let valid0 = false;
      let passing0 = null;
      const _errs2 = errors;
      const _errs3 = errors;
      const _errs4 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data.function === void 0 && (missing0 = "function")) {
          const err0 = {};
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
      var valid1 = _errs4 === errors;
      if (valid1) {
        const err1 = { instancePath, schemaPath: "#/oneOf/0/not", keyword: "not", params: {}, message: "must NOT be valid" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      } else {
        errors = _errs3;
        if (vErrors !== null) {
          if (_errs3) {
            vErrors.length = _errs3;
          } else {
            vErrors = null;
          }
        }
      }
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.assert === void 0) {
          const err2 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: "assert" }, message: "must have required property 'assert'" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
      var _valid0 = _errs2 === errors;
      if (_valid0) {
        valid0 = true;
        passing0 = 0;
      }
      const _errs5 = errors;
      const _errs6 = errors;
      const _errs7 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing1;
        if (data.assert === void 0 && (missing1 = "assert")) {
          const err3 = {};
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      var valid2 = _errs7 === errors;
      if (valid2) {
        const err4 = { instancePath, schemaPath: "#/oneOf/1/not", keyword: "not", params: {}, message: "must NOT be valid" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      } else {
        errors = _errs6;
        if (vErrors !== null) {
          if (_errs6) {
            vErrors.length = _errs6;
          } else {
            vErrors = null;
          }
        }
      }
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.function === void 0) {
          const err5 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "function" }, message: "must have required property 'function'" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
      var _valid0 = _errs5 === errors;
      if (_valid0 && valid0) {
        valid0 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid0 = true;
          passing0 = 1;
        }
      }
      if (!valid0) {
        const err6 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      } else {
        errors = _errs1;
        if (vErrors !== null) {
          if (_errs1) {
            vErrors.length = _errs1;
          } else {
            vErrors = null;
          }
        }
      }
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.id === void 0) {
          const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data.name === void 0) {
          const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data.title === void 0) {
          const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data.category === void 0) {
          const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "category" }, message: "must have required property 'category'" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data.severity === void 0) {
          const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property 'severity'" };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data.pillar === void 0) {
          const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "pillar" }, message: "must have required property 'pillar'" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data.resource === void 0) {
          const err13 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "resource" }, message: "must have required property 'resource'" };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (data.message === void 0) {
          const err14 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data.remediation === void 0) {
          const err15 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "remediation" }, message: "must have required property 'remediation'" };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (data.links === void 0) {
          const err16 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "links" }, message: "must have required property 'links'" };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!func2.call(schema11.properties, key0)) {
            const err17 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data.id !== void 0) {
          let data0 = data.id;
          if (typeof data0 === "string") {
            if (!pattern0.test(data0)) {
              const err18 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$" }, message: 'must match pattern "^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$"' };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data.name !== void 0) {
          let data1 = data.name;
          if (typeof data1 === "string") {
            if (!pattern1.test(data1)) {
              const err20 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(-[a-z0-9]+)*$"' };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          } else {
            const err21 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data.title !== void 0) {
          let data2 = data.title;
          if (typeof data2 === "string") {
            if (func3(data2) < 5) {
              const err22 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 5 }, message: "must NOT have fewer than 5 characters" };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data.category !== void 0) {
          let data3 = data.category;
          if (!(data3 === "redundancy" || data3 === "sku" || data3 === "bgp" || data3 === "encryption" || data3 === "cost" || data3 === "hygiene")) {
            const err24 = { instancePath: instancePath + "/category", schemaPath: "#/properties/category/enum", keyword: "enum", params: { allowedValues: schema11.properties.category.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data.severity !== void 0) {
          let data4 = data.severity;
          if (!(data4 === "critical" || data4 === "high" || data4 === "medium" || data4 === "low" || data4 === "info")) {
            const err25 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.severity.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data.pillar !== void 0) {
          let data5 = data.pillar;
          if (!(data5 === "reliability" || data5 === "security" || data5 === "cost-optimization" || data5 === "operational-excellence" || data5 === "performance-efficiency")) {
            const err26 = { instancePath: instancePath + "/pillar", schemaPath: "#/properties/pillar/enum", keyword: "enum", params: { allowedValues: schema11.properties.pillar.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data.tags !== void 0) {
          let data6 = data.tags;
          if (Array.isArray(data6)) {
            const len0 = data6.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data7 = data6[i0];
              if (typeof data7 === "string") {
                if (!pattern2.test(data7)) {
                  const err27 = { instancePath: instancePath + "/tags/" + i0, schemaPath: "#/properties/tags/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9.-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9.-]*$"' };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
              } else {
                const err28 = { instancePath: instancePath + "/tags/" + i0, schemaPath: "#/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            let i1 = data6.length;
            let j0;
            if (i1 > 1) {
              const indices0 = {};
              for (; i1--; ) {
                let item0 = data6[i1];
                if (typeof item0 !== "string") {
                  continue;
                }
                if (typeof indices0[item0] == "number") {
                  j0 = indices0[item0];
                  const err29 = { instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                  break;
                }
                indices0[item0] = i1;
              }
            }
          } else {
            const err30 = { instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data.resource !== void 0) {
          let data8 = data.resource;
          if (!(data8 === "circuit" || data8 === "peering" || data8 === "port" || data8 === "link" || data8 === "gateway" || data8 === "connection" || data8 === "estate")) {
            const err31 = { instancePath: instancePath + "/resource", schemaPath: "#/properties/resource/enum", keyword: "enum", params: { allowedValues: schema11.properties.resource.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data.where !== void 0) {
          if (!validate11(data.where, { instancePath: instancePath + "/where", parentData: data, parentDataProperty: "where", rootData })) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
          }
        }
        if (data.assert !== void 0) {
          if (!validate11(data.assert, { instancePath: instancePath + "/assert", parentData: data, parentDataProperty: "assert", rootData })) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
          }
        }
        if (data.function !== void 0) {
          let data11 = data.function;
          if (typeof data11 === "string") {
            if (!pattern6.test(data11)) {
              const err32 = { instancePath: instancePath + "/function", schemaPath: "#/properties/function/pattern", keyword: "pattern", params: { pattern: "^[a-z][A-Za-z0-9]*$" }, message: 'must match pattern "^[a-z][A-Za-z0-9]*$"' };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
          } else {
            const err33 = { instancePath: instancePath + "/function", schemaPath: "#/properties/function/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data.message !== void 0) {
          let data12 = data.message;
          if (typeof data12 === "string") {
            if (func3(data12) < 10) {
              const err34 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/minLength", keyword: "minLength", params: { limit: 10 }, message: "must NOT have fewer than 10 characters" };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
          } else {
            const err35 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data.expected !== void 0) {
          if (typeof data.expected !== "string") {
            const err36 = { instancePath: instancePath + "/expected", schemaPath: "#/properties/expected/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        if (data.remediation !== void 0) {
          let data14 = data.remediation;
          if (typeof data14 === "string") {
            if (func3(data14) < 10) {
              const err37 = { instancePath: instancePath + "/remediation", schemaPath: "#/properties/remediation/minLength", keyword: "minLength", params: { limit: 10 }, message: "must NOT have fewer than 10 characters" };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
          } else {
            const err38 = { instancePath: instancePath + "/remediation", schemaPath: "#/properties/remediation/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data.links !== void 0) {
          let data15 = data.links;
          if (Array.isArray(data15)) {
            if (data15.length < 1) {
              const err39 = { instancePath: instancePath + "/links", schemaPath: "#/properties/links/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
            const len1 = data15.length;
            for (let i2 = 0; i2 < len1; i2++) {
              let data16 = data15[i2];
              if (typeof data16 === "string") {
                if (!pattern7.test(data16)) {
                  const err40 = { instancePath: instancePath + "/links/" + i2, schemaPath: "#/properties/links/items/pattern", keyword: "pattern", params: { pattern: "^https://" }, message: 'must match pattern "^https://"' };
                  if (vErrors === null) {
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
                if (!formats0(data16)) {
                  const err41 = { instancePath: instancePath + "/links/" + i2, schemaPath: "#/properties/links/items/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"' };
                  if (vErrors === null) {
                    vErrors = [err41];
                  } else {
                    vErrors.push(err41);
                  }
                  errors++;
                }
              } else {
                const err42 = { instancePath: instancePath + "/links/" + i2, schemaPath: "#/properties/links/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
          } else {
            const err43 = { instancePath: instancePath + "/links", schemaPath: "#/properties/links/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data.parameters !== void 0) {
          let data17 = data.parameters;
          if (!(data17 && typeof data17 == "object" && !Array.isArray(data17))) {
            const err44 = { instancePath: instancePath + "/parameters", schemaPath: "#/properties/parameters/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
        if (data.enabledByDefault !== void 0) {
          if (typeof data.enabledByDefault !== "boolean") {
            const err45 = { instancePath: instancePath + "/enabledByDefault", schemaPath: "#/properties/enabledByDefault/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data.deployedState !== void 0) {
          if (typeof data.deployedState !== "boolean") {
            const err46 = { instancePath: instancePath + "/deployedState", schemaPath: "#/properties/deployedState/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
        if (data.references !== void 0) {
          let data20 = data.references;
          if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
            for (const key1 in data20) {
              let data21 = data20[key1];
              if (Array.isArray(data21)) {
                const len2 = data21.length;
                for (let i3 = 0; i3 < len2; i3++) {
                  if (typeof data21[i3] !== "string") {
                    const err47 = { instancePath: instancePath + "/references/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i3, schemaPath: "#/properties/references/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err47];
                    } else {
                      vErrors.push(err47);
                    }
                    errors++;
                  }
                }
              } else {
                const err48 = { instancePath: instancePath + "/references/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/references/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
          } else {
            const err49 = { instancePath: instancePath + "/references", schemaPath: "#/properties/references/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
      } else {
        const err50 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
      validate10.errors = vErrors;
      return errors === 0;
    }
  }
});

// dist/util/schema-validators/snapshot.cjs
var require_snapshot = __commonJS({
  "dist/util/schema-validators/snapshot.cjs"(exports, module) {
    "use strict";
    module.exports = validate10;
    module.exports.default = validate10;
    var formats0 = require_formats().fullFormats["date-time"];
    var func2 = require_ucs2length().default;
    var pattern0 = new RegExp("^/", "u");
    function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.erscanSnapshot === void 0) {
          const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "erscanSnapshot" }, message: "must have required property 'erscanSnapshot'" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data.resources === void 0) {
          const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "resources" }, message: "must have required property 'resources'" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data.erscanSnapshot !== void 0) {
          if (1 !== data.erscanSnapshot) {
            const err2 = { instancePath: instancePath + "/erscanSnapshot", schemaPath: "#/properties/erscanSnapshot/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data.tool !== void 0) {
          let data1 = data.tool;
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1.name !== void 0) {
              if (typeof data1.name !== "string") {
                const err3 = { instancePath: instancePath + "/tool/name", schemaPath: "#/properties/tool/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
            }
            if (data1.version !== void 0) {
              if (typeof data1.version !== "string") {
                const err4 = { instancePath: instancePath + "/tool/version", schemaPath: "#/properties/tool/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
          } else {
            const err5 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data.generatedAt !== void 0) {
          let data4 = data.generatedAt;
          if (typeof data4 === "string") {
            if (!formats0.validate(data4)) {
              const err6 = { instancePath: instancePath + "/generatedAt", schemaPath: "#/properties/generatedAt/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/generatedAt", schemaPath: "#/properties/generatedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data.cloud !== void 0) {
          if (typeof data.cloud !== "string") {
            const err8 = { instancePath: instancePath + "/cloud", schemaPath: "#/properties/cloud/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data.scope !== void 0) {
          let data6 = data.scope;
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            if (data6.tenants !== void 0) {
              let data7 = data6.tenants;
              if (Array.isArray(data7)) {
                const len0 = data7.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  if (typeof data7[i0] !== "string") {
                    const err9 = { instancePath: instancePath + "/scope/tenants/" + i0, schemaPath: "#/properties/scope/properties/tenants/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err9];
                    } else {
                      vErrors.push(err9);
                    }
                    errors++;
                  }
                }
              } else {
                const err10 = { instancePath: instancePath + "/scope/tenants", schemaPath: "#/properties/scope/properties/tenants/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data6.managementGroups !== void 0) {
              let data9 = data6.managementGroups;
              if (Array.isArray(data9)) {
                const len1 = data9.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  if (typeof data9[i1] !== "string") {
                    const err11 = { instancePath: instancePath + "/scope/managementGroups/" + i1, schemaPath: "#/properties/scope/properties/managementGroups/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err11];
                    } else {
                      vErrors.push(err11);
                    }
                    errors++;
                  }
                }
              } else {
                const err12 = { instancePath: instancePath + "/scope/managementGroups", schemaPath: "#/properties/scope/properties/managementGroups/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data6.subscriptions !== void 0) {
              let data11 = data6.subscriptions;
              if (Array.isArray(data11)) {
                const len2 = data11.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  if (typeof data11[i2] !== "string") {
                    const err13 = { instancePath: instancePath + "/scope/subscriptions/" + i2, schemaPath: "#/properties/scope/properties/subscriptions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err13];
                    } else {
                      vErrors.push(err13);
                    }
                    errors++;
                  }
                }
              } else {
                const err14 = { instancePath: instancePath + "/scope/subscriptions", schemaPath: "#/properties/scope/properties/subscriptions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
          } else {
            const err15 = { instancePath: instancePath + "/scope", schemaPath: "#/properties/scope/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data.coverage !== void 0) {
          let data13 = data.coverage;
          if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
            if (data13.complete === void 0) {
              const err16 = { instancePath: instancePath + "/coverage", schemaPath: "#/properties/coverage/required", keyword: "required", params: { missingProperty: "complete" }, message: "must have required property 'complete'" };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (data13.gaps === void 0) {
              const err17 = { instancePath: instancePath + "/coverage", schemaPath: "#/properties/coverage/required", keyword: "required", params: { missingProperty: "gaps" }, message: "must have required property 'gaps'" };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (data13.complete !== void 0) {
              if (typeof data13.complete !== "boolean") {
                const err18 = { instancePath: instancePath + "/coverage/complete", schemaPath: "#/properties/coverage/properties/complete/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data13.gaps !== void 0) {
              let data15 = data13.gaps;
              if (Array.isArray(data15)) {
                const len3 = data15.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  let data16 = data15[i3];
                  if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                    if (data16.scope === void 0) {
                      const err19 = { instancePath: instancePath + "/coverage/gaps/" + i3, schemaPath: "#/properties/coverage/properties/gaps/items/required", keyword: "required", params: { missingProperty: "scope" }, message: "must have required property 'scope'" };
                      if (vErrors === null) {
                        vErrors = [err19];
                      } else {
                        vErrors.push(err19);
                      }
                      errors++;
                    }
                    if (data16.reason === void 0) {
                      const err20 = { instancePath: instancePath + "/coverage/gaps/" + i3, schemaPath: "#/properties/coverage/properties/gaps/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
                      if (vErrors === null) {
                        vErrors = [err20];
                      } else {
                        vErrors.push(err20);
                      }
                      errors++;
                    }
                    if (data16.scope !== void 0) {
                      if (typeof data16.scope !== "string") {
                        const err21 = { instancePath: instancePath + "/coverage/gaps/" + i3 + "/scope", schemaPath: "#/properties/coverage/properties/gaps/items/properties/scope/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err21];
                        } else {
                          vErrors.push(err21);
                        }
                        errors++;
                      }
                    }
                    if (data16.reason !== void 0) {
                      if (typeof data16.reason !== "string") {
                        const err22 = { instancePath: instancePath + "/coverage/gaps/" + i3 + "/reason", schemaPath: "#/properties/coverage/properties/gaps/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err22];
                        } else {
                          vErrors.push(err22);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err23 = { instancePath: instancePath + "/coverage/gaps/" + i3, schemaPath: "#/properties/coverage/properties/gaps/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err23];
                    } else {
                      vErrors.push(err23);
                    }
                    errors++;
                  }
                }
              } else {
                const err24 = { instancePath: instancePath + "/coverage/gaps", schemaPath: "#/properties/coverage/properties/gaps/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
          } else {
            const err25 = { instancePath: instancePath + "/coverage", schemaPath: "#/properties/coverage/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data.subscriptions !== void 0) {
          let data19 = data.subscriptions;
          if (Array.isArray(data19)) {
            const len4 = data19.length;
            for (let i4 = 0; i4 < len4; i4++) {
              let data20 = data19[i4];
              if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                if (data20.subscriptionId === void 0) {
                  const err26 = { instancePath: instancePath + "/subscriptions/" + i4, schemaPath: "#/properties/subscriptions/items/required", keyword: "required", params: { missingProperty: "subscriptionId" }, message: "must have required property 'subscriptionId'" };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
                if (data20.subscriptionId !== void 0) {
                  let data21 = data20.subscriptionId;
                  if (typeof data21 === "string") {
                    if (func2(data21) < 1) {
                      const err27 = { instancePath: instancePath + "/subscriptions/" + i4 + "/subscriptionId", schemaPath: "#/properties/subscriptions/items/properties/subscriptionId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err27];
                      } else {
                        vErrors.push(err27);
                      }
                      errors++;
                    }
                  } else {
                    const err28 = { instancePath: instancePath + "/subscriptions/" + i4 + "/subscriptionId", schemaPath: "#/properties/subscriptions/items/properties/subscriptionId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                  }
                }
                if (data20.name !== void 0) {
                  if (typeof data20.name !== "string") {
                    const err29 = { instancePath: instancePath + "/subscriptions/" + i4 + "/name", schemaPath: "#/properties/subscriptions/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                }
                if (data20.tenantId !== void 0) {
                  if (typeof data20.tenantId !== "string") {
                    const err30 = { instancePath: instancePath + "/subscriptions/" + i4 + "/tenantId", schemaPath: "#/properties/subscriptions/items/properties/tenantId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err30];
                    } else {
                      vErrors.push(err30);
                    }
                    errors++;
                  }
                }
                if (data20.state !== void 0) {
                  if (typeof data20.state !== "string") {
                    const err31 = { instancePath: instancePath + "/subscriptions/" + i4 + "/state", schemaPath: "#/properties/subscriptions/items/properties/state/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err31];
                    } else {
                      vErrors.push(err31);
                    }
                    errors++;
                  }
                }
              } else {
                const err32 = { instancePath: instancePath + "/subscriptions/" + i4, schemaPath: "#/properties/subscriptions/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
          } else {
            const err33 = { instancePath: instancePath + "/subscriptions", schemaPath: "#/properties/subscriptions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data.resources !== void 0) {
          let data25 = data.resources;
          if (Array.isArray(data25)) {
            const len5 = data25.length;
            for (let i5 = 0; i5 < len5; i5++) {
              let data26 = data25[i5];
              if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                if (data26.id === void 0) {
                  const err34 = { instancePath: instancePath + "/resources/" + i5, schemaPath: "#/properties/resources/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
                if (data26.type === void 0) {
                  const err35 = { instancePath: instancePath + "/resources/" + i5, schemaPath: "#/properties/resources/items/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
                if (data26.id !== void 0) {
                  let data27 = data26.id;
                  if (typeof data27 === "string") {
                    if (func2(data27) < 1) {
                      const err36 = { instancePath: instancePath + "/resources/" + i5 + "/id", schemaPath: "#/properties/resources/items/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err36];
                      } else {
                        vErrors.push(err36);
                      }
                      errors++;
                    }
                    if (!pattern0.test(data27)) {
                      const err37 = { instancePath: instancePath + "/resources/" + i5 + "/id", schemaPath: "#/properties/resources/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^/" }, message: 'must match pattern "^/"' };
                      if (vErrors === null) {
                        vErrors = [err37];
                      } else {
                        vErrors.push(err37);
                      }
                      errors++;
                    }
                  } else {
                    const err38 = { instancePath: instancePath + "/resources/" + i5 + "/id", schemaPath: "#/properties/resources/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err38];
                    } else {
                      vErrors.push(err38);
                    }
                    errors++;
                  }
                }
                if (data26.type !== void 0) {
                  let data28 = data26.type;
                  if (typeof data28 === "string") {
                    if (func2(data28) < 1) {
                      const err39 = { instancePath: instancePath + "/resources/" + i5 + "/type", schemaPath: "#/properties/resources/items/properties/type/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err39];
                      } else {
                        vErrors.push(err39);
                      }
                      errors++;
                    }
                  } else {
                    const err40 = { instancePath: instancePath + "/resources/" + i5 + "/type", schemaPath: "#/properties/resources/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err40];
                    } else {
                      vErrors.push(err40);
                    }
                    errors++;
                  }
                }
                if (data26.name !== void 0) {
                  if (typeof data26.name !== "string") {
                    const err41 = { instancePath: instancePath + "/resources/" + i5 + "/name", schemaPath: "#/properties/resources/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err41];
                    } else {
                      vErrors.push(err41);
                    }
                    errors++;
                  }
                }
                if (data26.properties !== void 0) {
                  let data30 = data26.properties;
                  if (!(data30 && typeof data30 == "object" && !Array.isArray(data30))) {
                    const err42 = { instancePath: instancePath + "/resources/" + i5 + "/properties", schemaPath: "#/properties/resources/items/properties/properties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err42];
                    } else {
                      vErrors.push(err42);
                    }
                    errors++;
                  }
                }
              } else {
                const err43 = { instancePath: instancePath + "/resources/" + i5, schemaPath: "#/properties/resources/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
          } else {
            const err44 = { instancePath: instancePath + "/resources", schemaPath: "#/properties/resources/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
        if (data.metrics !== void 0) {
          let data31 = data.metrics;
          if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
            for (const key0 in data31) {
              let data32 = data31[key0];
              if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                if (data32.egressGbPerMonth === void 0) {
                  const err45 = { instancePath: instancePath + "/metrics/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metrics/additionalProperties/required", keyword: "required", params: { missingProperty: "egressGbPerMonth" }, message: "must have required property 'egressGbPerMonth'" };
                  if (vErrors === null) {
                    vErrors = [err45];
                  } else {
                    vErrors.push(err45);
                  }
                  errors++;
                }
                if (data32.egressGbPerMonth !== void 0) {
                  let data33 = data32.egressGbPerMonth;
                  if (typeof data33 == "number") {
                    if (data33 < 0 || isNaN(data33)) {
                      const err46 = { instancePath: instancePath + "/metrics/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/egressGbPerMonth", schemaPath: "#/properties/metrics/additionalProperties/properties/egressGbPerMonth/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err46];
                      } else {
                        vErrors.push(err46);
                      }
                      errors++;
                    }
                  } else {
                    const err47 = { instancePath: instancePath + "/metrics/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/egressGbPerMonth", schemaPath: "#/properties/metrics/additionalProperties/properties/egressGbPerMonth/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err47];
                    } else {
                      vErrors.push(err47);
                    }
                    errors++;
                  }
                }
                if (data32.days !== void 0) {
                  if (!(typeof data32.days == "number")) {
                    const err48 = { instancePath: instancePath + "/metrics/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/days", schemaPath: "#/properties/metrics/additionalProperties/properties/days/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err48];
                    } else {
                      vErrors.push(err48);
                    }
                    errors++;
                  }
                }
                if (data32.metric !== void 0) {
                  if (typeof data32.metric !== "string") {
                    const err49 = { instancePath: instancePath + "/metrics/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/metric", schemaPath: "#/properties/metrics/additionalProperties/properties/metric/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err49];
                    } else {
                      vErrors.push(err49);
                    }
                    errors++;
                  }
                }
              } else {
                const err50 = { instancePath: instancePath + "/metrics/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metrics/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
          } else {
            const err51 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
      } else {
        const err52 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
      validate10.errors = vErrors;
      return errors === 0;
    }
  }
});

// dist/util/schema-validators/suppressions.cjs
var require_suppressions = __commonJS({
  "dist/util/schema-validators/suppressions.cjs"(exports, module) {
    "use strict";
    module.exports = validate10;
    module.exports.default = validate10;
    var func2 = require_ucs2length().default;
    var pattern0 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
    function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.suppressions === void 0) {
          const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "suppressions" }, message: "must have required property 'suppressions'" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!(key0 === "$schema" || key0 === "suppressions")) {
            const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data.$schema !== void 0) {
          if (typeof data.$schema !== "string") {
            const err2 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data.suppressions !== void 0) {
          let data1 = data.suppressions;
          if (Array.isArray(data1)) {
            const len0 = data1.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data2 = data1[i0];
              if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                if (data2.ruleId === void 0) {
                  const err3 = { instancePath: instancePath + "/suppressions/" + i0, schemaPath: "#/properties/suppressions/items/required", keyword: "required", params: { missingProperty: "ruleId" }, message: "must have required property 'ruleId'" };
                  if (vErrors === null) {
                    vErrors = [err3];
                  } else {
                    vErrors.push(err3);
                  }
                  errors++;
                }
                if (data2.resource === void 0) {
                  const err4 = { instancePath: instancePath + "/suppressions/" + i0, schemaPath: "#/properties/suppressions/items/required", keyword: "required", params: { missingProperty: "resource" }, message: "must have required property 'resource'" };
                  if (vErrors === null) {
                    vErrors = [err4];
                  } else {
                    vErrors.push(err4);
                  }
                  errors++;
                }
                if (data2.justification === void 0) {
                  const err5 = { instancePath: instancePath + "/suppressions/" + i0, schemaPath: "#/properties/suppressions/items/required", keyword: "required", params: { missingProperty: "justification" }, message: "must have required property 'justification'" };
                  if (vErrors === null) {
                    vErrors = [err5];
                  } else {
                    vErrors.push(err5);
                  }
                  errors++;
                }
                for (const key1 in data2) {
                  if (!(key1 === "ruleId" || key1 === "resource" || key1 === "justification" || key1 === "expires")) {
                    const err6 = { instancePath: instancePath + "/suppressions/" + i0, schemaPath: "#/properties/suppressions/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err6];
                    } else {
                      vErrors.push(err6);
                    }
                    errors++;
                  }
                }
                if (data2.ruleId !== void 0) {
                  let data3 = data2.ruleId;
                  if (typeof data3 === "string") {
                    if (func2(data3) < 1) {
                      const err7 = { instancePath: instancePath + "/suppressions/" + i0 + "/ruleId", schemaPath: "#/properties/suppressions/items/properties/ruleId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err7];
                      } else {
                        vErrors.push(err7);
                      }
                      errors++;
                    }
                  } else {
                    const err8 = { instancePath: instancePath + "/suppressions/" + i0 + "/ruleId", schemaPath: "#/properties/suppressions/items/properties/ruleId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err8];
                    } else {
                      vErrors.push(err8);
                    }
                    errors++;
                  }
                }
                if (data2.resource !== void 0) {
                  let data4 = data2.resource;
                  if (typeof data4 === "string") {
                    if (func2(data4) < 1) {
                      const err9 = { instancePath: instancePath + "/suppressions/" + i0 + "/resource", schemaPath: "#/properties/suppressions/items/properties/resource/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err9];
                      } else {
                        vErrors.push(err9);
                      }
                      errors++;
                    }
                  } else {
                    const err10 = { instancePath: instancePath + "/suppressions/" + i0 + "/resource", schemaPath: "#/properties/suppressions/items/properties/resource/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err10];
                    } else {
                      vErrors.push(err10);
                    }
                    errors++;
                  }
                }
                if (data2.justification !== void 0) {
                  let data5 = data2.justification;
                  if (typeof data5 === "string") {
                    if (func2(data5) < 3) {
                      const err11 = { instancePath: instancePath + "/suppressions/" + i0 + "/justification", schemaPath: "#/properties/suppressions/items/properties/justification/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters" };
                      if (vErrors === null) {
                        vErrors = [err11];
                      } else {
                        vErrors.push(err11);
                      }
                      errors++;
                    }
                  } else {
                    const err12 = { instancePath: instancePath + "/suppressions/" + i0 + "/justification", schemaPath: "#/properties/suppressions/items/properties/justification/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err12];
                    } else {
                      vErrors.push(err12);
                    }
                    errors++;
                  }
                }
                if (data2.expires !== void 0) {
                  let data6 = data2.expires;
                  if (typeof data6 === "string") {
                    if (!pattern0.test(data6)) {
                      const err13 = { instancePath: instancePath + "/suppressions/" + i0 + "/expires", schemaPath: "#/properties/suppressions/items/properties/expires/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"' };
                      if (vErrors === null) {
                        vErrors = [err13];
                      } else {
                        vErrors.push(err13);
                      }
                      errors++;
                    }
                  } else {
                    const err14 = { instancePath: instancePath + "/suppressions/" + i0 + "/expires", schemaPath: "#/properties/suppressions/items/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err14];
                    } else {
                      vErrors.push(err14);
                    }
                    errors++;
                  }
                }
              } else {
                const err15 = { instancePath: instancePath + "/suppressions/" + i0, schemaPath: "#/properties/suppressions/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
          } else {
            const err16 = { instancePath: instancePath + "/suppressions", schemaPath: "#/properties/suppressions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      } else {
        const err17 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      validate10.errors = vErrors;
      return errors === 0;
    }
  }
});

// dist/util/schema-validators/usage.cjs
var require_usage = __commonJS({
  "dist/util/schema-validators/usage.cjs"(exports, module) {
    "use strict";
    module.exports = validate10;
    module.exports.default = validate10;
    function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.circuits === void 0) {
          const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "circuits" }, message: "must have required property 'circuits'" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!(key0 === "$schema" || key0 === "$comment" || key0 === "circuits" || key0 === "gateways")) {
            const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data.$schema !== void 0) {
          if (typeof data.$schema !== "string") {
            const err2 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data.$comment !== void 0) {
          if (typeof data.$comment !== "string") {
            const err3 = { instancePath: instancePath + "/$comment", schemaPath: "#/properties/%24comment/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data.circuits !== void 0) {
          let data2 = data.circuits;
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            for (const key1 in data2) {
              let data3 = data2[key1];
              if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                for (const key2 in data3) {
                  if (!(key2 === "$comment" || key2 === "egressGbPerMonth" || key2 === "globalReachGbPerMonth")) {
                    const err4 = { instancePath: instancePath + "/circuits/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/circuits/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err4];
                    } else {
                      vErrors.push(err4);
                    }
                    errors++;
                  }
                }
                if (data3.$comment !== void 0) {
                  if (typeof data3.$comment !== "string") {
                    const err5 = { instancePath: instancePath + "/circuits/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/$comment", schemaPath: "#/properties/circuits/additionalProperties/properties/%24comment/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err5];
                    } else {
                      vErrors.push(err5);
                    }
                    errors++;
                  }
                }
                if (data3.egressGbPerMonth !== void 0) {
                  let data5 = data3.egressGbPerMonth;
                  if (typeof data5 == "number") {
                    if (data5 < 0 || isNaN(data5)) {
                      const err6 = { instancePath: instancePath + "/circuits/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/egressGbPerMonth", schemaPath: "#/properties/circuits/additionalProperties/properties/egressGbPerMonth/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err6];
                      } else {
                        vErrors.push(err6);
                      }
                      errors++;
                    }
                  } else {
                    const err7 = { instancePath: instancePath + "/circuits/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/egressGbPerMonth", schemaPath: "#/properties/circuits/additionalProperties/properties/egressGbPerMonth/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err7];
                    } else {
                      vErrors.push(err7);
                    }
                    errors++;
                  }
                }
                if (data3.globalReachGbPerMonth !== void 0) {
                  let data6 = data3.globalReachGbPerMonth;
                  if (typeof data6 == "number") {
                    if (data6 < 0 || isNaN(data6)) {
                      const err8 = { instancePath: instancePath + "/circuits/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/globalReachGbPerMonth", schemaPath: "#/properties/circuits/additionalProperties/properties/globalReachGbPerMonth/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err8];
                      } else {
                        vErrors.push(err8);
                      }
                      errors++;
                    }
                  } else {
                    const err9 = { instancePath: instancePath + "/circuits/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/globalReachGbPerMonth", schemaPath: "#/properties/circuits/additionalProperties/properties/globalReachGbPerMonth/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err9];
                    } else {
                      vErrors.push(err9);
                    }
                    errors++;
                  }
                }
              } else {
                const err10 = { instancePath: instancePath + "/circuits/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/circuits/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
          } else {
            const err11 = { instancePath: instancePath + "/circuits", schemaPath: "#/properties/circuits/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data.gateways !== void 0) {
          let data7 = data.gateways;
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            for (const key3 in data7) {
              let data8 = data7[key3];
              if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                for (const key4 in data8) {
                  if (!(key4 === "$comment" || key4 === "scaleUnits")) {
                    const err12 = { instancePath: instancePath + "/gateways/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/gateways/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err12];
                    } else {
                      vErrors.push(err12);
                    }
                    errors++;
                  }
                }
                if (data8.$comment !== void 0) {
                  if (typeof data8.$comment !== "string") {
                    const err13 = { instancePath: instancePath + "/gateways/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/$comment", schemaPath: "#/properties/gateways/additionalProperties/properties/%24comment/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err13];
                    } else {
                      vErrors.push(err13);
                    }
                    errors++;
                  }
                }
                if (data8.scaleUnits !== void 0) {
                  let data10 = data8.scaleUnits;
                  if (typeof data10 == "number") {
                    if (data10 < 0 || isNaN(data10)) {
                      const err14 = { instancePath: instancePath + "/gateways/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/scaleUnits", schemaPath: "#/properties/gateways/additionalProperties/properties/scaleUnits/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err14];
                      } else {
                        vErrors.push(err14);
                      }
                      errors++;
                    }
                  } else {
                    const err15 = { instancePath: instancePath + "/gateways/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/scaleUnits", schemaPath: "#/properties/gateways/additionalProperties/properties/scaleUnits/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err15];
                    } else {
                      vErrors.push(err15);
                    }
                    errors++;
                  }
                }
              } else {
                const err16 = { instancePath: instancePath + "/gateways/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/gateways/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
          } else {
            const err17 = { instancePath: instancePath + "/gateways", schemaPath: "#/properties/gateways/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      validate10.errors = vErrors;
      return errors === 0;
    }
  }
});

// dist/util/schema.js
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

// dist/util/schema-validators.js
var compiledValidators = {
  "config.schema.json": { digest: "3382fd720e8070247bb1a006aa67411de852fe95cc2ac01bdf1f0fd34ec18d40", get validate() {
    return require_config();
  } },
  "prices.schema.json": { digest: "f71e78124dd01f0c4b546aed27daa3da15ad47c9e0d43da36d77d33c11c77fd6", get validate() {
    return require_prices();
  } },
  "report.schema.json": { digest: "39fe0b32c352846d2eb41e88f12d1a0a420df41a88af568b2144fc231c1e9ce6", get validate() {
    return require_report();
  } },
  "rule.schema.json": { digest: "91f7f45e1e9754931a6285c35c64de5b88b90a956f1ffc76ac1a8cf1dbd8244c", get validate() {
    return require_rule();
  } },
  "snapshot.schema.json": { digest: "d07b1e957740e1cc8120f5b535ff8afdf2da913fe6c1a0670aa38d04dda0284c", get validate() {
    return require_snapshot();
  } },
  "suppressions.schema.json": { digest: "cb17686fe2b89802919cc2ceee07efa4976f9303f313313355d8da52dccd36fc", get validate() {
    return require_suppressions();
  } },
  "usage.schema.json": { digest: "207868c9965a863d9d9333ff6fdc9cf3cacea14753ef297fd7d20caf13145df8", get validate() {
    return require_usage();
  } }
};

// dist/util/schema.js
var AJV_OPTIONS = { allErrors: true, strict: false };
var ajv;
var compiled = /* @__PURE__ */ new Map();
function instance(name) {
  if (!ajv) {
    let AjvClass;
    let addFormats;
    try {
      AjvClass = __require("ajv").Ajv;
      addFormats = __require("ajv-formats");
    } catch (e) {
      if (e?.code !== "MODULE_NOT_FOUND")
        throw e;
      throw new Error(`schemas/${name} changed after erscan was built and ajv is not installed to compile it: rebuild erscan (npm run build)`);
    }
    ajv = new AjvClass(AJV_OPTIONS);
    addFormats(ajv);
  }
  return ajv;
}
function schemaDigest(text) {
  return createHash("sha256").update(text).digest("hex");
}
function schemaValidator(name) {
  let v = compiled.get(name);
  if (!v) {
    const text = readFileSync(packagePath("schemas", name), "utf8");
    const pre = compiledValidators?.[name];
    v = pre && pre.digest === schemaDigest(text) ? pre.validate : instance(name).compile(JSON.parse(text));
    compiled.set(name, v);
  }
  return v;
}
function toJsonPath(instancePath) {
  if (!instancePath)
    return "$";
  return "$" + instancePath.split("/").slice(1).map((seg) => seg.replace(/~1/g, "/").replace(/~0/g, "~")).map((seg) => /^\d+$/.test(seg) ? `[${seg}]` : /^[A-Za-z_$][\w$]*$/.test(seg) ? `.${seg}` : `[${JSON.stringify(seg)}]`).join("");
}
function valueAt(data, instancePath) {
  let cur = data;
  for (const seg of instancePath.split("/").slice(1)) {
    if (cur === null || typeof cur !== "object")
      return void 0;
    cur = cur[seg.replace(/~1/g, "/").replace(/~0/g, "~")];
  }
  return cur;
}
function expectation(err) {
  const p = err.params;
  switch (err.keyword) {
    case "required":
      return `a property "${String(p.missingProperty)}"`;
    case "type":
      return `a value of type ${String(p.type)}`;
    case "enum":
      return `one of ${p.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
    case "const":
      return `the value ${JSON.stringify(p.allowedValue)}`;
    case "additionalProperties":
      return `no property "${String(p.additionalProperty)}" (not part of the format)`;
    case "pattern":
      return `a string matching ${String(p.pattern)}`;
    default:
      return err.message ?? err.keyword;
  }
}
function mostUsefulError(errors) {
  const plain = errors.filter((e) => !/\/(oneOf|anyOf)\//.test(e.schemaPath) && e.keyword !== "oneOf" && e.keyword !== "anyOf" && e.keyword !== "if");
  const pool = plain.length > 0 ? plain : errors;
  return pool.reduce((best, e) => e.instancePath.split("/").length < best.instancePath.split("/").length ? e : best, pool[0]);
}
function validateOrThrow(validate, data, file) {
  if (validate(data))
    return;
  const err = mostUsefulError(validate.errors);
  const path = err.keyword === "additionalProperties" ? err.instancePath : err.instancePath;
  const found = err.keyword === "required" || err.keyword === "additionalProperties" ? void 0 : describeValue(valueAt(data, err.instancePath));
  throw new InputError(file, toJsonPath(path), expectation(err), found);
}

export {
  AJV_OPTIONS,
  schemaDigest,
  schemaValidator,
  toJsonPath,
  expectation,
  validateOrThrow
};
