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

// dist/util/schema-validators/diff.cjs
module.exports = validate10;
module.exports.default = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/erscan/erscan/schemas/diff.schema.json", "title": "erscan diff (diffVersion 1)", "description": 'Written by `erscan diff OLD NEW` as diff.json: resources added, removed and changed between two states of an estate. Values are erscan\'s secret-free resource states: a secret is only "configured" or "not configured". Fields may be added in later versions; none of these are removed or renamed.', "type": "object", "required": ["diffVersion", "tool", "old", "new", "summary", "added", "removed", "changed", "notCompared", "notes"], "additionalProperties": false, "properties": { "diffVersion": { "const": 1 }, "tool": { "type": "object", "required": ["name", "version"], "properties": { "name": { "const": "erscan" }, "version": { "type": "string" } } }, "old": { "$ref": "#/definitions/side" }, "new": { "$ref": "#/definitions/side" }, "summary": { "type": "object", "required": ["added", "removed", "changed", "unchanged", "notCompared"], "additionalProperties": false, "properties": { "added": { "type": "integer", "minimum": 0 }, "removed": { "type": "integer", "minimum": 0 }, "changed": { "type": "integer", "minimum": 0 }, "unchanged": { "type": "integer", "minimum": 0 }, "notCompared": { "type": "integer", "minimum": 0 } } }, "added": { "type": "array", "items": { "$ref": "#/definitions/resource" } }, "removed": { "type": "array", "items": { "$ref": "#/definitions/resource" } }, "changed": { "type": "array", "items": { "type": "object", "allOf": [{ "$ref": "#/definitions/resource" }], "required": ["changes"], "properties": { "changes": { "type": "array", "minItems": 1, "items": { "type": "object", "required": ["property", "before", "after"], "additionalProperties": false, "properties": { "property": { "type": "string", "minLength": 1, "description": "ARM-style property name: sku.tier, state, macSecConfig.cipher, tags.owner\u2026" }, "before": { "$ref": "#/definitions/value" }, "after": { "$ref": "#/definitions/value" } } } } } } }, "notCompared": { "type": "array", "description": "Resources seen on one side only, where the other side could not read their scope (a coverage gap names their subscription or tenant).", "items": { "type": "object", "allOf": [{ "$ref": "#/definitions/resource" }], "required": ["seenIn", "reason"], "properties": { "seenIn": { "enum": ["old", "new"] }, "reason": { "type": "string" } } } }, "notes": { "type": "array", "items": { "type": "string" } } }, "definitions": { "side": { "type": "object", "required": ["source", "kind", "generatedAt", "resources", "coverageComplete"], "additionalProperties": false, "properties": { "source": { "type": "string", "description": "The file or folder as named on the command line." }, "kind": { "enum": ["report", "inputs"], "description": "report: a JSON report's recordedInventory; inputs: a snapshot, Resource Graph export or ARM response." }, "generatedAt": { "type": ["string", "null"], "format": "date-time" }, "resources": { "type": "integer", "minimum": 0 }, "coverageComplete": { "type": "boolean" } } }, "resource": { "type": "object", "required": ["id", "kind", "type", "name"], "properties": { "id": { "type": "string", "minLength": 1 }, "kind": { "enum": ["circuit", "peering", "port", "link", "gateway", "connection"] }, "type": { "type": "string", "minLength": 1 }, "name": { "type": "string" }, "subscriptionId": { "type": "string" } } }, "value": { "type": ["string", "number", "boolean", "null"], "description": "null: not set, or not carried by that side's source." } } };
var schema12 = { "type": "object", "required": ["source", "kind", "generatedAt", "resources", "coverageComplete"], "additionalProperties": false, "properties": { "source": { "type": "string", "description": "The file or folder as named on the command line." }, "kind": { "enum": ["report", "inputs"], "description": "report: a JSON report's recordedInventory; inputs: a snapshot, Resource Graph export or ARM response." }, "generatedAt": { "type": ["string", "null"], "format": "date-time" }, "resources": { "type": "integer", "minimum": 0 }, "coverageComplete": { "type": "boolean" } } };
var schema14 = { "type": "object", "required": ["id", "kind", "type", "name"], "properties": { "id": { "type": "string", "minLength": 1 }, "kind": { "enum": ["circuit", "peering", "port", "link", "gateway", "connection"] }, "type": { "type": "string", "minLength": 1 }, "name": { "type": "string" }, "subscriptionId": { "type": "string" } } };
var schema17 = { "type": ["string", "number", "boolean", "null"], "description": "null: not set, or not carried by that side's source." };
var func2 = Object.prototype.hasOwnProperty;
var func3 = require_ucs2length().default;
var formats0 = require_formats().fullFormats["date-time"];
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.diffVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "diffVersion" }, message: "must have required property 'diffVersion'" };
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
    if (data.old === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "old" }, message: "must have required property 'old'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.new === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "new" }, message: "must have required property 'new'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.summary === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "summary" }, message: "must have required property 'summary'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.added === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "added" }, message: "must have required property 'added'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.removed === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "removed" }, message: "must have required property 'removed'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.changed === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "changed" }, message: "must have required property 'changed'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.notCompared === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "notCompared" }, message: "must have required property 'notCompared'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.notes === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "notes" }, message: "must have required property 'notes'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
        const err10 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.diffVersion !== void 0) {
      if (1 !== data.diffVersion) {
        const err11 = { instancePath: instancePath + "/diffVersion", schemaPath: "#/properties/diffVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.tool !== void 0) {
      let data1 = data.tool;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.name === void 0) {
          const err12 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data1.version === void 0) {
          const err13 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (data1.name !== void 0) {
          if ("erscan" !== data1.name) {
            const err14 = { instancePath: instancePath + "/tool/name", schemaPath: "#/properties/tool/properties/name/const", keyword: "const", params: { allowedValue: "erscan" }, message: "must be equal to constant" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data1.version !== void 0) {
          if (typeof data1.version !== "string") {
            const err15 = { instancePath: instancePath + "/tool/version", schemaPath: "#/properties/tool/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.old !== void 0) {
      let data4 = data.old;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        if (data4.source === void 0) {
          const err17 = { instancePath: instancePath + "/old", schemaPath: "#/definitions/side/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data4.kind === void 0) {
          const err18 = { instancePath: instancePath + "/old", schemaPath: "#/definitions/side/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (data4.generatedAt === void 0) {
          const err19 = { instancePath: instancePath + "/old", schemaPath: "#/definitions/side/required", keyword: "required", params: { missingProperty: "generatedAt" }, message: "must have required property 'generatedAt'" };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (data4.resources === void 0) {
          const err20 = { instancePath: instancePath + "/old", schemaPath: "#/definitions/side/required", keyword: "required", params: { missingProperty: "resources" }, message: "must have required property 'resources'" };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        if (data4.coverageComplete === void 0) {
          const err21 = { instancePath: instancePath + "/old", schemaPath: "#/definitions/side/required", keyword: "required", params: { missingProperty: "coverageComplete" }, message: "must have required property 'coverageComplete'" };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        for (const key1 in data4) {
          if (!(key1 === "source" || key1 === "kind" || key1 === "generatedAt" || key1 === "resources" || key1 === "coverageComplete")) {
            const err22 = { instancePath: instancePath + "/old", schemaPath: "#/definitions/side/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data4.source !== void 0) {
          if (typeof data4.source !== "string") {
            const err23 = { instancePath: instancePath + "/old/source", schemaPath: "#/definitions/side/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data4.kind !== void 0) {
          let data6 = data4.kind;
          if (!(data6 === "report" || data6 === "inputs")) {
            const err24 = { instancePath: instancePath + "/old/kind", schemaPath: "#/definitions/side/properties/kind/enum", keyword: "enum", params: { allowedValues: schema12.properties.kind.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data4.generatedAt !== void 0) {
          let data7 = data4.generatedAt;
          if (typeof data7 !== "string" && data7 !== null) {
            const err25 = { instancePath: instancePath + "/old/generatedAt", schemaPath: "#/definitions/side/properties/generatedAt/type", keyword: "type", params: { type: schema12.properties.generatedAt.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
          if (typeof data7 === "string") {
            if (!formats0.validate(data7)) {
              const err26 = { instancePath: instancePath + "/old/generatedAt", schemaPath: "#/definitions/side/properties/generatedAt/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          }
        }
        if (data4.resources !== void 0) {
          let data8 = data4.resources;
          if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)))) {
            const err27 = { instancePath: instancePath + "/old/resources", schemaPath: "#/definitions/side/properties/resources/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
          if (typeof data8 == "number") {
            if (data8 < 0 || isNaN(data8)) {
              const err28 = { instancePath: instancePath + "/old/resources", schemaPath: "#/definitions/side/properties/resources/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          }
        }
        if (data4.coverageComplete !== void 0) {
          if (typeof data4.coverageComplete !== "boolean") {
            const err29 = { instancePath: instancePath + "/old/coverageComplete", schemaPath: "#/definitions/side/properties/coverageComplete/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
      } else {
        const err30 = { instancePath: instancePath + "/old", schemaPath: "#/definitions/side/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.new !== void 0) {
      let data10 = data.new;
      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
        if (data10.source === void 0) {
          const err31 = { instancePath: instancePath + "/new", schemaPath: "#/definitions/side/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        if (data10.kind === void 0) {
          const err32 = { instancePath: instancePath + "/new", schemaPath: "#/definitions/side/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
        if (data10.generatedAt === void 0) {
          const err33 = { instancePath: instancePath + "/new", schemaPath: "#/definitions/side/required", keyword: "required", params: { missingProperty: "generatedAt" }, message: "must have required property 'generatedAt'" };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
        if (data10.resources === void 0) {
          const err34 = { instancePath: instancePath + "/new", schemaPath: "#/definitions/side/required", keyword: "required", params: { missingProperty: "resources" }, message: "must have required property 'resources'" };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
        if (data10.coverageComplete === void 0) {
          const err35 = { instancePath: instancePath + "/new", schemaPath: "#/definitions/side/required", keyword: "required", params: { missingProperty: "coverageComplete" }, message: "must have required property 'coverageComplete'" };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        for (const key2 in data10) {
          if (!(key2 === "source" || key2 === "kind" || key2 === "generatedAt" || key2 === "resources" || key2 === "coverageComplete")) {
            const err36 = { instancePath: instancePath + "/new", schemaPath: "#/definitions/side/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        if (data10.source !== void 0) {
          if (typeof data10.source !== "string") {
            const err37 = { instancePath: instancePath + "/new/source", schemaPath: "#/definitions/side/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        if (data10.kind !== void 0) {
          let data12 = data10.kind;
          if (!(data12 === "report" || data12 === "inputs")) {
            const err38 = { instancePath: instancePath + "/new/kind", schemaPath: "#/definitions/side/properties/kind/enum", keyword: "enum", params: { allowedValues: schema12.properties.kind.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data10.generatedAt !== void 0) {
          let data13 = data10.generatedAt;
          if (typeof data13 !== "string" && data13 !== null) {
            const err39 = { instancePath: instancePath + "/new/generatedAt", schemaPath: "#/definitions/side/properties/generatedAt/type", keyword: "type", params: { type: schema12.properties.generatedAt.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
          if (typeof data13 === "string") {
            if (!formats0.validate(data13)) {
              const err40 = { instancePath: instancePath + "/new/generatedAt", schemaPath: "#/definitions/side/properties/generatedAt/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
          }
        }
        if (data10.resources !== void 0) {
          let data14 = data10.resources;
          if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)))) {
            const err41 = { instancePath: instancePath + "/new/resources", schemaPath: "#/definitions/side/properties/resources/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
          if (typeof data14 == "number") {
            if (data14 < 0 || isNaN(data14)) {
              const err42 = { instancePath: instancePath + "/new/resources", schemaPath: "#/definitions/side/properties/resources/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
          }
        }
        if (data10.coverageComplete !== void 0) {
          if (typeof data10.coverageComplete !== "boolean") {
            const err43 = { instancePath: instancePath + "/new/coverageComplete", schemaPath: "#/definitions/side/properties/coverageComplete/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
      } else {
        const err44 = { instancePath: instancePath + "/new", schemaPath: "#/definitions/side/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data.summary !== void 0) {
      let data16 = data.summary;
      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
        if (data16.added === void 0) {
          const err45 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "added" }, message: "must have required property 'added'" };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
        if (data16.removed === void 0) {
          const err46 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "removed" }, message: "must have required property 'removed'" };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
        if (data16.changed === void 0) {
          const err47 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "changed" }, message: "must have required property 'changed'" };
          if (vErrors === null) {
            vErrors = [err47];
          } else {
            vErrors.push(err47);
          }
          errors++;
        }
        if (data16.unchanged === void 0) {
          const err48 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "unchanged" }, message: "must have required property 'unchanged'" };
          if (vErrors === null) {
            vErrors = [err48];
          } else {
            vErrors.push(err48);
          }
          errors++;
        }
        if (data16.notCompared === void 0) {
          const err49 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: "notCompared" }, message: "must have required property 'notCompared'" };
          if (vErrors === null) {
            vErrors = [err49];
          } else {
            vErrors.push(err49);
          }
          errors++;
        }
        for (const key3 in data16) {
          if (!(key3 === "added" || key3 === "removed" || key3 === "changed" || key3 === "unchanged" || key3 === "notCompared")) {
            const err50 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        if (data16.added !== void 0) {
          let data17 = data16.added;
          if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)))) {
            const err51 = { instancePath: instancePath + "/summary/added", schemaPath: "#/properties/summary/properties/added/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
          if (typeof data17 == "number") {
            if (data17 < 0 || isNaN(data17)) {
              const err52 = { instancePath: instancePath + "/summary/added", schemaPath: "#/properties/summary/properties/added/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
          }
        }
        if (data16.removed !== void 0) {
          let data18 = data16.removed;
          if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)))) {
            const err53 = { instancePath: instancePath + "/summary/removed", schemaPath: "#/properties/summary/properties/removed/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
          if (typeof data18 == "number") {
            if (data18 < 0 || isNaN(data18)) {
              const err54 = { instancePath: instancePath + "/summary/removed", schemaPath: "#/properties/summary/properties/removed/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
          }
        }
        if (data16.changed !== void 0) {
          let data19 = data16.changed;
          if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)))) {
            const err55 = { instancePath: instancePath + "/summary/changed", schemaPath: "#/properties/summary/properties/changed/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
          if (typeof data19 == "number") {
            if (data19 < 0 || isNaN(data19)) {
              const err56 = { instancePath: instancePath + "/summary/changed", schemaPath: "#/properties/summary/properties/changed/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
          }
        }
        if (data16.unchanged !== void 0) {
          let data20 = data16.unchanged;
          if (!(typeof data20 == "number" && (!(data20 % 1) && !isNaN(data20)))) {
            const err57 = { instancePath: instancePath + "/summary/unchanged", schemaPath: "#/properties/summary/properties/unchanged/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
          if (typeof data20 == "number") {
            if (data20 < 0 || isNaN(data20)) {
              const err58 = { instancePath: instancePath + "/summary/unchanged", schemaPath: "#/properties/summary/properties/unchanged/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
          }
        }
        if (data16.notCompared !== void 0) {
          let data21 = data16.notCompared;
          if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)))) {
            const err59 = { instancePath: instancePath + "/summary/notCompared", schemaPath: "#/properties/summary/properties/notCompared/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
          if (typeof data21 == "number") {
            if (data21 < 0 || isNaN(data21)) {
              const err60 = { instancePath: instancePath + "/summary/notCompared", schemaPath: "#/properties/summary/properties/notCompared/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
          }
        }
      } else {
        const err61 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err61];
        } else {
          vErrors.push(err61);
        }
        errors++;
      }
    }
    if (data.added !== void 0) {
      let data22 = data.added;
      if (Array.isArray(data22)) {
        const len0 = data22.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data23 = data22[i0];
          if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
            if (data23.id === void 0) {
              const err62 = { instancePath: instancePath + "/added/" + i0, schemaPath: "#/definitions/resource/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
            if (data23.kind === void 0) {
              const err63 = { instancePath: instancePath + "/added/" + i0, schemaPath: "#/definitions/resource/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
              if (vErrors === null) {
                vErrors = [err63];
              } else {
                vErrors.push(err63);
              }
              errors++;
            }
            if (data23.type === void 0) {
              const err64 = { instancePath: instancePath + "/added/" + i0, schemaPath: "#/definitions/resource/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
            if (data23.name === void 0) {
              const err65 = { instancePath: instancePath + "/added/" + i0, schemaPath: "#/definitions/resource/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err65];
              } else {
                vErrors.push(err65);
              }
              errors++;
            }
            if (data23.id !== void 0) {
              let data24 = data23.id;
              if (typeof data24 === "string") {
                if (func3(data24) < 1) {
                  const err66 = { instancePath: instancePath + "/added/" + i0 + "/id", schemaPath: "#/definitions/resource/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err66];
                  } else {
                    vErrors.push(err66);
                  }
                  errors++;
                }
              } else {
                const err67 = { instancePath: instancePath + "/added/" + i0 + "/id", schemaPath: "#/definitions/resource/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
            if (data23.kind !== void 0) {
              let data25 = data23.kind;
              if (!(data25 === "circuit" || data25 === "peering" || data25 === "port" || data25 === "link" || data25 === "gateway" || data25 === "connection")) {
                const err68 = { instancePath: instancePath + "/added/" + i0 + "/kind", schemaPath: "#/definitions/resource/properties/kind/enum", keyword: "enum", params: { allowedValues: schema14.properties.kind.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
            }
            if (data23.type !== void 0) {
              let data26 = data23.type;
              if (typeof data26 === "string") {
                if (func3(data26) < 1) {
                  const err69 = { instancePath: instancePath + "/added/" + i0 + "/type", schemaPath: "#/definitions/resource/properties/type/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err69];
                  } else {
                    vErrors.push(err69);
                  }
                  errors++;
                }
              } else {
                const err70 = { instancePath: instancePath + "/added/" + i0 + "/type", schemaPath: "#/definitions/resource/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
            }
            if (data23.name !== void 0) {
              if (typeof data23.name !== "string") {
                const err71 = { instancePath: instancePath + "/added/" + i0 + "/name", schemaPath: "#/definitions/resource/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
            }
            if (data23.subscriptionId !== void 0) {
              if (typeof data23.subscriptionId !== "string") {
                const err72 = { instancePath: instancePath + "/added/" + i0 + "/subscriptionId", schemaPath: "#/definitions/resource/properties/subscriptionId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
            }
          } else {
            const err73 = { instancePath: instancePath + "/added/" + i0, schemaPath: "#/definitions/resource/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          }
        }
      } else {
        const err74 = { instancePath: instancePath + "/added", schemaPath: "#/properties/added/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err74];
        } else {
          vErrors.push(err74);
        }
        errors++;
      }
    }
    if (data.removed !== void 0) {
      let data29 = data.removed;
      if (Array.isArray(data29)) {
        const len1 = data29.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data30 = data29[i1];
          if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
            if (data30.id === void 0) {
              const err75 = { instancePath: instancePath + "/removed/" + i1, schemaPath: "#/definitions/resource/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
              if (vErrors === null) {
                vErrors = [err75];
              } else {
                vErrors.push(err75);
              }
              errors++;
            }
            if (data30.kind === void 0) {
              const err76 = { instancePath: instancePath + "/removed/" + i1, schemaPath: "#/definitions/resource/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
              if (vErrors === null) {
                vErrors = [err76];
              } else {
                vErrors.push(err76);
              }
              errors++;
            }
            if (data30.type === void 0) {
              const err77 = { instancePath: instancePath + "/removed/" + i1, schemaPath: "#/definitions/resource/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
              if (vErrors === null) {
                vErrors = [err77];
              } else {
                vErrors.push(err77);
              }
              errors++;
            }
            if (data30.name === void 0) {
              const err78 = { instancePath: instancePath + "/removed/" + i1, schemaPath: "#/definitions/resource/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err78];
              } else {
                vErrors.push(err78);
              }
              errors++;
            }
            if (data30.id !== void 0) {
              let data31 = data30.id;
              if (typeof data31 === "string") {
                if (func3(data31) < 1) {
                  const err79 = { instancePath: instancePath + "/removed/" + i1 + "/id", schemaPath: "#/definitions/resource/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err79];
                  } else {
                    vErrors.push(err79);
                  }
                  errors++;
                }
              } else {
                const err80 = { instancePath: instancePath + "/removed/" + i1 + "/id", schemaPath: "#/definitions/resource/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
            }
            if (data30.kind !== void 0) {
              let data32 = data30.kind;
              if (!(data32 === "circuit" || data32 === "peering" || data32 === "port" || data32 === "link" || data32 === "gateway" || data32 === "connection")) {
                const err81 = { instancePath: instancePath + "/removed/" + i1 + "/kind", schemaPath: "#/definitions/resource/properties/kind/enum", keyword: "enum", params: { allowedValues: schema14.properties.kind.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
            }
            if (data30.type !== void 0) {
              let data33 = data30.type;
              if (typeof data33 === "string") {
                if (func3(data33) < 1) {
                  const err82 = { instancePath: instancePath + "/removed/" + i1 + "/type", schemaPath: "#/definitions/resource/properties/type/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err82];
                  } else {
                    vErrors.push(err82);
                  }
                  errors++;
                }
              } else {
                const err83 = { instancePath: instancePath + "/removed/" + i1 + "/type", schemaPath: "#/definitions/resource/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err83];
                } else {
                  vErrors.push(err83);
                }
                errors++;
              }
            }
            if (data30.name !== void 0) {
              if (typeof data30.name !== "string") {
                const err84 = { instancePath: instancePath + "/removed/" + i1 + "/name", schemaPath: "#/definitions/resource/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err84];
                } else {
                  vErrors.push(err84);
                }
                errors++;
              }
            }
            if (data30.subscriptionId !== void 0) {
              if (typeof data30.subscriptionId !== "string") {
                const err85 = { instancePath: instancePath + "/removed/" + i1 + "/subscriptionId", schemaPath: "#/definitions/resource/properties/subscriptionId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err85];
                } else {
                  vErrors.push(err85);
                }
                errors++;
              }
            }
          } else {
            const err86 = { instancePath: instancePath + "/removed/" + i1, schemaPath: "#/definitions/resource/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err86];
            } else {
              vErrors.push(err86);
            }
            errors++;
          }
        }
      } else {
        const err87 = { instancePath: instancePath + "/removed", schemaPath: "#/properties/removed/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err87];
        } else {
          vErrors.push(err87);
        }
        errors++;
      }
    }
    if (data.changed !== void 0) {
      let data36 = data.changed;
      if (Array.isArray(data36)) {
        const len2 = data36.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data37 = data36[i2];
          if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
            if (data37.id === void 0) {
              const err88 = { instancePath: instancePath + "/changed/" + i2, schemaPath: "#/definitions/resource/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
              if (vErrors === null) {
                vErrors = [err88];
              } else {
                vErrors.push(err88);
              }
              errors++;
            }
            if (data37.kind === void 0) {
              const err89 = { instancePath: instancePath + "/changed/" + i2, schemaPath: "#/definitions/resource/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
              if (vErrors === null) {
                vErrors = [err89];
              } else {
                vErrors.push(err89);
              }
              errors++;
            }
            if (data37.type === void 0) {
              const err90 = { instancePath: instancePath + "/changed/" + i2, schemaPath: "#/definitions/resource/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
              if (vErrors === null) {
                vErrors = [err90];
              } else {
                vErrors.push(err90);
              }
              errors++;
            }
            if (data37.name === void 0) {
              const err91 = { instancePath: instancePath + "/changed/" + i2, schemaPath: "#/definitions/resource/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err91];
              } else {
                vErrors.push(err91);
              }
              errors++;
            }
            if (data37.id !== void 0) {
              let data38 = data37.id;
              if (typeof data38 === "string") {
                if (func3(data38) < 1) {
                  const err92 = { instancePath: instancePath + "/changed/" + i2 + "/id", schemaPath: "#/definitions/resource/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err92];
                  } else {
                    vErrors.push(err92);
                  }
                  errors++;
                }
              } else {
                const err93 = { instancePath: instancePath + "/changed/" + i2 + "/id", schemaPath: "#/definitions/resource/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err93];
                } else {
                  vErrors.push(err93);
                }
                errors++;
              }
            }
            if (data37.kind !== void 0) {
              let data39 = data37.kind;
              if (!(data39 === "circuit" || data39 === "peering" || data39 === "port" || data39 === "link" || data39 === "gateway" || data39 === "connection")) {
                const err94 = { instancePath: instancePath + "/changed/" + i2 + "/kind", schemaPath: "#/definitions/resource/properties/kind/enum", keyword: "enum", params: { allowedValues: schema14.properties.kind.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err94];
                } else {
                  vErrors.push(err94);
                }
                errors++;
              }
            }
            if (data37.type !== void 0) {
              let data40 = data37.type;
              if (typeof data40 === "string") {
                if (func3(data40) < 1) {
                  const err95 = { instancePath: instancePath + "/changed/" + i2 + "/type", schemaPath: "#/definitions/resource/properties/type/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err95];
                  } else {
                    vErrors.push(err95);
                  }
                  errors++;
                }
              } else {
                const err96 = { instancePath: instancePath + "/changed/" + i2 + "/type", schemaPath: "#/definitions/resource/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err96];
                } else {
                  vErrors.push(err96);
                }
                errors++;
              }
            }
            if (data37.name !== void 0) {
              if (typeof data37.name !== "string") {
                const err97 = { instancePath: instancePath + "/changed/" + i2 + "/name", schemaPath: "#/definitions/resource/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err97];
                } else {
                  vErrors.push(err97);
                }
                errors++;
              }
            }
            if (data37.subscriptionId !== void 0) {
              if (typeof data37.subscriptionId !== "string") {
                const err98 = { instancePath: instancePath + "/changed/" + i2 + "/subscriptionId", schemaPath: "#/definitions/resource/properties/subscriptionId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err98];
                } else {
                  vErrors.push(err98);
                }
                errors++;
              }
            }
          } else {
            const err99 = { instancePath: instancePath + "/changed/" + i2, schemaPath: "#/definitions/resource/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err99];
            } else {
              vErrors.push(err99);
            }
            errors++;
          }
          if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
            if (data37.changes === void 0) {
              const err100 = { instancePath: instancePath + "/changed/" + i2, schemaPath: "#/properties/changed/items/required", keyword: "required", params: { missingProperty: "changes" }, message: "must have required property 'changes'" };
              if (vErrors === null) {
                vErrors = [err100];
              } else {
                vErrors.push(err100);
              }
              errors++;
            }
            if (data37.changes !== void 0) {
              let data43 = data37.changes;
              if (Array.isArray(data43)) {
                if (data43.length < 1) {
                  const err101 = { instancePath: instancePath + "/changed/" + i2 + "/changes", schemaPath: "#/properties/changed/items/properties/changes/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                  if (vErrors === null) {
                    vErrors = [err101];
                  } else {
                    vErrors.push(err101);
                  }
                  errors++;
                }
                const len3 = data43.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  let data44 = data43[i3];
                  if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
                    if (data44.property === void 0) {
                      const err102 = { instancePath: instancePath + "/changed/" + i2 + "/changes/" + i3, schemaPath: "#/properties/changed/items/properties/changes/items/required", keyword: "required", params: { missingProperty: "property" }, message: "must have required property 'property'" };
                      if (vErrors === null) {
                        vErrors = [err102];
                      } else {
                        vErrors.push(err102);
                      }
                      errors++;
                    }
                    if (data44.before === void 0) {
                      const err103 = { instancePath: instancePath + "/changed/" + i2 + "/changes/" + i3, schemaPath: "#/properties/changed/items/properties/changes/items/required", keyword: "required", params: { missingProperty: "before" }, message: "must have required property 'before'" };
                      if (vErrors === null) {
                        vErrors = [err103];
                      } else {
                        vErrors.push(err103);
                      }
                      errors++;
                    }
                    if (data44.after === void 0) {
                      const err104 = { instancePath: instancePath + "/changed/" + i2 + "/changes/" + i3, schemaPath: "#/properties/changed/items/properties/changes/items/required", keyword: "required", params: { missingProperty: "after" }, message: "must have required property 'after'" };
                      if (vErrors === null) {
                        vErrors = [err104];
                      } else {
                        vErrors.push(err104);
                      }
                      errors++;
                    }
                    for (const key4 in data44) {
                      if (!(key4 === "property" || key4 === "before" || key4 === "after")) {
                        const err105 = { instancePath: instancePath + "/changed/" + i2 + "/changes/" + i3, schemaPath: "#/properties/changed/items/properties/changes/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err105];
                        } else {
                          vErrors.push(err105);
                        }
                        errors++;
                      }
                    }
                    if (data44.property !== void 0) {
                      let data45 = data44.property;
                      if (typeof data45 === "string") {
                        if (func3(data45) < 1) {
                          const err106 = { instancePath: instancePath + "/changed/" + i2 + "/changes/" + i3 + "/property", schemaPath: "#/properties/changed/items/properties/changes/items/properties/property/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                          if (vErrors === null) {
                            vErrors = [err106];
                          } else {
                            vErrors.push(err106);
                          }
                          errors++;
                        }
                      } else {
                        const err107 = { instancePath: instancePath + "/changed/" + i2 + "/changes/" + i3 + "/property", schemaPath: "#/properties/changed/items/properties/changes/items/properties/property/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err107];
                        } else {
                          vErrors.push(err107);
                        }
                        errors++;
                      }
                    }
                    if (data44.before !== void 0) {
                      let data46 = data44.before;
                      if (typeof data46 !== "string" && !(typeof data46 == "number") && typeof data46 !== "boolean" && data46 !== null) {
                        const err108 = { instancePath: instancePath + "/changed/" + i2 + "/changes/" + i3 + "/before", schemaPath: "#/definitions/value/type", keyword: "type", params: { type: schema17.type }, message: "must be string,number,boolean,null" };
                        if (vErrors === null) {
                          vErrors = [err108];
                        } else {
                          vErrors.push(err108);
                        }
                        errors++;
                      }
                    }
                    if (data44.after !== void 0) {
                      let data47 = data44.after;
                      if (typeof data47 !== "string" && !(typeof data47 == "number") && typeof data47 !== "boolean" && data47 !== null) {
                        const err109 = { instancePath: instancePath + "/changed/" + i2 + "/changes/" + i3 + "/after", schemaPath: "#/definitions/value/type", keyword: "type", params: { type: schema17.type }, message: "must be string,number,boolean,null" };
                        if (vErrors === null) {
                          vErrors = [err109];
                        } else {
                          vErrors.push(err109);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err110 = { instancePath: instancePath + "/changed/" + i2 + "/changes/" + i3, schemaPath: "#/properties/changed/items/properties/changes/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err110];
                    } else {
                      vErrors.push(err110);
                    }
                    errors++;
                  }
                }
              } else {
                const err111 = { instancePath: instancePath + "/changed/" + i2 + "/changes", schemaPath: "#/properties/changed/items/properties/changes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err111];
                } else {
                  vErrors.push(err111);
                }
                errors++;
              }
            }
          } else {
            const err112 = { instancePath: instancePath + "/changed/" + i2, schemaPath: "#/properties/changed/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err112];
            } else {
              vErrors.push(err112);
            }
            errors++;
          }
        }
      } else {
        const err113 = { instancePath: instancePath + "/changed", schemaPath: "#/properties/changed/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err113];
        } else {
          vErrors.push(err113);
        }
        errors++;
      }
    }
    if (data.notCompared !== void 0) {
      let data48 = data.notCompared;
      if (Array.isArray(data48)) {
        const len4 = data48.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data49 = data48[i4];
          if (data49 && typeof data49 == "object" && !Array.isArray(data49)) {
            if (data49.id === void 0) {
              const err114 = { instancePath: instancePath + "/notCompared/" + i4, schemaPath: "#/definitions/resource/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
              if (vErrors === null) {
                vErrors = [err114];
              } else {
                vErrors.push(err114);
              }
              errors++;
            }
            if (data49.kind === void 0) {
              const err115 = { instancePath: instancePath + "/notCompared/" + i4, schemaPath: "#/definitions/resource/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
              if (vErrors === null) {
                vErrors = [err115];
              } else {
                vErrors.push(err115);
              }
              errors++;
            }
            if (data49.type === void 0) {
              const err116 = { instancePath: instancePath + "/notCompared/" + i4, schemaPath: "#/definitions/resource/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
              if (vErrors === null) {
                vErrors = [err116];
              } else {
                vErrors.push(err116);
              }
              errors++;
            }
            if (data49.name === void 0) {
              const err117 = { instancePath: instancePath + "/notCompared/" + i4, schemaPath: "#/definitions/resource/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err117];
              } else {
                vErrors.push(err117);
              }
              errors++;
            }
            if (data49.id !== void 0) {
              let data50 = data49.id;
              if (typeof data50 === "string") {
                if (func3(data50) < 1) {
                  const err118 = { instancePath: instancePath + "/notCompared/" + i4 + "/id", schemaPath: "#/definitions/resource/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err118];
                  } else {
                    vErrors.push(err118);
                  }
                  errors++;
                }
              } else {
                const err119 = { instancePath: instancePath + "/notCompared/" + i4 + "/id", schemaPath: "#/definitions/resource/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err119];
                } else {
                  vErrors.push(err119);
                }
                errors++;
              }
            }
            if (data49.kind !== void 0) {
              let data51 = data49.kind;
              if (!(data51 === "circuit" || data51 === "peering" || data51 === "port" || data51 === "link" || data51 === "gateway" || data51 === "connection")) {
                const err120 = { instancePath: instancePath + "/notCompared/" + i4 + "/kind", schemaPath: "#/definitions/resource/properties/kind/enum", keyword: "enum", params: { allowedValues: schema14.properties.kind.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err120];
                } else {
                  vErrors.push(err120);
                }
                errors++;
              }
            }
            if (data49.type !== void 0) {
              let data52 = data49.type;
              if (typeof data52 === "string") {
                if (func3(data52) < 1) {
                  const err121 = { instancePath: instancePath + "/notCompared/" + i4 + "/type", schemaPath: "#/definitions/resource/properties/type/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err121];
                  } else {
                    vErrors.push(err121);
                  }
                  errors++;
                }
              } else {
                const err122 = { instancePath: instancePath + "/notCompared/" + i4 + "/type", schemaPath: "#/definitions/resource/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err122];
                } else {
                  vErrors.push(err122);
                }
                errors++;
              }
            }
            if (data49.name !== void 0) {
              if (typeof data49.name !== "string") {
                const err123 = { instancePath: instancePath + "/notCompared/" + i4 + "/name", schemaPath: "#/definitions/resource/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err123];
                } else {
                  vErrors.push(err123);
                }
                errors++;
              }
            }
            if (data49.subscriptionId !== void 0) {
              if (typeof data49.subscriptionId !== "string") {
                const err124 = { instancePath: instancePath + "/notCompared/" + i4 + "/subscriptionId", schemaPath: "#/definitions/resource/properties/subscriptionId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err124];
                } else {
                  vErrors.push(err124);
                }
                errors++;
              }
            }
          } else {
            const err125 = { instancePath: instancePath + "/notCompared/" + i4, schemaPath: "#/definitions/resource/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err125];
            } else {
              vErrors.push(err125);
            }
            errors++;
          }
          if (data49 && typeof data49 == "object" && !Array.isArray(data49)) {
            if (data49.seenIn === void 0) {
              const err126 = { instancePath: instancePath + "/notCompared/" + i4, schemaPath: "#/properties/notCompared/items/required", keyword: "required", params: { missingProperty: "seenIn" }, message: "must have required property 'seenIn'" };
              if (vErrors === null) {
                vErrors = [err126];
              } else {
                vErrors.push(err126);
              }
              errors++;
            }
            if (data49.reason === void 0) {
              const err127 = { instancePath: instancePath + "/notCompared/" + i4, schemaPath: "#/properties/notCompared/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
              if (vErrors === null) {
                vErrors = [err127];
              } else {
                vErrors.push(err127);
              }
              errors++;
            }
            if (data49.seenIn !== void 0) {
              let data55 = data49.seenIn;
              if (!(data55 === "old" || data55 === "new")) {
                const err128 = { instancePath: instancePath + "/notCompared/" + i4 + "/seenIn", schemaPath: "#/properties/notCompared/items/properties/seenIn/enum", keyword: "enum", params: { allowedValues: schema11.properties.notCompared.items.properties.seenIn.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err128];
                } else {
                  vErrors.push(err128);
                }
                errors++;
              }
            }
            if (data49.reason !== void 0) {
              if (typeof data49.reason !== "string") {
                const err129 = { instancePath: instancePath + "/notCompared/" + i4 + "/reason", schemaPath: "#/properties/notCompared/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err129];
                } else {
                  vErrors.push(err129);
                }
                errors++;
              }
            }
          } else {
            const err130 = { instancePath: instancePath + "/notCompared/" + i4, schemaPath: "#/properties/notCompared/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err130];
            } else {
              vErrors.push(err130);
            }
            errors++;
          }
        }
      } else {
        const err131 = { instancePath: instancePath + "/notCompared", schemaPath: "#/properties/notCompared/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err131];
        } else {
          vErrors.push(err131);
        }
        errors++;
      }
    }
    if (data.notes !== void 0) {
      let data57 = data.notes;
      if (Array.isArray(data57)) {
        const len5 = data57.length;
        for (let i5 = 0; i5 < len5; i5++) {
          if (typeof data57[i5] !== "string") {
            const err132 = { instancePath: instancePath + "/notes/" + i5, schemaPath: "#/properties/notes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err132];
            } else {
              vErrors.push(err132);
            }
            errors++;
          }
        }
      } else {
        const err133 = { instancePath: instancePath + "/notes", schemaPath: "#/properties/notes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err133];
        } else {
          vErrors.push(err133);
        }
        errors++;
      }
    }
  } else {
    const err134 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err134];
    } else {
      vErrors.push(err134);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
