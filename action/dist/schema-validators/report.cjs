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
