// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);
import {
  SEVERITY_LABEL,
  byAge,
  daysLabel,
  hasAges,
  openLabel,
  scannedText,
  usd
} from "./chunk-QGZ3OC4X.js";
import {
  SEVERITIES
} from "./chunk-IBHIKH4K.js";
import {
  visibleControls
} from "./chunk-4O66FDXF.js";
import {
  REDACTED,
  REDACTED_KEYVAULT,
  isObj,
  isSecretProperty
} from "./chunk-FWDRETOA.js";
import {
  currencyPrefix,
  useCurrency
} from "./chunk-6DM37KYG.js";
import {
  readNothing
} from "./chunk-RD47CNRY.js";
import {
  formatBandwidth
} from "./chunk-SHTQVT5S.js";
import {
  parseJson,
  readText
} from "./chunk-VQAVFDJZ.js";
import {
  schemaValidator,
  validateOrThrow
} from "./chunk-BAWUMSZC.js";
import {
  InputError,
  describeValue
} from "./chunk-UNOFXXSK.js";
import {
  __commonJS,
  __toESM
} from "./chunk-TASHP5U3.js";

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

// dist/findings/baseline.js
var import_formats = __toESM(require_formats(), 1);
var DAY_MS = 864e5;
var rfc3339DateTime = import_formats.fullFormats["date-time"];
function isIsoDateTime(v) {
  return typeof v === "string" && rfc3339DateTime.validate(v) && !Number.isNaN(Date.parse(v));
}
function daysBetween(from, to) {
  return Math.max(0, Math.floor((Date.parse(to) - Date.parse(from)) / DAY_MS));
}
function loadBaseline(file) {
  const doc = parseJson(file, readText(file)).value;
  if (typeof doc !== "object" || doc === null || Array.isArray(doc))
    throw new InputError(file, "$", "an erscan JSON report", describeValue(doc));
  if (doc.schemaVersion !== 1) {
    const sarif = typeof doc.$schema === "string" && /sarif/i.test(doc.$schema) ? " (this is a SARIF file: use the report.json of the earlier run)" : "";
    if (Number.isInteger(doc.schemaVersion) && doc.schemaVersion > 1)
      throw new InputError(file, "$.schemaVersion", "an erscan JSON report with schemaVersion 1 (the one this erscan reads)", `version ${String(doc.schemaVersion)}, which a newer erscan wrote: upgrade erscan to read it`);
    throw new InputError(file, "$.schemaVersion", `an erscan JSON report with schemaVersion 1${sarif}`, describeValue(doc.schemaVersion));
  }
  if (!isIsoDateTime(doc.generatedAt))
    throw new InputError(file, "$.generatedAt", "the time of the report (an ISO-8601 date-time)", describeValue(doc.generatedAt));
  const generatedAt = doc.generatedAt;
  if (!Array.isArray(doc.findings))
    throw new InputError(file, "$.findings", "an array of findings", describeValue(doc.findings));
  if (doc.notEvaluated !== void 0 && !Array.isArray(doc.notEvaluated))
    throw new InputError(file, "$.notEvaluated", "an array of findings", describeValue(doc.notEvaluated));
  const read = (list2, at, carried) => list2.map((f, i) => {
    const o = f;
    if (typeof o !== "object" || o === null || Array.isArray(o))
      throw new InputError(file, `${at}[${i}]`, "a finding object", describeValue(o));
    for (const key of ["fingerprint", "ruleId", "resourceId"]) {
      if (typeof o[key] !== "string" || o[key] === "")
        throw new InputError(file, `${at}[${i}].${key}`, `a ${key} string`, describeValue(o[key]));
    }
    if (!SEVERITIES.includes(o.severity))
      throw new InputError(file, `${at}[${i}].severity`, `one of ${SEVERITIES.join(", ")}`, describeValue(o.severity));
    for (const key of ["ruleName", "category", "resourceType", "message"]) {
      if (typeof o[key] !== "string")
        throw new InputError(file, `${at}[${i}].${key}`, `a ${key} string`, describeValue(o[key]));
    }
    if (o.firstSeen !== void 0 && !isIsoDateTime(o.firstSeen))
      throw new InputError(file, `${at}[${i}].firstSeen`, "an ISO-8601 date-time", describeValue(o.firstSeen));
    const firstSeen = typeof o.firstSeen === "string" && Date.parse(o.firstSeen) < Date.parse(generatedAt) ? o.firstSeen : generatedAt;
    if (carried && o.lastSeen !== void 0 && !isIsoDateTime(o.lastSeen))
      throw new InputError(file, `${at}[${i}].lastSeen`, "an ISO-8601 date-time", describeValue(o.lastSeen));
    const lastSeen = carried && typeof o.lastSeen === "string" && Date.parse(o.lastSeen) <= Date.parse(generatedAt) ? o.lastSeen : generatedAt;
    return { ...o, firstSeen: Date.parse(firstSeen) <= Date.parse(lastSeen) ? firstSeen : lastSeen, lastSeen };
  });
  const findings = [...read(doc.findings, "$.findings", false), ...read(doc.notEvaluated ?? [], "$.notEvaluated", true)];
  validateOrThrow(schemaValidator("report.schema.json"), doc, file, /^\/(findings|notEvaluated)\//);
  return findings;
}
function subscriptionOf(resourceId) {
  return /^\/subscriptions\/([^/]+)/i.exec(resourceId)?.[1]?.toLowerCase();
}
function applyBaseline(findings, baseline, scope, scannedAt) {
  const before = /* @__PURE__ */ new Map();
  for (const f of baseline) {
    const seen2 = before.get(f.fingerprint);
    if (!seen2 || f.firstSeen && (!seen2.firstSeen || Date.parse(f.firstSeen) < Date.parse(seen2.firstSeen)))
      before.set(f.fingerprint, f);
  }
  const now = new Set(findings.map((f) => f.fingerprint));
  const aged = (f, firstSeen) => {
    if (scannedAt === void 0)
      return f;
    const since = firstSeen ?? scannedAt;
    return { ...f, firstSeen: since, openDays: daysBetween(since, scannedAt) };
  };
  const marked = findings.map((f) => {
    const old = before.get(f.fingerprint);
    return aged({ ...f, baselineState: old ? "unchanged" : "new" }, old ? old.firstSeen ?? old.lastSeen : void 0);
  });
  const rules = scope ? new Set(scope.ruleIds) : void 0;
  const resources = scope ? new Set(scope.resourceKeys) : void 0;
  const subscriptions = scope ? new Set([...scope.subscriptionIds].map((s) => s.toLowerCase())) : void 0;
  const reEvaluated = (f) => {
    if (!scope)
      return true;
    if (!rules.has(f.ruleId))
      return false;
    if (scope.skipped?.get(f.ruleId)?.has(f.resourceId.toLowerCase()))
      return false;
    if (resources.has(f.resourceId.toLowerCase()))
      return true;
    const sub = subscriptionOf(f.resourceId);
    return scope.coverageComplete && sub !== void 0 && subscriptions.has(sub);
  };
  const seen = /* @__PURE__ */ new Set();
  const fixed = [];
  const notEvaluated = [];
  for (const f of baseline) {
    if (now.has(f.fingerprint) || seen.has(f.fingerprint))
      continue;
    seen.add(f.fingerprint);
    const { baselineState: _state, suppression: _s, openDays: _d, ...rest } = before.get(f.fingerprint) ?? f;
    (reEvaluated(f) ? fixed : notEvaluated).push(scannedAt !== void 0 && rest.firstSeen ? { ...rest, openDays: daysBetween(rest.firstSeen, scannedAt) } : rest);
  }
  return { findings: marked, fixed, notEvaluated };
}
function notEvaluatedNotice(notEvaluated) {
  if (notEvaluated.length === 0)
    return void 0;
  const rules = [...new Set(notEvaluated.map((f) => f.ruleId))].sort();
  return `${notEvaluated.length} finding(s) of the baseline were not re-evaluated (their rule did not run, or their resource is outside this scan's inputs or coverage), so they are listed neither as fixed nor as open: rules ${rules.slice(0, 10).join(", ")}${rules.length > 10 ? `, and ${rules.length - 10} more` : ""}`;
}

// dist/history/state.js
var CONFIGURED = "configured";
var NOT_CONFIGURED = "not configured";
var UNKNOWN_VALUE = "unknown (not resolved)";
function list(xs) {
  if (!xs)
    return void 0;
  return xs.filter((x) => x !== void 0 && x !== null && x !== "").map(String).sort().join(", ");
}
var configured = (v) => v === void 0 ? void 0 : v ? CONFIGURED : NOT_CONFIGURED;
var ref = (key) => key;
function fill(r, specs, out) {
  for (const [name, field, get] of specs) {
    if (r.unknown && Object.prototype.hasOwnProperty.call(r.unknown, field)) {
      out[name] = UNKNOWN_VALUE;
      continue;
    }
    const possible = r.possible?.[field];
    if (possible) {
      out[name] = `one of ${list(possible.values.map((v2) => v2 === null ? "null" : JSON.stringify(v2)))}`;
      continue;
    }
    const v = get(r);
    if (v === void 0 || v === null)
      continue;
    if (typeof v === "string" || typeof v === "number" || typeof v === "boolean")
      out[name] = v;
  }
}
function tags(r, out) {
  for (const k of Object.keys(r.tags).sort()) {
    const v = r.tags[k];
    out[`tags.${k}`] = isSecretProperty(k) || v === REDACTED || v === REDACTED_KEYVAULT ? CONFIGURED : v;
  }
}
var COMMON = [["location", "location", (r) => r.location]];
var CIRCUIT = [
  ["sku.name", "skuName", (c) => c.skuName],
  ["sku.tier", "tier", (c) => c.tier],
  ["sku.family", "billingModel", (c) => c.billingModel],
  ["serviceProviderName", "serviceProviderName", (c) => c.serviceProviderName],
  ["peeringLocation", "peeringLocation", (c) => c.peeringLocation],
  ["bandwidthInMbps", "bandwidthMbps", (c) => c.isDirect ? void 0 : c.bandwidthMbps],
  ["bandwidthInGbps", "bandwidthGbps", (c) => c.bandwidthGbps],
  ["expressRoutePort", "portKey", (c) => ref(c.portKey)],
  ["serviceProviderProvisioningState", "serviceProviderProvisioningState", (c) => c.serviceProviderProvisioningState],
  ["circuitProvisioningState", "circuitProvisioningState", (c) => c.circuitProvisioningState],
  ["provisioningState", "provisioningState", (c) => c.provisioningState],
  ["allowClassicOperations", "allowClassicOperations", (c) => c.allowClassicOperations],
  ["globalReachEnabled", "globalReachEnabled", (c) => c.globalReachEnabled],
  ["enableDirectPortRateLimit", "enableDirectPortRateLimit", (c) => c.enableDirectPortRateLimit],
  ["authorizations", "authorizations", (c) => list(c.authorizations.map((a) => a.useStatus ? `${a.name} (${a.useStatus})` : a.name))],
  ["diagnosticSettings", "diagnosticSettingsCount", (c) => c.diagnosticSettingsCount],
  ["metricAlerts", "metricAlertCount", (c) => c.metricAlertCount]
];
var PEERING = [
  ["peeringType", "peeringType", (p) => p.peeringType],
  ["state", "state", (p) => p.state],
  ["azureASN", "azureASN", (p) => p.azureASN],
  ["peerASN", "peerASN", (p) => p.peerASN],
  ["vlanId", "vlanId", (p) => p.vlanId],
  ["primaryPeerAddressPrefix", "primaryPeerAddressPrefix", (p) => p.primaryPeerAddressPrefix],
  ["secondaryPeerAddressPrefix", "secondaryPeerAddressPrefix", (p) => p.secondaryPeerAddressPrefix],
  ["sharedKey", "sharedKeyConfigured", (p) => configured(p.sharedKeyConfigured)],
  ["provisioningState", "provisioningState", (p) => p.provisioningState],
  ["routeFilter", "routeFilterId", (p) => p.routeFilterId?.toLowerCase()],
  ["microsoftPeeringConfig.advertisedPublicPrefixes", "microsoftPeeringConfig", (p) => list(p.microsoftPeeringConfig?.advertisedPublicPrefixes)],
  ["microsoftPeeringConfig.advertisedPublicPrefixesState", "microsoftPeeringConfig", (p) => p.microsoftPeeringConfig?.advertisedPublicPrefixesState],
  ["microsoftPeeringConfig.advertisedCommunities", "microsoftPeeringConfig", (p) => list(p.microsoftPeeringConfig?.advertisedCommunities)],
  ["microsoftPeeringConfig.customerASN", "microsoftPeeringConfig", (p) => p.microsoftPeeringConfig?.customerASN],
  ["microsoftPeeringConfig.routingRegistryName", "microsoftPeeringConfig", (p) => p.microsoftPeeringConfig?.routingRegistryName],
  ["ipv6PeeringConfig", "ipv6", (p) => configured(p.ipv6 !== void 0)],
  ["ipv6PeeringConfig.state", "ipv6", (p) => p.ipv6?.state],
  ["ipv6PeeringConfig.primaryPeerAddressPrefix", "ipv6", (p) => p.ipv6?.primaryPeerAddressPrefix],
  ["ipv6PeeringConfig.secondaryPeerAddressPrefix", "ipv6", (p) => p.ipv6?.secondaryPeerAddressPrefix],
  ["ipv6PeeringConfig.routeFilter", "ipv6", (p) => p.ipv6?.routeFilterId?.toLowerCase()],
  ["connections", "globalReach", (p) => list(p.globalReach.map((g) => `${g.name} \u2192 ${g.peerCircuitKey ?? "?"}${g.status ? ` (${g.status})` : ""}`))],
  ["peeredConnections", "peeredConnectionCount", (p) => p.peeredConnectionCount],
  ["expressRouteConnection", "vwanConnectionId", (p) => p.vwanConnectionId?.toLowerCase()]
];
var PORT = [
  ["peeringLocation", "peeringLocation", (p) => p.peeringLocation],
  ["bandwidthInGbps", "bandwidthGbps", (p) => p.bandwidthGbps],
  ["provisionedBandwidthInGbps", "provisionedBandwidthGbps", (p) => p.provisionedBandwidthGbps],
  ["encapsulation", "encapsulation", (p) => p.encapsulation],
  ["billingType", "billingType", (p) => p.billingType],
  ["provisioningState", "provisioningState", (p) => p.provisioningState],
  ["identity", "hasIdentity", (p) => configured(p.hasIdentity)],
  ["diagnosticSettings", "diagnosticSettingsCount", (p) => p.diagnosticSettingsCount],
  ["metricAlerts", "metricAlertCount", (p) => p.metricAlertCount]
];
var LINK = [
  ["adminState", "adminState", (l) => l.adminState],
  ["connectorType", "connectorType", (l) => l.connectorType],
  ["provisioningState", "provisioningState", (l) => l.provisioningState],
  // Whether the link has any MACsec configuration at all: a removed macSecConfig reads "configured → not configured".
  ["macSecConfig", "macsec", (l) => configured(l.macsec.cipher !== void 0 || l.macsec.cknSecretConfigured || l.macsec.cakSecretConfigured)],
  ["macSecConfig.cipher", "macsec.cipher", (l) => l.macsec.cipher],
  ["macSecConfig.cknSecretIdentifier", "macsec.cknSecretConfigured", (l) => configured(l.macsec.cknSecretConfigured)],
  ["macSecConfig.cakSecretIdentifier", "macsec.cakSecretConfigured", (l) => configured(l.macsec.cakSecretConfigured)],
  ["macSecConfig.secretsInKeyVault", "macsec.secretsInKeyVault", (l) => l.macsec.cknSecretConfigured || l.macsec.cakSecretConfigured ? l.macsec.secretsInKeyVault : void 0],
  ["macSecConfig.sciState", "macsec.sciState", (l) => l.macsec.sciState]
];
var GATEWAY = [
  ["sku.name", "skuName", (g) => g.skuName],
  ["sku.tier", "skuTier", (g) => g.skuTier],
  ["zones", "zones", (g) => g.zones.length ? list(g.zones) : void 0],
  ["autoScaleConfiguration.bounds.min", "minScaleUnits", (g) => g.minScaleUnits],
  ["autoScaleConfiguration.bounds.max", "maxScaleUnits", (g) => g.maxScaleUnits],
  [
    /* VNet or vWAN hub */
    "network",
    "networkKey",
    (g) => g.networkKey
  ],
  ["adminState", "adminState", (g) => g.adminState],
  ["provisioningState", "provisioningState", (g) => g.provisioningState],
  ["diagnosticSettings", "diagnosticSettingsCount", (g) => g.diagnosticSettingsCount],
  ["metricAlerts", "metricAlertCount", (g) => g.metricAlertCount],
  ["allowRemoteVnetTraffic", "allowRemoteVnetTraffic", (g) => g.allowRemoteVnetTraffic],
  ["allowVirtualWanTraffic", "allowVirtualWanTraffic", (g) => g.allowVirtualWanTraffic],
  ["allowNonVirtualWanTraffic", "allowNonVirtualWanTraffic", (g) => g.allowNonVirtualWanTraffic],
  ["extendedLocation", "extendedLocation", (g) => g.extendedLocation],
  ["maintenanceConfigurations", "maintenanceConfigurationIds", (g) => list(g.maintenanceConfigurationIds?.map((id) => id.toLowerCase()))],
  ["gatewaySubnet", "gatewaySubnetId", (g) => g.gatewaySubnetId?.toLowerCase()],
  // read and none attached reads "none"; not read (a source without it) is absent
  ["gatewaySubnet.networkSecurityGroup", "gatewaySubnetNsgId", (g) => g.gatewaySubnetNsgId === null ? "none" : g.gatewaySubnetNsgId?.toLowerCase()]
];
var RECORDED_SINCE_V2 = /* @__PURE__ */ new Set([
  "circuit:metricAlerts",
  "port:metricAlerts",
  ...["metricAlerts", "allowRemoteVnetTraffic", "allowVirtualWanTraffic", "allowNonVirtualWanTraffic", "extendedLocation", "maintenanceConfigurations", "gatewaySubnet", "gatewaySubnet.networkSecurityGroup"].map((p) => `gateway:${p}`)
]);
var NOT_CARRIED_BY_EVERY_SOURCE = /* @__PURE__ */ new Set(["diagnosticSettings", "metricAlerts", "maintenanceConfigurations", "gatewaySubnet.networkSecurityGroup", "connectionStatus"]);
var CONNECTION = [
  ["gateway", "gatewayKey", (c) => c.gatewayKey],
  ["circuit", "circuitKey", (c) => c.circuitKey],
  ["routingWeight", "routingWeight", (c) => c.routingWeight],
  ["expressRouteGatewayBypass", "fastPath", (c) => c.fastPath],
  ["enablePrivateLinkFastPath", "privateLinkFastPath", (c) => c.privateLinkFastPath],
  ["enableInternetSecurity", "enableInternetSecurity", (c) => c.enableInternetSecurity],
  ["authorizationKey", "usesAuthorization", (c) => configured(c.usesAuthorization)],
  ["connectionStatus", "connectionStatus", (c) => c.connectionStatus],
  ["provisioningState", "provisioningState", (c) => c.provisioningState]
];
function displayName(r) {
  if (r.kind === "peering")
    return `${r.circuitName}/${r.name}`;
  if (r.kind === "link")
    return `${r.portName}/${r.name}`;
  return r.name;
}
function stateOf(r) {
  const properties = {};
  fill(r, COMMON, properties);
  switch (r.kind) {
    case "circuit":
      fill(r, CIRCUIT, properties);
      break;
    case "peering":
      fill(r, PEERING, properties);
      break;
    case "port":
      fill(r, PORT, properties);
      break;
    case "link":
      fill(r, LINK, properties);
      break;
    case "gateway":
      fill(r, GATEWAY, properties);
      break;
    case "connection":
      fill(r, CONNECTION, properties);
      break;
  }
  tags(r, properties);
  return {
    id: r.id,
    kind: r.kind,
    type: r.type,
    name: displayName(r),
    ...r.subscriptionId ? { subscriptionId: r.subscriptionId } : {},
    ...r.tenantId ? { tenantId: r.tenantId } : {},
    properties
  };
}
function inventoryStates(inv) {
  const keys = [...inv.byKey.keys()].sort();
  return keys.map((k) => stateOf(inv.byKey.get(k)));
}

// dist/history/record.js
var RECORDED_INVENTORY_VERSION = 2;
var READABLE_VERSIONS = [1, 2];
var FIXED = ["id", "type", "name", "subscriptionId", "tenantId"];
var KINDS = ["circuit", "peering", "port", "link", "gateway", "connection"];
function recordInventory(inv) {
  const byKind = /* @__PURE__ */ new Map();
  for (const s of inventoryStates(inv)) {
    let list2 = byKind.get(s.kind);
    if (!list2)
      byKind.set(s.kind, list2 = []);
    list2.push(s);
  }
  const kinds = {};
  for (const kind of KINDS) {
    const states = byKind.get(kind);
    if (!states)
      continue;
    const names = /* @__PURE__ */ new Set();
    for (const s of states)
      for (const n of Object.keys(s.properties))
        names.add(n);
    const props = [...names].sort();
    kinds[kind] = {
      columns: [...FIXED, ...props],
      rows: states.map((s) => [s.id, s.type, s.name, s.subscriptionId ?? null, s.tenantId ?? null, ...props.map((p) => s.properties[p] ?? null)])
    };
  }
  return { version: RECORDED_INVENTORY_VERSION, kinds };
}
function readRecordedInventory(file, value, at = "$.recordedInventory") {
  if (!isObj(value))
    throw new InputError(file, at, "a recorded inventory (scan with --record-inventory)", describeValue(value));
  if (!READABLE_VERSIONS.includes(value.version))
    throw new InputError(file, `${at}.version`, `recorded inventory version ${READABLE_VERSIONS.join(" or ")}`, describeValue(value.version));
  if (!isObj(value.kinds))
    throw new InputError(file, `${at}.kinds`, "an object of tables by resource kind", describeValue(value.kinds));
  const out = [];
  for (const [kind, table] of Object.entries(value.kinds)) {
    const where = `${at}.kinds.${kind}`;
    if (!KINDS.includes(kind))
      throw new InputError(file, where, `a resource kind (${KINDS.join(", ")})`, JSON.stringify(kind.slice(0, 24)));
    if (!isObj(table) || !Array.isArray(table.columns) || !Array.isArray(table.rows))
      throw new InputError(file, where, "a table with columns and rows", describeValue(table));
    const columns = table.columns;
    if (!columns.every((c) => typeof c === "string") || FIXED.some((c, i) => columns[i] !== c))
      throw new InputError(file, `${where}.columns`, `column names starting with ${FIXED.join(", ")}`, describeValue(columns));
    table.rows.forEach((row, i) => {
      if (!Array.isArray(row) || row.length !== columns.length)
        throw new InputError(file, `${where}.rows[${i}]`, `a row of ${columns.length} values`, describeValue(row));
      const [id, type, name, subscriptionId, tenantId] = row;
      if (typeof id !== "string" || id === "" || typeof type !== "string" || typeof name !== "string")
        throw new InputError(file, `${where}.rows[${i}]`, "an id, a type and a name (text)", describeValue(id));
      const properties = {};
      for (let c = FIXED.length; c < columns.length; c++) {
        const v = row[c];
        if (v === null)
          continue;
        if (typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean")
          throw new InputError(file, `${where}.rows[${i}][${c}]`, "text, a number, a flag or null", describeValue(v));
        properties[columns[c]] = v;
      }
      out.push({
        id,
        kind,
        type,
        name,
        ...typeof subscriptionId === "string" ? { subscriptionId } : {},
        ...typeof tenantId === "string" ? { tenantId } : {},
        properties
      });
    });
  }
  return out;
}

// dist/util/json-chunks.js
var MappedList = class {
  source;
  map;
  constructor(source, map) {
    this.source = source;
    this.map = map;
  }
  get length() {
    return this.source.length;
  }
  toJSON() {
    return this.source.map((x, i) => this.map(x, i));
  }
};
var LONG_ARRAY = 8;
var BATCH_CHARS = 48 * 1024;
var GAP = "  ";
function* jsonChunks(value, chunkChars = 1 << 20, compact = false) {
  const gap = compact ? "" : GAP;
  const nl = compact ? "" : "\n";
  const colon = compact ? ":" : ": ";
  const parts = [];
  let size = 0;
  const push = (s) => {
    parts.push(s);
    size += s.length;
  };
  const elementOf = (holder, i) => holder instanceof MappedList ? holder.map(holder.source[i], i) : holder[i];
  const prepare = (v, key) => v instanceof MappedList ? v : prepared(v, key);
  const stack = [];
  const top = prepare(value, "");
  const rootText = start(top, "", false);
  if (rootText === void 0)
    throw new TypeError("jsonChunks: the value has no JSON form");
  if (rootText !== null)
    push(rootText);
  function start(v, indent, native) {
    if (v === null || typeof v !== "object" || native)
      return compact ? JSON.stringify(v) : indented(JSON.stringify(v, null, 2), indent);
    if (stack.some((f) => f.holder === v))
      throw new TypeError("Converting circular structure to JSON");
    if (Array.isArray(v) || v instanceof MappedList) {
      if (v.length === 0)
        return "[]";
      push("[");
      stack.push({ keys: void 0, holder: v, i: 0, indent, wrote: false, close: "]" });
      return null;
    }
    const keys = Object.keys(v);
    push("{");
    stack.push({ keys, holder: v, i: 0, indent, wrote: false, close: "}" });
    return null;
  }
  while (stack.length > 0) {
    const f = stack[stack.length - 1];
    const inner = f.indent + gap;
    let descended = false;
    if (f.keys === void 0) {
      const arr = f.holder;
      if (arr.length >= LONG_ARRAY) {
        let count = 16;
        while (f.i < arr.length) {
          const end = Math.min(arr.length, f.i + count);
          push(f.wrote ? `,${nl}` : nl);
          f.wrote = true;
          const elements = arr instanceof MappedList ? mappedSlice(arr, f.i, end) : arr;
          const from = arr instanceof MappedList ? 0 : f.i;
          const to = arr instanceof MappedList ? end - f.i : end;
          const batch = compact ? compactBatch(elements, from, to, f.i) : nativeBatch(elements, from, to, inner.length / GAP.length, f.i);
          count = Math.max(8, Math.min(256, Math.floor((end - f.i) * BATCH_CHARS / Math.max(1, batch.length))));
          f.i = end;
          if (batch.length >= Math.min(chunkChars / 4, BATCH_CHARS / 4)) {
            if (parts.length > 0)
              yield parts.join("");
            parts.length = 0;
            size = 0;
            yield batch;
            continue;
          }
          push(batch);
          if (size >= chunkChars) {
            yield parts.join("");
            parts.length = 0;
            size = 0;
          }
        }
      }
      while (f.i < arr.length) {
        const i = f.i++;
        const v = prepare(elementOf(arr, i), String(i));
        push(f.wrote ? `,${nl}${inner}` : `${nl}${inner}`);
        f.wrote = true;
        const text = start(v, inner, false);
        if (text === null) {
          descended = true;
          break;
        }
        push(text === void 0 ? "null" : text);
        if (size >= chunkChars) {
          yield parts.join("");
          parts.length = 0;
          size = 0;
        }
      }
    } else {
      const obj = f.holder;
      while (f.i < f.keys.length) {
        const k = f.keys[f.i++];
        const v = prepare(obj[k], k);
        if (v === void 0 || typeof v === "function" || typeof v === "symbol")
          continue;
        push(`${f.wrote ? `,${nl}` : nl}${inner}${JSON.stringify(k)}${colon}`);
        f.wrote = true;
        const text = start(v, inner, false);
        if (text === null) {
          descended = true;
          break;
        }
        push(text);
        if (size >= chunkChars) {
          yield parts.join("");
          parts.length = 0;
          size = 0;
        }
      }
    }
    if (descended)
      continue;
    stack.pop();
    push(f.wrote ? `${nl}${f.indent}${f.close}` : f.close);
  }
  push("\n");
  yield parts.join("");
}
function prepared(v, key) {
  if (v !== null && (typeof v === "object" || typeof v === "bigint") && typeof v.toJSON === "function") {
    v = v.toJSON(key);
  }
  if (v instanceof Number || v instanceof String || v instanceof Boolean)
    return v.valueOf();
  return v;
}
function mappedSlice(list2, from, end) {
  const out = new Array(end - from);
  for (let i = from; i < end; i++)
    out[i - from] = list2.map(list2.source[i], i);
  return out;
}
function nativeBatch(arr, from, end, depth, index0 = from) {
  const batch = batchOf(arr, from, end, index0);
  let wrapped = batch;
  for (let d = 1; d < depth; d++)
    wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  let head = 0;
  for (let d = 0; d < depth; d++)
    head = text.indexOf("\n", head) + 1;
  let tail = text.length;
  for (let d = 0; d < depth; d++)
    tail = text.lastIndexOf("\n", tail - 1);
  return text.slice(head, tail);
}
function compactBatch(arr, from, end, index0 = from) {
  const text = JSON.stringify(batchOf(arr, from, end, index0));
  return text.slice(1, -1);
}
function batchOf(arr, from, end, index0) {
  const batch = arr.slice(from, end);
  if (batch.some((v) => v !== null && (typeof v === "object" || typeof v === "bigint") && typeof v.toJSON === "function")) {
    return batch.map((v, j) => prepared(v, String(index0 + j)));
  }
  return batch;
}
function indented(text, indent) {
  if (text === void 0)
    return void 0;
  return indent && text.includes("\n") ? text.replace(/\n/g, `
${indent}`) : text;
}

// dist/reporters/json.js
function findingToJson(f) {
  const o = {
    ruleId: f.ruleId,
    ruleName: f.ruleName,
    category: f.category,
    severity: f.severity,
    resourceId: f.resourceId,
    resourceType: f.resourceType,
    resourceName: f.resourceName
  };
  if (f.subscriptionId)
    o.subscriptionId = f.subscriptionId;
  if (f.tenantId)
    o.tenantId = f.tenantId;
  o.message = f.message;
  if (f.location)
    o.location = { file: f.location.file, line: f.location.line, column: f.location.column };
  if (f.source?.parameterFile)
    o.parameterFile = f.source.parameterFile;
  o.fingerprint = f.fingerprint;
  if (f.status === "unknown")
    o.status = "unknown";
  if (f.suppression)
    o.suppression = f.suppression;
  if (f.baselineState)
    o.baselineState = f.baselineState;
  if (f.firstSeen)
    o.firstSeen = f.firstSeen;
  if (f.lastSeen)
    o.lastSeen = f.lastSeen;
  if (f.openDays !== void 0)
    o.openDays = f.openDays;
  if (f.costImpactUsd !== void 0) {
    o.costImpactUsd = f.costImpactUsd;
    if (f.costImpactChange)
      o.costImpactChange = f.costImpactChange;
  }
  return o;
}
function severityCounts(findings) {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
  for (const f of findings)
    if (!f.suppression)
      counts[f.severity]++;
  return counts;
}
var asArray = (items, map) => items.map((x) => map(x));
var asWritten = (items, map) => new MappedList(items, (x) => map(x));
function toJsonReport(result, options = {}, listOf = asArray) {
  const cost = result.cost;
  return {
    schemaVersion: 1,
    tool: result.tool,
    generatedAt: result.generatedAt,
    coverage: { complete: result.coverage.complete, gaps: result.coverage.gaps.map((g) => ({ scope: g.scope, reason: g.reason })) },
    inventory: result.counts,
    findings: listOf(result.findings, findingToJson),
    ...result.fixed ? { fixed: listOf(result.fixed, findingToJson) } : {},
    ...result.notEvaluated?.length ? { notEvaluated: listOf(result.notEvaluated, findingToJson) } : {},
    costs: cost ? cost.costs : [],
    ...cost ? { otherCosts: cost.otherCosts, costTotals: cost.totals, priceCatalogue: cost.priceCatalogue } : {},
    ...cost?.costDelta ? { costDelta: cost.costDelta } : {},
    summary: {
      bySeverity: severityCounts(result.findings),
      suppressed: result.findings.filter((f) => f.suppression).length,
      ...result.fixed ? { new: result.findings.filter((f) => f.baselineState === "new").length, fixed: result.fixed.length } : {},
      rules: result.rules.length
    },
    scanCategory: result.scanCategory,
    inputs: result.inputs,
    notices: result.notices,
    ...options.recordInventory ? { recordedInventory: recordInventory(result.inventory) } : {},
    ...result.suppressions ? { suppressions: result.suppressions } : {}
  };
}
var renderJson = (result, options) => JSON.stringify(toJsonReport(result, options), null, 2) + "\n";
var renderJsonChunks = (result, options) => jsonChunks(jsonReportValue(result, options));
function jsonReportValue(result, options = {}) {
  return toJsonReport(result, options, asWritten);
}

// dist/reporters/cost-text.js
var whole = new Intl.NumberFormat("en-US");
function money(n) {
  return n === null || n === void 0 ? "n/a" : `${currencyPrefix()}${whole.format(Math.round(Math.abs(n)) * Math.sign(n) || 0)}`;
}
function signedMoney(n) {
  const r = Math.round(n);
  const p = currencyPrefix();
  return r > 0 ? `+${p}${whole.format(r)}` : r < 0 ? `-${p}${whole.format(-r)}` : `${p}0`;
}
var modelName = (m) => m === "MeteredData" ? "Metered" : m === "UnlimitedData" ? "Unlimited" : m;
function recommendationLabel(r, c) {
  const changes = r.changes ?? (r.kind ? [r.kind] : []);
  const words = [];
  for (const k of changes) {
    if (k === "delete-unprovisioned")
      words.push(`delete the circuit (provider state not provisioned)`);
    else if (k === "delete-unused")
      words.push("delete the circuit (it carries nothing)");
    else if (k === "add-premium")
      words.push("add Premium");
    else if (k === "remove-premium")
      words.push("drop Premium");
    else if (k === "upgrade-from-local")
      words.push(`upgrade Local to ${r.tier} (${modelName(r.billingModel)})`);
    else if (k === "switch-to-unlimited")
      words.push("switch to Unlimited");
    else if (k === "new-metered-circuit")
      words.push(`a new ${r.tier} Metered circuit`);
    else if (k === "move-to-local")
      words.push(`a new Local ${formatBandwidth(r.bandwidthMbps ?? c.bandwidthMbps)} circuit`);
  }
  return words.length ? words.join(" and ") : `${r.tier} ${modelName(r.billingModel)}`;
}
function savingsText(r) {
  const s = r.monthlySavingsUsd;
  if (s === null)
    return r.required ? "cost not known (a price it needs is missing)" : "saving not known (a price it needs is missing)";
  return s >= 0 ? `saves ${money(s)}/month` : `adds ${money(-s)}/month`;
}
function adviceLine(c) {
  const r = c.recommendation;
  if (!r)
    return c.monthlyUsd.current === null ? "not priced" : "keep";
  return `${recommendationLabel(r, c)}: ${savingsText(r)}${r.required ? " (required)" : ""}`;
}
function otherAdviceLine(o) {
  const r = o.recommendation;
  if (!r)
    return void 0;
  const what = /expressrouteports$/i.test(o.resourceType) ? "port pair" : "gateway";
  return `delete the ${what} (it carries nothing): ${savingsText(r)}`;
}
function figure(value, priced, range) {
  if (value === null)
    return range ? `${money(range.min)}\u2013${money(range.max)}` : "n/a";
  if (range && range.min !== range.max)
    return `${money(range.min)}\u2013${money(range.max)}`;
  return priced === "partial" ? `at least ${money(value)}` : money(value);
}
function totalText(s, readNothing2 = false) {
  if (readNothing2)
    return "not known";
  return `${s.totals.atLeast ? "at least " : ""}${money(s.totals.monthlyUsd)}`;
}
function totalCaveat(s, gaps = 0) {
  const parts = [];
  if (gaps > 0)
    parts.push(`${gaps} input(s) or scope(s) not read`);
  if (s.totals.unpriced)
    parts.push(`${s.totals.unpriced} resource(s) not priced`);
  if (s.totals.partlyPriced)
    parts.push(`${s.totals.partlyPriced} priced in part`);
  return parts.join(", ");
}
function impactText(f) {
  if (f.costImpactUsd === void 0)
    return void 0;
  if (f.costImpactUsd === null)
    return "price not known";
  return `${signedMoney(f.costImpactUsd)}/month`;
}
function complianceTotals(findings) {
  const out = [];
  for (const severity of SEVERITIES) {
    const seen = /* @__PURE__ */ new Map();
    let count = 0;
    const counted = (f) => f.severity === severity && !f.suppression && f.status !== "unknown" && f.costImpactUsd !== void 0;
    const deleted = /* @__PURE__ */ new Set();
    for (const f of findings)
      if (counted(f) && f.costImpactChange === "delete")
        deleted.add(f.resourceId.toLowerCase());
    for (const f of findings) {
      if (!counted(f))
        continue;
      count++;
      const resource = f.resourceId.toLowerCase();
      if (deleted.has(resource) && f.costImpactChange !== "delete")
        continue;
      const key = `${resource}|${f.costImpactChange ?? f.ruleId}`;
      if (!seen.has(key))
        seen.set(key, f.costImpactUsd);
    }
    if (count === 0)
      continue;
    const values = [...seen.values()];
    out.push({ severity, usd: Math.round(values.reduce((n, v) => n + (v ?? 0), 0) * 100) / 100, findings: count, unknown: values.filter((v) => v === null).length });
  }
  return out;
}
function complianceSentence(t) {
  const verb = t.usd > 0 ? `adds ${money(t.usd)}/month` : t.usd < 0 ? `saves ${money(-t.usd)}/month` : t.unknown ? "has no priced effect" : "changes nothing on the bill";
  return `Fixing every ${t.severity} finding ${verb}${t.unknown ? ` (${t.unknown} fix${t.unknown === 1 ? " has" : "es have"} no price, not counted)` : ""}`;
}
function costDeltaHeadline(d, maxItems = 3) {
  const verb = d.deltaUsd === null ? d.deltaRangeUsd ? `changes the bill by ${signedMoney(d.deltaRangeUsd.min)} to ${signedMoney(d.deltaRangeUsd.max)}/month` : "changes the bill by an unknown amount" : d.deltaUsd > 0 ? `adds ${money(d.deltaUsd)}/month` : d.deltaUsd < 0 ? `saves ${money(-d.deltaUsd)}/month` : "leaves the monthly cost as it was";
  const items = d.resources.slice(0, maxItems).map((r) => `${r.name}, ${r.reason}`);
  const more2 = d.resources.length > maxItems ? `; and ${d.resources.length - maxItems} more` : "";
  if (d.deltaUsd === 0 && items.length === 0)
    return "No change to the monthly cost against the baseline";
  return `This change ${verb}${items.length ? `: ${items.join("; ")}${more2}` : ""}`;
}
function deltaCell(r) {
  if (r.deltaUsd !== null)
    return signedMoney(r.deltaUsd);
  if (r.deltaRangeUsd)
    return `${signedMoney(r.deltaRangeUsd.min)} to ${signedMoney(r.deltaRangeUsd.max)}`;
  return "unknown";
}

// dist/reporters/markdown.js
var MD_LIMITS = { top: 10, listed: 25, messageChars: 300 };
function mdEscape(text) {
  return visibleControls(text.replace(/[\r\n]+/g, " ")).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/([\\`*_[\]|~])/g, "\\$1");
}
function clip(text, max) {
  return text.length <= max ? text : text.slice(0, max - 1).trimEnd() + "\u2026";
}
function findingsTable(findings, withState, withAge = false) {
  const lines = [
    `| Severity | Rule | Resource | Finding${withState ? " | Baseline" : ""}${withAge ? " | Age" : ""} |`,
    `| --- | --- | --- | ---${withState ? " | ---" : ""}${withAge ? " | ---" : ""} |`
  ];
  for (const f of findings) {
    const where = f.location ? ` (${mdEscape(`${f.location.file}:${f.location.line}`)})` : "";
    const cells = [
      SEVERITY_LABEL[f.severity],
      `${mdEscape(f.ruleId)} ${mdEscape(f.ruleName)}`,
      `${mdEscape(f.resourceName)}${where}`,
      mdEscape(clip(f.message, MD_LIMITS.messageChars)) + (f.status === "unknown" ? " *(undecided)*" : "") + (impactText(f) ? ` *(fix: ${impactText(f)})*` : "")
    ];
    if (withState)
      cells.push(f.baselineState ?? "");
    if (withAge)
      cells.push(f.openDays !== void 0 ? openLabel(f.openDays) : "");
    lines.push(`| ${cells.join(" | ")} |`);
  }
  return lines;
}
function more(shown, total, what) {
  return total > shown ? ["", `\u2026and ${total - shown} more ${what} in the JSON and HTML reports.`] : [];
}
var renderMarkdown = (result, options = {}) => {
  useCurrency(result.cost?.priceCatalogue.currency);
  const out = [];
  const ages = hasAges(result.findings);
  const byOldest = ages && options.sortBy === "age";
  const unsorted = result.findings.filter((f) => !f.suppression);
  const active = byOldest ? byAge(unsorted) : unsorted;
  const counts = severityCounts(result.findings);
  const baseline = result.fixed !== void 0;
  const newOnes = active.filter((f) => f.baselineState === "new");
  const n = result.counts;
  const bySev = SEVERITIES.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}`);
  const delta = result.cost?.costDelta;
  if (delta)
    out.push(`**${mdEscape(costDeltaHeadline(delta))}**`, "");
  out.push(`## erscan: ${active.length} finding${active.length === 1 ? "" : "s"}${bySev.length ? ` (${bySev.join(", ")})` : ""}`);
  out.push("");
  out.push(`Scanned ${scannedText(n)}. erscan ${mdEscape(result.tool.version)}, ${result.generatedAt.replace("T", " ").replace(/\.\d+Z$/, "Z")}.`);
  if (!result.coverage.complete) {
    out.push("");
    out.push(`> **Coverage incomplete:** ${result.coverage.gaps.length} scope(s) could not be read or checked in full, so findings there are missing.`);
    for (const g of result.coverage.gaps.slice(0, 5))
      out.push(`> - ${mdEscape(g.scope)}: ${mdEscape(clip(g.reason, 200))}`);
    if (result.coverage.gaps.length > 5)
      out.push(`> - \u2026and ${result.coverage.gaps.length - 5} more`);
  }
  out.push("");
  out.push(`| Severity | Findings${baseline ? " | New" : ""} |`);
  out.push(`| --- | ---:${baseline ? " | ---:" : ""} |`);
  for (const s of SEVERITIES) {
    const isNew = newOnes.filter((f) => f.severity === s).length;
    out.push(`| ${SEVERITY_LABEL[s]} | ${counts[s]}${baseline ? ` | ${isNew}` : ""} |`);
  }
  const suppressed = result.findings.length - active.length;
  const tail = [];
  if (suppressed)
    tail.push(`${suppressed} suppressed (with a justification) and not counted.`);
  if (baseline) {
    const unchanged = active.filter((f) => f.baselineState === "unchanged").length;
    tail.push(`Against the baseline${result.baselineFile ? ` ${mdEscape(result.baselineFile)}` : ""}: **${newOnes.length} new**, ${unchanged} unchanged, **${result.fixed.length} fixed**.`);
    const oldest = ages ? byAge(active)[0] : void 0;
    if (oldest?.openDays !== void 0)
      tail.push(`Oldest open finding: ${mdEscape(oldest.ruleId)} on ${mdEscape(oldest.resourceName ?? oldest.resourceId)}, ${openLabel(oldest.openDays)} (since ${oldest.firstSeen.slice(0, 10)}).`);
  }
  if (tail.length)
    out.push("", tail.join(" "));
  const cost = result.cost;
  if (cost) {
    out.push("");
    const caveat = totalCaveat(cost, result.coverage.gaps.length);
    const none = readNothing(result);
    out.push(`**Cost:** ${totalText(cost, none)}${none ? "" : "/month"} for the estate${caveat ? ` (${mdEscape(caveat)})` : ""}, ${mdEscape(cost.priceCatalogue.currency)} list prices of ${mdEscape(cost.priceCatalogue.effectiveDate)}; potential savings **${none ? "not known" : `${usd(cost.totals.potentialSavingsUsd)}/month`}**.`);
    const compliance = complianceTotals(result.findings).filter((t) => t.severity === "critical" || t.severity === "high");
    if (compliance.length)
      out.push("", `**Cost of compliance:** ${compliance.map((t) => mdEscape(complianceSentence(t))).join(". ")}.`);
    const recs = [
      ...cost.costs.filter((c) => c.recommendation && c.recommendation.monthlySavingsUsd !== 0).map((c) => ({ c, line: adviceLine(c), r: c.recommendation })),
      ...cost.otherCosts.filter((o) => o.recommendation && o.recommendation.monthlySavingsUsd !== 0).map((o) => ({ c: o, line: otherAdviceLine(o), r: o.recommendation }))
    ].sort((a, b) => Math.abs(b.r.monthlySavingsUsd ?? 0) - Math.abs(a.r.monthlySavingsUsd ?? 0) || (a.c.resourceId < b.c.resourceId ? -1 : 1));
    if (recs.length)
      out.push("", "**FinOps advice** (largest first):");
    for (const { c, line, r } of recs.slice(0, 3))
      out.push(`- ${mdEscape(c.resourceName ?? c.resourceId)}: ${mdEscape(line)}. ${mdEscape(clip(r.reason, 200))}`);
    if (recs.length > 3)
      out.push(`- \u2026and ${recs.length - 3} more recommendations in the reports.`);
    if (delta && delta.resources.length) {
      out.push("", `### Cost of this change`, "", `Against ${mdEscape(delta.baselineFile ?? "the baseline")}: ${money(delta.baselineMonthlyUsd)} \u2192 ${money(delta.currentMonthlyUsd)} per month.`, "");
      out.push("| Resource | Change | Before | After | Delta | Why |", "| --- | --- | ---: | ---: | ---: | --- |");
      for (const r of delta.resources.slice(0, MD_LIMITS.listed))
        out.push(`| ${mdEscape(r.name)} | ${r.change} | ${money(r.beforeUsd)} | ${money(r.afterUsd)} | ${deltaCell(r)} | ${mdEscape(clip(r.reason, 200))} |`);
      out.push(...more(MD_LIMITS.listed, delta.resources.length, "changed resources"));
    }
  }
  if (baseline) {
    out.push("", "### New findings");
    if (newOnes.length === 0)
      out.push("", "None: nothing new since the baseline.");
    else
      out.push("", ...findingsTable(newOnes.slice(0, MD_LIMITS.listed), false), ...more(MD_LIMITS.listed, newOnes.length, "new findings"));
  }
  out.push("", byOldest ? "### Oldest findings" : baseline ? "### Top findings" : "### Findings");
  if (active.length === 0)
    out.push("", "No findings.");
  else
    out.push("", ...findingsTable(active.slice(0, MD_LIMITS.top), baseline, ages), ...more(MD_LIMITS.top, active.length, "findings"));
  if (baseline && result.fixed.length > 0) {
    const fixedAges = hasAges(result.fixed);
    out.push("", "### Fixed since the baseline", "");
    out.push(`| Severity | Rule | Resource${fixedAges ? " | Was open" : ""} |`, `| --- | --- | ---${fixedAges ? " | ---" : ""} |`);
    for (const f of result.fixed.slice(0, MD_LIMITS.listed)) {
      const open = fixedAges ? ` | ${f.openDays !== void 0 ? daysLabel(f.openDays) : ""}` : "";
      out.push(`| ${SEVERITY_LABEL[f.severity] ?? mdEscape(String(f.severity))} | ${mdEscape(f.ruleId)} ${mdEscape(f.ruleName ?? "")} | ${mdEscape(f.resourceName ?? f.resourceId)}${open} |`);
    }
    out.push(...more(MD_LIMITS.listed, result.fixed.length, "fixed findings"));
  }
  if (result.notices.length > 0) {
    out.push("", "<details><summary>Notes (" + result.notices.length + ")</summary>", "");
    for (const note of result.notices.slice(0, MD_LIMITS.listed))
      out.push(`- ${mdEscape(clip(note, MD_LIMITS.messageChars))}`);
    out.push(...more(MD_LIMITS.listed, result.notices.length, "notes"));
    out.push("", "</details>");
  }
  return out.join("\n") + "\n";
};

export {
  isIsoDateTime,
  daysBetween,
  loadBaseline,
  applyBaseline,
  notEvaluatedNotice,
  RECORDED_SINCE_V2,
  NOT_CARRIED_BY_EVERY_SOURCE,
  inventoryStates,
  readRecordedInventory,
  MappedList,
  jsonChunks,
  severityCounts,
  renderJson,
  renderJsonChunks,
  jsonReportValue,
  money,
  adviceLine,
  otherAdviceLine,
  figure,
  totalText,
  totalCaveat,
  impactText,
  complianceTotals,
  complianceSentence,
  costDeltaHeadline,
  deltaCell,
  mdEscape,
  renderMarkdown
};
