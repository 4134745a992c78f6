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

// dist/util/schema-validators/trend.cjs
module.exports = validate10;
module.exports.default = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/erscan/erscan/schemas/trend.schema.json", "title": "erscan trend (trendVersion 1)", "description": "Written by `erscan trend` as trend.json: the figures of trend.html for one scope over a series of JSON reports. Fields may be added in later versions; none of these are removed or renamed.", "type": "object", "required": ["trendVersion", "tool", "generatedAt", "scope", "period", "runs", "oldestOpen", "timeToFix", "notes"], "additionalProperties": false, "properties": { "trendVersion": { "const": 1 }, "tool": { "type": "object", "required": ["name", "version"], "properties": { "name": { "const": "erscan" }, "version": { "type": "string" } } }, "generatedAt": { "type": "string", "format": "date-time", "description": "When the trend was made." }, "scope": { "type": "object", "description": "The scope every report of the trend shares: the reports' scanCategory (SARIF automationDetails.id), else their inputs.", "required": ["key", "scanCategory", "inputs"], "additionalProperties": false, "properties": { "key": { "type": "string", "minLength": 1 }, "scanCategory": { "type": ["string", "null"] }, "inputs": { "type": "array", "items": { "type": "string" }, "description": "The inputs of the newest report." } } }, "period": { "type": "object", "required": ["from", "to", "runs", "days"], "additionalProperties": false, "properties": { "from": { "type": "string", "format": "date-time", "description": "generatedAt of the first report." }, "to": { "type": "string", "format": "date-time", "description": "generatedAt of the last report." }, "runs": { "type": "integer", "minimum": 1 }, "days": { "type": "integer", "minimum": 0 } } }, "runs": { "type": "array", "minItems": 1, "description": "One entry per report, oldest first.", "items": { "type": "object", "required": ["generatedAt", "report", "toolVersion", "coverageComplete", "findings", "new", "fixed", "cost", "inventory"], "additionalProperties": false, "properties": { "generatedAt": { "type": "string", "format": "date-time" }, "report": { "type": "string", "description": "The report file, as named on the command line or found in a folder." }, "toolVersion": { "type": "string" }, "coverageComplete": { "type": "boolean" }, "findings": { "type": "object", "description": "Unsuppressed findings of the run (open), by severity; suppressed and undecided (status unknown) counted apart.", "required": ["open", "bySeverity", "suppressed", "undecided"], "additionalProperties": false, "properties": { "open": { "type": "integer", "minimum": 0 }, "bySeverity": { "$ref": "#/definitions/severityCounts" }, "suppressed": { "type": "integer", "minimum": 0 }, "undecided": { "type": "integer", "minimum": 0 } } }, "new": { "type": ["integer", "null"], "minimum": 0, "description": "Findings this run has that were not open before (suppressed or not); null for the first run." }, "fixed": { "type": ["integer", "null"], "minimum": 0, "description": "Open findings this run no longer has, counted only by runs with complete coverage; null for the first run." }, "cost": { "type": "object", "required": ["monthlyUsd", "potentialSavingsUsd", "currency", "priceDate"], "additionalProperties": false, "properties": { "monthlyUsd": { "type": ["number", "null"] }, "potentialSavingsUsd": { "type": ["number", "null"] }, "currency": { "type": ["string", "null"] }, "priceDate": { "type": ["string", "null"], "description": "effectiveDate of the price catalogue the report used." } } }, "inventory": { "oneOf": [{ "type": "null" }, { "type": "object", "required": ["circuits", "peerings", "ports", "gateways", "connections", "subscriptions", "tenants"], "properties": { "circuits": { "type": "integer", "minimum": 0 }, "peerings": { "type": "integer", "minimum": 0 }, "ports": { "type": "integer", "minimum": 0 }, "gateways": { "type": "integer", "minimum": 0 }, "connections": { "type": "integer", "minimum": 0 }, "subscriptions": { "type": "integer", "minimum": 0 }, "tenants": { "type": "integer", "minimum": 0 } } }] } } } }, "oldestOpen": { "type": "array", "description": "The longest-open unsuppressed findings of the last run, oldest first.", "items": { "type": "object", "required": ["fingerprint", "ruleId", "ruleName", "category", "severity", "resourceId", "resourceName", "message", "firstSeen", "openDays"], "additionalProperties": false, "properties": { "fingerprint": { "type": "string", "minLength": 1 }, "ruleId": { "type": "string", "minLength": 1 }, "ruleName": { "type": "string" }, "category": { "type": "string" }, "severity": { "$ref": "#/definitions/severity" }, "resourceId": { "type": "string", "minLength": 1 }, "resourceName": { "type": "string" }, "message": { "type": "string" }, "firstSeen": { "type": "string", "format": "date-time" }, "openDays": { "type": "integer", "minimum": 0 } } } }, "timeToFix": { "type": "array", "description": "One entry per severity: findings fixed in the period (days from first seen to the run that found them fixed) and those still open.", "minItems": 5, "maxItems": 5, "items": { "type": "object", "required": ["severity", "fixed", "medianDays", "meanDays", "maxDays", "open", "oldestOpenDays"], "additionalProperties": false, "properties": { "severity": { "$ref": "#/definitions/severity" }, "fixed": { "type": "integer", "minimum": 0 }, "medianDays": { "type": ["number", "null"], "minimum": 0 }, "meanDays": { "type": ["number", "null"], "minimum": 0 }, "maxDays": { "type": ["integer", "null"], "minimum": 0 }, "open": { "type": "integer", "minimum": 0 }, "oldestOpenDays": { "type": ["integer", "null"], "minimum": 0 } } } }, "notes": { "type": "array", "items": { "type": "string" } } }, "definitions": { "severity": { "enum": ["critical", "high", "medium", "low", "info"] }, "severityCounts": { "type": "object", "required": ["critical", "high", "medium", "low", "info"], "additionalProperties": false, "properties": { "critical": { "type": "integer", "minimum": 0 }, "high": { "type": "integer", "minimum": 0 }, "medium": { "type": "integer", "minimum": 0 }, "low": { "type": "integer", "minimum": 0 }, "info": { "type": "integer", "minimum": 0 } } } } };
var schema13 = { "enum": ["critical", "high", "medium", "low", "info"] };
var func2 = Object.prototype.hasOwnProperty;
var func3 = require_ucs2length().default;
var formats0 = require_formats().fullFormats["date-time"];
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.trendVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "trendVersion" }, message: "must have required property 'trendVersion'" };
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
    if (data.scope === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "scope" }, message: "must have required property 'scope'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.period === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "period" }, message: "must have required property 'period'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.runs === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "runs" }, message: "must have required property 'runs'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.oldestOpen === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "oldestOpen" }, message: "must have required property 'oldestOpen'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.timeToFix === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "timeToFix" }, message: "must have required property 'timeToFix'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.notes === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "notes" }, message: "must have required property 'notes'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
        const err9 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.trendVersion !== void 0) {
      if (1 !== data.trendVersion) {
        const err10 = { instancePath: instancePath + "/trendVersion", schemaPath: "#/properties/trendVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.tool !== void 0) {
      let data1 = data.tool;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.name === void 0) {
          const err11 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data1.version === void 0) {
          const err12 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data1.name !== void 0) {
          if ("erscan" !== data1.name) {
            const err13 = { instancePath: instancePath + "/tool/name", schemaPath: "#/properties/tool/properties/name/const", keyword: "const", params: { allowedValue: "erscan" }, message: "must be equal to constant" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data1.version !== void 0) {
          if (typeof data1.version !== "string") {
            const err14 = { instancePath: instancePath + "/tool/version", schemaPath: "#/properties/tool/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.generatedAt !== void 0) {
      let data4 = data.generatedAt;
      if (typeof data4 === "string") {
        if (!formats0.validate(data4)) {
          const err16 = { instancePath: instancePath + "/generatedAt", schemaPath: "#/properties/generatedAt/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/generatedAt", schemaPath: "#/properties/generatedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.scope !== void 0) {
      let data5 = data.scope;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.key === void 0) {
          const err18 = { instancePath: instancePath + "/scope", schemaPath: "#/properties/scope/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (data5.scanCategory === void 0) {
          const err19 = { instancePath: instancePath + "/scope", schemaPath: "#/properties/scope/required", keyword: "required", params: { missingProperty: "scanCategory" }, message: "must have required property 'scanCategory'" };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (data5.inputs === void 0) {
          const err20 = { instancePath: instancePath + "/scope", schemaPath: "#/properties/scope/required", keyword: "required", params: { missingProperty: "inputs" }, message: "must have required property 'inputs'" };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        for (const key1 in data5) {
          if (!(key1 === "key" || key1 === "scanCategory" || key1 === "inputs")) {
            const err21 = { instancePath: instancePath + "/scope", schemaPath: "#/properties/scope/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data5.key !== void 0) {
          let data6 = data5.key;
          if (typeof data6 === "string") {
            if (func3(data6) < 1) {
              const err22 = { instancePath: instancePath + "/scope/key", schemaPath: "#/properties/scope/properties/key/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = { instancePath: instancePath + "/scope/key", schemaPath: "#/properties/scope/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data5.scanCategory !== void 0) {
          let data7 = data5.scanCategory;
          if (typeof data7 !== "string" && data7 !== null) {
            const err24 = { instancePath: instancePath + "/scope/scanCategory", schemaPath: "#/properties/scope/properties/scanCategory/type", keyword: "type", params: { type: schema11.properties.scope.properties.scanCategory.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data5.inputs !== void 0) {
          let data8 = data5.inputs;
          if (Array.isArray(data8)) {
            const len0 = data8.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (typeof data8[i0] !== "string") {
                const err25 = { instancePath: instancePath + "/scope/inputs/" + i0, schemaPath: "#/properties/scope/properties/inputs/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
          } else {
            const err26 = { instancePath: instancePath + "/scope/inputs", schemaPath: "#/properties/scope/properties/inputs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/scope", schemaPath: "#/properties/scope/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.period !== void 0) {
      let data10 = data.period;
      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
        if (data10.from === void 0) {
          const err28 = { instancePath: instancePath + "/period", schemaPath: "#/properties/period/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'" };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        if (data10.to === void 0) {
          const err29 = { instancePath: instancePath + "/period", schemaPath: "#/properties/period/required", keyword: "required", params: { missingProperty: "to" }, message: "must have required property 'to'" };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        if (data10.runs === void 0) {
          const err30 = { instancePath: instancePath + "/period", schemaPath: "#/properties/period/required", keyword: "required", params: { missingProperty: "runs" }, message: "must have required property 'runs'" };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        if (data10.days === void 0) {
          const err31 = { instancePath: instancePath + "/period", schemaPath: "#/properties/period/required", keyword: "required", params: { missingProperty: "days" }, message: "must have required property 'days'" };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        for (const key2 in data10) {
          if (!(key2 === "from" || key2 === "to" || key2 === "runs" || key2 === "days")) {
            const err32 = { instancePath: instancePath + "/period", schemaPath: "#/properties/period/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data10.from !== void 0) {
          let data11 = data10.from;
          if (typeof data11 === "string") {
            if (!formats0.validate(data11)) {
              const err33 = { instancePath: instancePath + "/period/from", schemaPath: "#/properties/period/properties/from/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          } else {
            const err34 = { instancePath: instancePath + "/period/from", schemaPath: "#/properties/period/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data10.to !== void 0) {
          let data12 = data10.to;
          if (typeof data12 === "string") {
            if (!formats0.validate(data12)) {
              const err35 = { instancePath: instancePath + "/period/to", schemaPath: "#/properties/period/properties/to/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          } else {
            const err36 = { instancePath: instancePath + "/period/to", schemaPath: "#/properties/period/properties/to/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        if (data10.runs !== void 0) {
          let data13 = data10.runs;
          if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)))) {
            const err37 = { instancePath: instancePath + "/period/runs", schemaPath: "#/properties/period/properties/runs/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
          if (typeof data13 == "number") {
            if (data13 < 1 || isNaN(data13)) {
              const err38 = { instancePath: instancePath + "/period/runs", schemaPath: "#/properties/period/properties/runs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
          }
        }
        if (data10.days !== void 0) {
          let data14 = data10.days;
          if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)))) {
            const err39 = { instancePath: instancePath + "/period/days", schemaPath: "#/properties/period/properties/days/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
          if (typeof data14 == "number") {
            if (data14 < 0 || isNaN(data14)) {
              const err40 = { instancePath: instancePath + "/period/days", schemaPath: "#/properties/period/properties/days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
          }
        }
      } else {
        const err41 = { instancePath: instancePath + "/period", schemaPath: "#/properties/period/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.runs !== void 0) {
      let data15 = data.runs;
      if (Array.isArray(data15)) {
        if (data15.length < 1) {
          const err42 = { instancePath: instancePath + "/runs", schemaPath: "#/properties/runs/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
        const len1 = data15.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data16 = data15[i1];
          if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
            if (data16.generatedAt === void 0) {
              const err43 = { instancePath: instancePath + "/runs/" + i1, schemaPath: "#/properties/runs/items/required", keyword: "required", params: { missingProperty: "generatedAt" }, message: "must have required property 'generatedAt'" };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            if (data16.report === void 0) {
              const err44 = { instancePath: instancePath + "/runs/" + i1, schemaPath: "#/properties/runs/items/required", keyword: "required", params: { missingProperty: "report" }, message: "must have required property 'report'" };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
            if (data16.toolVersion === void 0) {
              const err45 = { instancePath: instancePath + "/runs/" + i1, schemaPath: "#/properties/runs/items/required", keyword: "required", params: { missingProperty: "toolVersion" }, message: "must have required property 'toolVersion'" };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
            if (data16.coverageComplete === void 0) {
              const err46 = { instancePath: instancePath + "/runs/" + i1, schemaPath: "#/properties/runs/items/required", keyword: "required", params: { missingProperty: "coverageComplete" }, message: "must have required property 'coverageComplete'" };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
            if (data16.findings === void 0) {
              const err47 = { instancePath: instancePath + "/runs/" + i1, schemaPath: "#/properties/runs/items/required", keyword: "required", params: { missingProperty: "findings" }, message: "must have required property 'findings'" };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
            if (data16.new === void 0) {
              const err48 = { instancePath: instancePath + "/runs/" + i1, schemaPath: "#/properties/runs/items/required", keyword: "required", params: { missingProperty: "new" }, message: "must have required property 'new'" };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
            if (data16.fixed === void 0) {
              const err49 = { instancePath: instancePath + "/runs/" + i1, schemaPath: "#/properties/runs/items/required", keyword: "required", params: { missingProperty: "fixed" }, message: "must have required property 'fixed'" };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
            if (data16.cost === void 0) {
              const err50 = { instancePath: instancePath + "/runs/" + i1, schemaPath: "#/properties/runs/items/required", keyword: "required", params: { missingProperty: "cost" }, message: "must have required property 'cost'" };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
            if (data16.inventory === void 0) {
              const err51 = { instancePath: instancePath + "/runs/" + i1, schemaPath: "#/properties/runs/items/required", keyword: "required", params: { missingProperty: "inventory" }, message: "must have required property 'inventory'" };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
            for (const key3 in data16) {
              if (!func2.call(schema11.properties.runs.items.properties, key3)) {
                const err52 = { instancePath: instancePath + "/runs/" + i1, schemaPath: "#/properties/runs/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
            if (data16.generatedAt !== void 0) {
              let data17 = data16.generatedAt;
              if (typeof data17 === "string") {
                if (!formats0.validate(data17)) {
                  const err53 = { instancePath: instancePath + "/runs/" + i1 + "/generatedAt", schemaPath: "#/properties/runs/items/properties/generatedAt/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                  if (vErrors === null) {
                    vErrors = [err53];
                  } else {
                    vErrors.push(err53);
                  }
                  errors++;
                }
              } else {
                const err54 = { instancePath: instancePath + "/runs/" + i1 + "/generatedAt", schemaPath: "#/properties/runs/items/properties/generatedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            }
            if (data16.report !== void 0) {
              if (typeof data16.report !== "string") {
                const err55 = { instancePath: instancePath + "/runs/" + i1 + "/report", schemaPath: "#/properties/runs/items/properties/report/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
            if (data16.toolVersion !== void 0) {
              if (typeof data16.toolVersion !== "string") {
                const err56 = { instancePath: instancePath + "/runs/" + i1 + "/toolVersion", schemaPath: "#/properties/runs/items/properties/toolVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
            }
            if (data16.coverageComplete !== void 0) {
              if (typeof data16.coverageComplete !== "boolean") {
                const err57 = { instancePath: instancePath + "/runs/" + i1 + "/coverageComplete", schemaPath: "#/properties/runs/items/properties/coverageComplete/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
            if (data16.findings !== void 0) {
              let data21 = data16.findings;
              if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                if (data21.open === void 0) {
                  const err58 = { instancePath: instancePath + "/runs/" + i1 + "/findings", schemaPath: "#/properties/runs/items/properties/findings/required", keyword: "required", params: { missingProperty: "open" }, message: "must have required property 'open'" };
                  if (vErrors === null) {
                    vErrors = [err58];
                  } else {
                    vErrors.push(err58);
                  }
                  errors++;
                }
                if (data21.bySeverity === void 0) {
                  const err59 = { instancePath: instancePath + "/runs/" + i1 + "/findings", schemaPath: "#/properties/runs/items/properties/findings/required", keyword: "required", params: { missingProperty: "bySeverity" }, message: "must have required property 'bySeverity'" };
                  if (vErrors === null) {
                    vErrors = [err59];
                  } else {
                    vErrors.push(err59);
                  }
                  errors++;
                }
                if (data21.suppressed === void 0) {
                  const err60 = { instancePath: instancePath + "/runs/" + i1 + "/findings", schemaPath: "#/properties/runs/items/properties/findings/required", keyword: "required", params: { missingProperty: "suppressed" }, message: "must have required property 'suppressed'" };
                  if (vErrors === null) {
                    vErrors = [err60];
                  } else {
                    vErrors.push(err60);
                  }
                  errors++;
                }
                if (data21.undecided === void 0) {
                  const err61 = { instancePath: instancePath + "/runs/" + i1 + "/findings", schemaPath: "#/properties/runs/items/properties/findings/required", keyword: "required", params: { missingProperty: "undecided" }, message: "must have required property 'undecided'" };
                  if (vErrors === null) {
                    vErrors = [err61];
                  } else {
                    vErrors.push(err61);
                  }
                  errors++;
                }
                for (const key4 in data21) {
                  if (!(key4 === "open" || key4 === "bySeverity" || key4 === "suppressed" || key4 === "undecided")) {
                    const err62 = { instancePath: instancePath + "/runs/" + i1 + "/findings", schemaPath: "#/properties/runs/items/properties/findings/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err62];
                    } else {
                      vErrors.push(err62);
                    }
                    errors++;
                  }
                }
                if (data21.open !== void 0) {
                  let data22 = data21.open;
                  if (!(typeof data22 == "number" && (!(data22 % 1) && !isNaN(data22)))) {
                    const err63 = { instancePath: instancePath + "/runs/" + i1 + "/findings/open", schemaPath: "#/properties/runs/items/properties/findings/properties/open/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err63];
                    } else {
                      vErrors.push(err63);
                    }
                    errors++;
                  }
                  if (typeof data22 == "number") {
                    if (data22 < 0 || isNaN(data22)) {
                      const err64 = { instancePath: instancePath + "/runs/" + i1 + "/findings/open", schemaPath: "#/properties/runs/items/properties/findings/properties/open/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err64];
                      } else {
                        vErrors.push(err64);
                      }
                      errors++;
                    }
                  }
                }
                if (data21.bySeverity !== void 0) {
                  let data23 = data21.bySeverity;
                  if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
                    if (data23.critical === void 0) {
                      const err65 = { instancePath: instancePath + "/runs/" + i1 + "/findings/bySeverity", schemaPath: "#/definitions/severityCounts/required", keyword: "required", params: { missingProperty: "critical" }, message: "must have required property 'critical'" };
                      if (vErrors === null) {
                        vErrors = [err65];
                      } else {
                        vErrors.push(err65);
                      }
                      errors++;
                    }
                    if (data23.high === void 0) {
                      const err66 = { instancePath: instancePath + "/runs/" + i1 + "/findings/bySeverity", schemaPath: "#/definitions/severityCounts/required", keyword: "required", params: { missingProperty: "high" }, message: "must have required property 'high'" };
                      if (vErrors === null) {
                        vErrors = [err66];
                      } else {
                        vErrors.push(err66);
                      }
                      errors++;
                    }
                    if (data23.medium === void 0) {
                      const err67 = { instancePath: instancePath + "/runs/" + i1 + "/findings/bySeverity", schemaPath: "#/definitions/severityCounts/required", keyword: "required", params: { missingProperty: "medium" }, message: "must have required property 'medium'" };
                      if (vErrors === null) {
                        vErrors = [err67];
                      } else {
                        vErrors.push(err67);
                      }
                      errors++;
                    }
                    if (data23.low === void 0) {
                      const err68 = { instancePath: instancePath + "/runs/" + i1 + "/findings/bySeverity", schemaPath: "#/definitions/severityCounts/required", keyword: "required", params: { missingProperty: "low" }, message: "must have required property 'low'" };
                      if (vErrors === null) {
                        vErrors = [err68];
                      } else {
                        vErrors.push(err68);
                      }
                      errors++;
                    }
                    if (data23.info === void 0) {
                      const err69 = { instancePath: instancePath + "/runs/" + i1 + "/findings/bySeverity", schemaPath: "#/definitions/severityCounts/required", keyword: "required", params: { missingProperty: "info" }, message: "must have required property 'info'" };
                      if (vErrors === null) {
                        vErrors = [err69];
                      } else {
                        vErrors.push(err69);
                      }
                      errors++;
                    }
                    for (const key5 in data23) {
                      if (!(key5 === "critical" || key5 === "high" || key5 === "medium" || key5 === "low" || key5 === "info")) {
                        const err70 = { instancePath: instancePath + "/runs/" + i1 + "/findings/bySeverity", schemaPath: "#/definitions/severityCounts/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err70];
                        } else {
                          vErrors.push(err70);
                        }
                        errors++;
                      }
                    }
                    if (data23.critical !== void 0) {
                      let data24 = data23.critical;
                      if (!(typeof data24 == "number" && (!(data24 % 1) && !isNaN(data24)))) {
                        const err71 = { instancePath: instancePath + "/runs/" + i1 + "/findings/bySeverity/critical", schemaPath: "#/definitions/severityCounts/properties/critical/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err71];
                        } else {
                          vErrors.push(err71);
                        }
                        errors++;
                      }
                      if (typeof data24 == "number") {
                        if (data24 < 0 || isNaN(data24)) {
                          const err72 = { instancePath: instancePath + "/runs/" + i1 + "/findings/bySeverity/critical", schemaPath: "#/definitions/severityCounts/properties/critical/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                          if (vErrors === null) {
                            vErrors = [err72];
                          } else {
                            vErrors.push(err72);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data23.high !== void 0) {
                      let data25 = data23.high;
                      if (!(typeof data25 == "number" && (!(data25 % 1) && !isNaN(data25)))) {
                        const err73 = { instancePath: instancePath + "/runs/" + i1 + "/findings/bySeverity/high", schemaPath: "#/definitions/severityCounts/properties/high/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err73];
                        } else {
                          vErrors.push(err73);
                        }
                        errors++;
                      }
                      if (typeof data25 == "number") {
                        if (data25 < 0 || isNaN(data25)) {
                          const err74 = { instancePath: instancePath + "/runs/" + i1 + "/findings/bySeverity/high", schemaPath: "#/definitions/severityCounts/properties/high/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                          if (vErrors === null) {
                            vErrors = [err74];
                          } else {
                            vErrors.push(err74);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data23.medium !== void 0) {
                      let data26 = data23.medium;
                      if (!(typeof data26 == "number" && (!(data26 % 1) && !isNaN(data26)))) {
                        const err75 = { instancePath: instancePath + "/runs/" + i1 + "/findings/bySeverity/medium", schemaPath: "#/definitions/severityCounts/properties/medium/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err75];
                        } else {
                          vErrors.push(err75);
                        }
                        errors++;
                      }
                      if (typeof data26 == "number") {
                        if (data26 < 0 || isNaN(data26)) {
                          const err76 = { instancePath: instancePath + "/runs/" + i1 + "/findings/bySeverity/medium", schemaPath: "#/definitions/severityCounts/properties/medium/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                          if (vErrors === null) {
                            vErrors = [err76];
                          } else {
                            vErrors.push(err76);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data23.low !== void 0) {
                      let data27 = data23.low;
                      if (!(typeof data27 == "number" && (!(data27 % 1) && !isNaN(data27)))) {
                        const err77 = { instancePath: instancePath + "/runs/" + i1 + "/findings/bySeverity/low", schemaPath: "#/definitions/severityCounts/properties/low/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err77];
                        } else {
                          vErrors.push(err77);
                        }
                        errors++;
                      }
                      if (typeof data27 == "number") {
                        if (data27 < 0 || isNaN(data27)) {
                          const err78 = { instancePath: instancePath + "/runs/" + i1 + "/findings/bySeverity/low", schemaPath: "#/definitions/severityCounts/properties/low/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                          if (vErrors === null) {
                            vErrors = [err78];
                          } else {
                            vErrors.push(err78);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data23.info !== void 0) {
                      let data28 = data23.info;
                      if (!(typeof data28 == "number" && (!(data28 % 1) && !isNaN(data28)))) {
                        const err79 = { instancePath: instancePath + "/runs/" + i1 + "/findings/bySeverity/info", schemaPath: "#/definitions/severityCounts/properties/info/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err79];
                        } else {
                          vErrors.push(err79);
                        }
                        errors++;
                      }
                      if (typeof data28 == "number") {
                        if (data28 < 0 || isNaN(data28)) {
                          const err80 = { instancePath: instancePath + "/runs/" + i1 + "/findings/bySeverity/info", schemaPath: "#/definitions/severityCounts/properties/info/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                          if (vErrors === null) {
                            vErrors = [err80];
                          } else {
                            vErrors.push(err80);
                          }
                          errors++;
                        }
                      }
                    }
                  } else {
                    const err81 = { instancePath: instancePath + "/runs/" + i1 + "/findings/bySeverity", schemaPath: "#/definitions/severityCounts/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err81];
                    } else {
                      vErrors.push(err81);
                    }
                    errors++;
                  }
                }
                if (data21.suppressed !== void 0) {
                  let data29 = data21.suppressed;
                  if (!(typeof data29 == "number" && (!(data29 % 1) && !isNaN(data29)))) {
                    const err82 = { instancePath: instancePath + "/runs/" + i1 + "/findings/suppressed", schemaPath: "#/properties/runs/items/properties/findings/properties/suppressed/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err82];
                    } else {
                      vErrors.push(err82);
                    }
                    errors++;
                  }
                  if (typeof data29 == "number") {
                    if (data29 < 0 || isNaN(data29)) {
                      const err83 = { instancePath: instancePath + "/runs/" + i1 + "/findings/suppressed", schemaPath: "#/properties/runs/items/properties/findings/properties/suppressed/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err83];
                      } else {
                        vErrors.push(err83);
                      }
                      errors++;
                    }
                  }
                }
                if (data21.undecided !== void 0) {
                  let data30 = data21.undecided;
                  if (!(typeof data30 == "number" && (!(data30 % 1) && !isNaN(data30)))) {
                    const err84 = { instancePath: instancePath + "/runs/" + i1 + "/findings/undecided", schemaPath: "#/properties/runs/items/properties/findings/properties/undecided/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err84];
                    } else {
                      vErrors.push(err84);
                    }
                    errors++;
                  }
                  if (typeof data30 == "number") {
                    if (data30 < 0 || isNaN(data30)) {
                      const err85 = { instancePath: instancePath + "/runs/" + i1 + "/findings/undecided", schemaPath: "#/properties/runs/items/properties/findings/properties/undecided/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err85];
                      } else {
                        vErrors.push(err85);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err86 = { instancePath: instancePath + "/runs/" + i1 + "/findings", schemaPath: "#/properties/runs/items/properties/findings/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err86];
                } else {
                  vErrors.push(err86);
                }
                errors++;
              }
            }
            if (data16.new !== void 0) {
              let data31 = data16.new;
              if (!(typeof data31 == "number" && (!(data31 % 1) && !isNaN(data31))) && data31 !== null) {
                const err87 = { instancePath: instancePath + "/runs/" + i1 + "/new", schemaPath: "#/properties/runs/items/properties/new/type", keyword: "type", params: { type: schema11.properties.runs.items.properties.new.type }, message: "must be integer,null" };
                if (vErrors === null) {
                  vErrors = [err87];
                } else {
                  vErrors.push(err87);
                }
                errors++;
              }
              if (typeof data31 == "number") {
                if (data31 < 0 || isNaN(data31)) {
                  const err88 = { instancePath: instancePath + "/runs/" + i1 + "/new", schemaPath: "#/properties/runs/items/properties/new/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err88];
                  } else {
                    vErrors.push(err88);
                  }
                  errors++;
                }
              }
            }
            if (data16.fixed !== void 0) {
              let data32 = data16.fixed;
              if (!(typeof data32 == "number" && (!(data32 % 1) && !isNaN(data32))) && data32 !== null) {
                const err89 = { instancePath: instancePath + "/runs/" + i1 + "/fixed", schemaPath: "#/properties/runs/items/properties/fixed/type", keyword: "type", params: { type: schema11.properties.runs.items.properties.fixed.type }, message: "must be integer,null" };
                if (vErrors === null) {
                  vErrors = [err89];
                } else {
                  vErrors.push(err89);
                }
                errors++;
              }
              if (typeof data32 == "number") {
                if (data32 < 0 || isNaN(data32)) {
                  const err90 = { instancePath: instancePath + "/runs/" + i1 + "/fixed", schemaPath: "#/properties/runs/items/properties/fixed/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err90];
                  } else {
                    vErrors.push(err90);
                  }
                  errors++;
                }
              }
            }
            if (data16.cost !== void 0) {
              let data33 = data16.cost;
              if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                if (data33.monthlyUsd === void 0) {
                  const err91 = { instancePath: instancePath + "/runs/" + i1 + "/cost", schemaPath: "#/properties/runs/items/properties/cost/required", keyword: "required", params: { missingProperty: "monthlyUsd" }, message: "must have required property 'monthlyUsd'" };
                  if (vErrors === null) {
                    vErrors = [err91];
                  } else {
                    vErrors.push(err91);
                  }
                  errors++;
                }
                if (data33.potentialSavingsUsd === void 0) {
                  const err92 = { instancePath: instancePath + "/runs/" + i1 + "/cost", schemaPath: "#/properties/runs/items/properties/cost/required", keyword: "required", params: { missingProperty: "potentialSavingsUsd" }, message: "must have required property 'potentialSavingsUsd'" };
                  if (vErrors === null) {
                    vErrors = [err92];
                  } else {
                    vErrors.push(err92);
                  }
                  errors++;
                }
                if (data33.currency === void 0) {
                  const err93 = { instancePath: instancePath + "/runs/" + i1 + "/cost", schemaPath: "#/properties/runs/items/properties/cost/required", keyword: "required", params: { missingProperty: "currency" }, message: "must have required property 'currency'" };
                  if (vErrors === null) {
                    vErrors = [err93];
                  } else {
                    vErrors.push(err93);
                  }
                  errors++;
                }
                if (data33.priceDate === void 0) {
                  const err94 = { instancePath: instancePath + "/runs/" + i1 + "/cost", schemaPath: "#/properties/runs/items/properties/cost/required", keyword: "required", params: { missingProperty: "priceDate" }, message: "must have required property 'priceDate'" };
                  if (vErrors === null) {
                    vErrors = [err94];
                  } else {
                    vErrors.push(err94);
                  }
                  errors++;
                }
                for (const key6 in data33) {
                  if (!(key6 === "monthlyUsd" || key6 === "potentialSavingsUsd" || key6 === "currency" || key6 === "priceDate")) {
                    const err95 = { instancePath: instancePath + "/runs/" + i1 + "/cost", schemaPath: "#/properties/runs/items/properties/cost/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err95];
                    } else {
                      vErrors.push(err95);
                    }
                    errors++;
                  }
                }
                if (data33.monthlyUsd !== void 0) {
                  let data34 = data33.monthlyUsd;
                  if (!(typeof data34 == "number") && data34 !== null) {
                    const err96 = { instancePath: instancePath + "/runs/" + i1 + "/cost/monthlyUsd", schemaPath: "#/properties/runs/items/properties/cost/properties/monthlyUsd/type", keyword: "type", params: { type: schema11.properties.runs.items.properties.cost.properties.monthlyUsd.type }, message: "must be number,null" };
                    if (vErrors === null) {
                      vErrors = [err96];
                    } else {
                      vErrors.push(err96);
                    }
                    errors++;
                  }
                }
                if (data33.potentialSavingsUsd !== void 0) {
                  let data35 = data33.potentialSavingsUsd;
                  if (!(typeof data35 == "number") && data35 !== null) {
                    const err97 = { instancePath: instancePath + "/runs/" + i1 + "/cost/potentialSavingsUsd", schemaPath: "#/properties/runs/items/properties/cost/properties/potentialSavingsUsd/type", keyword: "type", params: { type: schema11.properties.runs.items.properties.cost.properties.potentialSavingsUsd.type }, message: "must be number,null" };
                    if (vErrors === null) {
                      vErrors = [err97];
                    } else {
                      vErrors.push(err97);
                    }
                    errors++;
                  }
                }
                if (data33.currency !== void 0) {
                  let data36 = data33.currency;
                  if (typeof data36 !== "string" && data36 !== null) {
                    const err98 = { instancePath: instancePath + "/runs/" + i1 + "/cost/currency", schemaPath: "#/properties/runs/items/properties/cost/properties/currency/type", keyword: "type", params: { type: schema11.properties.runs.items.properties.cost.properties.currency.type }, message: "must be string,null" };
                    if (vErrors === null) {
                      vErrors = [err98];
                    } else {
                      vErrors.push(err98);
                    }
                    errors++;
                  }
                }
                if (data33.priceDate !== void 0) {
                  let data37 = data33.priceDate;
                  if (typeof data37 !== "string" && data37 !== null) {
                    const err99 = { instancePath: instancePath + "/runs/" + i1 + "/cost/priceDate", schemaPath: "#/properties/runs/items/properties/cost/properties/priceDate/type", keyword: "type", params: { type: schema11.properties.runs.items.properties.cost.properties.priceDate.type }, message: "must be string,null" };
                    if (vErrors === null) {
                      vErrors = [err99];
                    } else {
                      vErrors.push(err99);
                    }
                    errors++;
                  }
                }
              } else {
                const err100 = { instancePath: instancePath + "/runs/" + i1 + "/cost", schemaPath: "#/properties/runs/items/properties/cost/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err100];
                } else {
                  vErrors.push(err100);
                }
                errors++;
              }
            }
            if (data16.inventory !== void 0) {
              let data38 = data16.inventory;
              const _errs84 = errors;
              let valid13 = false;
              let passing0 = null;
              const _errs85 = errors;
              if (data38 !== null) {
                const err101 = { instancePath: instancePath + "/runs/" + i1 + "/inventory", schemaPath: "#/properties/runs/items/properties/inventory/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                if (vErrors === null) {
                  vErrors = [err101];
                } else {
                  vErrors.push(err101);
                }
                errors++;
              }
              var _valid0 = _errs85 === errors;
              if (_valid0) {
                valid13 = true;
                passing0 = 0;
              }
              const _errs87 = errors;
              if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
                if (data38.circuits === void 0) {
                  const err102 = { instancePath: instancePath + "/runs/" + i1 + "/inventory", schemaPath: "#/properties/runs/items/properties/inventory/oneOf/1/required", keyword: "required", params: { missingProperty: "circuits" }, message: "must have required property 'circuits'" };
                  if (vErrors === null) {
                    vErrors = [err102];
                  } else {
                    vErrors.push(err102);
                  }
                  errors++;
                }
                if (data38.peerings === void 0) {
                  const err103 = { instancePath: instancePath + "/runs/" + i1 + "/inventory", schemaPath: "#/properties/runs/items/properties/inventory/oneOf/1/required", keyword: "required", params: { missingProperty: "peerings" }, message: "must have required property 'peerings'" };
                  if (vErrors === null) {
                    vErrors = [err103];
                  } else {
                    vErrors.push(err103);
                  }
                  errors++;
                }
                if (data38.ports === void 0) {
                  const err104 = { instancePath: instancePath + "/runs/" + i1 + "/inventory", schemaPath: "#/properties/runs/items/properties/inventory/oneOf/1/required", keyword: "required", params: { missingProperty: "ports" }, message: "must have required property 'ports'" };
                  if (vErrors === null) {
                    vErrors = [err104];
                  } else {
                    vErrors.push(err104);
                  }
                  errors++;
                }
                if (data38.gateways === void 0) {
                  const err105 = { instancePath: instancePath + "/runs/" + i1 + "/inventory", schemaPath: "#/properties/runs/items/properties/inventory/oneOf/1/required", keyword: "required", params: { missingProperty: "gateways" }, message: "must have required property 'gateways'" };
                  if (vErrors === null) {
                    vErrors = [err105];
                  } else {
                    vErrors.push(err105);
                  }
                  errors++;
                }
                if (data38.connections === void 0) {
                  const err106 = { instancePath: instancePath + "/runs/" + i1 + "/inventory", schemaPath: "#/properties/runs/items/properties/inventory/oneOf/1/required", keyword: "required", params: { missingProperty: "connections" }, message: "must have required property 'connections'" };
                  if (vErrors === null) {
                    vErrors = [err106];
                  } else {
                    vErrors.push(err106);
                  }
                  errors++;
                }
                if (data38.subscriptions === void 0) {
                  const err107 = { instancePath: instancePath + "/runs/" + i1 + "/inventory", schemaPath: "#/properties/runs/items/properties/inventory/oneOf/1/required", keyword: "required", params: { missingProperty: "subscriptions" }, message: "must have required property 'subscriptions'" };
                  if (vErrors === null) {
                    vErrors = [err107];
                  } else {
                    vErrors.push(err107);
                  }
                  errors++;
                }
                if (data38.tenants === void 0) {
                  const err108 = { instancePath: instancePath + "/runs/" + i1 + "/inventory", schemaPath: "#/properties/runs/items/properties/inventory/oneOf/1/required", keyword: "required", params: { missingProperty: "tenants" }, message: "must have required property 'tenants'" };
                  if (vErrors === null) {
                    vErrors = [err108];
                  } else {
                    vErrors.push(err108);
                  }
                  errors++;
                }
                if (data38.circuits !== void 0) {
                  let data39 = data38.circuits;
                  if (!(typeof data39 == "number" && (!(data39 % 1) && !isNaN(data39)))) {
                    const err109 = { instancePath: instancePath + "/runs/" + i1 + "/inventory/circuits", schemaPath: "#/properties/runs/items/properties/inventory/oneOf/1/properties/circuits/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err109];
                    } else {
                      vErrors.push(err109);
                    }
                    errors++;
                  }
                  if (typeof data39 == "number") {
                    if (data39 < 0 || isNaN(data39)) {
                      const err110 = { instancePath: instancePath + "/runs/" + i1 + "/inventory/circuits", schemaPath: "#/properties/runs/items/properties/inventory/oneOf/1/properties/circuits/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err110];
                      } else {
                        vErrors.push(err110);
                      }
                      errors++;
                    }
                  }
                }
                if (data38.peerings !== void 0) {
                  let data40 = data38.peerings;
                  if (!(typeof data40 == "number" && (!(data40 % 1) && !isNaN(data40)))) {
                    const err111 = { instancePath: instancePath + "/runs/" + i1 + "/inventory/peerings", schemaPath: "#/properties/runs/items/properties/inventory/oneOf/1/properties/peerings/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err111];
                    } else {
                      vErrors.push(err111);
                    }
                    errors++;
                  }
                  if (typeof data40 == "number") {
                    if (data40 < 0 || isNaN(data40)) {
                      const err112 = { instancePath: instancePath + "/runs/" + i1 + "/inventory/peerings", schemaPath: "#/properties/runs/items/properties/inventory/oneOf/1/properties/peerings/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err112];
                      } else {
                        vErrors.push(err112);
                      }
                      errors++;
                    }
                  }
                }
                if (data38.ports !== void 0) {
                  let data41 = data38.ports;
                  if (!(typeof data41 == "number" && (!(data41 % 1) && !isNaN(data41)))) {
                    const err113 = { instancePath: instancePath + "/runs/" + i1 + "/inventory/ports", schemaPath: "#/properties/runs/items/properties/inventory/oneOf/1/properties/ports/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err113];
                    } else {
                      vErrors.push(err113);
                    }
                    errors++;
                  }
                  if (typeof data41 == "number") {
                    if (data41 < 0 || isNaN(data41)) {
                      const err114 = { instancePath: instancePath + "/runs/" + i1 + "/inventory/ports", schemaPath: "#/properties/runs/items/properties/inventory/oneOf/1/properties/ports/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err114];
                      } else {
                        vErrors.push(err114);
                      }
                      errors++;
                    }
                  }
                }
                if (data38.gateways !== void 0) {
                  let data42 = data38.gateways;
                  if (!(typeof data42 == "number" && (!(data42 % 1) && !isNaN(data42)))) {
                    const err115 = { instancePath: instancePath + "/runs/" + i1 + "/inventory/gateways", schemaPath: "#/properties/runs/items/properties/inventory/oneOf/1/properties/gateways/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err115];
                    } else {
                      vErrors.push(err115);
                    }
                    errors++;
                  }
                  if (typeof data42 == "number") {
                    if (data42 < 0 || isNaN(data42)) {
                      const err116 = { instancePath: instancePath + "/runs/" + i1 + "/inventory/gateways", schemaPath: "#/properties/runs/items/properties/inventory/oneOf/1/properties/gateways/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err116];
                      } else {
                        vErrors.push(err116);
                      }
                      errors++;
                    }
                  }
                }
                if (data38.connections !== void 0) {
                  let data43 = data38.connections;
                  if (!(typeof data43 == "number" && (!(data43 % 1) && !isNaN(data43)))) {
                    const err117 = { instancePath: instancePath + "/runs/" + i1 + "/inventory/connections", schemaPath: "#/properties/runs/items/properties/inventory/oneOf/1/properties/connections/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err117];
                    } else {
                      vErrors.push(err117);
                    }
                    errors++;
                  }
                  if (typeof data43 == "number") {
                    if (data43 < 0 || isNaN(data43)) {
                      const err118 = { instancePath: instancePath + "/runs/" + i1 + "/inventory/connections", schemaPath: "#/properties/runs/items/properties/inventory/oneOf/1/properties/connections/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err118];
                      } else {
                        vErrors.push(err118);
                      }
                      errors++;
                    }
                  }
                }
                if (data38.subscriptions !== void 0) {
                  let data44 = data38.subscriptions;
                  if (!(typeof data44 == "number" && (!(data44 % 1) && !isNaN(data44)))) {
                    const err119 = { instancePath: instancePath + "/runs/" + i1 + "/inventory/subscriptions", schemaPath: "#/properties/runs/items/properties/inventory/oneOf/1/properties/subscriptions/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err119];
                    } else {
                      vErrors.push(err119);
                    }
                    errors++;
                  }
                  if (typeof data44 == "number") {
                    if (data44 < 0 || isNaN(data44)) {
                      const err120 = { instancePath: instancePath + "/runs/" + i1 + "/inventory/subscriptions", schemaPath: "#/properties/runs/items/properties/inventory/oneOf/1/properties/subscriptions/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err120];
                      } else {
                        vErrors.push(err120);
                      }
                      errors++;
                    }
                  }
                }
                if (data38.tenants !== void 0) {
                  let data45 = data38.tenants;
                  if (!(typeof data45 == "number" && (!(data45 % 1) && !isNaN(data45)))) {
                    const err121 = { instancePath: instancePath + "/runs/" + i1 + "/inventory/tenants", schemaPath: "#/properties/runs/items/properties/inventory/oneOf/1/properties/tenants/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err121];
                    } else {
                      vErrors.push(err121);
                    }
                    errors++;
                  }
                  if (typeof data45 == "number") {
                    if (data45 < 0 || isNaN(data45)) {
                      const err122 = { instancePath: instancePath + "/runs/" + i1 + "/inventory/tenants", schemaPath: "#/properties/runs/items/properties/inventory/oneOf/1/properties/tenants/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err122];
                      } else {
                        vErrors.push(err122);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err123 = { instancePath: instancePath + "/runs/" + i1 + "/inventory", schemaPath: "#/properties/runs/items/properties/inventory/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err123];
                } else {
                  vErrors.push(err123);
                }
                errors++;
              }
              var _valid0 = _errs87 === errors;
              if (_valid0 && valid13) {
                valid13 = false;
                passing0 = [passing0, 1];
              } else {
                if (_valid0) {
                  valid13 = true;
                  passing0 = 1;
                }
              }
              if (!valid13) {
                const err124 = { instancePath: instancePath + "/runs/" + i1 + "/inventory", schemaPath: "#/properties/runs/items/properties/inventory/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
                if (vErrors === null) {
                  vErrors = [err124];
                } else {
                  vErrors.push(err124);
                }
                errors++;
              } else {
                errors = _errs84;
                if (vErrors !== null) {
                  if (_errs84) {
                    vErrors.length = _errs84;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
          } else {
            const err125 = { instancePath: instancePath + "/runs/" + i1, schemaPath: "#/properties/runs/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err125];
            } else {
              vErrors.push(err125);
            }
            errors++;
          }
        }
      } else {
        const err126 = { instancePath: instancePath + "/runs", schemaPath: "#/properties/runs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err126];
        } else {
          vErrors.push(err126);
        }
        errors++;
      }
    }
    if (data.oldestOpen !== void 0) {
      let data46 = data.oldestOpen;
      if (Array.isArray(data46)) {
        const len2 = data46.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data47 = data46[i2];
          if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
            if (data47.fingerprint === void 0) {
              const err127 = { instancePath: instancePath + "/oldestOpen/" + i2, schemaPath: "#/properties/oldestOpen/items/required", keyword: "required", params: { missingProperty: "fingerprint" }, message: "must have required property 'fingerprint'" };
              if (vErrors === null) {
                vErrors = [err127];
              } else {
                vErrors.push(err127);
              }
              errors++;
            }
            if (data47.ruleId === void 0) {
              const err128 = { instancePath: instancePath + "/oldestOpen/" + i2, schemaPath: "#/properties/oldestOpen/items/required", keyword: "required", params: { missingProperty: "ruleId" }, message: "must have required property 'ruleId'" };
              if (vErrors === null) {
                vErrors = [err128];
              } else {
                vErrors.push(err128);
              }
              errors++;
            }
            if (data47.ruleName === void 0) {
              const err129 = { instancePath: instancePath + "/oldestOpen/" + i2, schemaPath: "#/properties/oldestOpen/items/required", keyword: "required", params: { missingProperty: "ruleName" }, message: "must have required property 'ruleName'" };
              if (vErrors === null) {
                vErrors = [err129];
              } else {
                vErrors.push(err129);
              }
              errors++;
            }
            if (data47.category === void 0) {
              const err130 = { instancePath: instancePath + "/oldestOpen/" + i2, schemaPath: "#/properties/oldestOpen/items/required", keyword: "required", params: { missingProperty: "category" }, message: "must have required property 'category'" };
              if (vErrors === null) {
                vErrors = [err130];
              } else {
                vErrors.push(err130);
              }
              errors++;
            }
            if (data47.severity === void 0) {
              const err131 = { instancePath: instancePath + "/oldestOpen/" + i2, schemaPath: "#/properties/oldestOpen/items/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property 'severity'" };
              if (vErrors === null) {
                vErrors = [err131];
              } else {
                vErrors.push(err131);
              }
              errors++;
            }
            if (data47.resourceId === void 0) {
              const err132 = { instancePath: instancePath + "/oldestOpen/" + i2, schemaPath: "#/properties/oldestOpen/items/required", keyword: "required", params: { missingProperty: "resourceId" }, message: "must have required property 'resourceId'" };
              if (vErrors === null) {
                vErrors = [err132];
              } else {
                vErrors.push(err132);
              }
              errors++;
            }
            if (data47.resourceName === void 0) {
              const err133 = { instancePath: instancePath + "/oldestOpen/" + i2, schemaPath: "#/properties/oldestOpen/items/required", keyword: "required", params: { missingProperty: "resourceName" }, message: "must have required property 'resourceName'" };
              if (vErrors === null) {
                vErrors = [err133];
              } else {
                vErrors.push(err133);
              }
              errors++;
            }
            if (data47.message === void 0) {
              const err134 = { instancePath: instancePath + "/oldestOpen/" + i2, schemaPath: "#/properties/oldestOpen/items/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
              if (vErrors === null) {
                vErrors = [err134];
              } else {
                vErrors.push(err134);
              }
              errors++;
            }
            if (data47.firstSeen === void 0) {
              const err135 = { instancePath: instancePath + "/oldestOpen/" + i2, schemaPath: "#/properties/oldestOpen/items/required", keyword: "required", params: { missingProperty: "firstSeen" }, message: "must have required property 'firstSeen'" };
              if (vErrors === null) {
                vErrors = [err135];
              } else {
                vErrors.push(err135);
              }
              errors++;
            }
            if (data47.openDays === void 0) {
              const err136 = { instancePath: instancePath + "/oldestOpen/" + i2, schemaPath: "#/properties/oldestOpen/items/required", keyword: "required", params: { missingProperty: "openDays" }, message: "must have required property 'openDays'" };
              if (vErrors === null) {
                vErrors = [err136];
              } else {
                vErrors.push(err136);
              }
              errors++;
            }
            for (const key7 in data47) {
              if (!func2.call(schema11.properties.oldestOpen.items.properties, key7)) {
                const err137 = { instancePath: instancePath + "/oldestOpen/" + i2, schemaPath: "#/properties/oldestOpen/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err137];
                } else {
                  vErrors.push(err137);
                }
                errors++;
              }
            }
            if (data47.fingerprint !== void 0) {
              let data48 = data47.fingerprint;
              if (typeof data48 === "string") {
                if (func3(data48) < 1) {
                  const err138 = { instancePath: instancePath + "/oldestOpen/" + i2 + "/fingerprint", schemaPath: "#/properties/oldestOpen/items/properties/fingerprint/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err138];
                  } else {
                    vErrors.push(err138);
                  }
                  errors++;
                }
              } else {
                const err139 = { instancePath: instancePath + "/oldestOpen/" + i2 + "/fingerprint", schemaPath: "#/properties/oldestOpen/items/properties/fingerprint/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err139];
                } else {
                  vErrors.push(err139);
                }
                errors++;
              }
            }
            if (data47.ruleId !== void 0) {
              let data49 = data47.ruleId;
              if (typeof data49 === "string") {
                if (func3(data49) < 1) {
                  const err140 = { instancePath: instancePath + "/oldestOpen/" + i2 + "/ruleId", schemaPath: "#/properties/oldestOpen/items/properties/ruleId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err140];
                  } else {
                    vErrors.push(err140);
                  }
                  errors++;
                }
              } else {
                const err141 = { instancePath: instancePath + "/oldestOpen/" + i2 + "/ruleId", schemaPath: "#/properties/oldestOpen/items/properties/ruleId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err141];
                } else {
                  vErrors.push(err141);
                }
                errors++;
              }
            }
            if (data47.ruleName !== void 0) {
              if (typeof data47.ruleName !== "string") {
                const err142 = { instancePath: instancePath + "/oldestOpen/" + i2 + "/ruleName", schemaPath: "#/properties/oldestOpen/items/properties/ruleName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err142];
                } else {
                  vErrors.push(err142);
                }
                errors++;
              }
            }
            if (data47.category !== void 0) {
              if (typeof data47.category !== "string") {
                const err143 = { instancePath: instancePath + "/oldestOpen/" + i2 + "/category", schemaPath: "#/properties/oldestOpen/items/properties/category/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err143];
                } else {
                  vErrors.push(err143);
                }
                errors++;
              }
            }
            if (data47.severity !== void 0) {
              let data52 = data47.severity;
              if (!(data52 === "critical" || data52 === "high" || data52 === "medium" || data52 === "low" || data52 === "info")) {
                const err144 = { instancePath: instancePath + "/oldestOpen/" + i2 + "/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err144];
                } else {
                  vErrors.push(err144);
                }
                errors++;
              }
            }
            if (data47.resourceId !== void 0) {
              let data53 = data47.resourceId;
              if (typeof data53 === "string") {
                if (func3(data53) < 1) {
                  const err145 = { instancePath: instancePath + "/oldestOpen/" + i2 + "/resourceId", schemaPath: "#/properties/oldestOpen/items/properties/resourceId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err145];
                  } else {
                    vErrors.push(err145);
                  }
                  errors++;
                }
              } else {
                const err146 = { instancePath: instancePath + "/oldestOpen/" + i2 + "/resourceId", schemaPath: "#/properties/oldestOpen/items/properties/resourceId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err146];
                } else {
                  vErrors.push(err146);
                }
                errors++;
              }
            }
            if (data47.resourceName !== void 0) {
              if (typeof data47.resourceName !== "string") {
                const err147 = { instancePath: instancePath + "/oldestOpen/" + i2 + "/resourceName", schemaPath: "#/properties/oldestOpen/items/properties/resourceName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err147];
                } else {
                  vErrors.push(err147);
                }
                errors++;
              }
            }
            if (data47.message !== void 0) {
              if (typeof data47.message !== "string") {
                const err148 = { instancePath: instancePath + "/oldestOpen/" + i2 + "/message", schemaPath: "#/properties/oldestOpen/items/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err148];
                } else {
                  vErrors.push(err148);
                }
                errors++;
              }
            }
            if (data47.firstSeen !== void 0) {
              let data56 = data47.firstSeen;
              if (typeof data56 === "string") {
                if (!formats0.validate(data56)) {
                  const err149 = { instancePath: instancePath + "/oldestOpen/" + i2 + "/firstSeen", schemaPath: "#/properties/oldestOpen/items/properties/firstSeen/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                  if (vErrors === null) {
                    vErrors = [err149];
                  } else {
                    vErrors.push(err149);
                  }
                  errors++;
                }
              } else {
                const err150 = { instancePath: instancePath + "/oldestOpen/" + i2 + "/firstSeen", schemaPath: "#/properties/oldestOpen/items/properties/firstSeen/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err150];
                } else {
                  vErrors.push(err150);
                }
                errors++;
              }
            }
            if (data47.openDays !== void 0) {
              let data57 = data47.openDays;
              if (!(typeof data57 == "number" && (!(data57 % 1) && !isNaN(data57)))) {
                const err151 = { instancePath: instancePath + "/oldestOpen/" + i2 + "/openDays", schemaPath: "#/properties/oldestOpen/items/properties/openDays/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err151];
                } else {
                  vErrors.push(err151);
                }
                errors++;
              }
              if (typeof data57 == "number") {
                if (data57 < 0 || isNaN(data57)) {
                  const err152 = { instancePath: instancePath + "/oldestOpen/" + i2 + "/openDays", schemaPath: "#/properties/oldestOpen/items/properties/openDays/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err152];
                  } else {
                    vErrors.push(err152);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err153 = { instancePath: instancePath + "/oldestOpen/" + i2, schemaPath: "#/properties/oldestOpen/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err153];
            } else {
              vErrors.push(err153);
            }
            errors++;
          }
        }
      } else {
        const err154 = { instancePath: instancePath + "/oldestOpen", schemaPath: "#/properties/oldestOpen/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err154];
        } else {
          vErrors.push(err154);
        }
        errors++;
      }
    }
    if (data.timeToFix !== void 0) {
      let data58 = data.timeToFix;
      if (Array.isArray(data58)) {
        if (data58.length > 5) {
          const err155 = { instancePath: instancePath + "/timeToFix", schemaPath: "#/properties/timeToFix/maxItems", keyword: "maxItems", params: { limit: 5 }, message: "must NOT have more than 5 items" };
          if (vErrors === null) {
            vErrors = [err155];
          } else {
            vErrors.push(err155);
          }
          errors++;
        }
        if (data58.length < 5) {
          const err156 = { instancePath: instancePath + "/timeToFix", schemaPath: "#/properties/timeToFix/minItems", keyword: "minItems", params: { limit: 5 }, message: "must NOT have fewer than 5 items" };
          if (vErrors === null) {
            vErrors = [err156];
          } else {
            vErrors.push(err156);
          }
          errors++;
        }
        const len3 = data58.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data59 = data58[i3];
          if (data59 && typeof data59 == "object" && !Array.isArray(data59)) {
            if (data59.severity === void 0) {
              const err157 = { instancePath: instancePath + "/timeToFix/" + i3, schemaPath: "#/properties/timeToFix/items/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property 'severity'" };
              if (vErrors === null) {
                vErrors = [err157];
              } else {
                vErrors.push(err157);
              }
              errors++;
            }
            if (data59.fixed === void 0) {
              const err158 = { instancePath: instancePath + "/timeToFix/" + i3, schemaPath: "#/properties/timeToFix/items/required", keyword: "required", params: { missingProperty: "fixed" }, message: "must have required property 'fixed'" };
              if (vErrors === null) {
                vErrors = [err158];
              } else {
                vErrors.push(err158);
              }
              errors++;
            }
            if (data59.medianDays === void 0) {
              const err159 = { instancePath: instancePath + "/timeToFix/" + i3, schemaPath: "#/properties/timeToFix/items/required", keyword: "required", params: { missingProperty: "medianDays" }, message: "must have required property 'medianDays'" };
              if (vErrors === null) {
                vErrors = [err159];
              } else {
                vErrors.push(err159);
              }
              errors++;
            }
            if (data59.meanDays === void 0) {
              const err160 = { instancePath: instancePath + "/timeToFix/" + i3, schemaPath: "#/properties/timeToFix/items/required", keyword: "required", params: { missingProperty: "meanDays" }, message: "must have required property 'meanDays'" };
              if (vErrors === null) {
                vErrors = [err160];
              } else {
                vErrors.push(err160);
              }
              errors++;
            }
            if (data59.maxDays === void 0) {
              const err161 = { instancePath: instancePath + "/timeToFix/" + i3, schemaPath: "#/properties/timeToFix/items/required", keyword: "required", params: { missingProperty: "maxDays" }, message: "must have required property 'maxDays'" };
              if (vErrors === null) {
                vErrors = [err161];
              } else {
                vErrors.push(err161);
              }
              errors++;
            }
            if (data59.open === void 0) {
              const err162 = { instancePath: instancePath + "/timeToFix/" + i3, schemaPath: "#/properties/timeToFix/items/required", keyword: "required", params: { missingProperty: "open" }, message: "must have required property 'open'" };
              if (vErrors === null) {
                vErrors = [err162];
              } else {
                vErrors.push(err162);
              }
              errors++;
            }
            if (data59.oldestOpenDays === void 0) {
              const err163 = { instancePath: instancePath + "/timeToFix/" + i3, schemaPath: "#/properties/timeToFix/items/required", keyword: "required", params: { missingProperty: "oldestOpenDays" }, message: "must have required property 'oldestOpenDays'" };
              if (vErrors === null) {
                vErrors = [err163];
              } else {
                vErrors.push(err163);
              }
              errors++;
            }
            for (const key8 in data59) {
              if (!(key8 === "severity" || key8 === "fixed" || key8 === "medianDays" || key8 === "meanDays" || key8 === "maxDays" || key8 === "open" || key8 === "oldestOpenDays")) {
                const err164 = { instancePath: instancePath + "/timeToFix/" + i3, schemaPath: "#/properties/timeToFix/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err164];
                } else {
                  vErrors.push(err164);
                }
                errors++;
              }
            }
            if (data59.severity !== void 0) {
              let data60 = data59.severity;
              if (!(data60 === "critical" || data60 === "high" || data60 === "medium" || data60 === "low" || data60 === "info")) {
                const err165 = { instancePath: instancePath + "/timeToFix/" + i3 + "/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err165];
                } else {
                  vErrors.push(err165);
                }
                errors++;
              }
            }
            if (data59.fixed !== void 0) {
              let data61 = data59.fixed;
              if (!(typeof data61 == "number" && (!(data61 % 1) && !isNaN(data61)))) {
                const err166 = { instancePath: instancePath + "/timeToFix/" + i3 + "/fixed", schemaPath: "#/properties/timeToFix/items/properties/fixed/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err166];
                } else {
                  vErrors.push(err166);
                }
                errors++;
              }
              if (typeof data61 == "number") {
                if (data61 < 0 || isNaN(data61)) {
                  const err167 = { instancePath: instancePath + "/timeToFix/" + i3 + "/fixed", schemaPath: "#/properties/timeToFix/items/properties/fixed/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err167];
                  } else {
                    vErrors.push(err167);
                  }
                  errors++;
                }
              }
            }
            if (data59.medianDays !== void 0) {
              let data62 = data59.medianDays;
              if (!(typeof data62 == "number") && data62 !== null) {
                const err168 = { instancePath: instancePath + "/timeToFix/" + i3 + "/medianDays", schemaPath: "#/properties/timeToFix/items/properties/medianDays/type", keyword: "type", params: { type: schema11.properties.timeToFix.items.properties.medianDays.type }, message: "must be number,null" };
                if (vErrors === null) {
                  vErrors = [err168];
                } else {
                  vErrors.push(err168);
                }
                errors++;
              }
              if (typeof data62 == "number") {
                if (data62 < 0 || isNaN(data62)) {
                  const err169 = { instancePath: instancePath + "/timeToFix/" + i3 + "/medianDays", schemaPath: "#/properties/timeToFix/items/properties/medianDays/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err169];
                  } else {
                    vErrors.push(err169);
                  }
                  errors++;
                }
              }
            }
            if (data59.meanDays !== void 0) {
              let data63 = data59.meanDays;
              if (!(typeof data63 == "number") && data63 !== null) {
                const err170 = { instancePath: instancePath + "/timeToFix/" + i3 + "/meanDays", schemaPath: "#/properties/timeToFix/items/properties/meanDays/type", keyword: "type", params: { type: schema11.properties.timeToFix.items.properties.meanDays.type }, message: "must be number,null" };
                if (vErrors === null) {
                  vErrors = [err170];
                } else {
                  vErrors.push(err170);
                }
                errors++;
              }
              if (typeof data63 == "number") {
                if (data63 < 0 || isNaN(data63)) {
                  const err171 = { instancePath: instancePath + "/timeToFix/" + i3 + "/meanDays", schemaPath: "#/properties/timeToFix/items/properties/meanDays/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err171];
                  } else {
                    vErrors.push(err171);
                  }
                  errors++;
                }
              }
            }
            if (data59.maxDays !== void 0) {
              let data64 = data59.maxDays;
              if (!(typeof data64 == "number" && (!(data64 % 1) && !isNaN(data64))) && data64 !== null) {
                const err172 = { instancePath: instancePath + "/timeToFix/" + i3 + "/maxDays", schemaPath: "#/properties/timeToFix/items/properties/maxDays/type", keyword: "type", params: { type: schema11.properties.timeToFix.items.properties.maxDays.type }, message: "must be integer,null" };
                if (vErrors === null) {
                  vErrors = [err172];
                } else {
                  vErrors.push(err172);
                }
                errors++;
              }
              if (typeof data64 == "number") {
                if (data64 < 0 || isNaN(data64)) {
                  const err173 = { instancePath: instancePath + "/timeToFix/" + i3 + "/maxDays", schemaPath: "#/properties/timeToFix/items/properties/maxDays/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err173];
                  } else {
                    vErrors.push(err173);
                  }
                  errors++;
                }
              }
            }
            if (data59.open !== void 0) {
              let data65 = data59.open;
              if (!(typeof data65 == "number" && (!(data65 % 1) && !isNaN(data65)))) {
                const err174 = { instancePath: instancePath + "/timeToFix/" + i3 + "/open", schemaPath: "#/properties/timeToFix/items/properties/open/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err174];
                } else {
                  vErrors.push(err174);
                }
                errors++;
              }
              if (typeof data65 == "number") {
                if (data65 < 0 || isNaN(data65)) {
                  const err175 = { instancePath: instancePath + "/timeToFix/" + i3 + "/open", schemaPath: "#/properties/timeToFix/items/properties/open/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err175];
                  } else {
                    vErrors.push(err175);
                  }
                  errors++;
                }
              }
            }
            if (data59.oldestOpenDays !== void 0) {
              let data66 = data59.oldestOpenDays;
              if (!(typeof data66 == "number" && (!(data66 % 1) && !isNaN(data66))) && data66 !== null) {
                const err176 = { instancePath: instancePath + "/timeToFix/" + i3 + "/oldestOpenDays", schemaPath: "#/properties/timeToFix/items/properties/oldestOpenDays/type", keyword: "type", params: { type: schema11.properties.timeToFix.items.properties.oldestOpenDays.type }, message: "must be integer,null" };
                if (vErrors === null) {
                  vErrors = [err176];
                } else {
                  vErrors.push(err176);
                }
                errors++;
              }
              if (typeof data66 == "number") {
                if (data66 < 0 || isNaN(data66)) {
                  const err177 = { instancePath: instancePath + "/timeToFix/" + i3 + "/oldestOpenDays", schemaPath: "#/properties/timeToFix/items/properties/oldestOpenDays/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err177];
                  } else {
                    vErrors.push(err177);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err178 = { instancePath: instancePath + "/timeToFix/" + i3, schemaPath: "#/properties/timeToFix/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err178];
            } else {
              vErrors.push(err178);
            }
            errors++;
          }
        }
      } else {
        const err179 = { instancePath: instancePath + "/timeToFix", schemaPath: "#/properties/timeToFix/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err179];
        } else {
          vErrors.push(err179);
        }
        errors++;
      }
    }
    if (data.notes !== void 0) {
      let data67 = data.notes;
      if (Array.isArray(data67)) {
        const len4 = data67.length;
        for (let i4 = 0; i4 < len4; i4++) {
          if (typeof data67[i4] !== "string") {
            const err180 = { instancePath: instancePath + "/notes/" + i4, schemaPath: "#/properties/notes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err180];
            } else {
              vErrors.push(err180);
            }
            errors++;
          }
        }
      } else {
        const err181 = { instancePath: instancePath + "/notes", schemaPath: "#/properties/notes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err181];
        } else {
          vErrors.push(err181);
        }
        errors++;
      }
    }
  } else {
    const err182 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err182];
    } else {
      vErrors.push(err182);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
