// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
"use strict";

// dist/util/schema-validators/usage.cjs
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
                if (data5 > 13392e4 || isNaN(data5)) {
                  const err6 = { instancePath: instancePath + "/circuits/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/egressGbPerMonth", schemaPath: "#/properties/circuits/additionalProperties/properties/egressGbPerMonth/maximum", keyword: "maximum", params: { comparison: "<=", limit: 13392e4 }, message: "must be <= 133920000" };
                  if (vErrors === null) {
                    vErrors = [err6];
                  } else {
                    vErrors.push(err6);
                  }
                  errors++;
                }
                if (data5 < 0 || isNaN(data5)) {
                  const err7 = { instancePath: instancePath + "/circuits/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/egressGbPerMonth", schemaPath: "#/properties/circuits/additionalProperties/properties/egressGbPerMonth/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                }
              } else {
                const err8 = { instancePath: instancePath + "/circuits/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/egressGbPerMonth", schemaPath: "#/properties/circuits/additionalProperties/properties/egressGbPerMonth/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data3.globalReachGbPerMonth !== void 0) {
              let data6 = data3.globalReachGbPerMonth;
              if (typeof data6 == "number") {
                if (data6 > 13392e4 || isNaN(data6)) {
                  const err9 = { instancePath: instancePath + "/circuits/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/globalReachGbPerMonth", schemaPath: "#/properties/circuits/additionalProperties/properties/globalReachGbPerMonth/maximum", keyword: "maximum", params: { comparison: "<=", limit: 13392e4 }, message: "must be <= 133920000" };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
                if (data6 < 0 || isNaN(data6)) {
                  const err10 = { instancePath: instancePath + "/circuits/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/globalReachGbPerMonth", schemaPath: "#/properties/circuits/additionalProperties/properties/globalReachGbPerMonth/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
              } else {
                const err11 = { instancePath: instancePath + "/circuits/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/globalReachGbPerMonth", schemaPath: "#/properties/circuits/additionalProperties/properties/globalReachGbPerMonth/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
          } else {
            const err12 = { instancePath: instancePath + "/circuits/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/circuits/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/circuits", schemaPath: "#/properties/circuits/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
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
                const err14 = { instancePath: instancePath + "/gateways/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/gateways/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data8.$comment !== void 0) {
              if (typeof data8.$comment !== "string") {
                const err15 = { instancePath: instancePath + "/gateways/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/$comment", schemaPath: "#/properties/gateways/additionalProperties/properties/%24comment/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (data8.scaleUnits !== void 0) {
              let data10 = data8.scaleUnits;
              if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)))) {
                const err16 = { instancePath: instancePath + "/gateways/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/scaleUnits", schemaPath: "#/properties/gateways/additionalProperties/properties/scaleUnits/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
              if (typeof data10 == "number") {
                if (data10 > 40 || isNaN(data10)) {
                  const err17 = { instancePath: instancePath + "/gateways/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/scaleUnits", schemaPath: "#/properties/gateways/additionalProperties/properties/scaleUnits/maximum", keyword: "maximum", params: { comparison: "<=", limit: 40 }, message: "must be <= 40" };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
                if (data10 < 1 || isNaN(data10)) {
                  const err18 = { instancePath: instancePath + "/gateways/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/scaleUnits", schemaPath: "#/properties/gateways/additionalProperties/properties/scaleUnits/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err19 = { instancePath: instancePath + "/gateways/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/gateways/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/gateways", schemaPath: "#/properties/gateways/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
  } else {
    const err21 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
