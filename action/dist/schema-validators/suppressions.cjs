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

// dist/util/schema-validators/suppressions.cjs
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
