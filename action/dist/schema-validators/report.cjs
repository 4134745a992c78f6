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

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.formatNames = exports2.fastFormats = exports2.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports2.fullFormats = {
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
    exports2.fastFormats = {
      ...exports2.fullFormats,
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
    exports2.formatNames = Object.keys(exports2.fullFormats);
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

// dist/util/schema-validators/report.cjs
module.exports = validate10;
module.exports.default = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/erscan/erscan/schemas/report.schema.json", "title": "erscan JSON report (schemaVersion 1)", "description": "The contract of design.md. Fields may be added in later versions; none of these are removed or renamed.", "type": "object", "required": ["schemaVersion", "tool", "generatedAt", "coverage", "inventory", "findings", "costs", "priceCatalogue"], "properties": { "schemaVersion": { "const": 1 }, "tool": { "type": "object", "required": ["name", "version"], "properties": { "name": { "const": "erscan" }, "version": { "type": "string" } } }, "generatedAt": { "type": "string", "format": "date-time" }, "coverage": { "type": "object", "required": ["complete", "gaps"], "properties": { "complete": { "type": "boolean" }, "gaps": { "type": "array", "items": { "type": "object", "required": ["scope", "reason"], "properties": { "scope": { "type": "string" }, "reason": { "type": "string" } } } } } }, "inventory": { "type": "object", "required": ["circuits", "peerings", "ports", "gateways", "connections", "subscriptions", "tenants"], "properties": { "circuits": { "type": "integer", "minimum": 0 }, "peerings": { "type": "integer", "minimum": 0 }, "ports": { "type": "integer", "minimum": 0 }, "gateways": { "type": "integer", "minimum": 0 }, "connections": { "type": "integer", "minimum": 0 }, "subscriptions": { "type": "integer", "minimum": 0 }, "tenants": { "type": "integer", "minimum": 0 } } }, "recordedInventory": { "description": 'Only with --record-inventory: a compact, secret-free inventory for erscan diff. One table per resource kind: column names (id, type, name, subscriptionId, tenantId, then ARM-named properties) and one row of values per resource (null: not carried by the source). Secrets appear only as "configured" or "not configured".', "type": "object", "required": ["version", "kinds"], "properties": { "version": { "enum": [1, 2], "description": "1: before gateway traffic settings, maintenance, GatewaySubnet NSG and metric alerts were recorded" }, "kinds": { "type": "object", "propertyNames": { "enum": ["circuit", "peering", "port", "link", "gateway", "connection"] }, "additionalProperties": { "type": "object", "required": ["columns", "rows"], "properties": { "columns": { "type": "array", "items": { "type": "string" }, "minItems": 5 }, "rows": { "type": "array", "items": { "type": "array", "items": { "type": ["string", "number", "boolean", "null"] } } } } } } } }, "findings": { "type": "array", "items": { "$ref": "#/definitions/finding" } }, "fixed": { "type": "array", "items": { "$ref": "#/definitions/finding" } }, "notEvaluated": { "description": "With --baseline: its findings (and its own notEvaluated ones) that this scan could not look at again (their rule did not run on their resource, or the resource lies outside the inputs or behind a coverage gap): neither fixed nor open. A scan against this report carries them on, so they are not new when they are seen again.", "type": "array", "items": { "$ref": "#/definitions/finding" } }, "costs": { "type": "array", "items": { "type": "object", "required": ["resourceId", "zone", "tier", "billingModel", "bandwidthMbps", "egressGbPerMonth", "egressSource", "monthlyUsd", "breakEvenGbPerMonth", "recommendation", "priced"], "properties": { "resourceId": { "type": "string" }, "zone": { "enum": ["Zone 1", "Zone 2", "Zone 3", "Zone 4", "US Gov", null] }, "tier": { "type": "string" }, "billingModel": { "type": "string" }, "bandwidthMbps": { "type": "number" }, "egressGbPerMonth": { "type": "number" }, "egressSource": { "enum": ["usage", "metrics", "none"] }, "monthlyUsd": { "type": "object", "required": ["current", "metered", "unlimited", "local"], "properties": { "current": { "type": ["number", "null"] }, "metered": { "type": ["number", "null"] }, "unlimited": { "type": ["number", "null"] }, "local": { "type": ["number", "null"] } } }, "breakEvenGbPerMonth": { "type": ["number", "null"] }, "recommendation": { "oneOf": [{ "type": "null" }, { "type": "object", "required": ["billingModel", "tier", "monthlySavingsUsd", "reason"], "properties": { "billingModel": { "type": "string" }, "tier": { "type": "string" }, "monthlySavingsUsd": { "type": ["number", "null"], "description": "current \u2212 advised per month: positive saves, negative costs more (a change a finding requires), null when a price it needs is missing" }, "reason": { "type": "string" }, "kind": { "$ref": "#/definitions/recommendationKind" }, "changes": { "type": "array", "items": { "$ref": "#/definitions/recommendationKind" } }, "required": { "type": "boolean", "description": "true when a finding requires the change (the circuit's tier is not enough for what it does)" } } }] }, "priced": { "enum": ["full", "partial", "none"], "description": "partial: monthlyUsd.current is a lower bound and `missing` names the unpriced parts; none: not priced" }, "missing": { "type": "array", "items": { "type": "string" }, "description": "the parts of the cost with no price" }, "fixCosts": { "type": "object", "additionalProperties": { "type": ["number", "null"] }, "description": "monthly change of the bill of each single change the model priced (positive costs more); null: a price is missing" }, "monthlyUsdRange": { "$ref": "#/definitions/range" }, "peeringLocation": { "type": "string", "description": "the peering location as the circuit (or, for a Direct circuit, its port) names it: a peering location (Amsterdam) or an ExpressRoute Direct port location (Equinix-Amsterdam-AM5)" }, "mappedPeeringLocation": { "type": "string", "description": "set when peeringLocation is an ExpressRoute Direct port location: the peering location of Microsoft's providers page it maps to by facility (Amsterdam), whose zone prices the circuit" } } } }, "costDelta": { "$ref": "#/definitions/costDelta" }, "suppressions": { "description": "Each suppression in effect (config and suppressions files) with the number of findings it matched in this scan; present when there are any.", "type": "array", "items": { "type": "object", "required": ["ruleId", "resource", "justification", "matched", "state"], "properties": { "ruleId": { "type": "string" }, "resource": { "type": "string" }, "justification": { "type": "string" }, "expires": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$" }, "file": { "type": "string" }, "matched": { "type": "integer", "minimum": 0 }, "state": { "enum": ["active", "expired"] } } } }, "otherCosts": { "description": "Gateways and ExpressRoute Direct ports: their monthly figure and what it is made of.", "type": "array", "items": { "type": "object", "required": ["resourceId", "resourceType", "monthlyUsd", "basis", "priced"], "properties": { "resourceId": { "type": "string" }, "resourceName": { "type": "string" }, "resourceType": { "type": "string" }, "monthlyUsd": { "type": ["number", "null"] }, "basis": { "type": "string" }, "priced": { "enum": ["full", "partial", "none"] }, "missing": { "type": "array", "items": { "type": "string" } }, "notes": { "type": "array", "items": { "type": "string" } }, "recommendation": { "description": "A gateway with no connection or a Direct port with no circuit (ERS-COST-005, ERS-COST-006): delete it. monthlySavingsUsd is its bill, null when it is not priced in full; potentialSavingsUsd counts it.", "type": "object", "required": ["kind", "monthlySavingsUsd", "reason"], "properties": { "kind": { "const": "delete-unused" }, "monthlySavingsUsd": { "type": ["number", "null"] }, "reason": { "type": "string" } } }, "waste": { "type": "boolean" } } } }, "costTotals": { "description": "The estate's monthly cost and potential savings; monthlyUsd is a lower bound when atLeast is true (resources not priced, or priced in part).", "type": "object", "required": ["monthlyUsd", "potentialSavingsUsd"], "properties": { "monthlyUsd": { "type": "number" }, "potentialSavingsUsd": { "type": "number" }, "unpriced": { "type": "integer", "minimum": 0 }, "partlyPriced": { "type": "integer", "minimum": 0 }, "atLeast": { "type": "boolean" }, "requiredChangesUsd": { "type": "number" } } }, "summary": { "description": "Counts: findings by severity (suppressed findings not counted), suppressed, new and fixed (with --baseline), rules that ran.", "type": "object", "required": ["bySeverity", "suppressed", "rules"], "properties": { "bySeverity": { "type": "object", "required": ["critical", "high", "medium", "low", "info"], "additionalProperties": { "type": "integer", "minimum": 0 } }, "suppressed": { "type": "integer", "minimum": 0 }, "new": { "type": "integer", "minimum": 0 }, "fixed": { "type": "integer", "minimum": 0 }, "rules": { "type": "integer", "minimum": 0 } } }, "scanCategory": { "description": "The scan scope (SARIF automationDetails.id); erscan trend never mixes reports of different scopes.", "type": "string" }, "inputs": { "description": "The inputs as named on the command line (or the live crawl's scope).", "type": "array", "items": { "type": "string" } }, "notices": { "description": "Notes: rules not evaluated for lack of data, files skipped, prices missing, baseline findings not re-evaluated.", "type": "array", "items": { "type": "string" } }, "priceCatalogue": { "type": "object", "required": ["effectiveDate", "currency", "source"], "properties": { "effectiveDate": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$" }, "currency": { "type": "string" }, "source": { "type": "string" } } } }, "definitions": { "finding": { "type": "object", "required": ["ruleId", "ruleName", "category", "severity", "resourceId", "resourceType", "message", "fingerprint"], "properties": { "ruleId": { "type": "string", "minLength": 1 }, "ruleName": { "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$" }, "category": { "enum": ["redundancy", "sku", "bgp", "encryption", "cost", "hygiene"] }, "severity": { "enum": ["critical", "high", "medium", "low", "info"] }, "resourceId": { "type": "string", "minLength": 1 }, "resourceType": { "type": "string", "pattern": "^Microsoft\\.Network/" }, "message": { "type": "string", "minLength": 1 }, "location": { "type": "object", "required": ["file", "line", "column"], "properties": { "file": { "type": "string" }, "line": { "type": "integer", "minimum": 1 }, "column": { "type": "integer", "minimum": 1 } } }, "fingerprint": { "type": "string", "minLength": 1 }, "suppression": { "type": "object", "required": ["justification"], "properties": { "justification": { "type": "string" }, "expires": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$" } } }, "baselineState": { "enum": ["new", "unchanged"] }, "firstSeen": { "type": "string", "format": "date-time", "description": "With --baseline: when the finding was first seen (carried from the baseline's firstSeen, else its generatedAt; this scan's time for a new finding)." }, "lastSeen": { "type": "string", "format": "date-time", "description": "Fixed findings: when a report last saw the finding open (the baseline's generatedAt)." }, "openDays": { "type": "integer", "minimum": 0, "description": "With --baseline: whole days from firstSeen to this scan; for a fixed finding, how long it was open until this scan found it fixed." }, "status": { "enum": ["fail", "unknown"] }, "costImpactUsd": { "type": ["number", "null"], "description": "cost of compliance: the monthly change of the bill if the finding is fixed (negative saves); null when a price it needs is missing" }, "costImpactChange": { "type": "string", "description": "the change the fix makes (add-premium, delete, add-circuit, \u2026): totals count one change named by two findings once" } } }, "recommendationKind": { "enum": ["switch-to-unlimited", "new-metered-circuit", "remove-premium", "add-premium", "upgrade-from-local", "move-to-local", "delete-unprovisioned", "delete-unused"] }, "range": { "type": "object", "required": ["min", "max"], "properties": { "min": { "type": "number" }, "max": { "type": "number" } } }, "costDelta": { "type": "object", "description": "only with --baseline: the cost of the change against the baseline report, per resource matched by ARM id", "required": ["baselineMonthlyUsd", "currentMonthlyUsd", "deltaUsd", "resources"], "properties": { "baselineMonthlyUsd": { "type": "number" }, "currentMonthlyUsd": { "type": "number" }, "deltaUsd": { "type": ["number", "null"], "description": "the sum of the resources' deltas; null when one of them is unknown or a range (then see deltaRangeUsd)" }, "deltaRangeUsd": { "$ref": "#/definitions/range" }, "baselineFile": { "type": "string" }, "notes": { "type": "array", "items": { "type": "string" } }, "resources": { "type": "array", "items": { "type": "object", "required": ["resourceId", "name", "change", "beforeUsd", "afterUsd", "deltaUsd", "reason"], "properties": { "resourceId": { "type": "string" }, "name": { "type": "string" }, "change": { "enum": ["added", "removed", "changed"] }, "beforeUsd": { "type": ["number", "null"] }, "afterUsd": { "type": ["number", "null"] }, "deltaUsd": { "type": ["number", "null"] }, "deltaRangeUsd": { "$ref": "#/definitions/range" }, "reason": { "type": "string" } } } } } } } };
var schema12 = { "type": "object", "required": ["ruleId", "ruleName", "category", "severity", "resourceId", "resourceType", "message", "fingerprint"], "properties": { "ruleId": { "type": "string", "minLength": 1 }, "ruleName": { "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$" }, "category": { "enum": ["redundancy", "sku", "bgp", "encryption", "cost", "hygiene"] }, "severity": { "enum": ["critical", "high", "medium", "low", "info"] }, "resourceId": { "type": "string", "minLength": 1 }, "resourceType": { "type": "string", "pattern": "^Microsoft\\.Network/" }, "message": { "type": "string", "minLength": 1 }, "location": { "type": "object", "required": ["file", "line", "column"], "properties": { "file": { "type": "string" }, "line": { "type": "integer", "minimum": 1 }, "column": { "type": "integer", "minimum": 1 } } }, "fingerprint": { "type": "string", "minLength": 1 }, "suppression": { "type": "object", "required": ["justification"], "properties": { "justification": { "type": "string" }, "expires": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$" } } }, "baselineState": { "enum": ["new", "unchanged"] }, "firstSeen": { "type": "string", "format": "date-time", "description": "With --baseline: when the finding was first seen (carried from the baseline's firstSeen, else its generatedAt; this scan's time for a new finding)." }, "lastSeen": { "type": "string", "format": "date-time", "description": "Fixed findings: when a report last saw the finding open (the baseline's generatedAt)." }, "openDays": { "type": "integer", "minimum": 0, "description": "With --baseline: whole days from firstSeen to this scan; for a fixed finding, how long it was open until this scan found it fixed." }, "status": { "enum": ["fail", "unknown"] }, "costImpactUsd": { "type": ["number", "null"], "description": "cost of compliance: the monthly change of the bill if the finding is fixed (negative saves); null when a price it needs is missing" }, "costImpactChange": { "type": "string", "description": "the change the fix makes (add-premium, delete, add-circuit, \u2026): totals count one change named by two findings once" } } };
var schema15 = { "enum": ["switch-to-unlimited", "new-metered-circuit", "remove-premium", "add-premium", "upgrade-from-local", "move-to-local", "delete-unprovisioned", "delete-unused"] };
var formats0 = require_formats().fullFormats["date-time"];
var func2 = require_ucs2length().default;
var pattern0 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");
var pattern1 = new RegExp("^Microsoft\\.Network/", "u");
var pattern2 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
var schema18 = { "type": "object", "description": "only with --baseline: the cost of the change against the baseline report, per resource matched by ARM id", "required": ["baselineMonthlyUsd", "currentMonthlyUsd", "deltaUsd", "resources"], "properties": { "baselineMonthlyUsd": { "type": "number" }, "currentMonthlyUsd": { "type": "number" }, "deltaUsd": { "type": ["number", "null"], "description": "the sum of the resources' deltas; null when one of them is unknown or a range (then see deltaRangeUsd)" }, "deltaRangeUsd": { "$ref": "#/definitions/range" }, "baselineFile": { "type": "string" }, "notes": { "type": "array", "items": { "type": "string" } }, "resources": { "type": "array", "items": { "type": "object", "required": ["resourceId", "name", "change", "beforeUsd", "afterUsd", "deltaUsd", "reason"], "properties": { "resourceId": { "type": "string" }, "name": { "type": "string" }, "change": { "enum": ["added", "removed", "changed"] }, "beforeUsd": { "type": ["number", "null"] }, "afterUsd": { "type": ["number", "null"] }, "deltaUsd": { "type": ["number", "null"] }, "deltaRangeUsd": { "$ref": "#/definitions/range" }, "reason": { "type": "string" } } } } } };
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.baselineMonthlyUsd === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "baselineMonthlyUsd" }, message: "must have required property 'baselineMonthlyUsd'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.currentMonthlyUsd === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "currentMonthlyUsd" }, message: "must have required property 'currentMonthlyUsd'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.deltaUsd === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "deltaUsd" }, message: "must have required property 'deltaUsd'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.resources === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "resources" }, message: "must have required property 'resources'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.baselineMonthlyUsd !== void 0) {
      if (!(typeof data.baselineMonthlyUsd == "number")) {
        const err4 = { instancePath: instancePath + "/baselineMonthlyUsd", schemaPath: "#/properties/baselineMonthlyUsd/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.currentMonthlyUsd !== void 0) {
      if (!(typeof data.currentMonthlyUsd == "number")) {
        const err5 = { instancePath: instancePath + "/currentMonthlyUsd", schemaPath: "#/properties/currentMonthlyUsd/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.deltaUsd !== void 0) {
      let data2 = data.deltaUsd;
      if (!(typeof data2 == "number") && data2 !== null) {
        const err6 = { instancePath: instancePath + "/deltaUsd", schemaPath: "#/properties/deltaUsd/type", keyword: "type", params: { type: schema18.properties.deltaUsd.type }, message: "must be number,null" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.deltaRangeUsd !== void 0) {
      let data3 = data.deltaRangeUsd;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.min === void 0) {
          const err7 = { instancePath: instancePath + "/deltaRangeUsd", schemaPath: "#/definitions/range/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data3.max === void 0) {
          const err8 = { instancePath: instancePath + "/deltaRangeUsd", schemaPath: "#/definitions/range/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data3.min !== void 0) {
          if (!(typeof data3.min == "number")) {
            const err9 = { instancePath: instancePath + "/deltaRangeUsd/min", schemaPath: "#/definitions/range/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data3.max !== void 0) {
          if (!(typeof data3.max == "number")) {
            const err10 = { instancePath: instancePath + "/deltaRangeUsd/max", schemaPath: "#/definitions/range/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/deltaRangeUsd", schemaPath: "#/definitions/range/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.baselineFile !== void 0) {
      if (typeof data.baselineFile !== "string") {
        const err12 = { instancePath: instancePath + "/baselineFile", schemaPath: "#/properties/baselineFile/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.notes !== void 0) {
      let data7 = data.notes;
      if (Array.isArray(data7)) {
        const len0 = data7.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data7[i0] !== "string") {
            const err13 = { instancePath: instancePath + "/notes/" + i0, schemaPath: "#/properties/notes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/notes", schemaPath: "#/properties/notes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.resources !== void 0) {
      let data9 = data.resources;
      if (Array.isArray(data9)) {
        const len1 = data9.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data10 = data9[i1];
          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
            if (data10.resourceId === void 0) {
              const err15 = { instancePath: instancePath + "/resources/" + i1, schemaPath: "#/properties/resources/items/required", keyword: "required", params: { missingProperty: "resourceId" }, message: "must have required property 'resourceId'" };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            if (data10.name === void 0) {
              const err16 = { instancePath: instancePath + "/resources/" + i1, schemaPath: "#/properties/resources/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (data10.change === void 0) {
              const err17 = { instancePath: instancePath + "/resources/" + i1, schemaPath: "#/properties/resources/items/required", keyword: "required", params: { missingProperty: "change" }, message: "must have required property 'change'" };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (data10.beforeUsd === void 0) {
              const err18 = { instancePath: instancePath + "/resources/" + i1, schemaPath: "#/properties/resources/items/required", keyword: "required", params: { missingProperty: "beforeUsd" }, message: "must have required property 'beforeUsd'" };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            if (data10.afterUsd === void 0) {
              const err19 = { instancePath: instancePath + "/resources/" + i1, schemaPath: "#/properties/resources/items/required", keyword: "required", params: { missingProperty: "afterUsd" }, message: "must have required property 'afterUsd'" };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            if (data10.deltaUsd === void 0) {
              const err20 = { instancePath: instancePath + "/resources/" + i1, schemaPath: "#/properties/resources/items/required", keyword: "required", params: { missingProperty: "deltaUsd" }, message: "must have required property 'deltaUsd'" };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            if (data10.reason === void 0) {
              const err21 = { instancePath: instancePath + "/resources/" + i1, schemaPath: "#/properties/resources/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            if (data10.resourceId !== void 0) {
              if (typeof data10.resourceId !== "string") {
                const err22 = { instancePath: instancePath + "/resources/" + i1 + "/resourceId", schemaPath: "#/properties/resources/items/properties/resourceId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data10.name !== void 0) {
              if (typeof data10.name !== "string") {
                const err23 = { instancePath: instancePath + "/resources/" + i1 + "/name", schemaPath: "#/properties/resources/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data10.change !== void 0) {
              let data13 = data10.change;
              if (!(data13 === "added" || data13 === "removed" || data13 === "changed")) {
                const err24 = { instancePath: instancePath + "/resources/" + i1 + "/change", schemaPath: "#/properties/resources/items/properties/change/enum", keyword: "enum", params: { allowedValues: schema18.properties.resources.items.properties.change.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data10.beforeUsd !== void 0) {
              let data14 = data10.beforeUsd;
              if (!(typeof data14 == "number") && data14 !== null) {
                const err25 = { instancePath: instancePath + "/resources/" + i1 + "/beforeUsd", schemaPath: "#/properties/resources/items/properties/beforeUsd/type", keyword: "type", params: { type: schema18.properties.resources.items.properties.beforeUsd.type }, message: "must be number,null" };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data10.afterUsd !== void 0) {
              let data15 = data10.afterUsd;
              if (!(typeof data15 == "number") && data15 !== null) {
                const err26 = { instancePath: instancePath + "/resources/" + i1 + "/afterUsd", schemaPath: "#/properties/resources/items/properties/afterUsd/type", keyword: "type", params: { type: schema18.properties.resources.items.properties.afterUsd.type }, message: "must be number,null" };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data10.deltaUsd !== void 0) {
              let data16 = data10.deltaUsd;
              if (!(typeof data16 == "number") && data16 !== null) {
                const err27 = { instancePath: instancePath + "/resources/" + i1 + "/deltaUsd", schemaPath: "#/properties/resources/items/properties/deltaUsd/type", keyword: "type", params: { type: schema18.properties.resources.items.properties.deltaUsd.type }, message: "must be number,null" };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data10.deltaRangeUsd !== void 0) {
              let data17 = data10.deltaRangeUsd;
              if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                if (data17.min === void 0) {
                  const err28 = { instancePath: instancePath + "/resources/" + i1 + "/deltaRangeUsd", schemaPath: "#/definitions/range/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'" };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
                if (data17.max === void 0) {
                  const err29 = { instancePath: instancePath + "/resources/" + i1 + "/deltaRangeUsd", schemaPath: "#/definitions/range/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'" };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
                if (data17.min !== void 0) {
                  if (!(typeof data17.min == "number")) {
                    const err30 = { instancePath: instancePath + "/resources/" + i1 + "/deltaRangeUsd/min", schemaPath: "#/definitions/range/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err30];
                    } else {
                      vErrors.push(err30);
                    }
                    errors++;
                  }
                }
                if (data17.max !== void 0) {
                  if (!(typeof data17.max == "number")) {
                    const err31 = { instancePath: instancePath + "/resources/" + i1 + "/deltaRangeUsd/max", schemaPath: "#/definitions/range/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err31];
                    } else {
                      vErrors.push(err31);
                    }
                    errors++;
                  }
                }
              } else {
                const err32 = { instancePath: instancePath + "/resources/" + i1 + "/deltaRangeUsd", schemaPath: "#/definitions/range/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data10.reason !== void 0) {
              if (typeof data10.reason !== "string") {
                const err33 = { instancePath: instancePath + "/resources/" + i1 + "/reason", schemaPath: "#/properties/resources/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
          } else {
            const err34 = { instancePath: instancePath + "/resources/" + i1, schemaPath: "#/properties/resources/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
      } else {
        const err35 = { instancePath: instancePath + "/resources", schemaPath: "#/properties/resources/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
  } else {
    const err36 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err36];
    } else {
      vErrors.push(err36);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
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
    if (data.recordedInventory !== void 0) {
      let data19 = data.recordedInventory;
      if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
        if (data19.version === void 0) {
          const err48 = { instancePath: instancePath + "/recordedInventory", schemaPath: "#/properties/recordedInventory/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
          if (vErrors === null) {
            vErrors = [err48];
          } else {
            vErrors.push(err48);
          }
          errors++;
        }
        if (data19.kinds === void 0) {
          const err49 = { instancePath: instancePath + "/recordedInventory", schemaPath: "#/properties/recordedInventory/required", keyword: "required", params: { missingProperty: "kinds" }, message: "must have required property 'kinds'" };
          if (vErrors === null) {
            vErrors = [err49];
          } else {
            vErrors.push(err49);
          }
          errors++;
        }
        if (data19.version !== void 0) {
          let data20 = data19.version;
          if (!(data20 === 1 || data20 === 2)) {
            const err50 = { instancePath: instancePath + "/recordedInventory/version", schemaPath: "#/properties/recordedInventory/properties/version/enum", keyword: "enum", params: { allowedValues: schema11.properties.recordedInventory.properties.version.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        if (data19.kinds !== void 0) {
          let data21 = data19.kinds;
          if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
            for (const key0 in data21) {
              const _errs42 = errors;
              if (!(key0 === "circuit" || key0 === "peering" || key0 === "port" || key0 === "link" || key0 === "gateway" || key0 === "connection")) {
                const err51 = { instancePath: instancePath + "/recordedInventory/kinds", schemaPath: "#/properties/recordedInventory/properties/kinds/propertyNames/enum", keyword: "enum", params: { allowedValues: schema11.properties.recordedInventory.properties.kinds.propertyNames.enum }, message: "must be equal to one of the allowed values", propertyName: key0 };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
              var valid8 = _errs42 === errors;
              if (!valid8) {
                const err52 = { instancePath: instancePath + "/recordedInventory/kinds", schemaPath: "#/properties/recordedInventory/properties/kinds/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid" };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
            for (const key1 in data21) {
              let data22 = data21[key1];
              if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                if (data22.columns === void 0) {
                  const err53 = { instancePath: instancePath + "/recordedInventory/kinds/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/recordedInventory/properties/kinds/additionalProperties/required", keyword: "required", params: { missingProperty: "columns" }, message: "must have required property 'columns'" };
                  if (vErrors === null) {
                    vErrors = [err53];
                  } else {
                    vErrors.push(err53);
                  }
                  errors++;
                }
                if (data22.rows === void 0) {
                  const err54 = { instancePath: instancePath + "/recordedInventory/kinds/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/recordedInventory/properties/kinds/additionalProperties/required", keyword: "required", params: { missingProperty: "rows" }, message: "must have required property 'rows'" };
                  if (vErrors === null) {
                    vErrors = [err54];
                  } else {
                    vErrors.push(err54);
                  }
                  errors++;
                }
                if (data22.columns !== void 0) {
                  let data23 = data22.columns;
                  if (Array.isArray(data23)) {
                    if (data23.length < 5) {
                      const err55 = { instancePath: instancePath + "/recordedInventory/kinds/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/columns", schemaPath: "#/properties/recordedInventory/properties/kinds/additionalProperties/properties/columns/minItems", keyword: "minItems", params: { limit: 5 }, message: "must NOT have fewer than 5 items" };
                      if (vErrors === null) {
                        vErrors = [err55];
                      } else {
                        vErrors.push(err55);
                      }
                      errors++;
                    }
                    const len1 = data23.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      if (typeof data23[i1] !== "string") {
                        const err56 = { instancePath: instancePath + "/recordedInventory/kinds/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/columns/" + i1, schemaPath: "#/properties/recordedInventory/properties/kinds/additionalProperties/properties/columns/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err56];
                        } else {
                          vErrors.push(err56);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err57 = { instancePath: instancePath + "/recordedInventory/kinds/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/columns", schemaPath: "#/properties/recordedInventory/properties/kinds/additionalProperties/properties/columns/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err57];
                    } else {
                      vErrors.push(err57);
                    }
                    errors++;
                  }
                }
                if (data22.rows !== void 0) {
                  let data25 = data22.rows;
                  if (Array.isArray(data25)) {
                    const len2 = data25.length;
                    for (let i2 = 0; i2 < len2; i2++) {
                      let data26 = data25[i2];
                      if (Array.isArray(data26)) {
                        const len3 = data26.length;
                        for (let i3 = 0; i3 < len3; i3++) {
                          let data27 = data26[i3];
                          if (typeof data27 !== "string" && !(typeof data27 == "number") && typeof data27 !== "boolean" && data27 !== null) {
                            const err58 = { instancePath: instancePath + "/recordedInventory/kinds/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/rows/" + i2 + "/" + i3, schemaPath: "#/properties/recordedInventory/properties/kinds/additionalProperties/properties/rows/items/items/type", keyword: "type", params: { type: schema11.properties.recordedInventory.properties.kinds.additionalProperties.properties.rows.items.items.type }, message: "must be string,number,boolean,null" };
                            if (vErrors === null) {
                              vErrors = [err58];
                            } else {
                              vErrors.push(err58);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err59 = { instancePath: instancePath + "/recordedInventory/kinds/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/rows/" + i2, schemaPath: "#/properties/recordedInventory/properties/kinds/additionalProperties/properties/rows/items/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                          vErrors = [err59];
                        } else {
                          vErrors.push(err59);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err60 = { instancePath: instancePath + "/recordedInventory/kinds/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/rows", schemaPath: "#/properties/recordedInventory/properties/kinds/additionalProperties/properties/rows/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err60];
                    } else {
                      vErrors.push(err60);
                    }
                    errors++;
                  }
                }
              } else {
                const err61 = { instancePath: instancePath + "/recordedInventory/kinds/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/recordedInventory/properties/kinds/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
          } else {
            const err62 = { instancePath: instancePath + "/recordedInventory/kinds", schemaPath: "#/properties/recordedInventory/properties/kinds/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
        }
      } else {
        const err63 = { instancePath: instancePath + "/recordedInventory", schemaPath: "#/properties/recordedInventory/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err63];
        } else {
          vErrors.push(err63);
        }
        errors++;
      }
    }
    if (data.findings !== void 0) {
      let data28 = data.findings;
      if (Array.isArray(data28)) {
        const len4 = data28.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data29 = data28[i4];
          if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
            if (data29.ruleId === void 0) {
              const err64 = { instancePath: instancePath + "/findings/" + i4, schemaPath: "#/definitions/finding/required", keyword: "required", params: { missingProperty: "ruleId" }, message: "must have required property 'ruleId'" };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
            if (data29.ruleName === void 0) {
              const err65 = { instancePath: instancePath + "/findings/" + i4, schemaPath: "#/definitions/finding/required", keyword: "required", params: { missingProperty: "ruleName" }, message: "must have required property 'ruleName'" };
              if (vErrors === null) {
                vErrors = [err65];
              } else {
                vErrors.push(err65);
              }
              errors++;
            }
            if (data29.category === void 0) {
              const err66 = { instancePath: instancePath + "/findings/" + i4, schemaPath: "#/definitions/finding/required", keyword: "required", params: { missingProperty: "category" }, message: "must have required property 'category'" };
              if (vErrors === null) {
                vErrors = [err66];
              } else {
                vErrors.push(err66);
              }
              errors++;
            }
            if (data29.severity === void 0) {
              const err67 = { instancePath: instancePath + "/findings/" + i4, schemaPath: "#/definitions/finding/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property 'severity'" };
              if (vErrors === null) {
                vErrors = [err67];
              } else {
                vErrors.push(err67);
              }
              errors++;
            }
            if (data29.resourceId === void 0) {
              const err68 = { instancePath: instancePath + "/findings/" + i4, schemaPath: "#/definitions/finding/required", keyword: "required", params: { missingProperty: "resourceId" }, message: "must have required property 'resourceId'" };
              if (vErrors === null) {
                vErrors = [err68];
              } else {
                vErrors.push(err68);
              }
              errors++;
            }
            if (data29.resourceType === void 0) {
              const err69 = { instancePath: instancePath + "/findings/" + i4, schemaPath: "#/definitions/finding/required", keyword: "required", params: { missingProperty: "resourceType" }, message: "must have required property 'resourceType'" };
              if (vErrors === null) {
                vErrors = [err69];
              } else {
                vErrors.push(err69);
              }
              errors++;
            }
            if (data29.message === void 0) {
              const err70 = { instancePath: instancePath + "/findings/" + i4, schemaPath: "#/definitions/finding/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
              if (vErrors === null) {
                vErrors = [err70];
              } else {
                vErrors.push(err70);
              }
              errors++;
            }
            if (data29.fingerprint === void 0) {
              const err71 = { instancePath: instancePath + "/findings/" + i4, schemaPath: "#/definitions/finding/required", keyword: "required", params: { missingProperty: "fingerprint" }, message: "must have required property 'fingerprint'" };
              if (vErrors === null) {
                vErrors = [err71];
              } else {
                vErrors.push(err71);
              }
              errors++;
            }
            if (data29.ruleId !== void 0) {
              let data30 = data29.ruleId;
              if (typeof data30 === "string") {
                if (func2(data30) < 1) {
                  const err72 = { instancePath: instancePath + "/findings/" + i4 + "/ruleId", schemaPath: "#/definitions/finding/properties/ruleId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err72];
                  } else {
                    vErrors.push(err72);
                  }
                  errors++;
                }
              } else {
                const err73 = { instancePath: instancePath + "/findings/" + i4 + "/ruleId", schemaPath: "#/definitions/finding/properties/ruleId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
            }
            if (data29.ruleName !== void 0) {
              let data31 = data29.ruleName;
              if (typeof data31 === "string") {
                if (!pattern0.test(data31)) {
                  const err74 = { instancePath: instancePath + "/findings/" + i4 + "/ruleName", schemaPath: "#/definitions/finding/properties/ruleName/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(-[a-z0-9]+)*$"' };
                  if (vErrors === null) {
                    vErrors = [err74];
                  } else {
                    vErrors.push(err74);
                  }
                  errors++;
                }
              } else {
                const err75 = { instancePath: instancePath + "/findings/" + i4 + "/ruleName", schemaPath: "#/definitions/finding/properties/ruleName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
            }
            if (data29.category !== void 0) {
              let data32 = data29.category;
              if (!(data32 === "redundancy" || data32 === "sku" || data32 === "bgp" || data32 === "encryption" || data32 === "cost" || data32 === "hygiene")) {
                const err76 = { instancePath: instancePath + "/findings/" + i4 + "/category", schemaPath: "#/definitions/finding/properties/category/enum", keyword: "enum", params: { allowedValues: schema12.properties.category.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
              }
            }
            if (data29.severity !== void 0) {
              let data33 = data29.severity;
              if (!(data33 === "critical" || data33 === "high" || data33 === "medium" || data33 === "low" || data33 === "info")) {
                const err77 = { instancePath: instancePath + "/findings/" + i4 + "/severity", schemaPath: "#/definitions/finding/properties/severity/enum", keyword: "enum", params: { allowedValues: schema12.properties.severity.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err77];
                } else {
                  vErrors.push(err77);
                }
                errors++;
              }
            }
            if (data29.resourceId !== void 0) {
              let data34 = data29.resourceId;
              if (typeof data34 === "string") {
                if (func2(data34) < 1) {
                  const err78 = { instancePath: instancePath + "/findings/" + i4 + "/resourceId", schemaPath: "#/definitions/finding/properties/resourceId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err78];
                  } else {
                    vErrors.push(err78);
                  }
                  errors++;
                }
              } else {
                const err79 = { instancePath: instancePath + "/findings/" + i4 + "/resourceId", schemaPath: "#/definitions/finding/properties/resourceId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err79];
                } else {
                  vErrors.push(err79);
                }
                errors++;
              }
            }
            if (data29.resourceType !== void 0) {
              let data35 = data29.resourceType;
              if (typeof data35 === "string") {
                if (!pattern1.test(data35)) {
                  const err80 = { instancePath: instancePath + "/findings/" + i4 + "/resourceType", schemaPath: "#/definitions/finding/properties/resourceType/pattern", keyword: "pattern", params: { pattern: "^Microsoft\\.Network/" }, message: 'must match pattern "^Microsoft\\.Network/"' };
                  if (vErrors === null) {
                    vErrors = [err80];
                  } else {
                    vErrors.push(err80);
                  }
                  errors++;
                }
              } else {
                const err81 = { instancePath: instancePath + "/findings/" + i4 + "/resourceType", schemaPath: "#/definitions/finding/properties/resourceType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
            }
            if (data29.message !== void 0) {
              let data36 = data29.message;
              if (typeof data36 === "string") {
                if (func2(data36) < 1) {
                  const err82 = { instancePath: instancePath + "/findings/" + i4 + "/message", schemaPath: "#/definitions/finding/properties/message/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err82];
                  } else {
                    vErrors.push(err82);
                  }
                  errors++;
                }
              } else {
                const err83 = { instancePath: instancePath + "/findings/" + i4 + "/message", schemaPath: "#/definitions/finding/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err83];
                } else {
                  vErrors.push(err83);
                }
                errors++;
              }
            }
            if (data29.location !== void 0) {
              let data37 = data29.location;
              if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
                if (data37.file === void 0) {
                  const err84 = { instancePath: instancePath + "/findings/" + i4 + "/location", schemaPath: "#/definitions/finding/properties/location/required", keyword: "required", params: { missingProperty: "file" }, message: "must have required property 'file'" };
                  if (vErrors === null) {
                    vErrors = [err84];
                  } else {
                    vErrors.push(err84);
                  }
                  errors++;
                }
                if (data37.line === void 0) {
                  const err85 = { instancePath: instancePath + "/findings/" + i4 + "/location", schemaPath: "#/definitions/finding/properties/location/required", keyword: "required", params: { missingProperty: "line" }, message: "must have required property 'line'" };
                  if (vErrors === null) {
                    vErrors = [err85];
                  } else {
                    vErrors.push(err85);
                  }
                  errors++;
                }
                if (data37.column === void 0) {
                  const err86 = { instancePath: instancePath + "/findings/" + i4 + "/location", schemaPath: "#/definitions/finding/properties/location/required", keyword: "required", params: { missingProperty: "column" }, message: "must have required property 'column'" };
                  if (vErrors === null) {
                    vErrors = [err86];
                  } else {
                    vErrors.push(err86);
                  }
                  errors++;
                }
                if (data37.file !== void 0) {
                  if (typeof data37.file !== "string") {
                    const err87 = { instancePath: instancePath + "/findings/" + i4 + "/location/file", schemaPath: "#/definitions/finding/properties/location/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err87];
                    } else {
                      vErrors.push(err87);
                    }
                    errors++;
                  }
                }
                if (data37.line !== void 0) {
                  let data39 = data37.line;
                  if (!(typeof data39 == "number" && (!(data39 % 1) && !isNaN(data39)))) {
                    const err88 = { instancePath: instancePath + "/findings/" + i4 + "/location/line", schemaPath: "#/definitions/finding/properties/location/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err88];
                    } else {
                      vErrors.push(err88);
                    }
                    errors++;
                  }
                  if (typeof data39 == "number") {
                    if (data39 < 1 || isNaN(data39)) {
                      const err89 = { instancePath: instancePath + "/findings/" + i4 + "/location/line", schemaPath: "#/definitions/finding/properties/location/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                      if (vErrors === null) {
                        vErrors = [err89];
                      } else {
                        vErrors.push(err89);
                      }
                      errors++;
                    }
                  }
                }
                if (data37.column !== void 0) {
                  let data40 = data37.column;
                  if (!(typeof data40 == "number" && (!(data40 % 1) && !isNaN(data40)))) {
                    const err90 = { instancePath: instancePath + "/findings/" + i4 + "/location/column", schemaPath: "#/definitions/finding/properties/location/properties/column/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err90];
                    } else {
                      vErrors.push(err90);
                    }
                    errors++;
                  }
                  if (typeof data40 == "number") {
                    if (data40 < 1 || isNaN(data40)) {
                      const err91 = { instancePath: instancePath + "/findings/" + i4 + "/location/column", schemaPath: "#/definitions/finding/properties/location/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                      if (vErrors === null) {
                        vErrors = [err91];
                      } else {
                        vErrors.push(err91);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err92 = { instancePath: instancePath + "/findings/" + i4 + "/location", schemaPath: "#/definitions/finding/properties/location/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err92];
                } else {
                  vErrors.push(err92);
                }
                errors++;
              }
            }
            if (data29.fingerprint !== void 0) {
              let data41 = data29.fingerprint;
              if (typeof data41 === "string") {
                if (func2(data41) < 1) {
                  const err93 = { instancePath: instancePath + "/findings/" + i4 + "/fingerprint", schemaPath: "#/definitions/finding/properties/fingerprint/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err93];
                  } else {
                    vErrors.push(err93);
                  }
                  errors++;
                }
              } else {
                const err94 = { instancePath: instancePath + "/findings/" + i4 + "/fingerprint", schemaPath: "#/definitions/finding/properties/fingerprint/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err94];
                } else {
                  vErrors.push(err94);
                }
                errors++;
              }
            }
            if (data29.suppression !== void 0) {
              let data42 = data29.suppression;
              if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
                if (data42.justification === void 0) {
                  const err95 = { instancePath: instancePath + "/findings/" + i4 + "/suppression", schemaPath: "#/definitions/finding/properties/suppression/required", keyword: "required", params: { missingProperty: "justification" }, message: "must have required property 'justification'" };
                  if (vErrors === null) {
                    vErrors = [err95];
                  } else {
                    vErrors.push(err95);
                  }
                  errors++;
                }
                if (data42.justification !== void 0) {
                  if (typeof data42.justification !== "string") {
                    const err96 = { instancePath: instancePath + "/findings/" + i4 + "/suppression/justification", schemaPath: "#/definitions/finding/properties/suppression/properties/justification/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err96];
                    } else {
                      vErrors.push(err96);
                    }
                    errors++;
                  }
                }
                if (data42.expires !== void 0) {
                  let data44 = data42.expires;
                  if (typeof data44 === "string") {
                    if (!pattern2.test(data44)) {
                      const err97 = { instancePath: instancePath + "/findings/" + i4 + "/suppression/expires", schemaPath: "#/definitions/finding/properties/suppression/properties/expires/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"' };
                      if (vErrors === null) {
                        vErrors = [err97];
                      } else {
                        vErrors.push(err97);
                      }
                      errors++;
                    }
                  } else {
                    const err98 = { instancePath: instancePath + "/findings/" + i4 + "/suppression/expires", schemaPath: "#/definitions/finding/properties/suppression/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err98];
                    } else {
                      vErrors.push(err98);
                    }
                    errors++;
                  }
                }
              } else {
                const err99 = { instancePath: instancePath + "/findings/" + i4 + "/suppression", schemaPath: "#/definitions/finding/properties/suppression/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err99];
                } else {
                  vErrors.push(err99);
                }
                errors++;
              }
            }
            if (data29.baselineState !== void 0) {
              let data45 = data29.baselineState;
              if (!(data45 === "new" || data45 === "unchanged")) {
                const err100 = { instancePath: instancePath + "/findings/" + i4 + "/baselineState", schemaPath: "#/definitions/finding/properties/baselineState/enum", keyword: "enum", params: { allowedValues: schema12.properties.baselineState.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err100];
                } else {
                  vErrors.push(err100);
                }
                errors++;
              }
            }
            if (data29.firstSeen !== void 0) {
              let data46 = data29.firstSeen;
              if (typeof data46 === "string") {
                if (!formats0.validate(data46)) {
                  const err101 = { instancePath: instancePath + "/findings/" + i4 + "/firstSeen", schemaPath: "#/definitions/finding/properties/firstSeen/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                  if (vErrors === null) {
                    vErrors = [err101];
                  } else {
                    vErrors.push(err101);
                  }
                  errors++;
                }
              } else {
                const err102 = { instancePath: instancePath + "/findings/" + i4 + "/firstSeen", schemaPath: "#/definitions/finding/properties/firstSeen/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err102];
                } else {
                  vErrors.push(err102);
                }
                errors++;
              }
            }
            if (data29.lastSeen !== void 0) {
              let data47 = data29.lastSeen;
              if (typeof data47 === "string") {
                if (!formats0.validate(data47)) {
                  const err103 = { instancePath: instancePath + "/findings/" + i4 + "/lastSeen", schemaPath: "#/definitions/finding/properties/lastSeen/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                  if (vErrors === null) {
                    vErrors = [err103];
                  } else {
                    vErrors.push(err103);
                  }
                  errors++;
                }
              } else {
                const err104 = { instancePath: instancePath + "/findings/" + i4 + "/lastSeen", schemaPath: "#/definitions/finding/properties/lastSeen/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err104];
                } else {
                  vErrors.push(err104);
                }
                errors++;
              }
            }
            if (data29.openDays !== void 0) {
              let data48 = data29.openDays;
              if (!(typeof data48 == "number" && (!(data48 % 1) && !isNaN(data48)))) {
                const err105 = { instancePath: instancePath + "/findings/" + i4 + "/openDays", schemaPath: "#/definitions/finding/properties/openDays/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err105];
                } else {
                  vErrors.push(err105);
                }
                errors++;
              }
              if (typeof data48 == "number") {
                if (data48 < 0 || isNaN(data48)) {
                  const err106 = { instancePath: instancePath + "/findings/" + i4 + "/openDays", schemaPath: "#/definitions/finding/properties/openDays/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err106];
                  } else {
                    vErrors.push(err106);
                  }
                  errors++;
                }
              }
            }
            if (data29.status !== void 0) {
              let data49 = data29.status;
              if (!(data49 === "fail" || data49 === "unknown")) {
                const err107 = { instancePath: instancePath + "/findings/" + i4 + "/status", schemaPath: "#/definitions/finding/properties/status/enum", keyword: "enum", params: { allowedValues: schema12.properties.status.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err107];
                } else {
                  vErrors.push(err107);
                }
                errors++;
              }
            }
            if (data29.costImpactUsd !== void 0) {
              let data50 = data29.costImpactUsd;
              if (!(typeof data50 == "number") && data50 !== null) {
                const err108 = { instancePath: instancePath + "/findings/" + i4 + "/costImpactUsd", schemaPath: "#/definitions/finding/properties/costImpactUsd/type", keyword: "type", params: { type: schema12.properties.costImpactUsd.type }, message: "must be number,null" };
                if (vErrors === null) {
                  vErrors = [err108];
                } else {
                  vErrors.push(err108);
                }
                errors++;
              }
            }
            if (data29.costImpactChange !== void 0) {
              if (typeof data29.costImpactChange !== "string") {
                const err109 = { instancePath: instancePath + "/findings/" + i4 + "/costImpactChange", schemaPath: "#/definitions/finding/properties/costImpactChange/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err109];
                } else {
                  vErrors.push(err109);
                }
                errors++;
              }
            }
          } else {
            const err110 = { instancePath: instancePath + "/findings/" + i4, schemaPath: "#/definitions/finding/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err110];
            } else {
              vErrors.push(err110);
            }
            errors++;
          }
        }
      } else {
        const err111 = { instancePath: instancePath + "/findings", schemaPath: "#/properties/findings/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err111];
        } else {
          vErrors.push(err111);
        }
        errors++;
      }
    }
    if (data.fixed !== void 0) {
      let data52 = data.fixed;
      if (Array.isArray(data52)) {
        const len5 = data52.length;
        for (let i5 = 0; i5 < len5; i5++) {
          let data53 = data52[i5];
          if (data53 && typeof data53 == "object" && !Array.isArray(data53)) {
            if (data53.ruleId === void 0) {
              const err112 = { instancePath: instancePath + "/fixed/" + i5, schemaPath: "#/definitions/finding/required", keyword: "required", params: { missingProperty: "ruleId" }, message: "must have required property 'ruleId'" };
              if (vErrors === null) {
                vErrors = [err112];
              } else {
                vErrors.push(err112);
              }
              errors++;
            }
            if (data53.ruleName === void 0) {
              const err113 = { instancePath: instancePath + "/fixed/" + i5, schemaPath: "#/definitions/finding/required", keyword: "required", params: { missingProperty: "ruleName" }, message: "must have required property 'ruleName'" };
              if (vErrors === null) {
                vErrors = [err113];
              } else {
                vErrors.push(err113);
              }
              errors++;
            }
            if (data53.category === void 0) {
              const err114 = { instancePath: instancePath + "/fixed/" + i5, schemaPath: "#/definitions/finding/required", keyword: "required", params: { missingProperty: "category" }, message: "must have required property 'category'" };
              if (vErrors === null) {
                vErrors = [err114];
              } else {
                vErrors.push(err114);
              }
              errors++;
            }
            if (data53.severity === void 0) {
              const err115 = { instancePath: instancePath + "/fixed/" + i5, schemaPath: "#/definitions/finding/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property 'severity'" };
              if (vErrors === null) {
                vErrors = [err115];
              } else {
                vErrors.push(err115);
              }
              errors++;
            }
            if (data53.resourceId === void 0) {
              const err116 = { instancePath: instancePath + "/fixed/" + i5, schemaPath: "#/definitions/finding/required", keyword: "required", params: { missingProperty: "resourceId" }, message: "must have required property 'resourceId'" };
              if (vErrors === null) {
                vErrors = [err116];
              } else {
                vErrors.push(err116);
              }
              errors++;
            }
            if (data53.resourceType === void 0) {
              const err117 = { instancePath: instancePath + "/fixed/" + i5, schemaPath: "#/definitions/finding/required", keyword: "required", params: { missingProperty: "resourceType" }, message: "must have required property 'resourceType'" };
              if (vErrors === null) {
                vErrors = [err117];
              } else {
                vErrors.push(err117);
              }
              errors++;
            }
            if (data53.message === void 0) {
              const err118 = { instancePath: instancePath + "/fixed/" + i5, schemaPath: "#/definitions/finding/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
              if (vErrors === null) {
                vErrors = [err118];
              } else {
                vErrors.push(err118);
              }
              errors++;
            }
            if (data53.fingerprint === void 0) {
              const err119 = { instancePath: instancePath + "/fixed/" + i5, schemaPath: "#/definitions/finding/required", keyword: "required", params: { missingProperty: "fingerprint" }, message: "must have required property 'fingerprint'" };
              if (vErrors === null) {
                vErrors = [err119];
              } else {
                vErrors.push(err119);
              }
              errors++;
            }
            if (data53.ruleId !== void 0) {
              let data54 = data53.ruleId;
              if (typeof data54 === "string") {
                if (func2(data54) < 1) {
                  const err120 = { instancePath: instancePath + "/fixed/" + i5 + "/ruleId", schemaPath: "#/definitions/finding/properties/ruleId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err120];
                  } else {
                    vErrors.push(err120);
                  }
                  errors++;
                }
              } else {
                const err121 = { instancePath: instancePath + "/fixed/" + i5 + "/ruleId", schemaPath: "#/definitions/finding/properties/ruleId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err121];
                } else {
                  vErrors.push(err121);
                }
                errors++;
              }
            }
            if (data53.ruleName !== void 0) {
              let data55 = data53.ruleName;
              if (typeof data55 === "string") {
                if (!pattern0.test(data55)) {
                  const err122 = { instancePath: instancePath + "/fixed/" + i5 + "/ruleName", schemaPath: "#/definitions/finding/properties/ruleName/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(-[a-z0-9]+)*$"' };
                  if (vErrors === null) {
                    vErrors = [err122];
                  } else {
                    vErrors.push(err122);
                  }
                  errors++;
                }
              } else {
                const err123 = { instancePath: instancePath + "/fixed/" + i5 + "/ruleName", schemaPath: "#/definitions/finding/properties/ruleName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err123];
                } else {
                  vErrors.push(err123);
                }
                errors++;
              }
            }
            if (data53.category !== void 0) {
              let data56 = data53.category;
              if (!(data56 === "redundancy" || data56 === "sku" || data56 === "bgp" || data56 === "encryption" || data56 === "cost" || data56 === "hygiene")) {
                const err124 = { instancePath: instancePath + "/fixed/" + i5 + "/category", schemaPath: "#/definitions/finding/properties/category/enum", keyword: "enum", params: { allowedValues: schema12.properties.category.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err124];
                } else {
                  vErrors.push(err124);
                }
                errors++;
              }
            }
            if (data53.severity !== void 0) {
              let data57 = data53.severity;
              if (!(data57 === "critical" || data57 === "high" || data57 === "medium" || data57 === "low" || data57 === "info")) {
                const err125 = { instancePath: instancePath + "/fixed/" + i5 + "/severity", schemaPath: "#/definitions/finding/properties/severity/enum", keyword: "enum", params: { allowedValues: schema12.properties.severity.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err125];
                } else {
                  vErrors.push(err125);
                }
                errors++;
              }
            }
            if (data53.resourceId !== void 0) {
              let data58 = data53.resourceId;
              if (typeof data58 === "string") {
                if (func2(data58) < 1) {
                  const err126 = { instancePath: instancePath + "/fixed/" + i5 + "/resourceId", schemaPath: "#/definitions/finding/properties/resourceId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err126];
                  } else {
                    vErrors.push(err126);
                  }
                  errors++;
                }
              } else {
                const err127 = { instancePath: instancePath + "/fixed/" + i5 + "/resourceId", schemaPath: "#/definitions/finding/properties/resourceId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err127];
                } else {
                  vErrors.push(err127);
                }
                errors++;
              }
            }
            if (data53.resourceType !== void 0) {
              let data59 = data53.resourceType;
              if (typeof data59 === "string") {
                if (!pattern1.test(data59)) {
                  const err128 = { instancePath: instancePath + "/fixed/" + i5 + "/resourceType", schemaPath: "#/definitions/finding/properties/resourceType/pattern", keyword: "pattern", params: { pattern: "^Microsoft\\.Network/" }, message: 'must match pattern "^Microsoft\\.Network/"' };
                  if (vErrors === null) {
                    vErrors = [err128];
                  } else {
                    vErrors.push(err128);
                  }
                  errors++;
                }
              } else {
                const err129 = { instancePath: instancePath + "/fixed/" + i5 + "/resourceType", schemaPath: "#/definitions/finding/properties/resourceType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err129];
                } else {
                  vErrors.push(err129);
                }
                errors++;
              }
            }
            if (data53.message !== void 0) {
              let data60 = data53.message;
              if (typeof data60 === "string") {
                if (func2(data60) < 1) {
                  const err130 = { instancePath: instancePath + "/fixed/" + i5 + "/message", schemaPath: "#/definitions/finding/properties/message/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err130];
                  } else {
                    vErrors.push(err130);
                  }
                  errors++;
                }
              } else {
                const err131 = { instancePath: instancePath + "/fixed/" + i5 + "/message", schemaPath: "#/definitions/finding/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err131];
                } else {
                  vErrors.push(err131);
                }
                errors++;
              }
            }
            if (data53.location !== void 0) {
              let data61 = data53.location;
              if (data61 && typeof data61 == "object" && !Array.isArray(data61)) {
                if (data61.file === void 0) {
                  const err132 = { instancePath: instancePath + "/fixed/" + i5 + "/location", schemaPath: "#/definitions/finding/properties/location/required", keyword: "required", params: { missingProperty: "file" }, message: "must have required property 'file'" };
                  if (vErrors === null) {
                    vErrors = [err132];
                  } else {
                    vErrors.push(err132);
                  }
                  errors++;
                }
                if (data61.line === void 0) {
                  const err133 = { instancePath: instancePath + "/fixed/" + i5 + "/location", schemaPath: "#/definitions/finding/properties/location/required", keyword: "required", params: { missingProperty: "line" }, message: "must have required property 'line'" };
                  if (vErrors === null) {
                    vErrors = [err133];
                  } else {
                    vErrors.push(err133);
                  }
                  errors++;
                }
                if (data61.column === void 0) {
                  const err134 = { instancePath: instancePath + "/fixed/" + i5 + "/location", schemaPath: "#/definitions/finding/properties/location/required", keyword: "required", params: { missingProperty: "column" }, message: "must have required property 'column'" };
                  if (vErrors === null) {
                    vErrors = [err134];
                  } else {
                    vErrors.push(err134);
                  }
                  errors++;
                }
                if (data61.file !== void 0) {
                  if (typeof data61.file !== "string") {
                    const err135 = { instancePath: instancePath + "/fixed/" + i5 + "/location/file", schemaPath: "#/definitions/finding/properties/location/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err135];
                    } else {
                      vErrors.push(err135);
                    }
                    errors++;
                  }
                }
                if (data61.line !== void 0) {
                  let data63 = data61.line;
                  if (!(typeof data63 == "number" && (!(data63 % 1) && !isNaN(data63)))) {
                    const err136 = { instancePath: instancePath + "/fixed/" + i5 + "/location/line", schemaPath: "#/definitions/finding/properties/location/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err136];
                    } else {
                      vErrors.push(err136);
                    }
                    errors++;
                  }
                  if (typeof data63 == "number") {
                    if (data63 < 1 || isNaN(data63)) {
                      const err137 = { instancePath: instancePath + "/fixed/" + i5 + "/location/line", schemaPath: "#/definitions/finding/properties/location/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                      if (vErrors === null) {
                        vErrors = [err137];
                      } else {
                        vErrors.push(err137);
                      }
                      errors++;
                    }
                  }
                }
                if (data61.column !== void 0) {
                  let data64 = data61.column;
                  if (!(typeof data64 == "number" && (!(data64 % 1) && !isNaN(data64)))) {
                    const err138 = { instancePath: instancePath + "/fixed/" + i5 + "/location/column", schemaPath: "#/definitions/finding/properties/location/properties/column/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err138];
                    } else {
                      vErrors.push(err138);
                    }
                    errors++;
                  }
                  if (typeof data64 == "number") {
                    if (data64 < 1 || isNaN(data64)) {
                      const err139 = { instancePath: instancePath + "/fixed/" + i5 + "/location/column", schemaPath: "#/definitions/finding/properties/location/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                      if (vErrors === null) {
                        vErrors = [err139];
                      } else {
                        vErrors.push(err139);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err140 = { instancePath: instancePath + "/fixed/" + i5 + "/location", schemaPath: "#/definitions/finding/properties/location/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err140];
                } else {
                  vErrors.push(err140);
                }
                errors++;
              }
            }
            if (data53.fingerprint !== void 0) {
              let data65 = data53.fingerprint;
              if (typeof data65 === "string") {
                if (func2(data65) < 1) {
                  const err141 = { instancePath: instancePath + "/fixed/" + i5 + "/fingerprint", schemaPath: "#/definitions/finding/properties/fingerprint/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err141];
                  } else {
                    vErrors.push(err141);
                  }
                  errors++;
                }
              } else {
                const err142 = { instancePath: instancePath + "/fixed/" + i5 + "/fingerprint", schemaPath: "#/definitions/finding/properties/fingerprint/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err142];
                } else {
                  vErrors.push(err142);
                }
                errors++;
              }
            }
            if (data53.suppression !== void 0) {
              let data66 = data53.suppression;
              if (data66 && typeof data66 == "object" && !Array.isArray(data66)) {
                if (data66.justification === void 0) {
                  const err143 = { instancePath: instancePath + "/fixed/" + i5 + "/suppression", schemaPath: "#/definitions/finding/properties/suppression/required", keyword: "required", params: { missingProperty: "justification" }, message: "must have required property 'justification'" };
                  if (vErrors === null) {
                    vErrors = [err143];
                  } else {
                    vErrors.push(err143);
                  }
                  errors++;
                }
                if (data66.justification !== void 0) {
                  if (typeof data66.justification !== "string") {
                    const err144 = { instancePath: instancePath + "/fixed/" + i5 + "/suppression/justification", schemaPath: "#/definitions/finding/properties/suppression/properties/justification/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err144];
                    } else {
                      vErrors.push(err144);
                    }
                    errors++;
                  }
                }
                if (data66.expires !== void 0) {
                  let data68 = data66.expires;
                  if (typeof data68 === "string") {
                    if (!pattern2.test(data68)) {
                      const err145 = { instancePath: instancePath + "/fixed/" + i5 + "/suppression/expires", schemaPath: "#/definitions/finding/properties/suppression/properties/expires/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"' };
                      if (vErrors === null) {
                        vErrors = [err145];
                      } else {
                        vErrors.push(err145);
                      }
                      errors++;
                    }
                  } else {
                    const err146 = { instancePath: instancePath + "/fixed/" + i5 + "/suppression/expires", schemaPath: "#/definitions/finding/properties/suppression/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err146];
                    } else {
                      vErrors.push(err146);
                    }
                    errors++;
                  }
                }
              } else {
                const err147 = { instancePath: instancePath + "/fixed/" + i5 + "/suppression", schemaPath: "#/definitions/finding/properties/suppression/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err147];
                } else {
                  vErrors.push(err147);
                }
                errors++;
              }
            }
            if (data53.baselineState !== void 0) {
              let data69 = data53.baselineState;
              if (!(data69 === "new" || data69 === "unchanged")) {
                const err148 = { instancePath: instancePath + "/fixed/" + i5 + "/baselineState", schemaPath: "#/definitions/finding/properties/baselineState/enum", keyword: "enum", params: { allowedValues: schema12.properties.baselineState.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err148];
                } else {
                  vErrors.push(err148);
                }
                errors++;
              }
            }
            if (data53.firstSeen !== void 0) {
              let data70 = data53.firstSeen;
              if (typeof data70 === "string") {
                if (!formats0.validate(data70)) {
                  const err149 = { instancePath: instancePath + "/fixed/" + i5 + "/firstSeen", schemaPath: "#/definitions/finding/properties/firstSeen/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                  if (vErrors === null) {
                    vErrors = [err149];
                  } else {
                    vErrors.push(err149);
                  }
                  errors++;
                }
              } else {
                const err150 = { instancePath: instancePath + "/fixed/" + i5 + "/firstSeen", schemaPath: "#/definitions/finding/properties/firstSeen/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err150];
                } else {
                  vErrors.push(err150);
                }
                errors++;
              }
            }
            if (data53.lastSeen !== void 0) {
              let data71 = data53.lastSeen;
              if (typeof data71 === "string") {
                if (!formats0.validate(data71)) {
                  const err151 = { instancePath: instancePath + "/fixed/" + i5 + "/lastSeen", schemaPath: "#/definitions/finding/properties/lastSeen/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                  if (vErrors === null) {
                    vErrors = [err151];
                  } else {
                    vErrors.push(err151);
                  }
                  errors++;
                }
              } else {
                const err152 = { instancePath: instancePath + "/fixed/" + i5 + "/lastSeen", schemaPath: "#/definitions/finding/properties/lastSeen/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err152];
                } else {
                  vErrors.push(err152);
                }
                errors++;
              }
            }
            if (data53.openDays !== void 0) {
              let data72 = data53.openDays;
              if (!(typeof data72 == "number" && (!(data72 % 1) && !isNaN(data72)))) {
                const err153 = { instancePath: instancePath + "/fixed/" + i5 + "/openDays", schemaPath: "#/definitions/finding/properties/openDays/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err153];
                } else {
                  vErrors.push(err153);
                }
                errors++;
              }
              if (typeof data72 == "number") {
                if (data72 < 0 || isNaN(data72)) {
                  const err154 = { instancePath: instancePath + "/fixed/" + i5 + "/openDays", schemaPath: "#/definitions/finding/properties/openDays/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err154];
                  } else {
                    vErrors.push(err154);
                  }
                  errors++;
                }
              }
            }
            if (data53.status !== void 0) {
              let data73 = data53.status;
              if (!(data73 === "fail" || data73 === "unknown")) {
                const err155 = { instancePath: instancePath + "/fixed/" + i5 + "/status", schemaPath: "#/definitions/finding/properties/status/enum", keyword: "enum", params: { allowedValues: schema12.properties.status.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err155];
                } else {
                  vErrors.push(err155);
                }
                errors++;
              }
            }
            if (data53.costImpactUsd !== void 0) {
              let data74 = data53.costImpactUsd;
              if (!(typeof data74 == "number") && data74 !== null) {
                const err156 = { instancePath: instancePath + "/fixed/" + i5 + "/costImpactUsd", schemaPath: "#/definitions/finding/properties/costImpactUsd/type", keyword: "type", params: { type: schema12.properties.costImpactUsd.type }, message: "must be number,null" };
                if (vErrors === null) {
                  vErrors = [err156];
                } else {
                  vErrors.push(err156);
                }
                errors++;
              }
            }
            if (data53.costImpactChange !== void 0) {
              if (typeof data53.costImpactChange !== "string") {
                const err157 = { instancePath: instancePath + "/fixed/" + i5 + "/costImpactChange", schemaPath: "#/definitions/finding/properties/costImpactChange/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err157];
                } else {
                  vErrors.push(err157);
                }
                errors++;
              }
            }
          } else {
            const err158 = { instancePath: instancePath + "/fixed/" + i5, schemaPath: "#/definitions/finding/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err158];
            } else {
              vErrors.push(err158);
            }
            errors++;
          }
        }
      } else {
        const err159 = { instancePath: instancePath + "/fixed", schemaPath: "#/properties/fixed/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err159];
        } else {
          vErrors.push(err159);
        }
        errors++;
      }
    }
    if (data.notEvaluated !== void 0) {
      let data76 = data.notEvaluated;
      if (Array.isArray(data76)) {
        const len6 = data76.length;
        for (let i6 = 0; i6 < len6; i6++) {
          let data77 = data76[i6];
          if (data77 && typeof data77 == "object" && !Array.isArray(data77)) {
            if (data77.ruleId === void 0) {
              const err160 = { instancePath: instancePath + "/notEvaluated/" + i6, schemaPath: "#/definitions/finding/required", keyword: "required", params: { missingProperty: "ruleId" }, message: "must have required property 'ruleId'" };
              if (vErrors === null) {
                vErrors = [err160];
              } else {
                vErrors.push(err160);
              }
              errors++;
            }
            if (data77.ruleName === void 0) {
              const err161 = { instancePath: instancePath + "/notEvaluated/" + i6, schemaPath: "#/definitions/finding/required", keyword: "required", params: { missingProperty: "ruleName" }, message: "must have required property 'ruleName'" };
              if (vErrors === null) {
                vErrors = [err161];
              } else {
                vErrors.push(err161);
              }
              errors++;
            }
            if (data77.category === void 0) {
              const err162 = { instancePath: instancePath + "/notEvaluated/" + i6, schemaPath: "#/definitions/finding/required", keyword: "required", params: { missingProperty: "category" }, message: "must have required property 'category'" };
              if (vErrors === null) {
                vErrors = [err162];
              } else {
                vErrors.push(err162);
              }
              errors++;
            }
            if (data77.severity === void 0) {
              const err163 = { instancePath: instancePath + "/notEvaluated/" + i6, schemaPath: "#/definitions/finding/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property 'severity'" };
              if (vErrors === null) {
                vErrors = [err163];
              } else {
                vErrors.push(err163);
              }
              errors++;
            }
            if (data77.resourceId === void 0) {
              const err164 = { instancePath: instancePath + "/notEvaluated/" + i6, schemaPath: "#/definitions/finding/required", keyword: "required", params: { missingProperty: "resourceId" }, message: "must have required property 'resourceId'" };
              if (vErrors === null) {
                vErrors = [err164];
              } else {
                vErrors.push(err164);
              }
              errors++;
            }
            if (data77.resourceType === void 0) {
              const err165 = { instancePath: instancePath + "/notEvaluated/" + i6, schemaPath: "#/definitions/finding/required", keyword: "required", params: { missingProperty: "resourceType" }, message: "must have required property 'resourceType'" };
              if (vErrors === null) {
                vErrors = [err165];
              } else {
                vErrors.push(err165);
              }
              errors++;
            }
            if (data77.message === void 0) {
              const err166 = { instancePath: instancePath + "/notEvaluated/" + i6, schemaPath: "#/definitions/finding/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
              if (vErrors === null) {
                vErrors = [err166];
              } else {
                vErrors.push(err166);
              }
              errors++;
            }
            if (data77.fingerprint === void 0) {
              const err167 = { instancePath: instancePath + "/notEvaluated/" + i6, schemaPath: "#/definitions/finding/required", keyword: "required", params: { missingProperty: "fingerprint" }, message: "must have required property 'fingerprint'" };
              if (vErrors === null) {
                vErrors = [err167];
              } else {
                vErrors.push(err167);
              }
              errors++;
            }
            if (data77.ruleId !== void 0) {
              let data78 = data77.ruleId;
              if (typeof data78 === "string") {
                if (func2(data78) < 1) {
                  const err168 = { instancePath: instancePath + "/notEvaluated/" + i6 + "/ruleId", schemaPath: "#/definitions/finding/properties/ruleId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err168];
                  } else {
                    vErrors.push(err168);
                  }
                  errors++;
                }
              } else {
                const err169 = { instancePath: instancePath + "/notEvaluated/" + i6 + "/ruleId", schemaPath: "#/definitions/finding/properties/ruleId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err169];
                } else {
                  vErrors.push(err169);
                }
                errors++;
              }
            }
            if (data77.ruleName !== void 0) {
              let data79 = data77.ruleName;
              if (typeof data79 === "string") {
                if (!pattern0.test(data79)) {
                  const err170 = { instancePath: instancePath + "/notEvaluated/" + i6 + "/ruleName", schemaPath: "#/definitions/finding/properties/ruleName/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(-[a-z0-9]+)*$"' };
                  if (vErrors === null) {
                    vErrors = [err170];
                  } else {
                    vErrors.push(err170);
                  }
                  errors++;
                }
              } else {
                const err171 = { instancePath: instancePath + "/notEvaluated/" + i6 + "/ruleName", schemaPath: "#/definitions/finding/properties/ruleName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err171];
                } else {
                  vErrors.push(err171);
                }
                errors++;
              }
            }
            if (data77.category !== void 0) {
              let data80 = data77.category;
              if (!(data80 === "redundancy" || data80 === "sku" || data80 === "bgp" || data80 === "encryption" || data80 === "cost" || data80 === "hygiene")) {
                const err172 = { instancePath: instancePath + "/notEvaluated/" + i6 + "/category", schemaPath: "#/definitions/finding/properties/category/enum", keyword: "enum", params: { allowedValues: schema12.properties.category.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err172];
                } else {
                  vErrors.push(err172);
                }
                errors++;
              }
            }
            if (data77.severity !== void 0) {
              let data81 = data77.severity;
              if (!(data81 === "critical" || data81 === "high" || data81 === "medium" || data81 === "low" || data81 === "info")) {
                const err173 = { instancePath: instancePath + "/notEvaluated/" + i6 + "/severity", schemaPath: "#/definitions/finding/properties/severity/enum", keyword: "enum", params: { allowedValues: schema12.properties.severity.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err173];
                } else {
                  vErrors.push(err173);
                }
                errors++;
              }
            }
            if (data77.resourceId !== void 0) {
              let data82 = data77.resourceId;
              if (typeof data82 === "string") {
                if (func2(data82) < 1) {
                  const err174 = { instancePath: instancePath + "/notEvaluated/" + i6 + "/resourceId", schemaPath: "#/definitions/finding/properties/resourceId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err174];
                  } else {
                    vErrors.push(err174);
                  }
                  errors++;
                }
              } else {
                const err175 = { instancePath: instancePath + "/notEvaluated/" + i6 + "/resourceId", schemaPath: "#/definitions/finding/properties/resourceId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err175];
                } else {
                  vErrors.push(err175);
                }
                errors++;
              }
            }
            if (data77.resourceType !== void 0) {
              let data83 = data77.resourceType;
              if (typeof data83 === "string") {
                if (!pattern1.test(data83)) {
                  const err176 = { instancePath: instancePath + "/notEvaluated/" + i6 + "/resourceType", schemaPath: "#/definitions/finding/properties/resourceType/pattern", keyword: "pattern", params: { pattern: "^Microsoft\\.Network/" }, message: 'must match pattern "^Microsoft\\.Network/"' };
                  if (vErrors === null) {
                    vErrors = [err176];
                  } else {
                    vErrors.push(err176);
                  }
                  errors++;
                }
              } else {
                const err177 = { instancePath: instancePath + "/notEvaluated/" + i6 + "/resourceType", schemaPath: "#/definitions/finding/properties/resourceType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err177];
                } else {
                  vErrors.push(err177);
                }
                errors++;
              }
            }
            if (data77.message !== void 0) {
              let data84 = data77.message;
              if (typeof data84 === "string") {
                if (func2(data84) < 1) {
                  const err178 = { instancePath: instancePath + "/notEvaluated/" + i6 + "/message", schemaPath: "#/definitions/finding/properties/message/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err178];
                  } else {
                    vErrors.push(err178);
                  }
                  errors++;
                }
              } else {
                const err179 = { instancePath: instancePath + "/notEvaluated/" + i6 + "/message", schemaPath: "#/definitions/finding/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err179];
                } else {
                  vErrors.push(err179);
                }
                errors++;
              }
            }
            if (data77.location !== void 0) {
              let data85 = data77.location;
              if (data85 && typeof data85 == "object" && !Array.isArray(data85)) {
                if (data85.file === void 0) {
                  const err180 = { instancePath: instancePath + "/notEvaluated/" + i6 + "/location", schemaPath: "#/definitions/finding/properties/location/required", keyword: "required", params: { missingProperty: "file" }, message: "must have required property 'file'" };
                  if (vErrors === null) {
                    vErrors = [err180];
                  } else {
                    vErrors.push(err180);
                  }
                  errors++;
                }
                if (data85.line === void 0) {
                  const err181 = { instancePath: instancePath + "/notEvaluated/" + i6 + "/location", schemaPath: "#/definitions/finding/properties/location/required", keyword: "required", params: { missingProperty: "line" }, message: "must have required property 'line'" };
                  if (vErrors === null) {
                    vErrors = [err181];
                  } else {
                    vErrors.push(err181);
                  }
                  errors++;
                }
                if (data85.column === void 0) {
                  const err182 = { instancePath: instancePath + "/notEvaluated/" + i6 + "/location", schemaPath: "#/definitions/finding/properties/location/required", keyword: "required", params: { missingProperty: "column" }, message: "must have required property 'column'" };
                  if (vErrors === null) {
                    vErrors = [err182];
                  } else {
                    vErrors.push(err182);
                  }
                  errors++;
                }
                if (data85.file !== void 0) {
                  if (typeof data85.file !== "string") {
                    const err183 = { instancePath: instancePath + "/notEvaluated/" + i6 + "/location/file", schemaPath: "#/definitions/finding/properties/location/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err183];
                    } else {
                      vErrors.push(err183);
                    }
                    errors++;
                  }
                }
                if (data85.line !== void 0) {
                  let data87 = data85.line;
                  if (!(typeof data87 == "number" && (!(data87 % 1) && !isNaN(data87)))) {
                    const err184 = { instancePath: instancePath + "/notEvaluated/" + i6 + "/location/line", schemaPath: "#/definitions/finding/properties/location/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err184];
                    } else {
                      vErrors.push(err184);
                    }
                    errors++;
                  }
                  if (typeof data87 == "number") {
                    if (data87 < 1 || isNaN(data87)) {
                      const err185 = { instancePath: instancePath + "/notEvaluated/" + i6 + "/location/line", schemaPath: "#/definitions/finding/properties/location/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                      if (vErrors === null) {
                        vErrors = [err185];
                      } else {
                        vErrors.push(err185);
                      }
                      errors++;
                    }
                  }
                }
                if (data85.column !== void 0) {
                  let data88 = data85.column;
                  if (!(typeof data88 == "number" && (!(data88 % 1) && !isNaN(data88)))) {
                    const err186 = { instancePath: instancePath + "/notEvaluated/" + i6 + "/location/column", schemaPath: "#/definitions/finding/properties/location/properties/column/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err186];
                    } else {
                      vErrors.push(err186);
                    }
                    errors++;
                  }
                  if (typeof data88 == "number") {
                    if (data88 < 1 || isNaN(data88)) {
                      const err187 = { instancePath: instancePath + "/notEvaluated/" + i6 + "/location/column", schemaPath: "#/definitions/finding/properties/location/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                      if (vErrors === null) {
                        vErrors = [err187];
                      } else {
                        vErrors.push(err187);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err188 = { instancePath: instancePath + "/notEvaluated/" + i6 + "/location", schemaPath: "#/definitions/finding/properties/location/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err188];
                } else {
                  vErrors.push(err188);
                }
                errors++;
              }
            }
            if (data77.fingerprint !== void 0) {
              let data89 = data77.fingerprint;
              if (typeof data89 === "string") {
                if (func2(data89) < 1) {
                  const err189 = { instancePath: instancePath + "/notEvaluated/" + i6 + "/fingerprint", schemaPath: "#/definitions/finding/properties/fingerprint/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err189];
                  } else {
                    vErrors.push(err189);
                  }
                  errors++;
                }
              } else {
                const err190 = { instancePath: instancePath + "/notEvaluated/" + i6 + "/fingerprint", schemaPath: "#/definitions/finding/properties/fingerprint/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err190];
                } else {
                  vErrors.push(err190);
                }
                errors++;
              }
            }
            if (data77.suppression !== void 0) {
              let data90 = data77.suppression;
              if (data90 && typeof data90 == "object" && !Array.isArray(data90)) {
                if (data90.justification === void 0) {
                  const err191 = { instancePath: instancePath + "/notEvaluated/" + i6 + "/suppression", schemaPath: "#/definitions/finding/properties/suppression/required", keyword: "required", params: { missingProperty: "justification" }, message: "must have required property 'justification'" };
                  if (vErrors === null) {
                    vErrors = [err191];
                  } else {
                    vErrors.push(err191);
                  }
                  errors++;
                }
                if (data90.justification !== void 0) {
                  if (typeof data90.justification !== "string") {
                    const err192 = { instancePath: instancePath + "/notEvaluated/" + i6 + "/suppression/justification", schemaPath: "#/definitions/finding/properties/suppression/properties/justification/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err192];
                    } else {
                      vErrors.push(err192);
                    }
                    errors++;
                  }
                }
                if (data90.expires !== void 0) {
                  let data92 = data90.expires;
                  if (typeof data92 === "string") {
                    if (!pattern2.test(data92)) {
                      const err193 = { instancePath: instancePath + "/notEvaluated/" + i6 + "/suppression/expires", schemaPath: "#/definitions/finding/properties/suppression/properties/expires/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"' };
                      if (vErrors === null) {
                        vErrors = [err193];
                      } else {
                        vErrors.push(err193);
                      }
                      errors++;
                    }
                  } else {
                    const err194 = { instancePath: instancePath + "/notEvaluated/" + i6 + "/suppression/expires", schemaPath: "#/definitions/finding/properties/suppression/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err194];
                    } else {
                      vErrors.push(err194);
                    }
                    errors++;
                  }
                }
              } else {
                const err195 = { instancePath: instancePath + "/notEvaluated/" + i6 + "/suppression", schemaPath: "#/definitions/finding/properties/suppression/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err195];
                } else {
                  vErrors.push(err195);
                }
                errors++;
              }
            }
            if (data77.baselineState !== void 0) {
              let data93 = data77.baselineState;
              if (!(data93 === "new" || data93 === "unchanged")) {
                const err196 = { instancePath: instancePath + "/notEvaluated/" + i6 + "/baselineState", schemaPath: "#/definitions/finding/properties/baselineState/enum", keyword: "enum", params: { allowedValues: schema12.properties.baselineState.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err196];
                } else {
                  vErrors.push(err196);
                }
                errors++;
              }
            }
            if (data77.firstSeen !== void 0) {
              let data94 = data77.firstSeen;
              if (typeof data94 === "string") {
                if (!formats0.validate(data94)) {
                  const err197 = { instancePath: instancePath + "/notEvaluated/" + i6 + "/firstSeen", schemaPath: "#/definitions/finding/properties/firstSeen/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                  if (vErrors === null) {
                    vErrors = [err197];
                  } else {
                    vErrors.push(err197);
                  }
                  errors++;
                }
              } else {
                const err198 = { instancePath: instancePath + "/notEvaluated/" + i6 + "/firstSeen", schemaPath: "#/definitions/finding/properties/firstSeen/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err198];
                } else {
                  vErrors.push(err198);
                }
                errors++;
              }
            }
            if (data77.lastSeen !== void 0) {
              let data95 = data77.lastSeen;
              if (typeof data95 === "string") {
                if (!formats0.validate(data95)) {
                  const err199 = { instancePath: instancePath + "/notEvaluated/" + i6 + "/lastSeen", schemaPath: "#/definitions/finding/properties/lastSeen/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                  if (vErrors === null) {
                    vErrors = [err199];
                  } else {
                    vErrors.push(err199);
                  }
                  errors++;
                }
              } else {
                const err200 = { instancePath: instancePath + "/notEvaluated/" + i6 + "/lastSeen", schemaPath: "#/definitions/finding/properties/lastSeen/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err200];
                } else {
                  vErrors.push(err200);
                }
                errors++;
              }
            }
            if (data77.openDays !== void 0) {
              let data96 = data77.openDays;
              if (!(typeof data96 == "number" && (!(data96 % 1) && !isNaN(data96)))) {
                const err201 = { instancePath: instancePath + "/notEvaluated/" + i6 + "/openDays", schemaPath: "#/definitions/finding/properties/openDays/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err201];
                } else {
                  vErrors.push(err201);
                }
                errors++;
              }
              if (typeof data96 == "number") {
                if (data96 < 0 || isNaN(data96)) {
                  const err202 = { instancePath: instancePath + "/notEvaluated/" + i6 + "/openDays", schemaPath: "#/definitions/finding/properties/openDays/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err202];
                  } else {
                    vErrors.push(err202);
                  }
                  errors++;
                }
              }
            }
            if (data77.status !== void 0) {
              let data97 = data77.status;
              if (!(data97 === "fail" || data97 === "unknown")) {
                const err203 = { instancePath: instancePath + "/notEvaluated/" + i6 + "/status", schemaPath: "#/definitions/finding/properties/status/enum", keyword: "enum", params: { allowedValues: schema12.properties.status.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err203];
                } else {
                  vErrors.push(err203);
                }
                errors++;
              }
            }
            if (data77.costImpactUsd !== void 0) {
              let data98 = data77.costImpactUsd;
              if (!(typeof data98 == "number") && data98 !== null) {
                const err204 = { instancePath: instancePath + "/notEvaluated/" + i6 + "/costImpactUsd", schemaPath: "#/definitions/finding/properties/costImpactUsd/type", keyword: "type", params: { type: schema12.properties.costImpactUsd.type }, message: "must be number,null" };
                if (vErrors === null) {
                  vErrors = [err204];
                } else {
                  vErrors.push(err204);
                }
                errors++;
              }
            }
            if (data77.costImpactChange !== void 0) {
              if (typeof data77.costImpactChange !== "string") {
                const err205 = { instancePath: instancePath + "/notEvaluated/" + i6 + "/costImpactChange", schemaPath: "#/definitions/finding/properties/costImpactChange/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err205];
                } else {
                  vErrors.push(err205);
                }
                errors++;
              }
            }
          } else {
            const err206 = { instancePath: instancePath + "/notEvaluated/" + i6, schemaPath: "#/definitions/finding/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err206];
            } else {
              vErrors.push(err206);
            }
            errors++;
          }
        }
      } else {
        const err207 = { instancePath: instancePath + "/notEvaluated", schemaPath: "#/properties/notEvaluated/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err207];
        } else {
          vErrors.push(err207);
        }
        errors++;
      }
    }
    if (data.costs !== void 0) {
      let data100 = data.costs;
      if (Array.isArray(data100)) {
        const len7 = data100.length;
        for (let i7 = 0; i7 < len7; i7++) {
          let data101 = data100[i7];
          if (data101 && typeof data101 == "object" && !Array.isArray(data101)) {
            if (data101.resourceId === void 0) {
              const err208 = { instancePath: instancePath + "/costs/" + i7, schemaPath: "#/properties/costs/items/required", keyword: "required", params: { missingProperty: "resourceId" }, message: "must have required property 'resourceId'" };
              if (vErrors === null) {
                vErrors = [err208];
              } else {
                vErrors.push(err208);
              }
              errors++;
            }
            if (data101.zone === void 0) {
              const err209 = { instancePath: instancePath + "/costs/" + i7, schemaPath: "#/properties/costs/items/required", keyword: "required", params: { missingProperty: "zone" }, message: "must have required property 'zone'" };
              if (vErrors === null) {
                vErrors = [err209];
              } else {
                vErrors.push(err209);
              }
              errors++;
            }
            if (data101.tier === void 0) {
              const err210 = { instancePath: instancePath + "/costs/" + i7, schemaPath: "#/properties/costs/items/required", keyword: "required", params: { missingProperty: "tier" }, message: "must have required property 'tier'" };
              if (vErrors === null) {
                vErrors = [err210];
              } else {
                vErrors.push(err210);
              }
              errors++;
            }
            if (data101.billingModel === void 0) {
              const err211 = { instancePath: instancePath + "/costs/" + i7, schemaPath: "#/properties/costs/items/required", keyword: "required", params: { missingProperty: "billingModel" }, message: "must have required property 'billingModel'" };
              if (vErrors === null) {
                vErrors = [err211];
              } else {
                vErrors.push(err211);
              }
              errors++;
            }
            if (data101.bandwidthMbps === void 0) {
              const err212 = { instancePath: instancePath + "/costs/" + i7, schemaPath: "#/properties/costs/items/required", keyword: "required", params: { missingProperty: "bandwidthMbps" }, message: "must have required property 'bandwidthMbps'" };
              if (vErrors === null) {
                vErrors = [err212];
              } else {
                vErrors.push(err212);
              }
              errors++;
            }
            if (data101.egressGbPerMonth === void 0) {
              const err213 = { instancePath: instancePath + "/costs/" + i7, schemaPath: "#/properties/costs/items/required", keyword: "required", params: { missingProperty: "egressGbPerMonth" }, message: "must have required property 'egressGbPerMonth'" };
              if (vErrors === null) {
                vErrors = [err213];
              } else {
                vErrors.push(err213);
              }
              errors++;
            }
            if (data101.egressSource === void 0) {
              const err214 = { instancePath: instancePath + "/costs/" + i7, schemaPath: "#/properties/costs/items/required", keyword: "required", params: { missingProperty: "egressSource" }, message: "must have required property 'egressSource'" };
              if (vErrors === null) {
                vErrors = [err214];
              } else {
                vErrors.push(err214);
              }
              errors++;
            }
            if (data101.monthlyUsd === void 0) {
              const err215 = { instancePath: instancePath + "/costs/" + i7, schemaPath: "#/properties/costs/items/required", keyword: "required", params: { missingProperty: "monthlyUsd" }, message: "must have required property 'monthlyUsd'" };
              if (vErrors === null) {
                vErrors = [err215];
              } else {
                vErrors.push(err215);
              }
              errors++;
            }
            if (data101.breakEvenGbPerMonth === void 0) {
              const err216 = { instancePath: instancePath + "/costs/" + i7, schemaPath: "#/properties/costs/items/required", keyword: "required", params: { missingProperty: "breakEvenGbPerMonth" }, message: "must have required property 'breakEvenGbPerMonth'" };
              if (vErrors === null) {
                vErrors = [err216];
              } else {
                vErrors.push(err216);
              }
              errors++;
            }
            if (data101.recommendation === void 0) {
              const err217 = { instancePath: instancePath + "/costs/" + i7, schemaPath: "#/properties/costs/items/required", keyword: "required", params: { missingProperty: "recommendation" }, message: "must have required property 'recommendation'" };
              if (vErrors === null) {
                vErrors = [err217];
              } else {
                vErrors.push(err217);
              }
              errors++;
            }
            if (data101.priced === void 0) {
              const err218 = { instancePath: instancePath + "/costs/" + i7, schemaPath: "#/properties/costs/items/required", keyword: "required", params: { missingProperty: "priced" }, message: "must have required property 'priced'" };
              if (vErrors === null) {
                vErrors = [err218];
              } else {
                vErrors.push(err218);
              }
              errors++;
            }
            if (data101.resourceId !== void 0) {
              if (typeof data101.resourceId !== "string") {
                const err219 = { instancePath: instancePath + "/costs/" + i7 + "/resourceId", schemaPath: "#/properties/costs/items/properties/resourceId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err219];
                } else {
                  vErrors.push(err219);
                }
                errors++;
              }
            }
            if (data101.zone !== void 0) {
              let data103 = data101.zone;
              if (!(data103 === "Zone 1" || data103 === "Zone 2" || data103 === "Zone 3" || data103 === "Zone 4" || data103 === "US Gov" || data103 === null)) {
                const err220 = { instancePath: instancePath + "/costs/" + i7 + "/zone", schemaPath: "#/properties/costs/items/properties/zone/enum", keyword: "enum", params: { allowedValues: schema11.properties.costs.items.properties.zone.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err220];
                } else {
                  vErrors.push(err220);
                }
                errors++;
              }
            }
            if (data101.tier !== void 0) {
              if (typeof data101.tier !== "string") {
                const err221 = { instancePath: instancePath + "/costs/" + i7 + "/tier", schemaPath: "#/properties/costs/items/properties/tier/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err221];
                } else {
                  vErrors.push(err221);
                }
                errors++;
              }
            }
            if (data101.billingModel !== void 0) {
              if (typeof data101.billingModel !== "string") {
                const err222 = { instancePath: instancePath + "/costs/" + i7 + "/billingModel", schemaPath: "#/properties/costs/items/properties/billingModel/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err222];
                } else {
                  vErrors.push(err222);
                }
                errors++;
              }
            }
            if (data101.bandwidthMbps !== void 0) {
              if (!(typeof data101.bandwidthMbps == "number")) {
                const err223 = { instancePath: instancePath + "/costs/" + i7 + "/bandwidthMbps", schemaPath: "#/properties/costs/items/properties/bandwidthMbps/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err223];
                } else {
                  vErrors.push(err223);
                }
                errors++;
              }
            }
            if (data101.egressGbPerMonth !== void 0) {
              if (!(typeof data101.egressGbPerMonth == "number")) {
                const err224 = { instancePath: instancePath + "/costs/" + i7 + "/egressGbPerMonth", schemaPath: "#/properties/costs/items/properties/egressGbPerMonth/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err224];
                } else {
                  vErrors.push(err224);
                }
                errors++;
              }
            }
            if (data101.egressSource !== void 0) {
              let data108 = data101.egressSource;
              if (!(data108 === "usage" || data108 === "metrics" || data108 === "none")) {
                const err225 = { instancePath: instancePath + "/costs/" + i7 + "/egressSource", schemaPath: "#/properties/costs/items/properties/egressSource/enum", keyword: "enum", params: { allowedValues: schema11.properties.costs.items.properties.egressSource.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err225];
                } else {
                  vErrors.push(err225);
                }
                errors++;
              }
            }
            if (data101.monthlyUsd !== void 0) {
              let data109 = data101.monthlyUsd;
              if (data109 && typeof data109 == "object" && !Array.isArray(data109)) {
                if (data109.current === void 0) {
                  const err226 = { instancePath: instancePath + "/costs/" + i7 + "/monthlyUsd", schemaPath: "#/properties/costs/items/properties/monthlyUsd/required", keyword: "required", params: { missingProperty: "current" }, message: "must have required property 'current'" };
                  if (vErrors === null) {
                    vErrors = [err226];
                  } else {
                    vErrors.push(err226);
                  }
                  errors++;
                }
                if (data109.metered === void 0) {
                  const err227 = { instancePath: instancePath + "/costs/" + i7 + "/monthlyUsd", schemaPath: "#/properties/costs/items/properties/monthlyUsd/required", keyword: "required", params: { missingProperty: "metered" }, message: "must have required property 'metered'" };
                  if (vErrors === null) {
                    vErrors = [err227];
                  } else {
                    vErrors.push(err227);
                  }
                  errors++;
                }
                if (data109.unlimited === void 0) {
                  const err228 = { instancePath: instancePath + "/costs/" + i7 + "/monthlyUsd", schemaPath: "#/properties/costs/items/properties/monthlyUsd/required", keyword: "required", params: { missingProperty: "unlimited" }, message: "must have required property 'unlimited'" };
                  if (vErrors === null) {
                    vErrors = [err228];
                  } else {
                    vErrors.push(err228);
                  }
                  errors++;
                }
                if (data109.local === void 0) {
                  const err229 = { instancePath: instancePath + "/costs/" + i7 + "/monthlyUsd", schemaPath: "#/properties/costs/items/properties/monthlyUsd/required", keyword: "required", params: { missingProperty: "local" }, message: "must have required property 'local'" };
                  if (vErrors === null) {
                    vErrors = [err229];
                  } else {
                    vErrors.push(err229);
                  }
                  errors++;
                }
                if (data109.current !== void 0) {
                  let data110 = data109.current;
                  if (!(typeof data110 == "number") && data110 !== null) {
                    const err230 = { instancePath: instancePath + "/costs/" + i7 + "/monthlyUsd/current", schemaPath: "#/properties/costs/items/properties/monthlyUsd/properties/current/type", keyword: "type", params: { type: schema11.properties.costs.items.properties.monthlyUsd.properties.current.type }, message: "must be number,null" };
                    if (vErrors === null) {
                      vErrors = [err230];
                    } else {
                      vErrors.push(err230);
                    }
                    errors++;
                  }
                }
                if (data109.metered !== void 0) {
                  let data111 = data109.metered;
                  if (!(typeof data111 == "number") && data111 !== null) {
                    const err231 = { instancePath: instancePath + "/costs/" + i7 + "/monthlyUsd/metered", schemaPath: "#/properties/costs/items/properties/monthlyUsd/properties/metered/type", keyword: "type", params: { type: schema11.properties.costs.items.properties.monthlyUsd.properties.metered.type }, message: "must be number,null" };
                    if (vErrors === null) {
                      vErrors = [err231];
                    } else {
                      vErrors.push(err231);
                    }
                    errors++;
                  }
                }
                if (data109.unlimited !== void 0) {
                  let data112 = data109.unlimited;
                  if (!(typeof data112 == "number") && data112 !== null) {
                    const err232 = { instancePath: instancePath + "/costs/" + i7 + "/monthlyUsd/unlimited", schemaPath: "#/properties/costs/items/properties/monthlyUsd/properties/unlimited/type", keyword: "type", params: { type: schema11.properties.costs.items.properties.monthlyUsd.properties.unlimited.type }, message: "must be number,null" };
                    if (vErrors === null) {
                      vErrors = [err232];
                    } else {
                      vErrors.push(err232);
                    }
                    errors++;
                  }
                }
                if (data109.local !== void 0) {
                  let data113 = data109.local;
                  if (!(typeof data113 == "number") && data113 !== null) {
                    const err233 = { instancePath: instancePath + "/costs/" + i7 + "/monthlyUsd/local", schemaPath: "#/properties/costs/items/properties/monthlyUsd/properties/local/type", keyword: "type", params: { type: schema11.properties.costs.items.properties.monthlyUsd.properties.local.type }, message: "must be number,null" };
                    if (vErrors === null) {
                      vErrors = [err233];
                    } else {
                      vErrors.push(err233);
                    }
                    errors++;
                  }
                }
              } else {
                const err234 = { instancePath: instancePath + "/costs/" + i7 + "/monthlyUsd", schemaPath: "#/properties/costs/items/properties/monthlyUsd/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err234];
                } else {
                  vErrors.push(err234);
                }
                errors++;
              }
            }
            if (data101.breakEvenGbPerMonth !== void 0) {
              let data114 = data101.breakEvenGbPerMonth;
              if (!(typeof data114 == "number") && data114 !== null) {
                const err235 = { instancePath: instancePath + "/costs/" + i7 + "/breakEvenGbPerMonth", schemaPath: "#/properties/costs/items/properties/breakEvenGbPerMonth/type", keyword: "type", params: { type: schema11.properties.costs.items.properties.breakEvenGbPerMonth.type }, message: "must be number,null" };
                if (vErrors === null) {
                  vErrors = [err235];
                } else {
                  vErrors.push(err235);
                }
                errors++;
              }
            }
            if (data101.recommendation !== void 0) {
              let data115 = data101.recommendation;
              const _errs220 = errors;
              let valid39 = false;
              let passing0 = null;
              const _errs221 = errors;
              if (data115 !== null) {
                const err236 = { instancePath: instancePath + "/costs/" + i7 + "/recommendation", schemaPath: "#/properties/costs/items/properties/recommendation/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                if (vErrors === null) {
                  vErrors = [err236];
                } else {
                  vErrors.push(err236);
                }
                errors++;
              }
              var _valid0 = _errs221 === errors;
              if (_valid0) {
                valid39 = true;
                passing0 = 0;
              }
              const _errs223 = errors;
              if (data115 && typeof data115 == "object" && !Array.isArray(data115)) {
                if (data115.billingModel === void 0) {
                  const err237 = { instancePath: instancePath + "/costs/" + i7 + "/recommendation", schemaPath: "#/properties/costs/items/properties/recommendation/oneOf/1/required", keyword: "required", params: { missingProperty: "billingModel" }, message: "must have required property 'billingModel'" };
                  if (vErrors === null) {
                    vErrors = [err237];
                  } else {
                    vErrors.push(err237);
                  }
                  errors++;
                }
                if (data115.tier === void 0) {
                  const err238 = { instancePath: instancePath + "/costs/" + i7 + "/recommendation", schemaPath: "#/properties/costs/items/properties/recommendation/oneOf/1/required", keyword: "required", params: { missingProperty: "tier" }, message: "must have required property 'tier'" };
                  if (vErrors === null) {
                    vErrors = [err238];
                  } else {
                    vErrors.push(err238);
                  }
                  errors++;
                }
                if (data115.monthlySavingsUsd === void 0) {
                  const err239 = { instancePath: instancePath + "/costs/" + i7 + "/recommendation", schemaPath: "#/properties/costs/items/properties/recommendation/oneOf/1/required", keyword: "required", params: { missingProperty: "monthlySavingsUsd" }, message: "must have required property 'monthlySavingsUsd'" };
                  if (vErrors === null) {
                    vErrors = [err239];
                  } else {
                    vErrors.push(err239);
                  }
                  errors++;
                }
                if (data115.reason === void 0) {
                  const err240 = { instancePath: instancePath + "/costs/" + i7 + "/recommendation", schemaPath: "#/properties/costs/items/properties/recommendation/oneOf/1/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
                  if (vErrors === null) {
                    vErrors = [err240];
                  } else {
                    vErrors.push(err240);
                  }
                  errors++;
                }
                if (data115.billingModel !== void 0) {
                  if (typeof data115.billingModel !== "string") {
                    const err241 = { instancePath: instancePath + "/costs/" + i7 + "/recommendation/billingModel", schemaPath: "#/properties/costs/items/properties/recommendation/oneOf/1/properties/billingModel/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err241];
                    } else {
                      vErrors.push(err241);
                    }
                    errors++;
                  }
                }
                if (data115.tier !== void 0) {
                  if (typeof data115.tier !== "string") {
                    const err242 = { instancePath: instancePath + "/costs/" + i7 + "/recommendation/tier", schemaPath: "#/properties/costs/items/properties/recommendation/oneOf/1/properties/tier/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err242];
                    } else {
                      vErrors.push(err242);
                    }
                    errors++;
                  }
                }
                if (data115.monthlySavingsUsd !== void 0) {
                  let data118 = data115.monthlySavingsUsd;
                  if (!(typeof data118 == "number") && data118 !== null) {
                    const err243 = { instancePath: instancePath + "/costs/" + i7 + "/recommendation/monthlySavingsUsd", schemaPath: "#/properties/costs/items/properties/recommendation/oneOf/1/properties/monthlySavingsUsd/type", keyword: "type", params: { type: schema11.properties.costs.items.properties.recommendation.oneOf[1].properties.monthlySavingsUsd.type }, message: "must be number,null" };
                    if (vErrors === null) {
                      vErrors = [err243];
                    } else {
                      vErrors.push(err243);
                    }
                    errors++;
                  }
                }
                if (data115.reason !== void 0) {
                  if (typeof data115.reason !== "string") {
                    const err244 = { instancePath: instancePath + "/costs/" + i7 + "/recommendation/reason", schemaPath: "#/properties/costs/items/properties/recommendation/oneOf/1/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err244];
                    } else {
                      vErrors.push(err244);
                    }
                    errors++;
                  }
                }
                if (data115.kind !== void 0) {
                  let data120 = data115.kind;
                  if (!(data120 === "switch-to-unlimited" || data120 === "new-metered-circuit" || data120 === "remove-premium" || data120 === "add-premium" || data120 === "upgrade-from-local" || data120 === "move-to-local" || data120 === "delete-unprovisioned" || data120 === "delete-unused")) {
                    const err245 = { instancePath: instancePath + "/costs/" + i7 + "/recommendation/kind", schemaPath: "#/definitions/recommendationKind/enum", keyword: "enum", params: { allowedValues: schema15.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err245];
                    } else {
                      vErrors.push(err245);
                    }
                    errors++;
                  }
                }
                if (data115.changes !== void 0) {
                  let data121 = data115.changes;
                  if (Array.isArray(data121)) {
                    const len8 = data121.length;
                    for (let i8 = 0; i8 < len8; i8++) {
                      let data122 = data121[i8];
                      if (!(data122 === "switch-to-unlimited" || data122 === "new-metered-circuit" || data122 === "remove-premium" || data122 === "add-premium" || data122 === "upgrade-from-local" || data122 === "move-to-local" || data122 === "delete-unprovisioned" || data122 === "delete-unused")) {
                        const err246 = { instancePath: instancePath + "/costs/" + i7 + "/recommendation/changes/" + i8, schemaPath: "#/definitions/recommendationKind/enum", keyword: "enum", params: { allowedValues: schema15.enum }, message: "must be equal to one of the allowed values" };
                        if (vErrors === null) {
                          vErrors = [err246];
                        } else {
                          vErrors.push(err246);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err247 = { instancePath: instancePath + "/costs/" + i7 + "/recommendation/changes", schemaPath: "#/properties/costs/items/properties/recommendation/oneOf/1/properties/changes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err247];
                    } else {
                      vErrors.push(err247);
                    }
                    errors++;
                  }
                }
                if (data115.required !== void 0) {
                  if (typeof data115.required !== "boolean") {
                    const err248 = { instancePath: instancePath + "/costs/" + i7 + "/recommendation/required", schemaPath: "#/properties/costs/items/properties/recommendation/oneOf/1/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err248];
                    } else {
                      vErrors.push(err248);
                    }
                    errors++;
                  }
                }
              } else {
                const err249 = { instancePath: instancePath + "/costs/" + i7 + "/recommendation", schemaPath: "#/properties/costs/items/properties/recommendation/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err249];
                } else {
                  vErrors.push(err249);
                }
                errors++;
              }
              var _valid0 = _errs223 === errors;
              if (_valid0 && valid39) {
                valid39 = false;
                passing0 = [passing0, 1];
              } else {
                if (_valid0) {
                  valid39 = true;
                  passing0 = 1;
                }
              }
              if (!valid39) {
                const err250 = { instancePath: instancePath + "/costs/" + i7 + "/recommendation", schemaPath: "#/properties/costs/items/properties/recommendation/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
                if (vErrors === null) {
                  vErrors = [err250];
                } else {
                  vErrors.push(err250);
                }
                errors++;
              } else {
                errors = _errs220;
                if (vErrors !== null) {
                  if (_errs220) {
                    vErrors.length = _errs220;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data101.priced !== void 0) {
              let data124 = data101.priced;
              if (!(data124 === "full" || data124 === "partial" || data124 === "none")) {
                const err251 = { instancePath: instancePath + "/costs/" + i7 + "/priced", schemaPath: "#/properties/costs/items/properties/priced/enum", keyword: "enum", params: { allowedValues: schema11.properties.costs.items.properties.priced.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err251];
                } else {
                  vErrors.push(err251);
                }
                errors++;
              }
            }
            if (data101.missing !== void 0) {
              let data125 = data101.missing;
              if (Array.isArray(data125)) {
                const len9 = data125.length;
                for (let i9 = 0; i9 < len9; i9++) {
                  if (typeof data125[i9] !== "string") {
                    const err252 = { instancePath: instancePath + "/costs/" + i7 + "/missing/" + i9, schemaPath: "#/properties/costs/items/properties/missing/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err252];
                    } else {
                      vErrors.push(err252);
                    }
                    errors++;
                  }
                }
              } else {
                const err253 = { instancePath: instancePath + "/costs/" + i7 + "/missing", schemaPath: "#/properties/costs/items/properties/missing/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err253];
                } else {
                  vErrors.push(err253);
                }
                errors++;
              }
            }
            if (data101.fixCosts !== void 0) {
              let data127 = data101.fixCosts;
              if (data127 && typeof data127 == "object" && !Array.isArray(data127)) {
                for (const key2 in data127) {
                  let data128 = data127[key2];
                  if (!(typeof data128 == "number") && data128 !== null) {
                    const err254 = { instancePath: instancePath + "/costs/" + i7 + "/fixCosts/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/costs/items/properties/fixCosts/additionalProperties/type", keyword: "type", params: { type: schema11.properties.costs.items.properties.fixCosts.additionalProperties.type }, message: "must be number,null" };
                    if (vErrors === null) {
                      vErrors = [err254];
                    } else {
                      vErrors.push(err254);
                    }
                    errors++;
                  }
                }
              } else {
                const err255 = { instancePath: instancePath + "/costs/" + i7 + "/fixCosts", schemaPath: "#/properties/costs/items/properties/fixCosts/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err255];
                } else {
                  vErrors.push(err255);
                }
                errors++;
              }
            }
            if (data101.monthlyUsdRange !== void 0) {
              let data129 = data101.monthlyUsdRange;
              if (data129 && typeof data129 == "object" && !Array.isArray(data129)) {
                if (data129.min === void 0) {
                  const err256 = { instancePath: instancePath + "/costs/" + i7 + "/monthlyUsdRange", schemaPath: "#/definitions/range/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'" };
                  if (vErrors === null) {
                    vErrors = [err256];
                  } else {
                    vErrors.push(err256);
                  }
                  errors++;
                }
                if (data129.max === void 0) {
                  const err257 = { instancePath: instancePath + "/costs/" + i7 + "/monthlyUsdRange", schemaPath: "#/definitions/range/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'" };
                  if (vErrors === null) {
                    vErrors = [err257];
                  } else {
                    vErrors.push(err257);
                  }
                  errors++;
                }
                if (data129.min !== void 0) {
                  if (!(typeof data129.min == "number")) {
                    const err258 = { instancePath: instancePath + "/costs/" + i7 + "/monthlyUsdRange/min", schemaPath: "#/definitions/range/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err258];
                    } else {
                      vErrors.push(err258);
                    }
                    errors++;
                  }
                }
                if (data129.max !== void 0) {
                  if (!(typeof data129.max == "number")) {
                    const err259 = { instancePath: instancePath + "/costs/" + i7 + "/monthlyUsdRange/max", schemaPath: "#/definitions/range/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err259];
                    } else {
                      vErrors.push(err259);
                    }
                    errors++;
                  }
                }
              } else {
                const err260 = { instancePath: instancePath + "/costs/" + i7 + "/monthlyUsdRange", schemaPath: "#/definitions/range/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err260];
                } else {
                  vErrors.push(err260);
                }
                errors++;
              }
            }
            if (data101.peeringLocation !== void 0) {
              if (typeof data101.peeringLocation !== "string") {
                const err261 = { instancePath: instancePath + "/costs/" + i7 + "/peeringLocation", schemaPath: "#/properties/costs/items/properties/peeringLocation/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err261];
                } else {
                  vErrors.push(err261);
                }
                errors++;
              }
            }
            if (data101.mappedPeeringLocation !== void 0) {
              if (typeof data101.mappedPeeringLocation !== "string") {
                const err262 = { instancePath: instancePath + "/costs/" + i7 + "/mappedPeeringLocation", schemaPath: "#/properties/costs/items/properties/mappedPeeringLocation/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err262];
                } else {
                  vErrors.push(err262);
                }
                errors++;
              }
            }
          } else {
            const err263 = { instancePath: instancePath + "/costs/" + i7, schemaPath: "#/properties/costs/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err263];
            } else {
              vErrors.push(err263);
            }
            errors++;
          }
        }
      } else {
        const err264 = { instancePath: instancePath + "/costs", schemaPath: "#/properties/costs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err264];
        } else {
          vErrors.push(err264);
        }
        errors++;
      }
    }
    if (data.costDelta !== void 0) {
      if (!validate11(data.costDelta, { instancePath: instancePath + "/costDelta", parentData: data, parentDataProperty: "costDelta", rootData })) {
        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
        errors = vErrors.length;
      }
    }
    if (data.suppressions !== void 0) {
      let data135 = data.suppressions;
      if (Array.isArray(data135)) {
        const len10 = data135.length;
        for (let i10 = 0; i10 < len10; i10++) {
          let data136 = data135[i10];
          if (data136 && typeof data136 == "object" && !Array.isArray(data136)) {
            if (data136.ruleId === void 0) {
              const err265 = { instancePath: instancePath + "/suppressions/" + i10, schemaPath: "#/properties/suppressions/items/required", keyword: "required", params: { missingProperty: "ruleId" }, message: "must have required property 'ruleId'" };
              if (vErrors === null) {
                vErrors = [err265];
              } else {
                vErrors.push(err265);
              }
              errors++;
            }
            if (data136.resource === void 0) {
              const err266 = { instancePath: instancePath + "/suppressions/" + i10, schemaPath: "#/properties/suppressions/items/required", keyword: "required", params: { missingProperty: "resource" }, message: "must have required property 'resource'" };
              if (vErrors === null) {
                vErrors = [err266];
              } else {
                vErrors.push(err266);
              }
              errors++;
            }
            if (data136.justification === void 0) {
              const err267 = { instancePath: instancePath + "/suppressions/" + i10, schemaPath: "#/properties/suppressions/items/required", keyword: "required", params: { missingProperty: "justification" }, message: "must have required property 'justification'" };
              if (vErrors === null) {
                vErrors = [err267];
              } else {
                vErrors.push(err267);
              }
              errors++;
            }
            if (data136.matched === void 0) {
              const err268 = { instancePath: instancePath + "/suppressions/" + i10, schemaPath: "#/properties/suppressions/items/required", keyword: "required", params: { missingProperty: "matched" }, message: "must have required property 'matched'" };
              if (vErrors === null) {
                vErrors = [err268];
              } else {
                vErrors.push(err268);
              }
              errors++;
            }
            if (data136.state === void 0) {
              const err269 = { instancePath: instancePath + "/suppressions/" + i10, schemaPath: "#/properties/suppressions/items/required", keyword: "required", params: { missingProperty: "state" }, message: "must have required property 'state'" };
              if (vErrors === null) {
                vErrors = [err269];
              } else {
                vErrors.push(err269);
              }
              errors++;
            }
            if (data136.ruleId !== void 0) {
              if (typeof data136.ruleId !== "string") {
                const err270 = { instancePath: instancePath + "/suppressions/" + i10 + "/ruleId", schemaPath: "#/properties/suppressions/items/properties/ruleId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err270];
                } else {
                  vErrors.push(err270);
                }
                errors++;
              }
            }
            if (data136.resource !== void 0) {
              if (typeof data136.resource !== "string") {
                const err271 = { instancePath: instancePath + "/suppressions/" + i10 + "/resource", schemaPath: "#/properties/suppressions/items/properties/resource/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err271];
                } else {
                  vErrors.push(err271);
                }
                errors++;
              }
            }
            if (data136.justification !== void 0) {
              if (typeof data136.justification !== "string") {
                const err272 = { instancePath: instancePath + "/suppressions/" + i10 + "/justification", schemaPath: "#/properties/suppressions/items/properties/justification/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err272];
                } else {
                  vErrors.push(err272);
                }
                errors++;
              }
            }
            if (data136.expires !== void 0) {
              let data140 = data136.expires;
              if (typeof data140 === "string") {
                if (!pattern2.test(data140)) {
                  const err273 = { instancePath: instancePath + "/suppressions/" + i10 + "/expires", schemaPath: "#/properties/suppressions/items/properties/expires/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"' };
                  if (vErrors === null) {
                    vErrors = [err273];
                  } else {
                    vErrors.push(err273);
                  }
                  errors++;
                }
              } else {
                const err274 = { instancePath: instancePath + "/suppressions/" + i10 + "/expires", schemaPath: "#/properties/suppressions/items/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err274];
                } else {
                  vErrors.push(err274);
                }
                errors++;
              }
            }
            if (data136.file !== void 0) {
              if (typeof data136.file !== "string") {
                const err275 = { instancePath: instancePath + "/suppressions/" + i10 + "/file", schemaPath: "#/properties/suppressions/items/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err275];
                } else {
                  vErrors.push(err275);
                }
                errors++;
              }
            }
            if (data136.matched !== void 0) {
              let data142 = data136.matched;
              if (!(typeof data142 == "number" && (!(data142 % 1) && !isNaN(data142)))) {
                const err276 = { instancePath: instancePath + "/suppressions/" + i10 + "/matched", schemaPath: "#/properties/suppressions/items/properties/matched/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err276];
                } else {
                  vErrors.push(err276);
                }
                errors++;
              }
              if (typeof data142 == "number") {
                if (data142 < 0 || isNaN(data142)) {
                  const err277 = { instancePath: instancePath + "/suppressions/" + i10 + "/matched", schemaPath: "#/properties/suppressions/items/properties/matched/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err277];
                  } else {
                    vErrors.push(err277);
                  }
                  errors++;
                }
              }
            }
            if (data136.state !== void 0) {
              let data143 = data136.state;
              if (!(data143 === "active" || data143 === "expired")) {
                const err278 = { instancePath: instancePath + "/suppressions/" + i10 + "/state", schemaPath: "#/properties/suppressions/items/properties/state/enum", keyword: "enum", params: { allowedValues: schema11.properties.suppressions.items.properties.state.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err278];
                } else {
                  vErrors.push(err278);
                }
                errors++;
              }
            }
          } else {
            const err279 = { instancePath: instancePath + "/suppressions/" + i10, schemaPath: "#/properties/suppressions/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err279];
            } else {
              vErrors.push(err279);
            }
            errors++;
          }
        }
      } else {
        const err280 = { instancePath: instancePath + "/suppressions", schemaPath: "#/properties/suppressions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err280];
        } else {
          vErrors.push(err280);
        }
        errors++;
      }
    }
    if (data.otherCosts !== void 0) {
      let data144 = data.otherCosts;
      if (Array.isArray(data144)) {
        const len11 = data144.length;
        for (let i11 = 0; i11 < len11; i11++) {
          let data145 = data144[i11];
          if (data145 && typeof data145 == "object" && !Array.isArray(data145)) {
            if (data145.resourceId === void 0) {
              const err281 = { instancePath: instancePath + "/otherCosts/" + i11, schemaPath: "#/properties/otherCosts/items/required", keyword: "required", params: { missingProperty: "resourceId" }, message: "must have required property 'resourceId'" };
              if (vErrors === null) {
                vErrors = [err281];
              } else {
                vErrors.push(err281);
              }
              errors++;
            }
            if (data145.resourceType === void 0) {
              const err282 = { instancePath: instancePath + "/otherCosts/" + i11, schemaPath: "#/properties/otherCosts/items/required", keyword: "required", params: { missingProperty: "resourceType" }, message: "must have required property 'resourceType'" };
              if (vErrors === null) {
                vErrors = [err282];
              } else {
                vErrors.push(err282);
              }
              errors++;
            }
            if (data145.monthlyUsd === void 0) {
              const err283 = { instancePath: instancePath + "/otherCosts/" + i11, schemaPath: "#/properties/otherCosts/items/required", keyword: "required", params: { missingProperty: "monthlyUsd" }, message: "must have required property 'monthlyUsd'" };
              if (vErrors === null) {
                vErrors = [err283];
              } else {
                vErrors.push(err283);
              }
              errors++;
            }
            if (data145.basis === void 0) {
              const err284 = { instancePath: instancePath + "/otherCosts/" + i11, schemaPath: "#/properties/otherCosts/items/required", keyword: "required", params: { missingProperty: "basis" }, message: "must have required property 'basis'" };
              if (vErrors === null) {
                vErrors = [err284];
              } else {
                vErrors.push(err284);
              }
              errors++;
            }
            if (data145.priced === void 0) {
              const err285 = { instancePath: instancePath + "/otherCosts/" + i11, schemaPath: "#/properties/otherCosts/items/required", keyword: "required", params: { missingProperty: "priced" }, message: "must have required property 'priced'" };
              if (vErrors === null) {
                vErrors = [err285];
              } else {
                vErrors.push(err285);
              }
              errors++;
            }
            if (data145.resourceId !== void 0) {
              if (typeof data145.resourceId !== "string") {
                const err286 = { instancePath: instancePath + "/otherCosts/" + i11 + "/resourceId", schemaPath: "#/properties/otherCosts/items/properties/resourceId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err286];
                } else {
                  vErrors.push(err286);
                }
                errors++;
              }
            }
            if (data145.resourceName !== void 0) {
              if (typeof data145.resourceName !== "string") {
                const err287 = { instancePath: instancePath + "/otherCosts/" + i11 + "/resourceName", schemaPath: "#/properties/otherCosts/items/properties/resourceName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err287];
                } else {
                  vErrors.push(err287);
                }
                errors++;
              }
            }
            if (data145.resourceType !== void 0) {
              if (typeof data145.resourceType !== "string") {
                const err288 = { instancePath: instancePath + "/otherCosts/" + i11 + "/resourceType", schemaPath: "#/properties/otherCosts/items/properties/resourceType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err288];
                } else {
                  vErrors.push(err288);
                }
                errors++;
              }
            }
            if (data145.monthlyUsd !== void 0) {
              let data149 = data145.monthlyUsd;
              if (!(typeof data149 == "number") && data149 !== null) {
                const err289 = { instancePath: instancePath + "/otherCosts/" + i11 + "/monthlyUsd", schemaPath: "#/properties/otherCosts/items/properties/monthlyUsd/type", keyword: "type", params: { type: schema11.properties.otherCosts.items.properties.monthlyUsd.type }, message: "must be number,null" };
                if (vErrors === null) {
                  vErrors = [err289];
                } else {
                  vErrors.push(err289);
                }
                errors++;
              }
            }
            if (data145.basis !== void 0) {
              if (typeof data145.basis !== "string") {
                const err290 = { instancePath: instancePath + "/otherCosts/" + i11 + "/basis", schemaPath: "#/properties/otherCosts/items/properties/basis/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err290];
                } else {
                  vErrors.push(err290);
                }
                errors++;
              }
            }
            if (data145.priced !== void 0) {
              let data151 = data145.priced;
              if (!(data151 === "full" || data151 === "partial" || data151 === "none")) {
                const err291 = { instancePath: instancePath + "/otherCosts/" + i11 + "/priced", schemaPath: "#/properties/otherCosts/items/properties/priced/enum", keyword: "enum", params: { allowedValues: schema11.properties.otherCosts.items.properties.priced.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err291];
                } else {
                  vErrors.push(err291);
                }
                errors++;
              }
            }
            if (data145.missing !== void 0) {
              let data152 = data145.missing;
              if (Array.isArray(data152)) {
                const len12 = data152.length;
                for (let i12 = 0; i12 < len12; i12++) {
                  if (typeof data152[i12] !== "string") {
                    const err292 = { instancePath: instancePath + "/otherCosts/" + i11 + "/missing/" + i12, schemaPath: "#/properties/otherCosts/items/properties/missing/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err292];
                    } else {
                      vErrors.push(err292);
                    }
                    errors++;
                  }
                }
              } else {
                const err293 = { instancePath: instancePath + "/otherCosts/" + i11 + "/missing", schemaPath: "#/properties/otherCosts/items/properties/missing/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err293];
                } else {
                  vErrors.push(err293);
                }
                errors++;
              }
            }
            if (data145.notes !== void 0) {
              let data154 = data145.notes;
              if (Array.isArray(data154)) {
                const len13 = data154.length;
                for (let i13 = 0; i13 < len13; i13++) {
                  if (typeof data154[i13] !== "string") {
                    const err294 = { instancePath: instancePath + "/otherCosts/" + i11 + "/notes/" + i13, schemaPath: "#/properties/otherCosts/items/properties/notes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err294];
                    } else {
                      vErrors.push(err294);
                    }
                    errors++;
                  }
                }
              } else {
                const err295 = { instancePath: instancePath + "/otherCosts/" + i11 + "/notes", schemaPath: "#/properties/otherCosts/items/properties/notes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err295];
                } else {
                  vErrors.push(err295);
                }
                errors++;
              }
            }
            if (data145.recommendation !== void 0) {
              let data156 = data145.recommendation;
              if (data156 && typeof data156 == "object" && !Array.isArray(data156)) {
                if (data156.kind === void 0) {
                  const err296 = { instancePath: instancePath + "/otherCosts/" + i11 + "/recommendation", schemaPath: "#/properties/otherCosts/items/properties/recommendation/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
                  if (vErrors === null) {
                    vErrors = [err296];
                  } else {
                    vErrors.push(err296);
                  }
                  errors++;
                }
                if (data156.monthlySavingsUsd === void 0) {
                  const err297 = { instancePath: instancePath + "/otherCosts/" + i11 + "/recommendation", schemaPath: "#/properties/otherCosts/items/properties/recommendation/required", keyword: "required", params: { missingProperty: "monthlySavingsUsd" }, message: "must have required property 'monthlySavingsUsd'" };
                  if (vErrors === null) {
                    vErrors = [err297];
                  } else {
                    vErrors.push(err297);
                  }
                  errors++;
                }
                if (data156.reason === void 0) {
                  const err298 = { instancePath: instancePath + "/otherCosts/" + i11 + "/recommendation", schemaPath: "#/properties/otherCosts/items/properties/recommendation/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
                  if (vErrors === null) {
                    vErrors = [err298];
                  } else {
                    vErrors.push(err298);
                  }
                  errors++;
                }
                if (data156.kind !== void 0) {
                  if ("delete-unused" !== data156.kind) {
                    const err299 = { instancePath: instancePath + "/otherCosts/" + i11 + "/recommendation/kind", schemaPath: "#/properties/otherCosts/items/properties/recommendation/properties/kind/const", keyword: "const", params: { allowedValue: "delete-unused" }, message: "must be equal to constant" };
                    if (vErrors === null) {
                      vErrors = [err299];
                    } else {
                      vErrors.push(err299);
                    }
                    errors++;
                  }
                }
                if (data156.monthlySavingsUsd !== void 0) {
                  let data158 = data156.monthlySavingsUsd;
                  if (!(typeof data158 == "number") && data158 !== null) {
                    const err300 = { instancePath: instancePath + "/otherCosts/" + i11 + "/recommendation/monthlySavingsUsd", schemaPath: "#/properties/otherCosts/items/properties/recommendation/properties/monthlySavingsUsd/type", keyword: "type", params: { type: schema11.properties.otherCosts.items.properties.recommendation.properties.monthlySavingsUsd.type }, message: "must be number,null" };
                    if (vErrors === null) {
                      vErrors = [err300];
                    } else {
                      vErrors.push(err300);
                    }
                    errors++;
                  }
                }
                if (data156.reason !== void 0) {
                  if (typeof data156.reason !== "string") {
                    const err301 = { instancePath: instancePath + "/otherCosts/" + i11 + "/recommendation/reason", schemaPath: "#/properties/otherCosts/items/properties/recommendation/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err301];
                    } else {
                      vErrors.push(err301);
                    }
                    errors++;
                  }
                }
              } else {
                const err302 = { instancePath: instancePath + "/otherCosts/" + i11 + "/recommendation", schemaPath: "#/properties/otherCosts/items/properties/recommendation/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err302];
                } else {
                  vErrors.push(err302);
                }
                errors++;
              }
            }
            if (data145.waste !== void 0) {
              if (typeof data145.waste !== "boolean") {
                const err303 = { instancePath: instancePath + "/otherCosts/" + i11 + "/waste", schemaPath: "#/properties/otherCosts/items/properties/waste/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err303];
                } else {
                  vErrors.push(err303);
                }
                errors++;
              }
            }
          } else {
            const err304 = { instancePath: instancePath + "/otherCosts/" + i11, schemaPath: "#/properties/otherCosts/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err304];
            } else {
              vErrors.push(err304);
            }
            errors++;
          }
        }
      } else {
        const err305 = { instancePath: instancePath + "/otherCosts", schemaPath: "#/properties/otherCosts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err305];
        } else {
          vErrors.push(err305);
        }
        errors++;
      }
    }
    if (data.costTotals !== void 0) {
      let data161 = data.costTotals;
      if (data161 && typeof data161 == "object" && !Array.isArray(data161)) {
        if (data161.monthlyUsd === void 0) {
          const err306 = { instancePath: instancePath + "/costTotals", schemaPath: "#/properties/costTotals/required", keyword: "required", params: { missingProperty: "monthlyUsd" }, message: "must have required property 'monthlyUsd'" };
          if (vErrors === null) {
            vErrors = [err306];
          } else {
            vErrors.push(err306);
          }
          errors++;
        }
        if (data161.potentialSavingsUsd === void 0) {
          const err307 = { instancePath: instancePath + "/costTotals", schemaPath: "#/properties/costTotals/required", keyword: "required", params: { missingProperty: "potentialSavingsUsd" }, message: "must have required property 'potentialSavingsUsd'" };
          if (vErrors === null) {
            vErrors = [err307];
          } else {
            vErrors.push(err307);
          }
          errors++;
        }
        if (data161.monthlyUsd !== void 0) {
          if (!(typeof data161.monthlyUsd == "number")) {
            const err308 = { instancePath: instancePath + "/costTotals/monthlyUsd", schemaPath: "#/properties/costTotals/properties/monthlyUsd/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err308];
            } else {
              vErrors.push(err308);
            }
            errors++;
          }
        }
        if (data161.potentialSavingsUsd !== void 0) {
          if (!(typeof data161.potentialSavingsUsd == "number")) {
            const err309 = { instancePath: instancePath + "/costTotals/potentialSavingsUsd", schemaPath: "#/properties/costTotals/properties/potentialSavingsUsd/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err309];
            } else {
              vErrors.push(err309);
            }
            errors++;
          }
        }
        if (data161.unpriced !== void 0) {
          let data164 = data161.unpriced;
          if (!(typeof data164 == "number" && (!(data164 % 1) && !isNaN(data164)))) {
            const err310 = { instancePath: instancePath + "/costTotals/unpriced", schemaPath: "#/properties/costTotals/properties/unpriced/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err310];
            } else {
              vErrors.push(err310);
            }
            errors++;
          }
          if (typeof data164 == "number") {
            if (data164 < 0 || isNaN(data164)) {
              const err311 = { instancePath: instancePath + "/costTotals/unpriced", schemaPath: "#/properties/costTotals/properties/unpriced/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err311];
              } else {
                vErrors.push(err311);
              }
              errors++;
            }
          }
        }
        if (data161.partlyPriced !== void 0) {
          let data165 = data161.partlyPriced;
          if (!(typeof data165 == "number" && (!(data165 % 1) && !isNaN(data165)))) {
            const err312 = { instancePath: instancePath + "/costTotals/partlyPriced", schemaPath: "#/properties/costTotals/properties/partlyPriced/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err312];
            } else {
              vErrors.push(err312);
            }
            errors++;
          }
          if (typeof data165 == "number") {
            if (data165 < 0 || isNaN(data165)) {
              const err313 = { instancePath: instancePath + "/costTotals/partlyPriced", schemaPath: "#/properties/costTotals/properties/partlyPriced/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err313];
              } else {
                vErrors.push(err313);
              }
              errors++;
            }
          }
        }
        if (data161.atLeast !== void 0) {
          if (typeof data161.atLeast !== "boolean") {
            const err314 = { instancePath: instancePath + "/costTotals/atLeast", schemaPath: "#/properties/costTotals/properties/atLeast/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err314];
            } else {
              vErrors.push(err314);
            }
            errors++;
          }
        }
        if (data161.requiredChangesUsd !== void 0) {
          if (!(typeof data161.requiredChangesUsd == "number")) {
            const err315 = { instancePath: instancePath + "/costTotals/requiredChangesUsd", schemaPath: "#/properties/costTotals/properties/requiredChangesUsd/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err315];
            } else {
              vErrors.push(err315);
            }
            errors++;
          }
        }
      } else {
        const err316 = { instancePath: instancePath + "/costTotals", schemaPath: "#/properties/costTotals/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err316];
        } else {
          vErrors.push(err316);
        }
        errors++;
      }
    }
    if (data.summary !== void 0) {
      let data168 = data.summary;
      if (data168 && typeof data168 == "object" && !Array.isArray(data168)) {
        if (data168.bySeverity === void 0) {
          const err317 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "bySeverity" }, message: "must have required property 'bySeverity'" };
          if (vErrors === null) {
            vErrors = [err317];
          } else {
            vErrors.push(err317);
          }
          errors++;
        }
        if (data168.suppressed === void 0) {
          const err318 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "suppressed" }, message: "must have required property 'suppressed'" };
          if (vErrors === null) {
            vErrors = [err318];
          } else {
            vErrors.push(err318);
          }
          errors++;
        }
        if (data168.rules === void 0) {
          const err319 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "rules" }, message: "must have required property 'rules'" };
          if (vErrors === null) {
            vErrors = [err319];
          } else {
            vErrors.push(err319);
          }
          errors++;
        }
        if (data168.bySeverity !== void 0) {
          let data169 = data168.bySeverity;
          if (data169 && typeof data169 == "object" && !Array.isArray(data169)) {
            if (data169.critical === void 0) {
              const err320 = { instancePath: instancePath + "/summary/bySeverity", schemaPath: "#/properties/summary/properties/bySeverity/required", keyword: "required", params: { missingProperty: "critical" }, message: "must have required property 'critical'" };
              if (vErrors === null) {
                vErrors = [err320];
              } else {
                vErrors.push(err320);
              }
              errors++;
            }
            if (data169.high === void 0) {
              const err321 = { instancePath: instancePath + "/summary/bySeverity", schemaPath: "#/properties/summary/properties/bySeverity/required", keyword: "required", params: { missingProperty: "high" }, message: "must have required property 'high'" };
              if (vErrors === null) {
                vErrors = [err321];
              } else {
                vErrors.push(err321);
              }
              errors++;
            }
            if (data169.medium === void 0) {
              const err322 = { instancePath: instancePath + "/summary/bySeverity", schemaPath: "#/properties/summary/properties/bySeverity/required", keyword: "required", params: { missingProperty: "medium" }, message: "must have required property 'medium'" };
              if (vErrors === null) {
                vErrors = [err322];
              } else {
                vErrors.push(err322);
              }
              errors++;
            }
            if (data169.low === void 0) {
              const err323 = { instancePath: instancePath + "/summary/bySeverity", schemaPath: "#/properties/summary/properties/bySeverity/required", keyword: "required", params: { missingProperty: "low" }, message: "must have required property 'low'" };
              if (vErrors === null) {
                vErrors = [err323];
              } else {
                vErrors.push(err323);
              }
              errors++;
            }
            if (data169.info === void 0) {
              const err324 = { instancePath: instancePath + "/summary/bySeverity", schemaPath: "#/properties/summary/properties/bySeverity/required", keyword: "required", params: { missingProperty: "info" }, message: "must have required property 'info'" };
              if (vErrors === null) {
                vErrors = [err324];
              } else {
                vErrors.push(err324);
              }
              errors++;
            }
            for (const key3 in data169) {
              let data170 = data169[key3];
              if (!(typeof data170 == "number" && (!(data170 % 1) && !isNaN(data170)))) {
                const err325 = { instancePath: instancePath + "/summary/bySeverity/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/summary/properties/bySeverity/additionalProperties/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err325];
                } else {
                  vErrors.push(err325);
                }
                errors++;
              }
              if (typeof data170 == "number") {
                if (data170 < 0 || isNaN(data170)) {
                  const err326 = { instancePath: instancePath + "/summary/bySeverity/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/summary/properties/bySeverity/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err326];
                  } else {
                    vErrors.push(err326);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err327 = { instancePath: instancePath + "/summary/bySeverity", schemaPath: "#/properties/summary/properties/bySeverity/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err327];
            } else {
              vErrors.push(err327);
            }
            errors++;
          }
        }
        if (data168.suppressed !== void 0) {
          let data171 = data168.suppressed;
          if (!(typeof data171 == "number" && (!(data171 % 1) && !isNaN(data171)))) {
            const err328 = { instancePath: instancePath + "/summary/suppressed", schemaPath: "#/properties/summary/properties/suppressed/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err328];
            } else {
              vErrors.push(err328);
            }
            errors++;
          }
          if (typeof data171 == "number") {
            if (data171 < 0 || isNaN(data171)) {
              const err329 = { instancePath: instancePath + "/summary/suppressed", schemaPath: "#/properties/summary/properties/suppressed/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err329];
              } else {
                vErrors.push(err329);
              }
              errors++;
            }
          }
        }
        if (data168.new !== void 0) {
          let data172 = data168.new;
          if (!(typeof data172 == "number" && (!(data172 % 1) && !isNaN(data172)))) {
            const err330 = { instancePath: instancePath + "/summary/new", schemaPath: "#/properties/summary/properties/new/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err330];
            } else {
              vErrors.push(err330);
            }
            errors++;
          }
          if (typeof data172 == "number") {
            if (data172 < 0 || isNaN(data172)) {
              const err331 = { instancePath: instancePath + "/summary/new", schemaPath: "#/properties/summary/properties/new/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err331];
              } else {
                vErrors.push(err331);
              }
              errors++;
            }
          }
        }
        if (data168.fixed !== void 0) {
          let data173 = data168.fixed;
          if (!(typeof data173 == "number" && (!(data173 % 1) && !isNaN(data173)))) {
            const err332 = { instancePath: instancePath + "/summary/fixed", schemaPath: "#/properties/summary/properties/fixed/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err332];
            } else {
              vErrors.push(err332);
            }
            errors++;
          }
          if (typeof data173 == "number") {
            if (data173 < 0 || isNaN(data173)) {
              const err333 = { instancePath: instancePath + "/summary/fixed", schemaPath: "#/properties/summary/properties/fixed/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err333];
              } else {
                vErrors.push(err333);
              }
              errors++;
            }
          }
        }
        if (data168.rules !== void 0) {
          let data174 = data168.rules;
          if (!(typeof data174 == "number" && (!(data174 % 1) && !isNaN(data174)))) {
            const err334 = { instancePath: instancePath + "/summary/rules", schemaPath: "#/properties/summary/properties/rules/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err334];
            } else {
              vErrors.push(err334);
            }
            errors++;
          }
          if (typeof data174 == "number") {
            if (data174 < 0 || isNaN(data174)) {
              const err335 = { instancePath: instancePath + "/summary/rules", schemaPath: "#/properties/summary/properties/rules/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err335];
              } else {
                vErrors.push(err335);
              }
              errors++;
            }
          }
        }
      } else {
        const err336 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err336];
        } else {
          vErrors.push(err336);
        }
        errors++;
      }
    }
    if (data.scanCategory !== void 0) {
      if (typeof data.scanCategory !== "string") {
        const err337 = { instancePath: instancePath + "/scanCategory", schemaPath: "#/properties/scanCategory/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err337];
        } else {
          vErrors.push(err337);
        }
        errors++;
      }
    }
    if (data.inputs !== void 0) {
      let data176 = data.inputs;
      if (Array.isArray(data176)) {
        const len14 = data176.length;
        for (let i14 = 0; i14 < len14; i14++) {
          if (typeof data176[i14] !== "string") {
            const err338 = { instancePath: instancePath + "/inputs/" + i14, schemaPath: "#/properties/inputs/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err338];
            } else {
              vErrors.push(err338);
            }
            errors++;
          }
        }
      } else {
        const err339 = { instancePath: instancePath + "/inputs", schemaPath: "#/properties/inputs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err339];
        } else {
          vErrors.push(err339);
        }
        errors++;
      }
    }
    if (data.notices !== void 0) {
      let data178 = data.notices;
      if (Array.isArray(data178)) {
        const len15 = data178.length;
        for (let i15 = 0; i15 < len15; i15++) {
          if (typeof data178[i15] !== "string") {
            const err340 = { instancePath: instancePath + "/notices/" + i15, schemaPath: "#/properties/notices/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err340];
            } else {
              vErrors.push(err340);
            }
            errors++;
          }
        }
      } else {
        const err341 = { instancePath: instancePath + "/notices", schemaPath: "#/properties/notices/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err341];
        } else {
          vErrors.push(err341);
        }
        errors++;
      }
    }
    if (data.priceCatalogue !== void 0) {
      let data180 = data.priceCatalogue;
      if (data180 && typeof data180 == "object" && !Array.isArray(data180)) {
        if (data180.effectiveDate === void 0) {
          const err342 = { instancePath: instancePath + "/priceCatalogue", schemaPath: "#/properties/priceCatalogue/required", keyword: "required", params: { missingProperty: "effectiveDate" }, message: "must have required property 'effectiveDate'" };
          if (vErrors === null) {
            vErrors = [err342];
          } else {
            vErrors.push(err342);
          }
          errors++;
        }
        if (data180.currency === void 0) {
          const err343 = { instancePath: instancePath + "/priceCatalogue", schemaPath: "#/properties/priceCatalogue/required", keyword: "required", params: { missingProperty: "currency" }, message: "must have required property 'currency'" };
          if (vErrors === null) {
            vErrors = [err343];
          } else {
            vErrors.push(err343);
          }
          errors++;
        }
        if (data180.source === void 0) {
          const err344 = { instancePath: instancePath + "/priceCatalogue", schemaPath: "#/properties/priceCatalogue/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
          if (vErrors === null) {
            vErrors = [err344];
          } else {
            vErrors.push(err344);
          }
          errors++;
        }
        if (data180.effectiveDate !== void 0) {
          let data181 = data180.effectiveDate;
          if (typeof data181 === "string") {
            if (!pattern2.test(data181)) {
              const err345 = { instancePath: instancePath + "/priceCatalogue/effectiveDate", schemaPath: "#/properties/priceCatalogue/properties/effectiveDate/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"' };
              if (vErrors === null) {
                vErrors = [err345];
              } else {
                vErrors.push(err345);
              }
              errors++;
            }
          } else {
            const err346 = { instancePath: instancePath + "/priceCatalogue/effectiveDate", schemaPath: "#/properties/priceCatalogue/properties/effectiveDate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err346];
            } else {
              vErrors.push(err346);
            }
            errors++;
          }
        }
        if (data180.currency !== void 0) {
          if (typeof data180.currency !== "string") {
            const err347 = { instancePath: instancePath + "/priceCatalogue/currency", schemaPath: "#/properties/priceCatalogue/properties/currency/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err347];
            } else {
              vErrors.push(err347);
            }
            errors++;
          }
        }
        if (data180.source !== void 0) {
          if (typeof data180.source !== "string") {
            const err348 = { instancePath: instancePath + "/priceCatalogue/source", schemaPath: "#/properties/priceCatalogue/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err348];
            } else {
              vErrors.push(err348);
            }
            errors++;
          }
        }
      } else {
        const err349 = { instancePath: instancePath + "/priceCatalogue", schemaPath: "#/properties/priceCatalogue/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err349];
        } else {
          vErrors.push(err349);
        }
        errors++;
      }
    }
  } else {
    const err350 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err350];
    } else {
      vErrors.push(err350);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
