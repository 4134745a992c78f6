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

// dist/util/schema-validators/config.cjs
module.exports = validate10;
module.exports.default = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/erscan/erscan/schemas/config.schema.json", "title": "erscan configuration", "description": "erscan.yaml / erscan.json: rule selection, severity overrides, rule parameters, extra rule folders and suppressions. Add `# yaml-language-server: $schema=<path to this file>` for editor completion.", "type": "object", "additionalProperties": false, "properties": { "$schema": { "type": "string" }, "rules": { "type": "object", "additionalProperties": false, "properties": { "include": { "description": "Run only rules matching one of these selectors: a rule id or name, a category, or a tag (`tag:NAME`). Also turns on matching rules that are off by default.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "enable": { "description": "Turn on rules that are off by default (policy choices such as ERS-ENC-005 or ERS-BGP-010) without narrowing the selection. Selectors as for include.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "exclude": { "description": "Skip rules matching one of these: a rule id, a category, or a tag (`tag:NAME`).", "type": "array", "items": { "type": "string", "minLength": 1 } }, "severity": { "description": "Severity overrides keyed by selector (rule id or name, tag or `tag:NAME`, or category). When several match a rule, the most specific wins: id, then tag, then category.", "type": "object", "additionalProperties": { "enum": ["critical", "high", "medium", "low", "info"] }, "propertyNames": { "minLength": 1 } }, "parameters": { "description": "Rule parameters by rule id (see `erscan rules show ID`). Names and value types must match the rule's declared parameters.", "type": "object", "additionalProperties": { "type": "object" }, "examples": [{ "ERS-ENC-002": { "allowedCiphers": ["GcmAesXpn256"] }, "ERS-RED-001": { "distinctBy": "metro" } }], "propertyNames": { "minLength": 1 } } } }, "ruleDirs": { "description": "Extra rule folders, relative to this file.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "suppressions": { "description": "Findings to suppress: the list itself, or { allowPermanent, entries }. Every entry needs `expires` unless allowPermanent is true. Suppressed findings stay in JSON and SARIF, marked as suppressed.", "type": ["array", "object"], "if": { "type": "array" }, "then": { "items": { "$ref": "#/definitions/suppression" } }, "else": { "additionalProperties": false, "properties": { "allowPermanent": { "type": "boolean", "description": "Accept suppressions without `expires` (default false: each must name the day it ends)." }, "entries": { "type": "array", "items": { "$ref": "#/definitions/suppression" } } } } }, "suppressionsFile": { "description": "A separate suppressions file (JSON or YAML: { suppressions: [...] }), relative to this file.", "type": "string" }, "failOn": { "enum": ["critical", "high", "medium", "low", "info", "none"] }, "failOnUnknown": { "description": "Undecided findings (status unknown: a template value decides them and is not known) count for failOn too. Default false: failOn counts failures only.", "type": "boolean" }, "usage": { "description": "Usage file, relative to this file.", "type": "string" }, "graph": { "description": "Live crawl (`collect`, `scan --graph`) settings.", "type": "object", "additionalProperties": false, "properties": { "tenants": { "description": "Tenant ids to crawl when --tenant is not given (default: the tenants the identity belongs to).", "type": "array", "items": { "type": "string", "minLength": 1 } } } } }, "definitions": { "suppression": { "type": "object", "additionalProperties": false, "required": ["ruleId", "resource", "justification"], "properties": { "ruleId": { "type": "string", "minLength": 1, "description": "A rule id, a glob over rule ids (ERS-COST-*), or * for every rule." }, "resource": { "type": "string", "minLength": 1, "description": "An ARM id or a glob over ARM ids (case-insensitive; * within a segment, ** across segments)." }, "justification": { "type": "string", "minLength": 3 }, "expires": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$", "description": "YYYY-MM-DD; after this date the suppression stops suppressing and is reported." } } } } };
var func2 = Object.prototype.hasOwnProperty;
var func3 = require_ucs2length().default;
var pattern0 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
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
                if (func3(data3) < 1) {
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
                if (func3(data5) < 1) {
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
                if (func3(data7) < 1) {
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
                if (func3(key2) < 1) {
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
                if (func3(key4) < 1) {
                  const err16 = { instancePath: instancePath + "/rules/parameters", schemaPath: "#/properties/rules/properties/parameters/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", propertyName: key4 };
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
            if (func3(data13) < 1) {
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
      if (!data14 || typeof data14 != "object") {
        const err24 = { instancePath: instancePath + "/suppressions", schemaPath: "#/properties/suppressions/type", keyword: "type", params: { type: schema11.properties.suppressions.type }, message: "must be array,object" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      const _errs36 = errors;
      let valid14 = true;
      const _errs37 = errors;
      if (!Array.isArray(data14)) {
        const err25 = {};
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      var _valid0 = _errs37 === errors;
      errors = _errs36;
      if (vErrors !== null) {
        if (_errs36) {
          vErrors.length = _errs36;
        } else {
          vErrors = null;
        }
      }
      let ifClause0;
      if (_valid0) {
        const _errs39 = errors;
        if (Array.isArray(data14)) {
          const len4 = data14.length;
          for (let i4 = 0; i4 < len4; i4++) {
            let data15 = data14[i4];
            if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
              if (data15.ruleId === void 0) {
                const err26 = { instancePath: instancePath + "/suppressions/" + i4, schemaPath: "#/definitions/suppression/required", keyword: "required", params: { missingProperty: "ruleId" }, message: "must have required property 'ruleId'" };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
              if (data15.resource === void 0) {
                const err27 = { instancePath: instancePath + "/suppressions/" + i4, schemaPath: "#/definitions/suppression/required", keyword: "required", params: { missingProperty: "resource" }, message: "must have required property 'resource'" };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
              if (data15.justification === void 0) {
                const err28 = { instancePath: instancePath + "/suppressions/" + i4, schemaPath: "#/definitions/suppression/required", keyword: "required", params: { missingProperty: "justification" }, message: "must have required property 'justification'" };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
              for (const key6 in data15) {
                if (!(key6 === "ruleId" || key6 === "resource" || key6 === "justification" || key6 === "expires")) {
                  const err29 = { instancePath: instancePath + "/suppressions/" + i4, schemaPath: "#/definitions/suppression/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
              }
              if (data15.ruleId !== void 0) {
                let data16 = data15.ruleId;
                if (typeof data16 === "string") {
                  if (func3(data16) < 1) {
                    const err30 = { instancePath: instancePath + "/suppressions/" + i4 + "/ruleId", schemaPath: "#/definitions/suppression/properties/ruleId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                      vErrors = [err30];
                    } else {
                      vErrors.push(err30);
                    }
                    errors++;
                  }
                } else {
                  const err31 = { instancePath: instancePath + "/suppressions/" + i4 + "/ruleId", schemaPath: "#/definitions/suppression/properties/ruleId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
              }
              if (data15.resource !== void 0) {
                let data17 = data15.resource;
                if (typeof data17 === "string") {
                  if (func3(data17) < 1) {
                    const err32 = { instancePath: instancePath + "/suppressions/" + i4 + "/resource", schemaPath: "#/definitions/suppression/properties/resource/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                      vErrors = [err32];
                    } else {
                      vErrors.push(err32);
                    }
                    errors++;
                  }
                } else {
                  const err33 = { instancePath: instancePath + "/suppressions/" + i4 + "/resource", schemaPath: "#/definitions/suppression/properties/resource/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                }
              }
              if (data15.justification !== void 0) {
                let data18 = data15.justification;
                if (typeof data18 === "string") {
                  if (func3(data18) < 3) {
                    const err34 = { instancePath: instancePath + "/suppressions/" + i4 + "/justification", schemaPath: "#/definitions/suppression/properties/justification/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters" };
                    if (vErrors === null) {
                      vErrors = [err34];
                    } else {
                      vErrors.push(err34);
                    }
                    errors++;
                  }
                } else {
                  const err35 = { instancePath: instancePath + "/suppressions/" + i4 + "/justification", schemaPath: "#/definitions/suppression/properties/justification/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
              }
              if (data15.expires !== void 0) {
                let data19 = data15.expires;
                if (typeof data19 === "string") {
                  if (!pattern0.test(data19)) {
                    const err36 = { instancePath: instancePath + "/suppressions/" + i4 + "/expires", schemaPath: "#/definitions/suppression/properties/expires/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"' };
                    if (vErrors === null) {
                      vErrors = [err36];
                    } else {
                      vErrors.push(err36);
                    }
                    errors++;
                  }
                } else {
                  const err37 = { instancePath: instancePath + "/suppressions/" + i4 + "/expires", schemaPath: "#/definitions/suppression/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                }
              }
            } else {
              const err38 = { instancePath: instancePath + "/suppressions/" + i4, schemaPath: "#/definitions/suppression/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
          }
        }
        var _valid0 = _errs39 === errors;
        valid14 = _valid0;
        ifClause0 = "then";
      } else {
        const _errs52 = errors;
        if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
          for (const key7 in data14) {
            if (!(key7 === "allowPermanent" || key7 === "entries")) {
              const err39 = { instancePath: instancePath + "/suppressions", schemaPath: "#/properties/suppressions/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
          }
          if (data14.allowPermanent !== void 0) {
            if (typeof data14.allowPermanent !== "boolean") {
              const err40 = { instancePath: instancePath + "/suppressions/allowPermanent", schemaPath: "#/properties/suppressions/else/properties/allowPermanent/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
          }
          if (data14.entries !== void 0) {
            let data21 = data14.entries;
            if (Array.isArray(data21)) {
              const len5 = data21.length;
              for (let i5 = 0; i5 < len5; i5++) {
                let data22 = data21[i5];
                if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                  if (data22.ruleId === void 0) {
                    const err41 = { instancePath: instancePath + "/suppressions/entries/" + i5, schemaPath: "#/definitions/suppression/required", keyword: "required", params: { missingProperty: "ruleId" }, message: "must have required property 'ruleId'" };
                    if (vErrors === null) {
                      vErrors = [err41];
                    } else {
                      vErrors.push(err41);
                    }
                    errors++;
                  }
                  if (data22.resource === void 0) {
                    const err42 = { instancePath: instancePath + "/suppressions/entries/" + i5, schemaPath: "#/definitions/suppression/required", keyword: "required", params: { missingProperty: "resource" }, message: "must have required property 'resource'" };
                    if (vErrors === null) {
                      vErrors = [err42];
                    } else {
                      vErrors.push(err42);
                    }
                    errors++;
                  }
                  if (data22.justification === void 0) {
                    const err43 = { instancePath: instancePath + "/suppressions/entries/" + i5, schemaPath: "#/definitions/suppression/required", keyword: "required", params: { missingProperty: "justification" }, message: "must have required property 'justification'" };
                    if (vErrors === null) {
                      vErrors = [err43];
                    } else {
                      vErrors.push(err43);
                    }
                    errors++;
                  }
                  for (const key8 in data22) {
                    if (!(key8 === "ruleId" || key8 === "resource" || key8 === "justification" || key8 === "expires")) {
                      const err44 = { instancePath: instancePath + "/suppressions/entries/" + i5, schemaPath: "#/definitions/suppression/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                      if (vErrors === null) {
                        vErrors = [err44];
                      } else {
                        vErrors.push(err44);
                      }
                      errors++;
                    }
                  }
                  if (data22.ruleId !== void 0) {
                    let data23 = data22.ruleId;
                    if (typeof data23 === "string") {
                      if (func3(data23) < 1) {
                        const err45 = { instancePath: instancePath + "/suppressions/entries/" + i5 + "/ruleId", schemaPath: "#/definitions/suppression/properties/ruleId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                          vErrors = [err45];
                        } else {
                          vErrors.push(err45);
                        }
                        errors++;
                      }
                    } else {
                      const err46 = { instancePath: instancePath + "/suppressions/entries/" + i5 + "/ruleId", schemaPath: "#/definitions/suppression/properties/ruleId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err46];
                      } else {
                        vErrors.push(err46);
                      }
                      errors++;
                    }
                  }
                  if (data22.resource !== void 0) {
                    let data24 = data22.resource;
                    if (typeof data24 === "string") {
                      if (func3(data24) < 1) {
                        const err47 = { instancePath: instancePath + "/suppressions/entries/" + i5 + "/resource", schemaPath: "#/definitions/suppression/properties/resource/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                          vErrors = [err47];
                        } else {
                          vErrors.push(err47);
                        }
                        errors++;
                      }
                    } else {
                      const err48 = { instancePath: instancePath + "/suppressions/entries/" + i5 + "/resource", schemaPath: "#/definitions/suppression/properties/resource/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err48];
                      } else {
                        vErrors.push(err48);
                      }
                      errors++;
                    }
                  }
                  if (data22.justification !== void 0) {
                    let data25 = data22.justification;
                    if (typeof data25 === "string") {
                      if (func3(data25) < 3) {
                        const err49 = { instancePath: instancePath + "/suppressions/entries/" + i5 + "/justification", schemaPath: "#/definitions/suppression/properties/justification/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters" };
                        if (vErrors === null) {
                          vErrors = [err49];
                        } else {
                          vErrors.push(err49);
                        }
                        errors++;
                      }
                    } else {
                      const err50 = { instancePath: instancePath + "/suppressions/entries/" + i5 + "/justification", schemaPath: "#/definitions/suppression/properties/justification/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err50];
                      } else {
                        vErrors.push(err50);
                      }
                      errors++;
                    }
                  }
                  if (data22.expires !== void 0) {
                    let data26 = data22.expires;
                    if (typeof data26 === "string") {
                      if (!pattern0.test(data26)) {
                        const err51 = { instancePath: instancePath + "/suppressions/entries/" + i5 + "/expires", schemaPath: "#/definitions/suppression/properties/expires/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"' };
                        if (vErrors === null) {
                          vErrors = [err51];
                        } else {
                          vErrors.push(err51);
                        }
                        errors++;
                      }
                    } else {
                      const err52 = { instancePath: instancePath + "/suppressions/entries/" + i5 + "/expires", schemaPath: "#/definitions/suppression/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err52];
                      } else {
                        vErrors.push(err52);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err53 = { instancePath: instancePath + "/suppressions/entries/" + i5, schemaPath: "#/definitions/suppression/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err53];
                  } else {
                    vErrors.push(err53);
                  }
                  errors++;
                }
              }
            } else {
              const err54 = { instancePath: instancePath + "/suppressions/entries", schemaPath: "#/properties/suppressions/else/properties/entries/type", keyword: "type", params: { type: "array" }, message: "must be array" };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
          }
        }
        var _valid0 = _errs52 === errors;
        valid14 = _valid0;
        ifClause0 = "else";
      }
      if (!valid14) {
        const err55 = { instancePath: instancePath + "/suppressions", schemaPath: "#/properties/suppressions/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema' };
        if (vErrors === null) {
          vErrors = [err55];
        } else {
          vErrors.push(err55);
        }
        errors++;
      }
    }
    if (data.suppressionsFile !== void 0) {
      if (typeof data.suppressionsFile !== "string") {
        const err56 = { instancePath: instancePath + "/suppressionsFile", schemaPath: "#/properties/suppressionsFile/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
    }
    if (data.failOn !== void 0) {
      let data28 = data.failOn;
      if (!(data28 === "critical" || data28 === "high" || data28 === "medium" || data28 === "low" || data28 === "info" || data28 === "none")) {
        const err57 = { instancePath: instancePath + "/failOn", schemaPath: "#/properties/failOn/enum", keyword: "enum", params: { allowedValues: schema11.properties.failOn.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
    }
    if (data.failOnUnknown !== void 0) {
      if (typeof data.failOnUnknown !== "boolean") {
        const err58 = { instancePath: instancePath + "/failOnUnknown", schemaPath: "#/properties/failOnUnknown/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err58];
        } else {
          vErrors.push(err58);
        }
        errors++;
      }
    }
    if (data.usage !== void 0) {
      if (typeof data.usage !== "string") {
        const err59 = { instancePath: instancePath + "/usage", schemaPath: "#/properties/usage/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err59];
        } else {
          vErrors.push(err59);
        }
        errors++;
      }
    }
    if (data.graph !== void 0) {
      let data31 = data.graph;
      if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
        for (const key9 in data31) {
          if (!(key9 === "tenants")) {
            const err60 = { instancePath: instancePath + "/graph", schemaPath: "#/properties/graph/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
        if (data31.tenants !== void 0) {
          let data32 = data31.tenants;
          if (Array.isArray(data32)) {
            const len6 = data32.length;
            for (let i6 = 0; i6 < len6; i6++) {
              let data33 = data32[i6];
              if (typeof data33 === "string") {
                if (func3(data33) < 1) {
                  const err61 = { instancePath: instancePath + "/graph/tenants/" + i6, schemaPath: "#/properties/graph/properties/tenants/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err61];
                  } else {
                    vErrors.push(err61);
                  }
                  errors++;
                }
              } else {
                const err62 = { instancePath: instancePath + "/graph/tenants/" + i6, schemaPath: "#/properties/graph/properties/tenants/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
            }
          } else {
            const err63 = { instancePath: instancePath + "/graph/tenants", schemaPath: "#/properties/graph/properties/tenants/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
      } else {
        const err64 = { instancePath: instancePath + "/graph", schemaPath: "#/properties/graph/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err64];
        } else {
          vErrors.push(err64);
        }
        errors++;
      }
    }
  } else {
    const err65 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err65];
    } else {
      vErrors.push(err65);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
