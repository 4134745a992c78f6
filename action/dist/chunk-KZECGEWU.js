// erscan, bundled by scripts/bundle.mjs from its sources and dependencies (licences at the end): do not edit.
import { createRequire as __erscanCreateRequire } from 'node:module';
const require = __erscanCreateRequire(import.meta.url);
import {
  writeReport
} from "./chunk-SX2LNSQR.js";
import {
  CATEGORIES,
  RESOURCE_TYPES,
  SEVERITIES,
  atOrAbove,
  buildInventory,
  countInventory,
  loadRules,
  runRules,
  selectRules,
  severityRank,
  unknownSelectors
} from "./chunk-K2ZFFPHJ.js";
import {
  TOOL_VERSION
} from "./chunk-LTZ5R4CB.js";
import {
  EXIT
} from "./chunk-PJIMCPB3.js";
import {
  emptyConfig,
  loadConfig,
  loadSuppressionsFile
} from "./chunk-3YQAZFQD.js";
import {
  REDACTED
} from "./chunk-26WM2ZHS.js";
import {
  findNodeAtLocation,
  parseJson,
  readText,
  withSyntaxTree
} from "./chunk-LVURD326.js";
import {
  schemaValidator,
  validateOrThrow
} from "./chunk-543HGEIV.js";
import {
  PACKAGE_ROOT,
  packagePath
} from "./chunk-54M4OODH.js";
import {
  InputError,
  UsageError,
  describeValue,
  jsonPath
} from "./chunk-5MMV7F5T.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-TASHP5U3.js";

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  code = advance();
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES) {
                  isGlob = token.isGlob = true;
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_LEFT_PARENTHESES) {
                backslashes = token.backslashes = true;
                code = advance();
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n = prevIndex ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value = input.slice(n, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (idx !== 0 || value !== "") {
            parts.push(value);
          }
          prevIndex = i;
        }
        if (prevIndex && prevIndex + 1 < input.length) {
          const value = input.slice(prevIndex + 1);
          parts.push(value);
          if (opts.tokens) {
            tokens[tokens.length - 1].value = value;
            depth(tokens[tokens.length - 1]);
            state.maxDepth += tokens[tokens.length - 1].depth;
          }
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && eos()) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// dist/cli/pipeline.js
import { basename as basename2, relative as relative3, resolve as resolve2 } from "node:path";

// dist/findings/baseline.js
function loadBaseline(file) {
  const doc = parseJson(file, readText(file)).value;
  if (typeof doc !== "object" || doc === null || Array.isArray(doc))
    throw new InputError(file, "$", "an erscan JSON report", describeValue(doc));
  if (doc.schemaVersion !== 1) {
    const sarif = typeof doc.$schema === "string" && /sarif/i.test(doc.$schema) ? " (this is a SARIF file: use the report.json of the earlier run)" : "";
    throw new InputError(file, "$.schemaVersion", `an erscan JSON report with schemaVersion 1${sarif}`, describeValue(doc.schemaVersion));
  }
  if (!Array.isArray(doc.findings))
    throw new InputError(file, "$.findings", "an array of findings", describeValue(doc.findings));
  doc.findings.forEach((f, i) => {
    const o = f;
    if (typeof o !== "object" || o === null || Array.isArray(o))
      throw new InputError(file, `$.findings[${i}]`, "a finding object", describeValue(o));
    for (const key of ["fingerprint", "ruleId", "resourceId"]) {
      if (typeof o[key] !== "string" || o[key] === "")
        throw new InputError(file, `$.findings[${i}].${key}`, `a ${key} string`, describeValue(o[key]));
    }
  });
  return doc.findings;
}
function subscriptionOf(resourceId) {
  return /^\/subscriptions\/([^/]+)/i.exec(resourceId)?.[1]?.toLowerCase();
}
function applyBaseline(findings, baseline, scope) {
  const before = new Set(baseline.map((f) => f.fingerprint));
  const now = new Set(findings.map((f) => f.fingerprint));
  const marked = findings.map((f) => ({ ...f, baselineState: before.has(f.fingerprint) ? "unchanged" : "new" }));
  const rules = scope ? new Set(scope.ruleIds) : void 0;
  const resources = scope ? new Set(scope.resourceKeys) : void 0;
  const subscriptions = scope ? new Set([...scope.subscriptionIds].map((s) => s.toLowerCase())) : void 0;
  const reEvaluated = (f) => {
    if (!scope)
      return true;
    if (!rules.has(f.ruleId))
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
    const { baselineState: _state, suppression: _s, ...rest } = f;
    (reEvaluated(f) ? fixed : notEvaluated).push(rest);
  }
  return { findings: marked, fixed, notEvaluated };
}
function notEvaluatedNotice(notEvaluated) {
  if (notEvaluated.length === 0)
    return void 0;
  const rules = [...new Set(notEvaluated.map((f) => f.ruleId))].sort();
  return `${notEvaluated.length} finding(s) of the baseline were not re-evaluated (their rule did not run, or their resource is outside this scan's inputs or coverage), so they are listed neither as fixed nor as open: rules ${rules.slice(0, 10).join(", ")}${rules.length > 10 ? `, and ${rules.length - 10} more` : ""}`;
}

// dist/reporters/types.js
var FORMATS = ["console", "json", "sarif", "html", "markdown"];

// dist/util/json-chunks.js
var LONG_ARRAY = 8;
var BATCH = 256;
var GAP = "  ";
function* jsonChunks(value, chunkChars = 1 << 20) {
  const parts = [];
  let size = 0;
  const push = (s) => {
    parts.push(s);
    size += s.length;
  };
  const stack = [];
  const top = prepared(value, "");
  const rootText = start(top, "", false);
  if (rootText === void 0)
    throw new TypeError("jsonChunks: the value has no JSON form");
  if (rootText !== null)
    push(rootText);
  function start(v, indent, native) {
    if (v === null || typeof v !== "object" || native)
      return indented(JSON.stringify(v, null, 2), indent);
    if (stack.some((f) => f.holder === v))
      throw new TypeError("Converting circular structure to JSON");
    if (Array.isArray(v)) {
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
    const inner = f.indent + GAP;
    let descended = false;
    if (f.keys === void 0) {
      const arr = f.holder;
      if (arr.length >= LONG_ARRAY) {
        while (f.i < arr.length) {
          const end = Math.min(arr.length, f.i + BATCH);
          push(f.wrote ? ",\n" : "\n");
          f.wrote = true;
          push(nativeBatch(arr, f.i, end, inner.length / GAP.length));
          f.i = end;
          if (size >= chunkChars) {
            yield parts.join("");
            parts.length = 0;
            size = 0;
          }
        }
      }
      while (f.i < arr.length) {
        const i = f.i++;
        const v = prepared(arr[i], String(i));
        push(f.wrote ? `,
${inner}` : `
${inner}`);
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
        const v = prepared(obj[k], k);
        if (v === void 0 || typeof v === "function" || typeof v === "symbol")
          continue;
        push(`${f.wrote ? ",\n" : "\n"}${inner}${JSON.stringify(k)}: `);
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
    push(f.wrote ? `
${f.indent}${f.close}` : f.close === "}" ? "}" : "]");
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
function nativeBatch(arr, from, end, depth) {
  let batch = arr.slice(from, end);
  if (batch.some((v) => v !== null && (typeof v === "object" || typeof v === "bigint") && typeof v.toJSON === "function")) {
    batch = batch.map((v, j) => prepared(v, String(from + j)));
  }
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
function indented(text, indent) {
  if (text === void 0)
    return void 0;
  return indent && text.includes("\n") ? text.replace(/\n/g, `
${indent}`) : text;
}

// dist/reporters/json.js
function findingToJson(f) {
  return {
    ruleId: f.ruleId,
    ruleName: f.ruleName,
    category: f.category,
    severity: f.severity,
    resourceId: f.resourceId,
    resourceType: f.resourceType,
    resourceName: f.resourceName,
    ...f.subscriptionId ? { subscriptionId: f.subscriptionId } : {},
    ...f.tenantId ? { tenantId: f.tenantId } : {},
    message: f.message,
    ...f.location ? { location: { file: f.location.file, line: f.location.line, column: f.location.column } } : {},
    fingerprint: f.fingerprint,
    ...f.status === "unknown" ? { status: "unknown" } : {},
    ...f.suppression ? { suppression: f.suppression } : {},
    ...f.baselineState ? { baselineState: f.baselineState } : {}
  };
}
function severityCounts(findings) {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
  for (const f of findings)
    if (!f.suppression)
      counts[f.severity]++;
  return counts;
}
function toJsonReport(result) {
  const cost = result.cost;
  return {
    schemaVersion: 1,
    tool: result.tool,
    generatedAt: result.generatedAt,
    coverage: { complete: result.coverage.complete, gaps: result.coverage.gaps.map((g) => ({ scope: g.scope, reason: g.reason })) },
    inventory: result.counts,
    findings: result.findings.map(findingToJson),
    ...result.fixed ? { fixed: result.fixed.map(findingToJson) } : {},
    costs: cost ? cost.costs : [],
    ...cost ? { otherCosts: cost.otherCosts, costTotals: cost.totals, priceCatalogue: cost.priceCatalogue } : {},
    summary: {
      bySeverity: severityCounts(result.findings),
      suppressed: result.findings.filter((f) => f.suppression).length,
      ...result.fixed ? { new: result.findings.filter((f) => f.baselineState === "new").length, fixed: result.fixed.length } : {},
      rules: result.rules.length
    },
    scanCategory: result.scanCategory,
    inputs: result.inputs,
    notices: result.notices
  };
}
var renderJson = (result) => JSON.stringify(toJsonReport(result), null, 2) + "\n";
var renderJsonChunks = (result) => jsonChunks(toJsonReport(result));

// dist/reporters/format.js
var SEVERITY_LABEL = { critical: "Critical", high: "High", medium: "Medium", low: "Low", info: "Info" };
var wholeNumber = new Intl.NumberFormat("en-US");
function wholeNum(n, unit = "") {
  return n === null || n === void 0 ? "n/a" : `${wholeNumber.format(Math.round(n))}${unit}`;
}
function usd(n) {
  return n === null || n === void 0 ? "n/a" : `$${wholeNumber.format(Math.round(n))}`;
}

// dist/reporters/console.js
var COLORS = { critical: "\x1B[35m", high: "\x1B[31m", medium: "\x1B[33m", low: "\x1B[36m", info: "\x1B[90m" };
var RESET = "\x1B[0m";
var BOLD = "\x1B[1m";
var CONSOLE_FINDING_LIMIT = 50;
var renderConsole = (result, options) => {
  const c = (code, s) => options.color ? `${code}${s}${RESET}` : s;
  const lines = [];
  const n = result.counts;
  lines.push(c(BOLD, `erscan ${result.tool.version}`) + ` scanned ${n.circuits} circuits, ${n.peerings} peerings, ${n.ports} Direct ports, ${n.gateways} gateways, ${n.connections} connections in ${n.subscriptions} subscriptions and ${n.tenants} tenants`);
  if (!result.coverage.complete) {
    lines.push(c(COLORS.high, `Coverage incomplete: ${result.coverage.gaps.length} scope(s) could not be read`));
    for (const g of result.coverage.gaps.slice(0, 10))
      lines.push(`  - ${g.scope}: ${g.reason}`);
    if (result.coverage.gaps.length > 10)
      lines.push(`  \u2026 and ${result.coverage.gaps.length - 10} more (see the JSON report)`);
  }
  const active = result.findings.filter((f) => !f.suppression);
  const counts = severityCounts(result.findings);
  lines.push("");
  lines.push(`Findings: ${active.length}` + (active.length ? ` (${SEVERITIES.filter((s) => counts[s] > 0).map((s) => c(COLORS[s], `${counts[s]} ${s}`)).join(", ")})` : "") + (result.findings.length > active.length ? `, ${result.findings.length - active.length} suppressed` : "") + (result.fixed ? `; against the baseline: ${active.filter((f) => f.baselineState === "new").length} new, ${result.fixed.length} fixed` : ""));
  const shown = active.slice(0, CONSOLE_FINDING_LIMIT);
  for (const f of shown) {
    const where2 = f.location ? ` ${f.location.file}:${f.location.line}` : "";
    const tag = f.baselineState === "new" ? " [new]" : "";
    lines.push(`  ${c(COLORS[f.severity], f.severity.toUpperCase().padEnd(8))} ${f.ruleId} ${f.resourceName}${where2}${tag}`);
    lines.push(`           ${f.message}`);
  }
  if (active.length > shown.length)
    lines.push(`  \u2026 and ${active.length - shown.length} more in the reports`);
  const cost = result.cost;
  if (cost) {
    lines.push("");
    lines.push(`Monthly cost: ${usd(cost.totals.monthlyUsd)} (prices of ${cost.priceCatalogue.effectiveDate}); potential savings ${usd(cost.totals.potentialSavingsUsd)}/month`);
  }
  if (result.notices.length) {
    lines.push("");
    lines.push("Notes:");
    for (const note of result.notices)
      lines.push(`  - ${note}`);
  }
  return lines.join("\n") + "\n";
};

// dist/reporters/html.js
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

// dist/reporters/html-model.js
var HTML_PAGE_SIZE = 500;
var HTML_MAX_FINDINGS = 1e4;
var HTML_MAX_CIRCUITS = 1e3;
var orDash = (v) => v === void 0 || v === null || v === "" ? "\u2014" : String(v);
var yesNo = (v) => v === void 0 ? "\u2014" : v ? "yes" : "no";
function escapeHtml(s) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
function anchorFor(prefix, text) {
  return `${prefix}-${text.replace(/[^A-Za-z0-9_-]+/g, "_")}`;
}
function inline(escaped) {
  const codes = [];
  let s = escaped.replace(/`([^`]+)`/g, (_m, c) => {
    codes.push(`<code>${c}</code>`);
    return `\0${codes.length - 1}\0`;
  });
  s = s.replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>");
  s = s.replace(/\[([^\]]+)\]\((https?:\/\/[^\s)"'<>]+)\)/g, '<a href="$2" rel="noreferrer">$1</a>');
  return s.replace(/\u0000(\d+)\u0000/g, (_m, i) => codes[Number(i)]);
}
function renderDocHtml(md) {
  const out = [];
  const lines = md.replace(/\r\n?/g, "\n").split("\n");
  let para = [];
  let list;
  const flushPara = () => {
    if (para.length)
      out.push(`<p>${inline(para.join(" "))}</p>`);
    para = [];
  };
  const flushList = () => {
    if (list)
      out.push(`<${list.tag}>${list.items.map((i) => `<li>${inline(i)}</li>`).join("")}</${list.tag}>`);
    list = void 0;
  };
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const line = escapeHtml(raw);
    if (/^\s*```/.test(raw)) {
      flushPara();
      flushList();
      const code = [];
      while (++i < lines.length && !/^\s*```/.test(lines[i]))
        code.push(escapeHtml(lines[i]));
      out.push(`<pre><code>${code.join("\n")}</code></pre>`);
      continue;
    }
    const h = /^(#{1,6})\s+(.*)$/.exec(line);
    if (h) {
      flushPara();
      flushList();
      const level = Math.min(6, h[1].length + 2);
      out.push(`<h${level}>${inline(h[2])}</h${level}>`);
      continue;
    }
    const li = /^\s*(?:([-*+])|(\d+)[.)])\s+(.*)$/.exec(line);
    if (li) {
      flushPara();
      const tag = li[1] ? "ul" : "ol";
      if (list && list.tag !== tag)
        flushList();
      list ??= { tag, items: [] };
      list.items.push(li[3]);
      continue;
    }
    if (!line.trim()) {
      flushPara();
      flushList();
      continue;
    }
    if (list && /^\s+/.test(raw)) {
      list.items[list.items.length - 1] += " " + line.trim();
      continue;
    }
    flushList();
    para.push(line.trim());
  }
  flushPara();
  flushList();
  return out.join("\n");
}
function fit(text, chars) {
  return text.length <= chars ? text : text.slice(0, Math.max(1, chars - 1)) + "\u2026";
}
var BOX_W = 170;
var BOX_H = 40;
var COL_X = [10, 220, 510];
var ROW_GAP = 54;
function topologyFor(c, inv) {
  const gateways = c.gatewayKeys.map((k) => inv.byKey.get(k)).filter((g) => g?.kind === "gateway");
  const conns = c.connectionKeys.map((k) => inv.byKey.get(k)).filter((x) => x?.kind === "connection");
  const rows = Math.max(1, gateways.length);
  const height = rows * ROW_GAP + 6;
  const midY = height / 2 - BOX_H / 2;
  const port = c.portKey ? inv.byKey.get(c.portKey) : void 0;
  const circuitNode = {
    x: COL_X[0],
    y: midY,
    w: BOX_W,
    h: BOX_H,
    kind: "circuit",
    label: fit(c.name, 24),
    sub: fit([c.tier, c.billingModel, c.bandwidthMbps ? `${wholeNum(c.bandwidthMbps)} Mbps` : ""].filter(Boolean).join(" \xB7 "), 28),
    title: c.id
  };
  const location = c.peeringLocation ?? "unknown location";
  const locNode = {
    x: COL_X[1],
    y: midY,
    w: BOX_W,
    h: BOX_H,
    kind: "location",
    label: fit(location, 24),
    sub: fit(port ? `Direct port ${port.name}` : c.serviceProviderName ?? "", 28),
    title: port ? `${location} \xB7 ${port.id}` : location
  };
  const nodes = [circuitNode, locNode];
  const edges = [
    { d: `M${COL_X[0] + BOX_W},${midY + BOX_H / 2} L${COL_X[1]},${midY + BOX_H / 2}`, label: "", lx: 0, ly: 0, title: `${c.name} at ${location}` }
  ];
  gateways.forEach((g, i) => {
    const y = 3 + i * ROW_GAP + (ROW_GAP - BOX_H) / 2;
    nodes.push({
      x: COL_X[2],
      y,
      w: BOX_W,
      h: BOX_H,
      kind: "gateway",
      label: fit(g.name, 24),
      sub: fit(`${g.flavor === "vwan" ? "vWAN" : "VNet"} \xB7 ${g.skuName ?? "SKU ?"}${g.zones.length ? ` \xB7 zones ${g.zones.join(",")}` : ""}`, 28),
      title: g.id
    });
    const via = conns.filter((x) => x.gatewayKey === g.key).map((x) => x.name);
    const x1 = COL_X[1] + BOX_W;
    const y1 = midY + BOX_H / 2;
    const x2 = COL_X[2];
    const y2 = y + BOX_H / 2;
    edges.push({ d: `M${x1},${y1} C${x1 + 40},${y1} ${x2 - 40},${y2} ${x2},${y2}`, label: fit(via.join(", "), 17), lx: (x1 + x2) / 2, ly: (y1 + y2) / 2 - 4, title: via.join(", ") });
  });
  if (gateways.length === 0) {
    nodes.push({ x: COL_X[2], y: midY, w: BOX_W, h: BOX_H, kind: "none", label: "no gateway connected", sub: "", title: "No connection in the inventory uses this circuit" });
  }
  return { width: COL_X[2] + BOX_W + 10, height, nodes, edges };
}
function costChartFor(c) {
  const m = c.monthlyUsd.metered;
  const u = c.monthlyUsd.unlimited;
  const b = c.breakEvenGbPerMonth;
  const e = c.egressGbPerMonth;
  if (m === null || u === null)
    return { reason: "no price for one of the billing models" };
  if (b === null || b <= 0 || Math.abs(b - e) < 1e-9)
    return { reason: "no break-even point" };
  const rate = (u - m) / (b - e);
  const fixed = m - rate * e;
  if (!(rate > 0) || !Number.isFinite(fixed))
    return { reason: "the estimate gives no per-GB price" };
  const xMax = niceCeil(Math.max(b * 2, e * 1.15));
  const yMax = niceCeil(Math.max(u, fixed + rate * xMax) * 1.05);
  const plot = { x: 64, y: 10, w: 380, h: 150 };
  const sx = (x) => plot.x + x / xMax * plot.w;
  const sy = (y) => plot.y + plot.h - Math.min(y, yMax) / yMax * plot.h;
  const r = (n) => Math.round(n * 10) / 10;
  const xTop = Math.min(xMax, (yMax - fixed) / rate);
  const currentY = c.billingModel === "UnlimitedData" ? u : fixed + rate * e;
  return {
    width: 460,
    height: 196,
    plot,
    metered: `M${r(sx(0))},${r(sy(fixed))} L${r(sx(xTop))},${r(sy(fixed + rate * xTop))}`,
    unlimited: `M${r(sx(0))},${r(sy(u))} L${r(sx(xMax))},${r(sy(u))}`,
    breakEven: { x: r(sx(b)), label: `break-even ${wholeNum(b)} GB` },
    current: { x: r(sx(e)), y: r(sy(currentY)), label: `now: ${wholeNum(e)} GB, ${usd(currentY)}` },
    xTicks: [0, 0.25, 0.5, 0.75, 1].map((t) => ({ x: r(plot.x + t * plot.w), label: shortNum(xMax * t) })),
    yTicks: [0, 0.5, 1].map((t) => ({ y: r(plot.y + plot.h - t * plot.h), label: `$${shortNum(yMax * t)}` }))
  };
}
function niceCeil(v) {
  if (v <= 0)
    return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 2.5, 5, 10])
    if (m * p >= v)
      return m * p;
  return 10 * p;
}
function shortNum(n) {
  if (n >= 1e6)
    return `${Math.round(n / 1e5) / 10}M`;
  if (n >= 1e3)
    return `${Math.round(n / 100) / 10}k`;
  return `${Math.round(n)}`;
}
function bars(items) {
  const max = Math.max(1, ...items.map((i) => i.count));
  return items.map((i, n) => ({ ...i, y: n * 22, w: Math.round(i.count / max * 200) }));
}
function buildHtmlModel(result) {
  const inv = result.inventory;
  const subName = new Map(inv.subscriptions.map((s) => [s.subscriptionId.toLowerCase(), s.name ?? s.subscriptionId]));
  const subLabel = (id) => id ? subName.get(id.toLowerCase()) ?? id : "\u2014";
  const circuitAnchor = /* @__PURE__ */ new Map();
  const shownCircuits = inv.circuits.slice(0, HTML_MAX_CIRCUITS);
  const shownFindings = result.findings.slice(0, HTML_MAX_FINDINGS);
  const limits = [];
  if (shownFindings.length < result.findings.length)
    limits.push(`This page lists the ${wholeNum(shownFindings.length)} most severe of ${wholeNum(result.findings.length)} findings; report.json and report.sarif hold all of them.`);
  if (shownCircuits.length < inv.circuits.length)
    limits.push(`This page draws the first ${wholeNum(shownCircuits.length)} of ${wholeNum(inv.circuits.length)} circuits and their costs; report.json holds all of them.`);
  shownCircuits.forEach((c, i) => {
    const a = `circuit-${i + 1}`;
    circuitAnchor.set(c.key, a);
    for (const p of c.peerings)
      circuitAnchor.set(p.key, a);
  });
  const ruleAnchor = (id) => anchorFor("rule", id);
  const row = (f) => ({
    severity: f.severity,
    sevLabel: SEVERITY_LABEL[f.severity] ?? f.severity,
    sevRank: severityRank(f.severity),
    ruleId: f.ruleId,
    ruleName: f.ruleName,
    ruleAnchor: ruleAnchor(f.ruleId),
    category: f.category,
    tenant: f.tenantId ?? "",
    subscription: f.subscriptionId ?? "",
    subscriptionLabel: subLabel(f.subscriptionId),
    resourceName: f.resourceName ?? f.resourceId,
    resourceId: f.resourceId,
    resourceAnchor: circuitAnchor.get(f.resourceId.toLowerCase()),
    message: f.message,
    location: f.location ? `${f.location.file}:${f.location.line}:${f.location.column}` : void 0,
    state: f.baselineState ?? "",
    undecided: f.status === "unknown",
    suppressed: !!f.suppression,
    justification: f.suppression ? `${f.suppression.justification}${f.suppression.expires ? ` (until ${f.suppression.expires})` : ""}` : void 0
  });
  const active = result.findings.filter((f) => !f.suppression);
  const counts = severityCounts(result.findings);
  const baseline = result.fixed !== void 0;
  const newActive = active.filter((f) => f.baselineState === "new");
  const sorted = (xs) => [...new Set(xs)].sort();
  const costByCircuit = new Map((result.cost?.costs ?? []).map((c) => [c.resourceId.toLowerCase(), c]));
  const findingsByCircuit = /* @__PURE__ */ new Map();
  for (const f of active) {
    const a = circuitAnchor.get(f.resourceId.toLowerCase());
    if (a)
      findingsByCircuit.set(a, (findingsByCircuit.get(a) ?? 0) + 1);
  }
  const circuits = shownCircuits.map((c, i) => {
    const anchor = `circuit-${i + 1}`;
    const port = c.portKey ? inv.byKey.get(c.portKey) : void 0;
    const conns = c.connectionKeys.map((k) => inv.byKey.get(k)).filter((x) => x?.kind === "connection");
    const gws = c.gatewayKeys.map((k) => inv.byKey.get(k)).filter((x) => x?.kind === "gateway");
    const cost2 = costByCircuit.get(c.key);
    return {
      anchor,
      name: c.name,
      id: c.id,
      subscription: subLabel(c.subscriptionId),
      resourceGroup: orDash(c.resourceGroup),
      facts: [
        ["SKU", [c.tier, c.billingModel].filter(Boolean).join(" \xB7 ") || "\u2014"],
        ["Bandwidth", c.bandwidthMbps ? `${wholeNum(c.bandwidthMbps)} Mbps` : "\u2014"],
        ["Provider", c.isDirect ? "ExpressRoute Direct" : orDash(c.serviceProviderName)],
        ["Peering location", orDash(c.peeringLocation)],
        ["Provider state", orDash(c.serviceProviderProvisioningState)],
        ["Circuit state", orDash(c.circuitProvisioningState)],
        ["Global Reach", yesNo(c.globalReachEnabled)],
        ["Authorizations", String(c.authorizations.length)],
        ["Region", orDash(c.location)]
      ].map(([k, v]) => ({ k, v })),
      findings: findingsByCircuit.get(anchor) ?? 0,
      peerings: c.peerings.map((p) => ({
        name: p.name,
        type: orDash(p.peeringType),
        state: orDash(p.state),
        vlan: orDash(p.vlanId),
        peerAsn: orDash(p.peerASN),
        primary: orDash(p.primaryPeerAddressPrefix),
        secondary: orDash(p.secondaryPeerAddressPrefix),
        md5: yesNo(p.sharedKeyConfigured),
        globalReach: String(p.globalReach.length + p.peeredConnectionCount),
        ipv6: p.ipv6 ? "yes" : "no"
      })),
      port: port ? {
        name: port.name,
        id: port.id,
        bandwidth: port.bandwidthGbps ? `${port.bandwidthGbps} Gbps` : "\u2014",
        encapsulation: orDash(port.encapsulation),
        links: port.links.map((l) => ({
          name: l.name,
          adminState: orDash(l.adminState),
          connector: orDash(l.connectorType),
          cipher: orDash(l.macsec.cipher),
          keyVault: l.macsec.cknSecretConfigured || l.macsec.cakSecretConfigured ? yesNo(l.macsec.secretsInKeyVault) : "no secrets"
        }))
      } : void 0,
      connections: conns.map((x) => {
        const g = x.gatewayKey ? inv.byKey.get(x.gatewayKey) : void 0;
        return {
          name: x.name,
          flavor: x.flavor === "vwan" ? "vWAN" : "VNet",
          gateway: g?.name ?? "\u2014",
          status: orDash(x.connectionStatus ?? x.provisioningState),
          weight: orDash(x.routingWeight),
          fastPath: yesNo(x.fastPath),
          authorization: yesNo(x.usesAuthorization)
        };
      }),
      gateways: gws.map((g) => ({
        name: g.name,
        flavor: g.flavor === "vwan" ? "vWAN" : "VNet",
        sku: orDash(g.skuName),
        zones: g.zones.length ? g.zones.join(", ") : "\u2014",
        scale: g.minScaleUnits !== void 0 ? `${g.minScaleUnits}\u2013${g.maxScaleUnits ?? g.minScaleUnits}` : "\u2014",
        subscription: subLabel(g.subscriptionId)
      })),
      topology: topologyFor(c, inv),
      cost: cost2 ? { current: usd(cost2.monthlyUsd.current), model: cost2.billingModel } : void 0
    };
  });
  const cost = result.cost ? {
    total: usd(result.cost.totals.monthlyUsd),
    savings: usd(result.cost.totals.potentialSavingsUsd),
    catalogue: result.cost.priceCatalogue,
    rows: result.cost.costs.slice(0, HTML_MAX_CIRCUITS).map((c) => {
      const chart = costChartFor(c);
      return {
        name: c.resourceName ?? c.resourceId,
        id: c.resourceId,
        anchor: circuitAnchor.get(c.resourceId.toLowerCase()),
        zone: c.zone ?? "unknown zone",
        tier: c.tier,
        billingModel: c.billingModel,
        bandwidth: `${wholeNum(c.bandwidthMbps)} Mbps`,
        egress: `${wholeNum(c.egressGbPerMonth)} GB`,
        egressSource: c.egressSource,
        current: usd(c.monthlyUsd.current),
        metered: usd(c.monthlyUsd.metered),
        unlimited: usd(c.monthlyUsd.unlimited),
        local: c.monthlyUsd.local === null ? void 0 : usd(c.monthlyUsd.local),
        breakEven: c.breakEvenGbPerMonth === null ? "n/a" : `${wholeNum(c.breakEvenGbPerMonth)} GB`,
        recommendation: c.recommendation ? `${c.recommendation.billingModel} ${c.recommendation.tier}: saves ${usd(c.recommendation.monthlySavingsUsd)}/month. ${c.recommendation.reason}` : void 0,
        notes: c.notes ?? [],
        chart: "reason" in chart ? void 0 : chart,
        noChart: "reason" in chart ? chart.reason : void 0
      };
    }),
    other: result.cost.otherCosts.slice(0, HTML_MAX_CIRCUITS).map((o) => ({ name: o.resourceName ?? o.resourceId, id: o.resourceId, type: o.resourceType, monthly: usd(o.monthlyUsd), basis: o.basis, notes: o.notes ?? [] }))
  } : void 0;
  const rulesWithCounts = result.rules.map((r) => ({
    id: r.id,
    anchor: ruleAnchor(r.id),
    name: r.name,
    title: r.title,
    severity: r.severity,
    sevLabel: SEVERITY_LABEL[r.severity],
    category: r.category,
    pillar: r.pillar,
    remediation: r.remediation,
    links: r.links.filter((l) => /^https?:\/\//.test(l)),
    docHtml: renderDocHtml(r.doc || `**${r.title}.**`),
    count: active.filter((f) => f.ruleId === r.id).length
  })).sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));
  return {
    title: `erscan report: ${result.scanCategory}`,
    tool: result.tool,
    generatedAt: result.generatedAt,
    inputs: result.inputs,
    scanCategory: result.scanCategory,
    coverage: result.coverage,
    counts: [
      ["Circuits", result.counts.circuits],
      ["Peerings", result.counts.peerings],
      ["Direct ports", result.counts.ports],
      ["Gateways", result.counts.gateways],
      ["Connections", result.counts.connections],
      ["Subscriptions", result.counts.subscriptions],
      ["Tenants", result.counts.tenants]
    ].map(([label, value]) => ({ label, value })),
    totals: {
      active: active.length,
      suppressed: result.findings.length - active.length,
      all: result.findings.length,
      new: newActive.length,
      unchanged: active.filter((f) => f.baselineState === "unchanged").length,
      fixed: result.fixed?.length ?? 0
    },
    baseline,
    baselineFile: result.baselineFile,
    severityBars: bars(SEVERITIES.map((s) => ({ key: s, label: SEVERITY_LABEL[s], count: counts[s] }))),
    categoryBars: bars(CATEGORIES.map((c) => ({ key: c, label: c, count: active.filter((f) => f.category === c).length }))),
    filters: {
      severities: SEVERITIES.map((s) => ({ value: s, label: SEVERITY_LABEL[s] })),
      categories: sorted(result.findings.map((f) => f.category)),
      tenants: sorted(result.findings.map((f) => f.tenantId ?? "").filter(Boolean)),
      subscriptions: sorted(result.findings.map((f) => f.subscriptionId ?? "").filter(Boolean)).map((s) => ({ value: s, label: subLabel(s) })),
      rules: sorted(result.findings.map((f) => f.ruleId))
    },
    findings: shownFindings.map((f, i) => ({ ...row(f), pagedOut: i >= HTML_PAGE_SIZE })),
    pageSize: HTML_PAGE_SIZE,
    pagedOut: shownFindings.length > HTML_PAGE_SIZE,
    newFindings: newActive.slice(0, HTML_MAX_FINDINGS).map(row),
    fixed: (result.fixed ?? []).slice(0, HTML_MAX_FINDINGS).map(row),
    circuits,
    cost,
    rules: rulesWithCounts,
    limits,
    notices: [...limits, ...result.notices]
  };
}

// dist/reporters/html.js
var compiled;
var sha256 = (s) => `'sha256-${createHash("sha256").update(s, "utf8").digest("base64")}'`;
function load() {
  if (compiled)
    return compiled;
  const Handlebars = __require("./handlebars.cjs").create();
  const dir = packagePath("reports", "html");
  const css = readFileSync(`${dir}/report.css`, "utf8");
  const js = readFileSync(`${dir}/report.js`, "utf8");
  if (/<\/(script|style)/i.test(css + js))
    throw new Error("reports/html assets must not contain a closing script or style tag");
  Handlebars.registerHelper("plural", (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`);
  Handlebars.registerHelper("add", (a, b) => a + b);
  Handlebars.registerPartial("findingRow", readFileSync(`${dir}/finding-row.hbs`, "utf8"));
  const template = Handlebars.compile(readFileSync(`${dir}/report.hbs`, "utf8"), { strict: false, preventIndent: true });
  const noscriptCss = "#findings-table tbody tr[hidden]{display:table-row}.more{display:none}";
  const csp = `default-src 'none'; img-src data:; style-src ${sha256(css)} ${sha256(noscriptCss)}; script-src ${sha256(js)}; base-uri 'none'; form-action 'none'`;
  compiled = { template, css, js, csp, noscriptCss };
  return compiled;
}
function renderHtmlReport(result) {
  const { template, css, js, csp, noscriptCss } = load();
  return template({ ...buildHtmlModel(result), css, js, csp, noscriptCss });
}
var renderHtml = (result) => renderHtmlReport(result);

// dist/reporters/markdown.js
var MD_LIMITS = { top: 10, listed: 25, messageChars: 300 };
function mdEscape(text) {
  return text.replace(/[\r\n]+/g, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/([\\`*_[\]|~])/g, "\\$1");
}
function clip(text, max) {
  return text.length <= max ? text : text.slice(0, max - 1).trimEnd() + "\u2026";
}
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function findingsTable(findings, withState) {
  const lines = [
    `| Severity | Rule | Resource | Finding${withState ? " | Baseline" : ""} |`,
    `| --- | --- | --- | ---${withState ? " | ---" : ""} |`
  ];
  for (const f of findings) {
    const where2 = f.location ? ` (${mdEscape(`${f.location.file}:${f.location.line}`)})` : "";
    const cells = [
      SEVERITY_LABEL[f.severity],
      `${mdEscape(f.ruleId)} ${mdEscape(f.ruleName)}`,
      `${mdEscape(f.resourceName)}${where2}`,
      mdEscape(clip(f.message, MD_LIMITS.messageChars)) + (f.status === "unknown" ? " *(undecided)*" : "")
    ];
    if (withState)
      cells.push(f.baselineState ?? "");
    lines.push(`| ${cells.join(" | ")} |`);
  }
  return lines;
}
function more(shown, total, what) {
  return total > shown ? ["", `\u2026and ${total - shown} more ${what} in the JSON and HTML reports.`] : [];
}
var renderMarkdown = (result) => {
  const out = [];
  const active = result.findings.filter((f) => !f.suppression);
  const counts = severityCounts(result.findings);
  const baseline = result.fixed !== void 0;
  const newOnes = active.filter((f) => f.baselineState === "new");
  const n = result.counts;
  const bySev = SEVERITIES.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}`);
  out.push(`## erscan: ${active.length} finding${active.length === 1 ? "" : "s"}${bySev.length ? ` (${bySev.join(", ")})` : ""}`);
  out.push("");
  out.push(`Scanned ${n.circuits} circuits, ${n.peerings} peerings, ${n.ports} Direct ports, ${n.gateways} gateways and ${n.connections} connections in ${plural(n.subscriptions, "subscription")} and ${plural(n.tenants, "tenant")}. erscan ${mdEscape(result.tool.version)}, ${result.generatedAt.replace("T", " ").replace(/\.\d+Z$/, "Z")}.`);
  if (!result.coverage.complete) {
    out.push("");
    out.push(`> **Coverage incomplete:** ${result.coverage.gaps.length} scope(s) could not be read, so findings there are missing.`);
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
  }
  if (tail.length)
    out.push("", tail.join(" "));
  const cost = result.cost;
  if (cost) {
    out.push("");
    out.push(`**Cost:** ${usd(cost.totals.monthlyUsd)}/month for the estate (${mdEscape(cost.priceCatalogue.currency)} list prices of ${mdEscape(cost.priceCatalogue.effectiveDate)}); potential savings **${usd(cost.totals.potentialSavingsUsd)}/month**.`);
    const recs = cost.costs.filter((c) => c.recommendation && c.recommendation.monthlySavingsUsd > 0).sort((a, b) => b.recommendation.monthlySavingsUsd - a.recommendation.monthlySavingsUsd || (a.resourceId < b.resourceId ? -1 : 1));
    for (const c of recs.slice(0, 3)) {
      const r = c.recommendation;
      out.push(`- ${mdEscape(c.resourceName ?? c.resourceId)}: ${mdEscape(r.billingModel)} ${mdEscape(r.tier)} saves ${usd(r.monthlySavingsUsd)}/month. ${mdEscape(clip(r.reason, 200))}`);
    }
    if (recs.length > 3)
      out.push(`- \u2026and ${recs.length - 3} more recommendations in the reports.`);
  }
  if (baseline) {
    out.push("", "### New findings");
    if (newOnes.length === 0)
      out.push("", "None: nothing new since the baseline.");
    else
      out.push("", ...findingsTable(newOnes.slice(0, MD_LIMITS.listed), false), ...more(MD_LIMITS.listed, newOnes.length, "new findings"));
  }
  out.push("", baseline ? "### Top findings" : "### Findings");
  if (active.length === 0)
    out.push("", "No findings.");
  else
    out.push("", ...findingsTable(active.slice(0, MD_LIMITS.top), baseline), ...more(MD_LIMITS.top, active.length, "findings"));
  if (baseline && result.fixed.length > 0) {
    out.push("", "### Fixed since the baseline", "");
    out.push("| Severity | Rule | Resource |", "| --- | --- | --- |");
    for (const f of result.fixed.slice(0, MD_LIMITS.listed))
      out.push(`| ${SEVERITY_LABEL[f.severity] ?? mdEscape(String(f.severity))} | ${mdEscape(f.ruleId)} ${mdEscape(f.ruleName ?? "")} | ${mdEscape(f.resourceName ?? f.resourceId)} |`);
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

// dist/reporters/sarif.js
import { createHash as createHash2 } from "node:crypto";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
var PROJECT_URL = "https://github.com/erscan/erscan";
var SARIF_LIMITS = {
  resultsPerRun: 25e3,
  tagsPerRule: 20,
  descriptionChars: 1024,
  gzipBytes: 10 * 1024 * 1024
};
var LEVEL = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "note",
  info: "note"
};
var SECURITY_SEVERITY = {
  critical: "9.5",
  high: "8.0",
  medium: "5.5",
  low: "3.0",
  info: "1.0"
};
var SRCROOT = "SRCROOT";
function pascalName(kebab) {
  return kebab.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join("");
}
function clip2(text, max) {
  const t = text.trim();
  return t.length <= max ? t : t.slice(0, max - 1).trimEnd() + "\u2026";
}
function docSummary(doc) {
  const why = /^##\s+Why\s*\n([\s\S]*?)(?=^##\s|$(?![\s\S]))/m.exec(doc);
  const body = why ? why[1] : doc.replace(/^#.*$/gm, "");
  const para = body.split(/\n\s*\n/).map((p) => p.trim()).find((p) => p && !p.startsWith("#") && !p.startsWith("```"));
  if (!para)
    return void 0;
  return para.replace(/\s*\n\s*/g, " ").replace(/\*\*([^*]+)\*\*/g, "$1").replace(/`([^`]+)`/g, "$1").replace(/\[([^\]]+)\]\([^)]+\)/g, "$1");
}
function ruleHelpUri(rule) {
  const rel = relative(PACKAGE_ROOT, rule.file);
  if (rule.file && !rel.startsWith("..") && !isAbsolute(rel) && rel.startsWith(`rules${sep}`)) {
    return `${PROJECT_URL}/blob/main/${rel.split(sep).join("/").replace(/\.(ya?ml|json)$/i, ".md")}`;
  }
  return rule.links.find((l) => /^https:\/\//.test(l));
}
function precisionOf(rule) {
  return rule.function ? "high" : "very-high";
}
function tagsOf(rule) {
  const tags = ["expressroute", `category/${rule.category}`, `pillar/${rule.pillar}`];
  if (rule.pillar === "security" || rule.category === "encryption")
    tags.unshift("security");
  for (const t of rule.tags)
    if (!tags.includes(t))
      tags.push(t);
  return tags.slice(0, SARIF_LIMITS.tagsPerRule);
}
function ruleDescriptor(rule) {
  const helpUri = ruleHelpUri(rule);
  const links = rule.links.map((l) => `- ${l}`).join("\n");
  const full = docSummary(rule.doc) ?? rule.title;
  return {
    id: rule.id,
    name: pascalName(rule.name),
    shortDescription: { text: clip2(rule.title, SARIF_LIMITS.descriptionChars) },
    fullDescription: { text: clip2(full, SARIF_LIMITS.descriptionChars) },
    ...helpUri ? { helpUri } : {},
    help: {
      text: `${rule.remediation}

References:
${links}`,
      markdown: rule.doc.trim() ? rule.doc.trim() : `**${rule.title}**

${rule.remediation}

${links}`
    },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: {
      tags: tagsOf(rule),
      precision: precisionOf(rule),
      "security-severity": SECURITY_SEVERITY[rule.severity],
      category: rule.category,
      pillar: rule.pillar,
      severity: rule.severity,
      kebabName: rule.name
    }
  };
}
function pseudoPathForResource(resourceId) {
  const segments = resourceId.split("/").filter(Boolean).map(encodeURIComponent);
  return ["azure", ...segments].join("/");
}
function primaryLocationLineHash(ruleId, resourceId) {
  return createHash2("sha256").update(`${ruleId}\0${resourceId.toLowerCase()}`).digest("hex").slice(0, 16) + ":1";
}
function fileArtifact(file, sourceRoot) {
  const abs = resolve(sourceRoot, file);
  const rel = relative(sourceRoot, abs);
  if (rel && !rel.startsWith("..") && !isAbsolute(rel)) {
    return { uri: rel.split(sep).map(encodeURIComponent).join("/"), uriBaseId: SRCROOT };
  }
  return { uri: pathToFileURL(abs).href };
}
function resultOf(f, ruleIndex, sourceRoot) {
  const logical = [{ name: f.resourceName, fullyQualifiedName: f.resourceId, kind: "resource" }];
  const live = !f.location;
  const physicalLocation = f.location ? {
    artifactLocation: fileArtifact(f.location.file, sourceRoot),
    region: { startLine: Math.max(1, f.location.line), startColumn: Math.max(1, f.location.column) }
  } : {
    artifactLocation: { uri: pseudoPathForResource(f.resourceId) },
    region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 }
  };
  const idx = ruleIndex.get(f.ruleId);
  return {
    ruleId: f.ruleId,
    ...idx !== void 0 ? { ruleIndex: idx } : {},
    level: LEVEL[f.severity],
    // The message already names the resource; the ARM id is added for live resources because
    // GitHub shows neither properties nor logical locations.
    message: { text: live ? `${f.message} Resource: ${f.resourceId}` : f.message },
    locations: [
      {
        physicalLocation,
        logicalLocations: logical,
        ...live ? { message: { text: "Live Azure resource (no source file in this repository)" } } : {}
      }
    ],
    partialFingerprints: {
      // upload-sarif computes a line hash for real files; nothing can for a pseudo-file.
      ...live ? { primaryLocationLineHash: primaryLocationLineHash(f.ruleId, f.resourceId) } : {},
      "erscanFingerprint/v1": f.fingerprint
    },
    ...f.baselineState ? { baselineState: f.baselineState } : {},
    ...f.suppression ? {
      suppressions: [
        {
          kind: "external",
          status: "accepted",
          justification: f.suppression.justification,
          ...f.suppression.expires ? { properties: { expires: f.suppression.expires } } : {}
        }
      ]
    } : {},
    properties: {
      severity: f.severity,
      category: f.category,
      resourceId: f.resourceId,
      resourceType: f.resourceType,
      resourceName: f.resourceName,
      ...f.subscriptionId ? { subscriptionId: f.subscriptionId } : {},
      ...f.tenantId ? { tenantId: f.tenantId } : {},
      source: live ? "live" : "template",
      ...f.status === "unknown" ? { status: "unknown" } : {}
    }
  };
}
function selectForLimit(findings, limit) {
  if (findings.length <= limit)
    return { kept: findings, dropped: 0 };
  const ranked = findings.map((f, i) => ({ f, i })).sort((a, b) => Number(!!a.f.suppression) - Number(!!b.f.suppression) || severityRank(b.f.severity) - severityRank(a.f.severity) || a.i - b.i);
  const keep = new Set(ranked.slice(0, limit).map((x) => x.i));
  return { kept: findings.filter((_, i) => keep.has(i)), dropped: findings.length - limit };
}
function notification(level, text, id) {
  return { level, message: { text }, descriptor: { id } };
}
function buildSarif(result, options = {}) {
  const sourceRoot = resolve(options.sourceRoot ?? process.cwd());
  const rules = [...result.rules].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const descriptors = rules.map(ruleDescriptor);
  for (const f of result.findings) {
    if (ruleIndex.has(f.ruleId))
      continue;
    ruleIndex.set(f.ruleId, descriptors.length);
    descriptors.push({
      id: f.ruleId,
      name: pascalName(f.ruleName),
      shortDescription: { text: f.ruleName },
      fullDescription: { text: f.ruleName },
      help: { text: `See the erscan rule ${f.ruleId}.` },
      defaultConfiguration: { level: LEVEL[f.severity] },
      properties: { tags: ["expressroute", `category/${f.category}`], precision: "high", "security-severity": SECURITY_SEVERITY[f.severity] }
    });
  }
  const notifications = [];
  for (const gap of result.coverage.gaps)
    notifications.push(notification("warning", `Coverage gap: ${gap.scope} could not be read (${gap.reason}).`, "coverage-gap"));
  for (const note of result.notices)
    notifications.push(notification("note", note, "notice"));
  const limit = options.maxResults ?? SARIF_LIMITS.resultsPerRun;
  let { kept, dropped } = selectForLimit(result.findings, limit);
  const build = (findings, truncatedBy) => {
    const extra = truncatedBy ? [
      notification("warning", `${truncatedBy} of ${result.findings.length} findings were left out of this SARIF file to stay within GitHub code scanning's limits (${limit} results per run, ${Math.round((options.maxGzipBytes ?? SARIF_LIMITS.gzipBytes) / 1024 / 1024)} MB gzipped); the least severe were dropped first. The JSON and HTML reports list every finding.`, "sarif-truncated")
    ] : [];
    const run = {
      tool: {
        driver: {
          name: "erscan",
          fullName: "erscan ExpressRoute policy-as-code scanner",
          version: result.tool.version,
          semanticVersion: result.tool.version,
          informationUri: PROJECT_URL,
          rules: descriptors
        }
      },
      automationDetails: { id: `${result.scanCategory.replace(/\/+$/, "")}/` },
      columnKind: "utf16CodeUnits",
      originalUriBaseIds: { [SRCROOT]: { description: { text: "The repository root (or the working directory erscan ran in)." } } },
      invocations: [
        {
          executionSuccessful: true,
          ...notifications.length + extra.length ? { toolExecutionNotifications: [...extra, ...notifications] } : {},
          properties: { coverageComplete: result.coverage.complete, inputs: result.inputs, generatedAt: result.generatedAt }
        }
      ],
      results: findings.map((f) => resultOf(f, ruleIndex, sourceRoot)),
      properties: {
        inventory: result.counts,
        ...truncatedBy ? { truncated: { totalFindings: result.findings.length, omitted: truncatedBy } } : {}
      }
    };
    return { $schema: "https://json.schemastore.org/sarif-2.1.0.json", version: "2.1.0", runs: [run] };
  };
  let log = build(kept, dropped);
  const maxGzip = options.maxGzipBytes ?? SARIF_LIMITS.gzipBytes;
  while (kept.length > 0 && gzipSync(JSON.stringify(log)).length > maxGzip) {
    ({ kept } = selectForLimit(kept, Math.floor(kept.length / 2)));
    dropped = result.findings.length - kept.length;
    log = build(kept, dropped);
  }
  return log;
}
var renderSarif = (result, options) => JSON.stringify(buildSarif(result, options), null, 2) + "\n";
var renderSarifChunks = (result, options) => jsonChunks(buildSarif(result, options));

// dist/reporters/index.js
var REPORT_FILES = {
  json: "report.json",
  sarif: "report.sarif",
  html: "report.html",
  markdown: "report.md"
};
var REPORTERS = {
  console: renderConsole,
  json: renderJson,
  sarif: renderSarif,
  html: renderHtml,
  markdown: renderMarkdown
};
function reporterFor(format) {
  const r = REPORTERS[format];
  if (!r)
    throw new Error(`no reporter for ${format}`);
  return r;
}
var CHUNKED = {
  json: renderJsonChunks,
  sarif: renderSarifChunks
};
function reportChunksFor(format) {
  const chunked = CHUNKED[format];
  if (chunked)
    return chunked;
  const r = reporterFor(format);
  return (result, options) => [r(result, options)];
}

// dist/findings/suppressions.js
var import_picomatch = __toESM(require_picomatch2(), 1);
var where = (e) => e.file ?? "config";
function applySuppressions(findings, entries, today) {
  const notices = [];
  const compiled2 = entries.map((e) => ({
    e,
    matchRule: (0, import_picomatch.default)(e.ruleId, { nocase: true }),
    matchResource: (0, import_picomatch.default)(e.resource.toLowerCase(), { nocase: true, dot: true }),
    expired: e.expires !== void 0 && e.expires < today,
    used: 0
  }));
  const out = findings.map((f) => {
    const id = f.resourceId.toLowerCase();
    let expired;
    for (const c of compiled2) {
      if (c.e.ruleId !== "*" && c.e.ruleId.toLowerCase() !== f.ruleId.toLowerCase() && !c.matchRule(f.ruleId))
        continue;
      if (!(c.e.resource.toLowerCase() === id || c.matchResource(id)))
        continue;
      c.used++;
      if (c.expired) {
        expired ??= c;
        continue;
      }
      return { ...f, suppression: { justification: c.e.justification, ...c.e.expires ? { expires: c.e.expires } : {} } };
    }
    return expired ? { ...f, message: `${f.message} (suppression expired on ${expired.e.expires}: "${expired.e.justification}")` } : f;
  });
  for (const c of compiled2) {
    if (c.expired && c.used)
      notices.push(`expired suppression: ${c.e.ruleId} on ${c.e.resource} expired on ${c.e.expires}; ${c.used} finding${c.used === 1 ? " is" : "s are"} reported again (${where(c.e)})`);
    else if (c.expired)
      notices.push(`expired suppression: ${c.e.ruleId} on ${c.e.resource} expired on ${c.e.expires} and matches nothing: remove it (${where(c.e)})`);
    else if (!c.used)
      notices.push(`suppression of ${c.e.ruleId} on ${c.e.resource} matched no finding (${where(c.e)})`);
  }
  return { findings: out, notices };
}

// dist/scan/run.js
function scanSources(source, opts) {
  const { inventory, notices: buildNotices } = buildInventory(source.raws, source.subscriptions, { consume: true });
  source.raws = [];
  const allRules = loadRules([...opts.config.ruleDirs, ...opts.ruleDirs ?? []]);
  const rules = selectRules(allRules, opts.config.rules);
  const notices = [...source.notices, ...buildNotices];
  if (inventory.byKey.size === 0)
    notices.push("the inputs hold no ExpressRoute resources: nothing was checked");
  for (const s of unknownSelectors(allRules, opts.config.rules))
    notices.push(`config names "${s}", which matches no rule`);
  const cost = opts.estimateCosts?.(inventory);
  const engine = runRules(inventory, rules, opts.config.rules.parameters ?? {}, cost);
  notices.push(...engine.notices);
  const today = opts.now.toISOString().slice(0, 10);
  const suppressed = applySuppressions(engine.findings, opts.config.suppressions, today);
  notices.push(...suppressed.notices);
  let findings = suppressed.findings;
  let fixed;
  if (opts.baseline) {
    const b = applyBaseline(findings, opts.baseline.findings, {
      ruleIds: rules.map((r) => r.id),
      resourceKeys: inventory.byKey.keys(),
      subscriptionIds: [...inventory.subscriptions.map((s) => s.subscriptionId), ...[...inventory.byKey.values()].flatMap((r) => r.subscriptionId ? [r.subscriptionId] : [])],
      coverageComplete: source.gaps.length === 0
    });
    const skipped = notEvaluatedNotice(b.notEvaluated);
    if (skipped)
      notices.push(skipped);
    findings = b.findings;
    fixed = b.fixed;
  }
  const gaps = source.gaps;
  return {
    tool: { name: "erscan", version: TOOL_VERSION },
    generatedAt: opts.now.toISOString(),
    scanCategory: opts.scanCategory,
    inputs: opts.inputs,
    coverage: { complete: gaps.length === 0, gaps },
    inventory,
    counts: countInventory(inventory),
    findings,
    ...fixed ? { fixed, baselineFile: opts.baseline.file } : {},
    rules,
    notices,
    ...cost ? { cost } : {}
  };
}

// dist/sources/index.js
import { readdirSync as readdirSync2, statSync as statSync2 } from "node:fs";
import { join as join2, relative as relative2 } from "node:path";

// dist/sources/detect.js
var isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function detectFormat(doc) {
  if (Array.isArray(doc))
    return "rows";
  if (!isObj(doc))
    return "unknown";
  if ("erscanSnapshot" in doc)
    return "snapshot";
  const schema = typeof doc.$schema === "string" ? doc.$schema.toLowerCase() : "";
  if (schema.includes("deploymenttemplate") || Array.isArray(doc.resources) && "contentVersion" in doc && !schema.includes("parameters"))
    return "arm-template";
  if (schema.includes("deploymentparameters") || schema.includes("parameters.json"))
    return "arm-parameters";
  if ("format_version" in doc && ("planned_values" in doc || "resource_changes" in doc || "terraform_version" in doc))
    return "terraform-plan";
  if ("data" in doc && ("skip_token" in doc || "total_records" in doc))
    return "graph-cli";
  if ("data" in doc && ("totalRecords" in doc || "resultTruncated" in doc))
    return "graph-rest";
  if (Array.isArray(doc.value))
    return "arm-list";
  if (typeof doc.id === "string" && typeof doc.type === "string")
    return "arm-resource";
  return "unknown";
}
var FORMAT_DESCRIPTIONS = 'an erscan snapshot, Resource Graph output (az graph query JSON or an array of rows), an ARM GET/list response ({"value": [...]}), an ARM template or parameter file, or a Terraform plan (terraform show -json)';

// dist/sources/types.js
function emptyOutput() {
  return { raws: [], subscriptions: [], gaps: [], notices: [] };
}
function mergeOutputs(outputs) {
  const out = emptyOutput();
  for (const o of outputs) {
    for (const r of o.raws)
      out.raws.push(r);
    out.subscriptions.push(...o.subscriptions);
    out.gaps.push(...o.gaps);
    out.notices.push(...o.notices);
    if (o.metrics)
      out.metrics = { ...out.metrics ?? {}, ...o.metrics };
  }
  return out;
}

// dist/sources/rows.js
var isObj2 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function loadRows(file, doc, format) {
  const out = emptyOutput();
  const source = { kind: "snapshot", file };
  let rows;
  let base;
  switch (format) {
    case "rows":
      rows = doc;
      base = [];
      break;
    case "graph-cli":
    case "graph-rest": {
      const d = doc.data;
      if (isObj2(d) && Array.isArray(d.columns) && Array.isArray(d.rows)) {
        rows = tableToObjects(file, d.columns, d.rows);
      } else if (Array.isArray(d)) {
        rows = d;
      } else {
        throw new InputError(file, "$.data", "an array of rows or a table {columns, rows}", describeValue(d));
      }
      base = ["data"];
      const o = doc;
      if (o.skip_token || o.$skipToken || o.skipToken) {
        out.gaps.push({ scope: file, reason: "Resource Graph output is one page of several (it carries a skip token): later pages were not read" });
      }
      if (o.resultTruncated === "true" || o.resultTruncated === true) {
        out.gaps.push({ scope: file, reason: "Resource Graph reported resultTruncated: the result set is incomplete" });
      }
      break;
    }
    case "arm-list":
      rows = doc.value;
      base = ["value"];
      if (typeof doc.nextLink === "string") {
        out.gaps.push({ scope: file, reason: "ARM list response has a nextLink: later pages were not read" });
      }
      break;
    case "arm-resource":
      rows = [doc];
      base = [];
      break;
    default:
      throw new Error(`loadRows cannot read ${format}`);
  }
  rows.forEach((row, i) => {
    const at = format === "arm-resource" ? [] : [...base, i];
    if (!isObj2(row))
      throw new InputError(file, jsonPath(at), "a resource object", describeValue(row));
    if (typeof row.id !== "string" || row.id === "")
      throw new InputError(file, jsonPath([...at, "id"]), "an ARM resource id (string)", describeValue(row.id));
    if (typeof row.type !== "string" || row.type === "")
      throw new InputError(file, jsonPath([...at, "type"]), "an ARM resource type (string)", describeValue(row.type));
    const raw = { row, source };
    out.raws.push(raw);
  });
  return out;
}
function tableToObjects(file, columns, rows) {
  const names = columns.map((c, i) => {
    const n = isObj2(c) ? c.name : void 0;
    if (typeof n !== "string")
      throw new InputError(file, jsonPath(["data", "columns", i, "name"]), "a column name", describeValue(n));
    return n;
  });
  return rows.map((r, i) => {
    if (!Array.isArray(r))
      throw new InputError(file, jsonPath(["data", "rows", i]), "an array of cell values", describeValue(r));
    const o = {};
    names.forEach((n, j) => o[n] = r[j]);
    return o;
  });
}

// dist/sources/snapshot.js
function loadSnapshot(file, doc) {
  validateOrThrow(schemaValidator("snapshot.schema.json"), doc, file);
  const snap = doc;
  const out = emptyOutput();
  out.raws = snap.resources.map((row) => ({ row, source: { kind: "snapshot", file } }));
  out.subscriptions = snap.subscriptions ?? [];
  out.gaps = snap.coverage?.gaps ?? [];
  if (snap.metrics)
    out.metrics = Object.fromEntries(Object.entries(snap.metrics).map(([k, v]) => [k.toLowerCase(), v]));
  return out;
}

// dist/sources/template/index.js
import { basename, dirname as dirname2 } from "node:path";

// dist/sources/template/arm/template.js
import { createHash as createHash3 } from "node:crypto";

// dist/sources/template/ids.js
var PLACEHOLDER_SUBSCRIPTION = "{subscription}";
var PLACEHOLDER_RESOURCE_GROUP = "{resourceGroup}";
function isFullType(s) {
  return /^[A-Za-z0-9]+(\.[A-Za-z0-9]+)+\/[A-Za-z0-9]/.test(s);
}
function providerPath(type, names) {
  const segs = type.split("/");
  const types = segs.slice(1);
  if (types.length !== names.length)
    return { error: `expects ${types.length} name segment(s) for type ${type}, found ${names.length}` };
  let out = `/providers/${segs[0]}`;
  types.forEach((t, i) => out += `/${t}/${names[i]}`);
  return out;
}
function resourceGroupResourceId(scope, type, name) {
  const names = name.split("/");
  const p = providerPath(type, names);
  const path = typeof p === "string" ? p : `/providers/${type}/${name}`;
  return `/subscriptions/${scope.subscriptionId}/resourceGroups/${scope.resourceGroup}${path}`;
}
function resourceIdFor(fn, args, scope) {
  if (fn === "extensionresourceid") {
    const [base, type, ...names] = args;
    if (base === void 0 || type === void 0)
      return { error: "needs a resource id, a type and names" };
    const p2 = providerPath(type, names);
    return typeof p2 === "string" ? `${base.replace(/\/$/, "")}${p2}` : p2;
  }
  const typeAt = args.findIndex(isFullType);
  if (typeAt < 0)
    return { error: "needs a resource type such as Microsoft.Network/expressRouteCircuits" };
  const before = args.slice(0, typeAt);
  const p = providerPath(args[typeAt], args.slice(typeAt + 1));
  if (typeof p !== "string")
    return p;
  if (fn === "tenantresourceid")
    return p;
  if (fn === "subscriptionresourceid") {
    if (before.length > 1)
      return { error: "takes at most a subscription id before the type" };
    return `/subscriptions/${before[0] ?? scope.subscriptionId}${p}`;
  }
  if (before.length > 2)
    return { error: "takes at most a subscription id and a resource group name before the type" };
  const sub = before.length === 2 ? before[0] : scope.subscriptionId;
  const rg = before.length >= 1 ? before[before.length - 1] : scope.resourceGroup;
  return `/subscriptions/${sub}/resourceGroups/${rg}${p}`;
}

// dist/sources/template/location.js
function positionOf(parsed, path) {
  if (!parsed.tree)
    return void 0;
  const node = findNodeAtLocation(parsed.tree, path);
  if (!node)
    return void 0;
  const at = node.parent?.type === "property" ? node.parent : node;
  return parsed.lines.position(at.offset);
}

// dist/sources/template/arm/expression.js
var ExpressionSyntaxError = class extends Error {
};
var MAX_EXPRESSION_LENGTH = 24576;
var MAX_DEPTH = 128;
function isExpression(s) {
  return s.length >= 2 && s.startsWith("[") && !s.startsWith("[[") && s.endsWith("]");
}
function unescapeLiteral(s) {
  return s.startsWith("[[") ? s.slice(1) : s;
}
function parseExpression(source) {
  if (source.length > MAX_EXPRESSION_LENGTH)
    throw new ExpressionSyntaxError(`expression longer than ${MAX_EXPRESSION_LENGTH} characters`);
  const text = isExpression(source) ? source.slice(1, -1) : source;
  let pos = 0;
  const fail = (what) => {
    throw new ExpressionSyntaxError(`${what} at character ${pos + 1} of the expression`);
  };
  const skipWs = () => {
    while (pos < text.length && /\s/.test(text[pos]))
      pos++;
  };
  const peek = () => {
    skipWs();
    return text[pos];
  };
  const expect = (c) => {
    if (peek() !== c)
      fail(`expected "${c}"`);
    pos++;
  };
  const ident = () => {
    skipWs();
    const m = /^[A-Za-z_$][A-Za-z0-9_$]*/.exec(text.slice(pos));
    if (!m)
      return fail("expected a name");
    pos += m[0].length;
    return m[0];
  };
  const primary = (depth) => {
    const c = peek();
    if (c === "'") {
      pos++;
      let out = "";
      for (; ; ) {
        if (pos >= text.length)
          fail("unterminated string");
        const ch = text[pos++];
        if (ch === "'") {
          if (text[pos] === "'") {
            out += "'";
            pos++;
          } else
            break;
        } else
          out += ch;
      }
      return { kind: "literal", value: out };
    }
    if (c !== void 0 && /[-0-9]/.test(c)) {
      const m = /^-?\d+(\.\d+)?/.exec(text.slice(pos));
      if (!m)
        return fail("expected a number");
      pos += m[0].length;
      return { kind: "literal", value: Number(m[0]) };
    }
    let name = ident();
    if (text[pos] === "." && /^\.[A-Za-z_$][A-Za-z0-9_$]*\s*\(/.test(text.slice(pos))) {
      pos++;
      name = `${name}.${ident()}`;
    }
    if (peek() !== "(") {
      const lower = name.toLowerCase();
      if (lower === "true" || lower === "false")
        return { kind: "literal", value: lower === "true" };
      if (lower === "null")
        return { kind: "literal", value: null };
      return fail(`expected "(" after ${name}`);
    }
    pos++;
    const args = [];
    if (peek() !== ")") {
      for (; ; ) {
        args.push(expr(depth + 1));
        if (peek() === ",") {
          pos++;
          continue;
        }
        break;
      }
    }
    expect(")");
    return { kind: "call", name, args };
  };
  const expr = (depth) => {
    if (depth > MAX_DEPTH)
      fail(`expression nested more than ${MAX_DEPTH} levels`);
    let e = primary(depth);
    for (; ; ) {
      const c = peek();
      if (c === ".") {
        pos++;
        e = { kind: "member", target: e, property: ident() };
      } else if (c === "[") {
        pos++;
        const index = expr(depth + 1);
        expect("]");
        e = { kind: "index", target: e, index };
      } else
        return e;
    }
  };
  const result = expr(0);
  skipWs();
  if (pos < text.length)
    fail(`unexpected "${text[pos]}"`);
  return result;
}

// dist/sources/template/arm/evaluate.js
var Unknown = class {
  reason;
  constructor(reason) {
    this.reason = reason;
  }
};
var isObj3 = (v) => typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Unknown);
function containsUnknown(v) {
  if (v instanceof Unknown)
    return true;
  if (Array.isArray(v))
    return v.some(containsUnknown);
  if (isObj3(v))
    return Object.values(v).some(containsUnknown);
  return false;
}
var TemplateError = class extends Error {
};
function deepEqual(a, b) {
  if (a === b)
    return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isObj3(a) && isObj3(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => k in b && deepEqual(a[k], b[k]));
  }
  return false;
}
function getMember(target, key) {
  if (target instanceof Unknown)
    return target;
  if (isObj3(target)) {
    if (Object.prototype.hasOwnProperty.call(target, key))
      return target[key];
    const found = Object.keys(target).find((k) => k.toLowerCase() === key.toLowerCase());
    return found !== void 0 ? target[found] : new Unknown(`property "${key}" is not defined`);
  }
  return new Unknown(`property "${key}" read from a value that is not an object`);
}
function getIndex(target, index) {
  if (target instanceof Unknown)
    return target;
  if (index instanceof Unknown)
    return index;
  if (Array.isArray(target) && typeof index === "number") {
    return index >= 0 && index < target.length ? target[index] : new Unknown(`index ${index} is outside the array`);
  }
  if (typeof index === "string")
    return getMember(target, index);
  return new Unknown("index of a value that is not an array or object");
}
var firstUnknown = (args) => args.find((a) => a instanceof Unknown);
function formatString(fmt, args) {
  let out = "";
  const re = /\{(\d+)(?::([A-Za-z])(\d*))?\}|\{\{|\}\}/g;
  let last = 0;
  for (let m = re.exec(fmt); m; m = re.exec(fmt)) {
    out += fmt.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[0] === "{{") {
      out += "{";
      continue;
    }
    if (m[0] === "}}") {
      out += "}";
      continue;
    }
    const v = args[Number(m[1])];
    if (v === void 0)
      return new Unknown(`format() has no argument ${m[1]}`);
    if (v instanceof Unknown)
      return v;
    const spec = m[2]?.toUpperCase();
    if (!spec)
      out += toText(v);
    else if (spec === "D" && typeof v === "number")
      out += String(Math.trunc(v)).padStart(Number(m[3] || 0), "0");
    else if (spec === "N" && typeof v === "number")
      out += v.toFixed(Number(m[3] || 0));
    else
      return new Unknown(`format specifier ${m[2]}${m[3]} is not evaluated by erscan`);
  }
  return out + fmt.slice(last);
}
function toText(v) {
  if (typeof v === "string")
    return v;
  if (v === null)
    return "";
  if (typeof v === "object")
    return JSON.stringify(v);
  return String(v);
}
var DEPLOYMENT_TIME = /* @__PURE__ */ new Set(["reference", "uniquestring", "guid", "newguid", "utcnow", "deployment", "environment", "pickzones", "managementgroup", "tenant", "listkeys", "listsecrets", "listaccountsas", "listservicesas", "subscriptionresourceidfromdeployment"]);
function evaluateString(source, ctx) {
  let expr;
  try {
    expr = parseExpression(source);
  } catch (e) {
    throw new TemplateError(`a valid template expression (${e.message})`);
  }
  return evaluate(expr, ctx);
}
function evaluate(e, ctx) {
  switch (e.kind) {
    case "literal":
      return e.value;
    case "member":
      return getMember(evaluate(e.target, ctx), e.property);
    case "index":
      return getIndex(evaluate(e.target, ctx), evaluate(e.index, ctx));
    case "call":
      return call(e.name, e.args, ctx);
  }
}
function call(rawName, argExprs, ctx) {
  const name = rawName.toLowerCase();
  if (name === "if") {
    if (argExprs.length !== 3)
      throw new TemplateError("if() with three arguments");
    const cond = evaluate(argExprs[0], ctx);
    if (typeof cond === "boolean")
      return evaluate(argExprs[cond ? 1 : 2], ctx);
    const a = evaluate(argExprs[1], ctx);
    const b = evaluate(argExprs[2], ctx);
    if (!containsUnknown(a) && deepEqual(a, b))
      return a;
    return cond instanceof Unknown ? cond : new Unknown("if() condition is not a boolean");
  }
  if (name === "and" || name === "or") {
    let unknown2;
    for (const a of argExprs) {
      const v = evaluate(a, ctx);
      if (v instanceof Unknown)
        unknown2 ??= v;
      else if (typeof v !== "boolean")
        return new Unknown(`${rawName}() of a value that is not a boolean`);
      else if (name === "and" && !v)
        return false;
      else if (name === "or" && v)
        return true;
    }
    return unknown2 ?? name === "and";
  }
  if (name === "coalesce") {
    for (const a of argExprs) {
      const v = evaluate(a, ctx);
      if (v instanceof Unknown)
        return v;
      if (v !== null)
        return v;
    }
    return null;
  }
  if (DEPLOYMENT_TIME.has(name) || name.startsWith("list"))
    return new Unknown(`${rawName}() is evaluated only at deployment time`);
  if (name.includes("."))
    return new Unknown(`user-defined function ${rawName}() is not evaluated by erscan`);
  const args = argExprs.map((a) => evaluate(a, ctx));
  const str = (i) => typeof args[i] === "string" ? args[i] : void 0;
  const unknown = firstUnknown(args);
  switch (name) {
    case "parameters": {
      if (unknown)
        return unknown;
      const n = str(0);
      if (n === void 0)
        throw new TemplateError("parameters('name') with a string name");
      return ctx.parameter(n);
    }
    case "variables": {
      if (unknown)
        return unknown;
      const n = str(0);
      if (n === void 0)
        throw new TemplateError("variables('name') with a string name");
      return ctx.variable(n);
    }
    case "copyindex": {
      if (unknown)
        return unknown;
      let loop;
      let offset = 0;
      for (const a of args) {
        if (typeof a === "string")
          loop = a;
        else if (typeof a === "number")
          offset = a;
      }
      const i = ctx.copyIndex(loop);
      return typeof i === "number" ? i + offset : i;
    }
    case "resourcegroup":
      return {
        id: `/subscriptions/${ctx.scope.subscriptionId}/resourceGroups/${ctx.scope.resourceGroup}`,
        name: ctx.scope.resourceGroup,
        type: "Microsoft.Resources/resourceGroups",
        location: new Unknown("resourceGroup().location is known only at deployment time"),
        tags: new Unknown("resourceGroup().tags are known only at deployment time")
      };
    case "subscription":
      return {
        id: `/subscriptions/${ctx.scope.subscriptionId}`,
        subscriptionId: ctx.scope.subscriptionId,
        tenantId: new Unknown("subscription().tenantId is known only at deployment time"),
        displayName: new Unknown("subscription().displayName is known only at deployment time")
      };
    case "null":
      return null;
    case "true":
      return true;
    case "false":
      return false;
  }
  if (unknown)
    return unknown;
  switch (name) {
    case "resourceid":
    case "subscriptionresourceid":
    case "tenantresourceid":
    case "extensionresourceid": {
      if (!args.every((a) => typeof a === "string"))
        return new Unknown(`${rawName}() of a value that is not a string`);
      const r = resourceIdFor(name, args, ctx.scope);
      if (typeof r !== "string")
        throw new TemplateError(`${rawName}() ${r.error}`);
      return r;
    }
    case "concat": {
      if (args.length > 0 && args.every((a) => Array.isArray(a) || a === null))
        return args.flatMap((a) => a === null ? [] : a);
      if (args.some((a) => isObj3(a) || Array.isArray(a)))
        return new Unknown("concat() of mixed arrays and strings");
      return args.map(toText).join("");
    }
    case "format": {
      const f = str(0);
      return f === void 0 ? new Unknown("format() without a format string") : formatString(f, args.slice(1));
    }
    case "string":
      return toText(args[0]);
    case "int": {
      const v = args[0];
      if (typeof v === "number")
        return Math.trunc(v);
      if (typeof v === "string" && /^\s*-?\d+\s*$/.test(v))
        return Number(v);
      return new Unknown("int() of a value that is not a number");
    }
    case "bool": {
      const v = args[0];
      if (typeof v === "boolean")
        return v;
      if (typeof v === "string" && /^(true|false)$/i.test(v))
        return v.toLowerCase() === "true";
      if (typeof v === "number")
        return v !== 0;
      return new Unknown("bool() of a value that is not a boolean");
    }
    case "json": {
      const s = str(0);
      if (s === void 0)
        return new Unknown("json() of a value that is not a string");
      try {
        return JSON.parse(s);
      } catch {
        return new Unknown("json() of text that is not JSON");
      }
    }
    case "tolower":
      return str(0)?.toLowerCase() ?? new Unknown("toLower() of a value that is not a string");
    case "toupper":
      return str(0)?.toUpperCase() ?? new Unknown("toUpper() of a value that is not a string");
    case "trim":
      return str(0)?.trim() ?? new Unknown("trim() of a value that is not a string");
    case "replace": {
      const [s, a, b] = [str(0), str(1), str(2)];
      return s !== void 0 && a !== void 0 && b !== void 0 ? s.split(a).join(b) : new Unknown("replace() of values that are not strings");
    }
    case "substring": {
      const s = str(0);
      const start = typeof args[1] === "number" ? args[1] : 0;
      const len = typeof args[2] === "number" ? args[2] : void 0;
      return s === void 0 ? new Unknown("substring() of a value that is not a string") : s.substr(start, len ?? s.length - start);
    }
    case "padleft": {
      const s = typeof args[0] === "number" ? String(args[0]) : str(0);
      const width = args[1];
      const pad = str(2) ?? " ";
      return s !== void 0 && typeof width === "number" ? s.padStart(width, pad) : new Unknown("padLeft() of unexpected values");
    }
    case "startswith":
    case "endswith": {
      const [s, p] = [str(0), str(1)];
      if (s === void 0 || p === void 0)
        return new Unknown(`${rawName}() of values that are not strings`);
      return name === "startswith" ? s.toLowerCase().startsWith(p.toLowerCase()) : s.toLowerCase().endsWith(p.toLowerCase());
    }
    case "indexof":
    case "lastindexof": {
      const [s, p] = [str(0), str(1)];
      if (s === void 0 || p === void 0)
        return new Unknown(`${rawName}() of values that are not strings`);
      return name === "indexof" ? s.toLowerCase().indexOf(p.toLowerCase()) : s.toLowerCase().lastIndexOf(p.toLowerCase());
    }
    case "split": {
      const s = str(0);
      const d = args[1];
      if (s === void 0)
        return new Unknown("split() of a value that is not a string");
      const delims = Array.isArray(d) ? d.filter((x) => typeof x === "string") : typeof d === "string" ? [d] : [];
      if (delims.length === 0)
        return [s];
      return s.split(new RegExp(delims.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")));
    }
    case "join": {
      const a = args[0];
      const d = str(1) ?? "";
      return Array.isArray(a) && a.every((x) => !(x instanceof Unknown)) ? a.map(toText).join(d) : new Unknown("join() of a value that is not a known array");
    }
    case "equals":
      return containsUnknown(args[0]) || containsUnknown(args[1]) ? new Unknown("equals() of a value that is not known") : deepEqual(args[0], args[1]);
    case "not":
      return typeof args[0] === "boolean" ? !args[0] : new Unknown("not() of a value that is not a boolean");
    case "empty": {
      const v = args[0];
      if (v === null || v === "")
        return true;
      if (Array.isArray(v))
        return v.length === 0;
      if (isObj3(v))
        return Object.keys(v).length === 0;
      return false;
    }
    case "length": {
      const v = args[0];
      if (typeof v === "string" || Array.isArray(v))
        return v.length;
      if (isObj3(v))
        return Object.keys(v).length;
      return new Unknown("length() of a value that has no length");
    }
    case "contains": {
      const [c, item] = args;
      if (typeof c === "string" && (typeof item === "string" || typeof item === "number"))
        return c.includes(String(item));
      if (Array.isArray(c))
        return containsUnknown(c) ? new Unknown("contains() of an array with unknown members") : c.some((x) => deepEqual(x, item));
      if (isObj3(c) && typeof item === "string")
        return Object.keys(c).some((k) => k.toLowerCase() === item.toLowerCase());
      return new Unknown("contains() of unexpected values");
    }
    case "createarray":
    case "array":
      return name === "array" && Array.isArray(args[0]) ? args[0] : args;
    case "createobject": {
      if (args.length % 2 !== 0)
        throw new TemplateError("createObject() with key/value pairs");
      const out = {};
      for (let i = 0; i < args.length; i += 2) {
        const k = args[i];
        if (typeof k !== "string")
          return new Unknown("createObject() with a key that is not a string");
        out[k] = args[i + 1];
      }
      return out;
    }
    case "union": {
      if (args.every(isObj3))
        return Object.assign({}, ...args);
      if (args.every(Array.isArray)) {
        const out = [];
        for (const a of args)
          for (const x of a)
            if (!out.some((y) => deepEqual(x, y)))
              out.push(x);
        return out;
      }
      return new Unknown("union() of mixed values");
    }
    case "tryget": {
      let cur = args[0];
      for (const k of args.slice(1)) {
        if (cur === null)
          return null;
        if (isObj3(cur) && typeof k === "string") {
          const found = Object.keys(cur).find((x) => x.toLowerCase() === k.toLowerCase());
          cur = found === void 0 ? null : cur[found];
        } else if (Array.isArray(cur) && typeof k === "number")
          cur = k >= 0 && k < cur.length ? cur[k] : null;
        else
          return new Unknown("tryGet() of unexpected values");
        if (cur instanceof Unknown)
          return cur;
      }
      return cur;
    }
    case "first":
    case "last": {
      const v = args[0];
      if (typeof v === "string")
        return name === "first" ? v.slice(0, 1) : v.slice(-1);
      if (Array.isArray(v))
        return v.length === 0 ? null : v[name === "first" ? 0 : v.length - 1];
      return new Unknown(`${rawName}() of a value that is not an array or string`);
    }
    case "take":
    case "skip": {
      const [v, n] = args;
      if (typeof n !== "number" || !(typeof v === "string" || Array.isArray(v)))
        return new Unknown(`${rawName}() of unexpected values`);
      return name === "take" ? v.slice(0, Math.max(0, n)) : v.slice(Math.max(0, n));
    }
    case "range": {
      const [s, n] = args;
      if (typeof s !== "number" || typeof n !== "number" || n < 0 || n > 1e4)
        return new Unknown("range() of unexpected values");
      return Array.from({ length: n }, (_, i) => s + i);
    }
    case "items": {
      const v = args[0];
      if (!isObj3(v))
        return new Unknown("items() of a value that is not an object");
      return Object.keys(v).sort((a, b) => a.localeCompare(b)).map((key) => ({ key, value: v[key] }));
    }
    case "objectkeys": {
      const v = args[0];
      return isObj3(v) ? Object.keys(v) : new Unknown("objectKeys() of a value that is not an object");
    }
    case "min":
    case "max": {
      const nums = args.flatMap((a) => Array.isArray(a) ? a : [a]);
      if (!nums.every((x) => typeof x === "number") || nums.length === 0)
        return new Unknown(`${rawName}() of values that are not numbers`);
      return name === "min" ? Math.min(...nums) : Math.max(...nums);
    }
    case "add":
    case "sub":
    case "mul":
    case "div":
    case "mod": {
      const [a, b] = args;
      if (typeof a !== "number" || typeof b !== "number")
        return new Unknown(`${rawName}() of values that are not numbers`);
      if ((name === "div" || name === "mod") && b === 0)
        return new Unknown(`${rawName}() by zero`);
      return name === "add" ? a + b : name === "sub" ? a - b : name === "mul" ? a * b : name === "div" ? Math.trunc(a / b) : a % b;
    }
    case "greater":
    case "greaterorequals":
    case "less":
    case "lessorequals": {
      const [a, b] = args;
      if (!(typeof a === "number" && typeof b === "number" || typeof a === "string" && typeof b === "string"))
        return new Unknown(`${rawName}() of values that cannot be compared`);
      const c = typeof a === "number" ? a - b : a.localeCompare(b);
      return name === "greater" ? c > 0 : name === "greaterorequals" ? c >= 0 : name === "less" ? c < 0 : c <= 0;
    }
  }
  return new Unknown(`function ${rawName}() is not evaluated by erscan`);
}

// dist/sources/template/arm/template.js
var ER_TYPES = /* @__PURE__ */ new Set([
  "microsoft.network/expressroutecircuits",
  "microsoft.network/expressroutecircuits/peerings",
  "microsoft.network/expressroutecircuits/authorizations",
  "microsoft.network/expressrouteports",
  "microsoft.network/virtualnetworkgateways",
  "microsoft.network/connections",
  "microsoft.network/expressroutegateways",
  "microsoft.network/expressroutegateways/expressrouteconnections"
]);
var ROW_KEYS = ["location", "sku", "kind", "zones", "tags", "identity", "extendedLocation", "properties"];
var MAX_COPY_COUNT = 800;
var MAX_DEPLOYMENT_DEPTH = 10;
var isPlainObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function readParameterFile(file, doc) {
  const out = /* @__PURE__ */ new Map();
  const params = isPlainObj(doc) ? doc.parameters : void 0;
  if (params === void 0)
    return out;
  if (!isPlainObj(params))
    throw new InputError(file, "$.parameters", "an object of parameter values", describeValue(params));
  for (const [name, entry] of Object.entries(params)) {
    if (!isPlainObj(entry))
      throw new InputError(file, jsonPath(["parameters", name]), 'an object with "value" or "reference"', describeValue(entry));
    if ("value" in entry)
      out.set(name.toLowerCase(), entry.value);
    else if ("reference" in entry)
      out.set(name.toLowerCase(), REDACTED);
    else
      throw new InputError(file, jsonPath(["parameters", name]), 'an object with "value" or "reference"', "neither");
  }
  return out;
}
function findKey(o, name) {
  if (!o)
    return void 0;
  if (Object.prototype.hasOwnProperty.call(o, name))
    return name;
  return Object.keys(o).find((k) => k.toLowerCase() === name.toLowerCase());
}
var TemplateScope = class _TemplateScope {
  loader;
  template;
  templatePath;
  supplied;
  scope;
  loops;
  shared;
  constructor(loader, template, templatePath, supplied, scope, loops = [], shared = { paramCache: /* @__PURE__ */ new Map(), varCache: /* @__PURE__ */ new Map(), evaluating: /* @__PURE__ */ new Set() }) {
    this.loader = loader;
    this.template = template;
    this.templatePath = templatePath;
    this.supplied = supplied;
    this.scope = scope;
    this.loops = loops;
    this.shared = shared;
  }
  withLoop(loop) {
    return new _TemplateScope(this.loader, this.template, this.templatePath, this.supplied, this.scope, [...this.loops, loop], this.shared);
  }
  /** Parameters and variables never see the loops of the resource that reads them. */
  bare() {
    return this.loops.length === 0 ? this : new _TemplateScope(this.loader, this.template, this.templatePath, this.supplied, this.scope, [], this.shared);
  }
  parameter(name) {
    const decls = isPlainObj(this.template.parameters) ? this.template.parameters : void 0;
    const key = findKey(decls, name);
    if (key === void 0)
      throw new TemplateError(`a parameter named "${name}" declared in the template's parameters`);
    const cacheKey = key.toLowerCase();
    if (this.shared.paramCache.has(cacheKey))
      return this.shared.paramCache.get(cacheKey);
    let v;
    if (this.supplied.has(cacheKey))
      v = this.supplied.get(cacheKey);
    else {
      const decl = decls[key];
      if (isPlainObj(decl) && "defaultValue" in decl) {
        v = this.guarded(`parameter ${key}`, () => this.loader.evalValue(decl.defaultValue, this.bare(), [...this.templatePath, "parameters", key, "defaultValue"]));
      } else {
        v = new Unknown(`parameter "${key}" has no value (no default and no parameter file value)`);
      }
    }
    this.shared.paramCache.set(cacheKey, v);
    return v;
  }
  variable(name) {
    const vars = isPlainObj(this.template.variables) ? this.template.variables : void 0;
    const cacheKey = name.toLowerCase();
    if (this.shared.varCache.has(cacheKey))
      return this.shared.varCache.get(cacheKey);
    let v;
    const key = findKey(vars, name);
    if (key !== void 0 && key !== "copy") {
      v = this.guarded(`variable ${key}`, () => this.loader.evalValue(vars[key], this.bare(), [...this.templatePath, "variables", key]));
    } else {
      const loops = Array.isArray(vars?.copy) ? vars.copy : [];
      const i = loops.findIndex((l) => isPlainObj(l) && typeof l.name === "string" && l.name.toLowerCase() === cacheKey);
      if (i < 0)
        throw new TemplateError(`a variable named "${name}" declared in the template's variables`);
      const at = [...this.templatePath, "variables", "copy", i];
      v = this.guarded(`variable ${name}`, () => this.loader.expandCopy(loops[i], this.bare(), at));
    }
    this.shared.varCache.set(cacheKey, v);
    return v;
  }
  guarded(what, fn) {
    if (this.shared.evaluating.has(what))
      throw new TemplateError(`no circular reference (${what} refers to itself)`);
    this.shared.evaluating.add(what);
    try {
      return fn();
    } finally {
      this.shared.evaluating.delete(what);
    }
  }
  copyIndex(loop) {
    for (let i = this.loops.length - 1; i >= 0; i--) {
      const l = this.loops[i];
      if (loop === void 0 ? l.resource : l.name?.toLowerCase() === loop.toLowerCase())
        return l.index;
    }
    throw new TemplateError(loop ? `copyIndex('${loop}') inside a copy loop named ${loop}` : "copyIndex() inside a resource copy loop");
  }
};
function loadArmTemplate(file, parsed, supplied, parameterFile, locate) {
  return new TemplateLoader(file, parsed, parameterFile, locate).load(supplied);
}
var TemplateLoader = class {
  file;
  parsed;
  parameterFile;
  locate;
  raws = [];
  notices = [];
  unresolvedDetails = [];
  unresolvedCount = 0;
  constructor(file, parsed, parameterFile, locate) {
    this.file = file;
    this.parsed = parsed;
    this.parameterFile = parameterFile;
    this.locate = locate;
  }
  load(supplied) {
    const doc = this.parsed.value;
    if (!isPlainObj(doc))
      throw new InputError(this.file, "$", "an ARM template object", describeValue(doc));
    const decls = isPlainObj(doc.parameters) ? doc.parameters : {};
    for (const name of supplied.keys()) {
      if (findKey(decls, name) === void 0)
        this.notices.push(`${this.parameterFile ?? this.file}: parameter "${name}" is not declared by ${this.file}; ignored`);
    }
    const scope = new TemplateScope(this, doc, [], supplied, { subscriptionId: PLACEHOLDER_SUBSCRIPTION, resourceGroup: PLACEHOLDER_RESOURCE_GROUP });
    this.walk(doc.resources, ["resources"], scope, void 0, 0);
    if (this.unresolvedCount > 0) {
      const shown = this.unresolvedDetails.slice(0, 3).join("; ");
      this.notices.push(`${this.file}: ${this.unresolvedCount} value${this.unresolvedCount === 1 ? "" : "s"} could not be resolved statically (${shown}${this.unresolvedDetails.length > 3 ? "; \u2026" : ""}); rules that read them report "unknown"${this.parameterFile ? "" : " (a parameter file <name>.parameters.json beside the template supplies values)"}`);
    }
    return { raws: this.raws, notices: this.notices };
  }
  /** Evaluates a template value: expressions in strings, property copy loops in objects. */
  evalValue(raw, scope, at) {
    if (typeof raw === "string") {
      if (!isExpression(raw))
        return unescapeLiteral(raw);
      try {
        return evaluateString(raw, scope);
      } catch (e) {
        if (e instanceof TemplateError)
          throw new InputError(this.file, jsonPath(at), e.message);
        throw e;
      }
    }
    if (Array.isArray(raw))
      return raw.map((x, i) => this.evalValue(x, scope, [...at, i]));
    if (isPlainObj(raw)) {
      const out = {};
      for (const [k, v] of Object.entries(raw)) {
        if (k === "copy" && Array.isArray(v) && v.every((l) => isPlainObj(l) && typeof l.name === "string" && "input" in l)) {
          v.forEach((l, i) => {
            const loop = l;
            out[loop.name] = this.expandCopy(loop, scope, [...at, "copy", i]);
          });
        } else
          out[k] = this.evalValue(v, scope, [...at, k]);
      }
      return out;
    }
    if (raw === void 0)
      return null;
    return raw;
  }
  /** `{name, count, input}`: an array of `count` inputs evaluated with copyIndex(name). */
  expandCopy(loop, scope, at) {
    const count = this.evalValue(loop.count, scope, [...at, "count"]);
    if (count instanceof Unknown)
      return count;
    if (typeof count !== "number" || !Number.isInteger(count) || count < 0)
      throw new InputError(this.file, jsonPath([...at, "count"]), "a whole number of copies", describeValue(count));
    if (count > MAX_COPY_COUNT)
      throw new InputError(this.file, jsonPath([...at, "count"]), `at most ${MAX_COPY_COUNT} copies (the ARM limit)`, String(count));
    const out = [];
    for (let i = 0; i < count; i++)
      out.push(this.evalValue(loop.input, scope.withLoop({ name: loop.name, index: i, resource: false }), [...at, "input"]));
    return out;
  }
  walk(resources, at, scope, parent, depth) {
    if (resources === void 0)
      return;
    let entries;
    if (Array.isArray(resources))
      entries = resources.map((r, i) => [i, r]);
    else if (isPlainObj(resources))
      entries = Object.entries(resources);
    else
      throw new InputError(this.file, jsonPath(at), "an array (or, with languageVersion 2.0, an object) of resources", describeValue(resources));
    for (const [key, decl] of entries) {
      const declAt = [...at, key];
      if (!isPlainObj(decl))
        throw new InputError(this.file, jsonPath(declAt), "a resource object", describeValue(decl));
      if (decl.existing === true)
        continue;
      if (typeof decl.type !== "string" || decl.type === "")
        throw new InputError(this.file, jsonPath([...declAt, "type"]), "a resource type string", describeValue(decl.type));
      const copy = decl.copy;
      if (isPlainObj(copy)) {
        const count = this.evalValue(copy.count, scope, [...declAt, "copy", "count"]);
        const loopName = typeof copy.name === "string" ? copy.name : void 0;
        if (count instanceof Unknown) {
          this.notices.push(`${this.file}: ${jsonPath(declAt)} (${decl.type}) has a copy count that cannot be resolved statically; one representative instance is scanned`);
          this.declare(decl, declAt, scope.withLoop({ name: loopName, index: count, resource: true }), parent, depth);
          continue;
        }
        if (typeof count !== "number" || !Number.isInteger(count) || count < 0)
          throw new InputError(this.file, jsonPath([...declAt, "copy", "count"]), "a whole number of copies", describeValue(count));
        if (count > MAX_COPY_COUNT)
          throw new InputError(this.file, jsonPath([...declAt, "copy", "count"]), `at most ${MAX_COPY_COUNT} copies (the ARM limit)`, String(count));
        for (let i = 0; i < count; i++)
          this.declare(decl, declAt, scope.withLoop({ name: loopName, index: i, resource: true }), parent, depth);
      } else {
        this.declare(decl, declAt, scope, parent, depth);
      }
    }
  }
  /** One instance of a resource declaration (one copy of a loop). */
  declare(decl, at, scope, parent, depth) {
    if ("condition" in decl) {
      const cond = this.evalValue(decl.condition, scope, [...at, "condition"]);
      if (cond === false)
        return;
      if (cond instanceof Unknown)
        this.notices.push(`${this.file}: ${jsonPath(at)} (${String(decl.type)}) is deployed on a condition that cannot be resolved statically; it is scanned as if deployed`);
    }
    const declaredType = decl.type;
    const nameValue = this.evalValue(decl.name, scope, [...at, "name"]);
    const unresolvedName = typeof nameValue !== "string";
    const name = unresolvedName ? `unresolved-${createHash3("sha256").update(JSON.stringify(decl.name ?? "")).digest("hex").slice(0, 8)}` : nameValue;
    let type = declaredType;
    let fullName = name;
    if (parent) {
      if (!isFullType(declaredType)) {
        type = `${parent.type}/${declaredType}`;
        fullName = `${parent.name}/${name}`;
      } else if (name.split("/").length < declaredType.split("/").length - 1) {
        fullName = `${parent.name}/${name}`;
      }
    }
    const lowerType = type.toLowerCase();
    if (lowerType === "microsoft.resources/deployments") {
      this.nestedDeployment(decl, at, scope, depth);
      return;
    }
    if (ER_TYPES.has(lowerType))
      this.emit(decl, at, scope, type, fullName, unresolvedName);
    if (decl.resources !== void 0)
      this.walk(decl.resources, [...at, "resources"], scope, { type, name: fullName }, depth);
  }
  emit(decl, at, scope, type, fullName, unresolvedName) {
    const id = resourceGroupResourceId(scope.scope, type, fullName);
    const row = { id, name: fullName.split("/").pop(), type };
    const unresolved = [];
    if (unresolvedName)
      unresolved.push({ path: "name", reason: "the name is computed at deployment time" });
    for (const k of ROW_KEYS) {
      if (!(k in decl))
        continue;
      const v = toRow(this.evalValue(decl[k], scope, [...at, k]), k, unresolved);
      if (v !== OMIT)
        row[k] = v;
    }
    const mapped = this.locate?.(at);
    const pos = mapped ?? positionOf(this.parsed, at) ?? { line: 1, column: 1 };
    const raw = { row, source: { kind: mapped?.kind ?? "arm", file: mapped?.file ?? this.file, line: pos.line, column: pos.column } };
    if (unresolved.length > 0) {
      raw.unresolved = unresolved.map((u) => u.path);
      this.unresolvedCount += unresolved.length;
      for (const u of unresolved)
        if (this.unresolvedDetails.length < 10)
          this.unresolvedDetails.push(`${row.name} ${u.path}: ${u.reason}`);
    }
    this.raws.push(raw);
  }
  nestedDeployment(decl, at, scope, depth) {
    const props = isPlainObj(decl.properties) ? decl.properties : {};
    if (props.templateLink !== void 0) {
      this.notices.push(`${this.file}: ${jsonPath(at)} links to a template by URI; linked templates are not read (run bicep build or scan the linked file)`);
      return;
    }
    if (!isPlainObj(props.template))
      return;
    if (depth >= MAX_DEPLOYMENT_DEPTH) {
      this.notices.push(`${this.file}: ${jsonPath(at)} nests deployments more than ${MAX_DEPLOYMENT_DEPTH} levels deep; deeper levels are not read`);
      return;
    }
    const evalScope = (key, fallback) => {
      if (!(key in decl))
        return fallback;
      const v = this.evalValue(decl[key], scope, [...at, key]);
      return typeof v === "string" && v !== "" ? v : fallback;
    };
    const inner = { subscriptionId: evalScope("subscriptionId", scope.scope.subscriptionId), resourceGroup: evalScope("resourceGroup", scope.scope.resourceGroup) };
    const templateAt = [...at, "properties", "template"];
    const innerScoped = isPlainObj(props.expressionEvaluationOptions) && String(props.expressionEvaluationOptions.scope).toLowerCase() === "inner";
    let next;
    if (innerScoped) {
      const supplied = /* @__PURE__ */ new Map();
      const params = isPlainObj(props.parameters) ? props.parameters : {};
      for (const [name, entry] of Object.entries(params)) {
        if (!isPlainObj(entry))
          continue;
        if ("value" in entry)
          supplied.set(name.toLowerCase(), this.evalValue(entry.value, scope, [...at, "properties", "parameters", name, "value"]));
        else if ("reference" in entry)
          supplied.set(name.toLowerCase(), REDACTED);
      }
      next = new TemplateScope(this, props.template, templateAt, supplied, inner);
    } else {
      next = new TemplateScope(this, scope.template, scope.templatePath, scope.supplied, inner, scope.loops, scope.shared);
    }
    this.walk(props.template.resources, [...templateAt, "resources"], next, void 0, depth + 1);
  }
};
var OMIT = /* @__PURE__ */ Symbol("omit");
function toRow(v, path, unresolved) {
  if (v instanceof Unknown) {
    unresolved.push({ path, reason: v.reason });
    return OMIT;
  }
  if (Array.isArray(v)) {
    const out = [];
    let dropped;
    for (const x of v) {
      if (x instanceof Unknown) {
        dropped ??= x;
        continue;
      }
      out.push(toRow(x, `${path}[${out.length}]`, unresolved));
    }
    if (dropped)
      unresolved.push({ path, reason: dropped.reason });
    return out;
  }
  if (v !== null && typeof v === "object") {
    const out = {};
    for (const [k, x] of Object.entries(v)) {
      const r = toRow(x, `${path}.${k}`, unresolved);
      if (r !== OMIT)
        out[k] = r;
    }
    return out;
  }
  return v;
}

// dist/sources/template/terraform/plan.js
import { dirname } from "node:path";

// dist/sources/template/terraform/hcl.js
import { readdirSync, readFileSync as readFileSync2, statSync } from "node:fs";
import { join } from "node:path";
function moduleDir(parentDir, source) {
  return /^\.\.?[\\/]/.test(source) ? join(parentDir, source) : void 0;
}
var MAX_TF_BYTES = 4 * 1024 * 1024;
var dirCache = /* @__PURE__ */ new Map();
function tfFiles(dir) {
  const cached = dirCache.get(dir);
  if (cached)
    return cached;
  const out = [];
  try {
    for (const name of readdirSync(dir).filter((n) => n.endsWith(".tf")).sort()) {
      const file = join(dir, name);
      const st = statSync(file);
      if (!st.isFile() || st.size > MAX_TF_BYTES)
        continue;
      out.push({ file, lines: readFileSync2(file, "utf8").split("\n") });
    }
  } catch {
  }
  dirCache.set(dir, out);
  return out;
}
function locateResourceBlock(dir, type, name) {
  const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const re = new RegExp(`^(\\s*)resource\\s+"${esc(type)}"\\s+"${esc(name)}"\\s*\\{`);
  for (const { file, lines } of tfFiles(dir)) {
    for (let i = 0; i < lines.length; i++) {
      const m = re.exec(lines[i]);
      if (m)
        return { file, line: i + 1, column: m[1].length + 1 };
    }
  }
  return void 0;
}

// dist/sources/template/terraform/mapping.js
var UNKNOWN = /* @__PURE__ */ Symbol("unknown");
var isObj4 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function get(x, ...path) {
  let v = x.values;
  let u = x.unknown;
  if (u === true)
    return UNKNOWN;
  for (const seg of path) {
    u = u === void 0 || u === null || typeof u !== "object" ? void 0 : u[seg];
    if (u === true)
      return UNKNOWN;
    v = v === void 0 || v === null || typeof v !== "object" ? void 0 : v[seg];
  }
  return v;
}
var ARM_TYPE_OF = {
  azurerm_express_route_circuit: RESOURCE_TYPES.circuit,
  azurerm_express_route_circuit_peering: RESOURCE_TYPES.peering,
  azurerm_express_route_circuit_authorization: "Microsoft.Network/expressRouteCircuits/authorizations",
  azurerm_express_route_port: RESOURCE_TYPES.port,
  azurerm_virtual_network_gateway: RESOURCE_TYPES.vnetGateway,
  azurerm_virtual_network_gateway_connection: RESOURCE_TYPES.connection,
  azurerm_express_route_gateway: RESOURCE_TYPES.vwanGateway,
  azurerm_express_route_connection: RESOURCE_TYPES.vwanConnection
};
var ER_ARM_TYPES = new Set([...Object.values(ARM_TYPE_OF)].map((t) => t.toLowerCase()));
function azapiType(x) {
  const t = x.values.type;
  return typeof t === "string" ? t.replace(/@.*$/, "") : void 0;
}
function isMappedType(x) {
  if (x.type in ARM_TYPE_OF)
    return true;
  if (x.type === "azapi_resource") {
    const t = azapiType(x);
    return t !== void 0 && ER_ARM_TYPES.has(t.toLowerCase());
  }
  return false;
}
var RowBuilder = class {
  row = {};
  unresolved = [];
  /** Sets a row path (`properties.links[0].properties.adminState`); UNKNOWN records it unresolved. */
  set(path, v, readOnly = false) {
    if (v === UNKNOWN) {
      if (!readOnly)
        this.unresolved.push(path);
      return;
    }
    if (v === null || v === void 0)
      return;
    setPath(this.row, path, v);
  }
};
function setPath(target, path, v) {
  const segs = path.match(/[^.[\]]+|\[\d+\]/g) ?? [];
  let cur = target;
  segs.forEach((seg, i) => {
    const key = seg.startsWith("[") ? Number(seg.slice(1, -1)) : seg;
    if (i === segs.length - 1) {
      cur[key] = v;
      return;
    }
    const nextIsIndex = segs[i + 1].startsWith("[");
    if (cur[key] === void 0 || cur[key] === null || typeof cur[key] !== "object")
      cur[key] = nextIsIndex ? [] : {};
    cur = cur[key];
  });
}
var map = (v, f) => v === UNKNOWN ? UNKNOWN : v === null || v === void 0 ? void 0 : f(v);
var enabled = (v) => map(v, (b) => b === true ? "Enabled" : b === false ? "Disabled" : void 0);
function referencedInstance(x, attr, index, types) {
  const cfg = index.configFor(x);
  let expr = cfg?.expressions;
  for (const seg of typeof attr === "string" ? [attr] : attr) {
    if (Array.isArray(expr))
      expr = typeof seg === "number" ? expr[seg] ?? expr[0] : void 0;
    else
      expr = isObj4(expr) ? expr[String(seg)] : void 0;
  }
  const refs = isObj4(expr) && Array.isArray(expr.references) ? expr.references.filter((r) => typeof r === "string") : [];
  const prefix = x.moduleAddress ? `${x.moduleAddress}.` : "";
  for (const ref of refs) {
    const m = /^([a-z0-9_]+)\.([A-Za-z0-9_-]+)(\[[^\]]+\])?/.exec(ref);
    if (!m || !types.includes(m[1]))
      continue;
    const base = `${prefix}${m[1]}.${m[2]}`;
    if (m[3]) {
      const exact = index.byAddress.get(`${base}${m[3]}`);
      if (exact)
        return exact;
      continue;
    }
    const candidates = index.instances.filter((i) => i.address === base || i.address.startsWith(`${base}[`));
    if (candidates.length === 1)
      return candidates[0];
    if (x.index !== void 0) {
      const same = candidates.find((c) => c.index === x.index);
      if (same)
        return same;
    }
  }
  return void 0;
}
var CIRCUIT_TYPES = ["azurerm_express_route_circuit", "azapi_resource"];
var ID_SOURCES = {
  express_route_circuit_id: CIRCUIT_TYPES,
  express_route_port_id: ["azurerm_express_route_port", "azapi_resource"],
  virtual_network_gateway_id: ["azurerm_virtual_network_gateway", "azapi_resource"],
  express_route_gateway_id: ["azurerm_express_route_gateway", "azapi_resource"],
  express_route_circuit_peering_id: ["azurerm_express_route_circuit_peering", "azapi_resource"],
  virtual_hub_id: ["azurerm_virtual_hub", "azapi_resource"],
  subnet_id: ["azurerm_subnet", "azapi_resource"],
  public_ip_address_id: ["azurerm_public_ip", "azapi_resource"],
  route_filter_id: ["azurerm_route_filter", "azapi_resource"],
  parent_id: ["azurerm_resource_group", "azurerm_express_route_circuit", "azurerm_express_route_gateway", "azapi_resource"]
};
function idAttr(x, attr, index, ...path) {
  const v = get(x, ...path.length ? path : [attr]);
  if (v !== UNKNOWN)
    return v;
  const target = referencedInstance(x, path.length ? path : attr, index, ID_SOURCES[attr] ?? []);
  return target ? idOf(target, index) : UNKNOWN;
}
var ARM_SEGMENT = {
  azurerm_resource_group: "",
  azurerm_virtual_hub: "Microsoft.Network/virtualHubs",
  azurerm_virtual_network: "Microsoft.Network/virtualNetworks",
  azurerm_public_ip: "Microsoft.Network/publicIPAddresses",
  azurerm_route_filter: "Microsoft.Network/routeFilters"
};
function idOf(x, index) {
  const cached = index.ids.get(x.address);
  if (cached)
    return cached;
  index.ids.set(x.address, `/unresolved/${x.address}`);
  const id = computeId(x, index);
  index.ids.set(x.address, id);
  return id;
}
function computeId(x, index) {
  const planned = get(x, "id");
  if (typeof planned === "string" && planned.startsWith("/"))
    return planned;
  const name = get(x, "name");
  const nameOrAddress = typeof name === "string" && name !== "" ? name : x.address;
  const rgValue = get(x, "resource_group_name");
  const rg = typeof rgValue === "string" && rgValue !== "" ? rgValue : PLACEHOLDER_RESOURCE_GROUP;
  const rgId = `/subscriptions/${PLACEHOLDER_SUBSCRIPTION}/resourceGroups/${rg}`;
  switch (x.type) {
    case "azurerm_resource_group":
      return `/subscriptions/${PLACEHOLDER_SUBSCRIPTION}/resourceGroups/${nameOrAddress}`;
    case "azurerm_subnet": {
      const vnet = get(x, "virtual_network_name");
      return `${rgId}/providers/Microsoft.Network/virtualNetworks/${typeof vnet === "string" ? vnet : `${x.address}-vnet`}/subnets/${nameOrAddress}`;
    }
    case "azurerm_express_route_circuit_peering": {
      const circuit = circuitIdForChild(x, index, rgId);
      const pt = get(x, "peering_type");
      return `${circuit}/peerings/${typeof pt === "string" ? pt : x.address}`;
    }
    case "azurerm_express_route_circuit_authorization":
      return `${circuitIdForChild(x, index, rgId)}/authorizations/${nameOrAddress}`;
    case "azurerm_express_route_connection": {
      const gw = idAttr(x, "express_route_gateway_id", index);
      const base = typeof gw === "string" ? gw : `${rgId}/providers/${RESOURCE_TYPES.vwanGateway}/${x.address}-gateway`;
      return `${base}/expressRouteConnections/${nameOrAddress}`;
    }
    case "azapi_resource": {
      const type = azapiType(x) ?? "Microsoft.Resources/unknown";
      const parent = idAttr(x, "parent_id", index);
      const segs = type.split("/");
      if (typeof parent === "string") {
        return segs.length > 2 ? `${parent}/${segs[segs.length - 1]}/${nameOrAddress}` : `${parent}/providers/${type}/${nameOrAddress}`;
      }
      return `/subscriptions/${PLACEHOLDER_SUBSCRIPTION}/resourceGroups/${PLACEHOLDER_RESOURCE_GROUP}/providers/${type}/${nameOrAddress}`;
    }
  }
  const armType = ARM_TYPE_OF[x.type] ?? ARM_SEGMENT[x.type];
  if (armType)
    return `${rgId}/providers/${armType}/${nameOrAddress}`;
  return `${rgId}/providers/terraform/${x.address}`;
}
function circuitIdForChild(x, index, rgId) {
  const byRef = referencedInstance(x, "express_route_circuit_name", index, ["azurerm_express_route_circuit"]);
  if (byRef)
    return idOf(byRef, index);
  const circuitName = get(x, "express_route_circuit_name");
  const rg = get(x, "resource_group_name");
  if (typeof circuitName === "string") {
    const same = index.instances.find((i) => i.type === "azurerm_express_route_circuit" && get(i, "name") === circuitName && (typeof rg !== "string" || get(i, "resource_group_name") === rg));
    if (same)
      return idOf(same, index);
    return `${rgId}/providers/${RESOURCE_TYPES.circuit}/${circuitName}`;
  }
  return `${rgId}/providers/${RESOURCE_TYPES.circuit}/${x.address}-circuit`;
}
function common(rb, x, index, armType) {
  const id = idOf(x, index);
  rb.row.id = id;
  rb.row.type = armType;
  rb.row.name = id.split("/").pop();
  rb.set("location", get(x, "location"));
  const tags = get(x, "tags");
  if (tags !== UNKNOWN && isObj4(tags))
    rb.row.tags = tags;
}
function msPeeringConfig(rb, prefix, x, ...path) {
  const block = get(x, ...path);
  if (block === UNKNOWN)
    return rb.set(prefix, UNKNOWN);
  if (!Array.isArray(block) || block.length === 0)
    return;
  rb.set(`${prefix}.advertisedPublicPrefixes`, get(x, ...path, 0, "advertised_public_prefixes"));
  rb.set(`${prefix}.advertisedCommunities`, get(x, ...path, 0, "advertised_communities"));
  rb.set(`${prefix}.customerASN`, get(x, ...path, 0, "customer_asn"));
  rb.set(`${prefix}.routingRegistryName`, get(x, ...path, 0, "routing_registry_name"));
  rb.set(`${prefix}.advertisedPublicPrefixesState`, get(x, ...path, 0, "advertised_public_prefixes_state"), true);
}
var MAPPERS = {
  azurerm_express_route_circuit(rb, x, index) {
    const tier = get(x, "sku", 0, "tier");
    const family = get(x, "sku", 0, "family");
    rb.set("sku.name", tier === UNKNOWN || family === UNKNOWN ? UNKNOWN : typeof tier === "string" && typeof family === "string" ? `${tier}_${family}` : void 0);
    rb.set("sku.tier", tier);
    rb.set("sku.family", family);
    rb.set("properties.serviceProviderProperties.serviceProviderName", get(x, "service_provider_name"));
    rb.set("properties.serviceProviderProperties.peeringLocation", get(x, "peering_location"));
    rb.set("properties.serviceProviderProperties.bandwidthInMbps", get(x, "bandwidth_in_mbps"));
    rb.set("properties.allowClassicOperations", get(x, "allow_classic_operations"));
    rb.set("properties.expressRoutePort.id", idAttr(x, "express_route_port_id", index));
    rb.set("properties.bandwidthInGbps", get(x, "bandwidth_in_gbps"));
    rb.set("properties.authorizationKey", get(x, "authorization_key"));
    const rateLimit = "rate_limiting_enabled" in x.values ? get(x, "rate_limiting_enabled") : get(x, "enable_rate_limiting");
    rb.set("properties.enableDirectPortRateLimit", rateLimit);
    rb.set("properties.serviceProviderProvisioningState", get(x, "service_provider_provisioning_state"), true);
    rb.set("properties.serviceKey", get(x, "service_key"), true);
  },
  azurerm_express_route_circuit_peering(rb, x, index) {
    rb.set("properties.peeringType", get(x, "peering_type"));
    rb.set("properties.state", enabled(get(x, "ipv4_enabled")));
    rb.set("properties.peerASN", get(x, "peer_asn"));
    rb.set("properties.vlanId", get(x, "vlan_id"));
    rb.set("properties.primaryPeerAddressPrefix", get(x, "primary_peer_address_prefix"));
    rb.set("properties.secondaryPeerAddressPrefix", get(x, "secondary_peer_address_prefix"));
    rb.set("properties.sharedKey", get(x, "shared_key"));
    rb.set("properties.azureASN", get(x, "azure_asn"), true);
    rb.set("properties.primaryAzurePort", get(x, "primary_azure_port"), true);
    rb.set("properties.secondaryAzurePort", get(x, "secondary_azure_port"), true);
    rb.set("properties.routeFilter.id", idAttr(x, "route_filter_id", index));
    msPeeringConfig(rb, "properties.microsoftPeeringConfig", x, "microsoft_peering_config");
    const ipv6 = get(x, "ipv6");
    if (ipv6 === UNKNOWN)
      rb.set("properties.ipv6PeeringConfig", UNKNOWN);
    else if (Array.isArray(ipv6) && ipv6.length > 0) {
      rb.set("properties.ipv6PeeringConfig.primaryPeerAddressPrefix", get(x, "ipv6", 0, "primary_peer_address_prefix"));
      rb.set("properties.ipv6PeeringConfig.secondaryPeerAddressPrefix", get(x, "ipv6", 0, "secondary_peer_address_prefix"));
      rb.set("properties.ipv6PeeringConfig.state", enabled(get(x, "ipv6", 0, "enabled")));
      rb.set("properties.ipv6PeeringConfig.routeFilter.id", get(x, "ipv6", 0, "route_filter_id"));
      msPeeringConfig(rb, "properties.ipv6PeeringConfig.microsoftPeeringConfig", x, "ipv6", 0, "microsoft_peering");
    }
  },
  azurerm_express_route_circuit_authorization(rb, x) {
    rb.set("properties.authorizationUseStatus", get(x, "authorization_use_status"), true);
  },
  azurerm_express_route_port(rb, x) {
    rb.set("properties.peeringLocation", get(x, "peering_location"));
    rb.set("properties.bandwidthInGbps", get(x, "bandwidth_in_gbps"));
    rb.set("properties.encapsulation", get(x, "encapsulation"));
    rb.set("properties.billingType", get(x, "billing_type"));
    const identity = get(x, "identity");
    if (identity === UNKNOWN)
      rb.set("identity", UNKNOWN);
    else if (Array.isArray(identity) && identity.length > 0)
      rb.set("identity.type", get(x, "identity", 0, "type"));
    let n = 0;
    for (const link of ["link1", "link2"]) {
      const block = get(x, link);
      if (block === UNKNOWN) {
        rb.set("properties.links", UNKNOWN);
        continue;
      }
      if (!Array.isArray(block) || block.length === 0)
        continue;
      const at = `properties.links[${n++}]`;
      rb.set(`${at}.name`, link);
      rb.set(`${at}.properties.adminState`, enabled(get(x, link, 0, "admin_enabled")));
      rb.set(`${at}.properties.macSecConfig.cipher`, get(x, link, 0, "macsec_cipher"));
      rb.set(`${at}.properties.macSecConfig.cknSecretIdentifier`, get(x, link, 0, "macsec_ckn_keyvault_secret_id"));
      rb.set(`${at}.properties.macSecConfig.cakSecretIdentifier`, get(x, link, 0, "macsec_cak_keyvault_secret_id"));
      rb.set(`${at}.properties.macSecConfig.sciState`, enabled(get(x, link, 0, "macsec_sci_enabled")));
      rb.set(`${at}.properties.connectorType`, get(x, link, 0, "connector_type"), true);
    }
  },
  azurerm_virtual_network_gateway(rb, x, index) {
    rb.set("properties.gatewayType", get(x, "type"));
    rb.set("properties.sku.name", get(x, "sku"));
    rb.set("properties.sku.tier", get(x, "sku"));
    rb.set("properties.activeActive", get(x, "active_active"));
    rb.set("properties.enableBgp", get(x, "enable_bgp"));
    rb.set("properties.vpnType", get(x, "vpn_type"));
    const ipc = get(x, "ip_configuration");
    if (ipc === UNKNOWN)
      rb.set("properties.ipConfigurations", UNKNOWN);
    else if (Array.isArray(ipc)) {
      ipc.forEach((_, i) => {
        const at = `properties.ipConfigurations[${i}]`;
        rb.set(`${at}.name`, get(x, "ip_configuration", i, "name"));
        rb.set(`${at}.properties.privateIPAllocationMethod`, get(x, "ip_configuration", i, "private_ip_address_allocation"));
        rb.set(`${at}.properties.subnet.id`, idAttr(x, "subnet_id", index, "ip_configuration", i, "subnet_id"));
        rb.set(`${at}.properties.publicIPAddress.id`, idAttr(x, "public_ip_address_id", index, "ip_configuration", i, "public_ip_address_id"));
      });
    }
  },
  azurerm_virtual_network_gateway_connection(rb, x, index) {
    rb.set("properties.connectionType", get(x, "type"));
    rb.set("properties.virtualNetworkGateway1.id", idAttr(x, "virtual_network_gateway_id", index));
    rb.set("properties.peer.id", idAttr(x, "express_route_circuit_id", index));
    rb.set("properties.routingWeight", get(x, "routing_weight"));
    rb.set("properties.expressRouteGatewayBypass", get(x, "express_route_gateway_bypass"));
    rb.set("properties.enablePrivateLinkFastPath", get(x, "private_link_fast_path_enabled"));
    rb.set("properties.authorizationKey", get(x, "authorization_key"));
  },
  azurerm_express_route_gateway(rb, x, index) {
    rb.set("properties.virtualHub.id", idAttr(x, "virtual_hub_id", index));
    rb.set("properties.autoScaleConfiguration.bounds.min", get(x, "scale_units"));
    rb.set("properties.allowNonVirtualWanTraffic", get(x, "allow_non_virtual_wan_traffic"));
  },
  azurerm_express_route_connection(rb, x, index) {
    rb.set("properties.expressRouteCircuitPeering.id", idAttr(x, "express_route_circuit_peering_id", index));
    rb.set("properties.routingWeight", get(x, "routing_weight"));
    rb.set("properties.enableInternetSecurity", get(x, "enable_internet_security"));
    rb.set("properties.expressRouteGatewayBypass", get(x, "express_route_gateway_bypass_enabled"));
    rb.set("properties.enablePrivateLinkFastPath", get(x, "private_link_fast_path_enabled"));
    rb.set("properties.authorizationKey", get(x, "authorization_key"));
  }
};
function azapiBody(rb, x) {
  const body = get(x, "body");
  if (body === UNKNOWN)
    return rb.set("properties", UNKNOWN);
  let doc = body;
  if (typeof body === "string") {
    try {
      doc = JSON.parse(body);
    } catch {
      return rb.set("properties", UNKNOWN);
    }
  }
  if (!isObj4(doc))
    return;
  const bodyUnknown = typeof body === "string" ? void 0 : isObj4(x.unknown) ? x.unknown.body : void 0;
  const walk = (v, u, path) => {
    if (u === true)
      return rb.set(path, UNKNOWN);
    if (isObj4(v))
      for (const [k, c] of Object.entries(v))
        walk(c, isObj4(u) ? u[k] : void 0, path ? `${path}.${k}` : k);
    else if (Array.isArray(v))
      v.forEach((c, i) => walk(c, Array.isArray(u) ? u[i] : void 0, `${path}[${i}]`));
    else
      rb.set(path, v);
  };
  walk(doc, bodyUnknown, "");
}
function mapInstance(x, index) {
  const rb = new RowBuilder();
  if (x.type === "azapi_resource") {
    const type = azapiType(x);
    azapiBody(rb, x);
    common(rb, x, index, type);
    return { row: rb.row, unresolved: rb.unresolved };
  }
  const armType = ARM_TYPE_OF[x.type];
  const mapper = MAPPERS[x.type];
  if (!armType || !mapper)
    return void 0;
  common(rb, x, index, armType);
  mapper(rb, x, index);
  return { row: rb.row, unresolved: rb.unresolved };
}

// dist/sources/template/terraform/plan.js
var isObj5 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function moduleConfigKey(moduleAddress) {
  if (!moduleAddress)
    return "";
  return moduleAddress.replace(/\[[^\]]*\]/g, "");
}
function indexConfiguration(doc, planDir) {
  const out = /* @__PURE__ */ new Map();
  const walk = (mod, key, dir, depth) => {
    if (!isObj5(mod) || depth > 20)
      return;
    const resources = /* @__PURE__ */ new Map();
    for (const r of Array.isArray(mod.resources) ? mod.resources : []) {
      if (isObj5(r) && typeof r.type === "string" && typeof r.name === "string" && r.mode !== "data")
        resources.set(`${r.type}.${r.name}`, r);
    }
    out.set(key, { resources, dir });
    if (isObj5(mod.module_calls)) {
      for (const [name, call2] of Object.entries(mod.module_calls)) {
        if (!isObj5(call2))
          continue;
        const childDir = dir !== void 0 && typeof call2.source === "string" ? moduleDir(dir, call2.source) : void 0;
        walk(call2.module, key ? `${key}.module.${name}` : `module.${name}`, childDir, depth + 1);
      }
    }
  };
  const config = isObj5(doc.configuration) ? doc.configuration : {};
  walk(config.root_module, "", planDir, 0);
  return out;
}
function loadTerraformPlan(file, parsed) {
  const doc = parsed.value;
  if (!isObj5(doc))
    throw new InputError(file, "$", "a Terraform plan object", describeValue(doc));
  const fv = doc.format_version;
  if (typeof fv !== "string" || !/^1\.\d+/.test(fv))
    throw new InputError(file, "$.format_version", "a Terraform JSON plan of format_version 1.x", describeValue(fv));
  const notices = [];
  const gaps = [];
  if (doc.errored === true)
    gaps.push({ scope: file, reason: "the Terraform plan errored: resources it did not reach are missing" });
  else if (doc.complete === false)
    notices.push(`${file}: the Terraform plan is not complete (deferred changes); resources it does not list are not scanned`);
  const instances = [];
  if (Array.isArray(doc.resource_changes)) {
    doc.resource_changes.forEach((rc, i) => {
      if (!isObj5(rc))
        throw new InputError(file, `$.resource_changes[${i}]`, "a resource change object", describeValue(rc));
      if (rc.mode === "data" || typeof rc.type !== "string" || typeof rc.address !== "string")
        return;
      const change = isObj5(rc.change) ? rc.change : {};
      const actions = Array.isArray(change.actions) ? change.actions : [];
      if (actions.length > 0 && actions.every((a) => a === "delete" || a === "forget"))
        return;
      instances.push({
        address: rc.address,
        moduleAddress: typeof rc.module_address === "string" ? rc.module_address : void 0,
        type: rc.type,
        name: typeof rc.name === "string" ? rc.name : "",
        index: rc.index,
        values: isObj5(change.after) ? change.after : {},
        unknown: change.after_unknown ?? {},
        jsonPath: ["resource_changes", i]
      });
    });
  } else if (isObj5(doc.planned_values)) {
    const walk = (mod, at, depth) => {
      if (!isObj5(mod) || depth > 20)
        return;
      (Array.isArray(mod.resources) ? mod.resources : []).forEach((r, i) => {
        if (!isObj5(r) || r.mode === "data" || typeof r.type !== "string" || typeof r.address !== "string")
          return;
        const m = /^(.*)\.[^.[]+\.[^.[]+(\[[^\]]*\])?$/.exec(r.address);
        instances.push({
          address: r.address,
          moduleAddress: m && m[1].startsWith("module.") ? m[1] : void 0,
          type: r.type,
          name: typeof r.name === "string" ? r.name : "",
          index: r.index,
          values: isObj5(r.values) ? r.values : {},
          unknown: {},
          jsonPath: [...at, "resources", i]
        });
      });
      (Array.isArray(mod.child_modules) ? mod.child_modules : []).forEach((c, i) => walk(c, [...at, "child_modules", i], depth + 1));
    };
    walk(doc.planned_values.root_module, ["planned_values", "root_module"], 0);
  }
  const config = indexConfiguration(doc, dirname(file));
  const index = {
    instances,
    byAddress: new Map(instances.map((x) => [x.address, x])),
    configFor: (x) => config.get(moduleConfigKey(x.moduleAddress))?.resources.get(`${x.type}.${x.name}`),
    ids: /* @__PURE__ */ new Map()
  };
  const raws = [];
  let unresolvedCount = 0;
  const details = [];
  for (const x of instances) {
    if (!isMappedType(x))
      continue;
    const mapped = mapInstance(x, index);
    if (!mapped)
      continue;
    const dir = config.get(moduleConfigKey(x.moduleAddress))?.dir;
    const block = dir !== void 0 ? locateResourceBlock(dir, x.type, x.name) : void 0;
    const pos = block ?? { file, ...positionOf(parsed, x.jsonPath) ?? { line: 1, column: 1 } };
    const raw = { row: mapped.row, source: { kind: "terraform", file: pos.file, line: pos.line, column: pos.column } };
    if (mapped.unresolved.length > 0) {
      raw.unresolved = mapped.unresolved;
      unresolvedCount += mapped.unresolved.length;
      for (const u of mapped.unresolved)
        if (details.length < 10)
          details.push(`${x.address} ${u}`);
    }
    raws.push(raw);
  }
  if (unresolvedCount > 0) {
    notices.push(`${file}: ${unresolvedCount} value${unresolvedCount === 1 ? "" : "s"} known only after apply (${details.slice(0, 3).join("; ")}${details.length > 3 ? "; \u2026" : ""}); rules that read them report "unknown"`);
  }
  return { raws, notices, gaps };
}

// dist/sources/template/index.js
function loadTemplates(inputs) {
  const output = emptyOutput();
  const errors = [];
  const templates = inputs.filter((i) => i.format === "arm-template");
  const parameterFiles = inputs.filter((i) => i.format === "arm-parameters");
  const plans = inputs.filter((i) => i.format === "terraform-plan");
  const pairs = pairParameterFiles(templates, parameterFiles, output.notices);
  for (const t of templates) {
    const params = pairs.get(t) ?? [];
    const runs = [];
    let failed = false;
    for (const p of params) {
      try {
        runs.push({ supplied: readParameterFile(p.file, p.parsed.value), file: p.file });
      } catch (e) {
        if (!(e instanceof InputError))
          throw e;
        errors.push(e);
        failed = true;
      }
    }
    if (failed)
      continue;
    if (runs.length === 0)
      runs.push({ supplied: /* @__PURE__ */ new Map() });
    for (const run of runs) {
      try {
        const r = loadArmTemplate(t.file, t.parsed, run.supplied, run.file, t.locate);
        output.raws.push(...r.raws);
        output.notices.push(...r.notices);
      } catch (e) {
        if (!(e instanceof InputError))
          throw e;
        errors.push(e);
      }
    }
  }
  for (const p of plans) {
    try {
      const r = loadTerraformPlan(p.file, p.parsed);
      output.raws.push(...r.raws);
      output.notices.push(...r.notices);
      output.gaps.push(...r.gaps);
    } catch (e) {
      if (!(e instanceof InputError))
        throw e;
      errors.push(e);
    }
  }
  return { output, errors };
}
var stem = (file) => basename(file).replace(/\.json$/i, "");
function pairParameterFiles(templates, parameterFiles, notices) {
  const pairs = /* @__PURE__ */ new Map();
  const add = (t, p) => pairs.set(t, [...pairs.get(t) ?? [], p]);
  const unpaired = [];
  for (const p of parameterFiles) {
    const base = stem(p.file).replace(/\.parameters$/i, "");
    const candidates = /\.parameters$/i.test(stem(p.file)) ? [base, base.replace(/\.[^.]+$/, "")] : [];
    const dir = dirname2(p.file);
    const byName = candidates.map((c) => templates.find((t) => dirname2(t.file) === dir && stem(t.file).toLowerCase() === c.toLowerCase())).find(Boolean);
    if (byName)
      add(byName, p);
    else
      unpaired.push(p);
  }
  for (const p of unpaired) {
    const dir = dirname2(p.file);
    const inFolder = templates.filter((t) => dirname2(t.file) === dir);
    if (inFolder.length === 1)
      add(inFolder[0], p);
    else
      notices.push(`${p.file}: parameter file not used: name it <template>.parameters.json beside its template${inFolder.length > 1 ? ` (${inFolder.length} templates in its folder)` : " (no template in its folder)"}`);
  }
  for (const list of pairs.values())
    list.sort((a, b) => a.file.localeCompare(b.file));
  return pairs;
}

// dist/sources/index.js
var SKIP_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git", ".terraform", "dist", "out"]);
function listJsonFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync2(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join2(d, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name) && !e.name.startsWith("."))
          walk(p);
      } else if (e.isFile() && /\.json$/i.test(e.name))
        out.push(p);
    }
  };
  walk(dir);
  return out;
}
function loadInputs(inputs) {
  const errors = [];
  const outputs = [];
  const files = [];
  const templates = [];
  const skipped = [];
  const readOne = (file, fromDirectory) => {
    try {
      const text = readText(file);
      if (fromDirectory && !/^\s*[[{]/.test(text)) {
        skipped.push(file);
        return;
      }
      const parsed = parseJson(file, text);
      const format = detectFormat(parsed.value);
      if (format === "unknown") {
        if (fromDirectory) {
          skipped.push(file);
          return;
        }
        throw new InputError(file, "$", FORMAT_DESCRIPTIONS, "a document of no known format");
      }
      files.push({ file, format });
      if (format === "arm-template" || format === "arm-parameters" || format === "terraform-plan") {
        templates.push({ file, parsed: withSyntaxTree(file, parsed), format });
      } else if (format === "snapshot") {
        outputs.push(loadSnapshot(file, parsed.value));
      } else {
        outputs.push(loadRows(file, parsed.value, format));
      }
    } catch (e) {
      if (!(e instanceof InputError))
        throw e;
      errors.push(e);
    }
  };
  for (const input of inputs) {
    let isDir = false;
    try {
      isDir = statSync2(input).isDirectory();
    } catch {
    }
    if (isDir) {
      const found = listJsonFiles(input);
      if (found.length === 0)
        errors.push(new InputError(input, "", "a directory containing JSON inputs", "no .json files"));
      for (const f of found)
        readOne(f, true);
    } else {
      readOne(input, false);
    }
  }
  if (templates.length > 0) {
    const t = loadTemplates(templates);
    outputs.push(t.output);
    errors.push(...t.errors);
  }
  const output = mergeOutputs(outputs.length ? outputs : [emptyOutput()]);
  for (const e of errors)
    output.gaps.push({ scope: e.file.replace(/:\d+:\d+$/, ""), reason: e.message });
  if (skipped.length > 0) {
    const shown = skipped.slice(0, 5).map((f) => relative2(".", f) || f);
    output.notices.push(`skipped ${skipped.length} file${skipped.length === 1 ? "" : "s"} of no known format: ${shown.join(", ")}${skipped.length > 5 ? ", \u2026" : ""}`);
  }
  return { output, errors, files };
}

// dist/cli/pipeline.js
function parseFormats(value, hasOut) {
  if (!value)
    return hasOut ? ["console", "json", "sarif", "html", "markdown"] : ["console"];
  const out = [];
  for (const part of value.split(",").map((s) => s.trim().toLowerCase()).filter(Boolean)) {
    const f = part === "md" ? "markdown" : part;
    if (!FORMATS.includes(f))
      throw new UsageError(`--format: expected one or more of ${FORMATS.join(", ")}, found "${part}"`);
    if (!out.includes(f))
      out.push(f);
  }
  if (out.some((f) => f !== "console") && !hasOut)
    throw new UsageError(`--format ${value}: file reports need --out DIR`);
  return out;
}
function scanCategoryFor(args) {
  if (args.category)
    return args.category;
  const parts = args.graph ? ["graph", ...args.tenant ?? [], ...args.managementGroup ?? [], ...args.subscription ?? []] : (args.inputs ?? []).map((i) => relative3(".", resolve2(i)) || basename2(resolve2(i)));
  const slug = parts.join("+").replace(/\\/g, "/").replace(/[^A-Za-z0-9._/+-]+/g, "-").slice(0, 100);
  return `erscan/${slug || "scan"}`;
}
function loadEffectiveConfig(args) {
  const config = args.config ? loadConfig(args.config) : emptyConfig();
  if (args.suppressions)
    config.suppressions.push(...loadSuppressionsFile(args.suppressions));
  return config;
}
async function gatherSources(args) {
  if (args.graph) {
    if (args.inputs && args.inputs.length > 0)
      throw new UsageError("--graph crawls live Azure: give either input files or --graph, not both");
    const { crawlForCli } = await import("./cli-VHV3KTEC.js");
    return { source: await crawlForCli(args), errors: [] };
  }
  if (!args.inputs || args.inputs.length === 0)
    throw new UsageError("name at least one input file or folder, or use --graph");
  const loaded = loadInputs(args.inputs);
  return { source: loaded.output, errors: loaded.errors };
}
async function runPipeline(args, now = /* @__PURE__ */ new Date()) {
  if (args.failOnNew && !args.baseline)
    throw new UsageError("--fail-on-new needs --baseline");
  const config = loadEffectiveConfig(args);
  const baseline = args.baseline ? { file: args.baseline, findings: loadBaseline(args.baseline) } : void 0;
  const { source, errors } = await gatherSources(args);
  const { costEstimatorFor } = await import("./setup-JTIEL3OW.js");
  const estimateCosts = costEstimatorFor(args, config.usage, source);
  const result = scanSources(source, {
    config,
    ruleDirs: args.rules,
    baseline,
    now,
    inputs: args.graph ? [scanCategoryFor(args).replace(/^erscan\//, "")] : args.inputs ?? [],
    scanCategory: scanCategoryFor(args),
    estimateCosts
  });
  if (result.cost?.notices?.length)
    result.notices.push(...result.cost.notices);
  return { result, inputErrors: errors, config };
}
function emitReports(result, formats, out, color) {
  const written = [];
  for (const format of formats) {
    if (format === "console")
      process.stdout.write(reporterFor(format)(result, { color }));
    else
      written.push(writeReport(out, REPORT_FILES[format], reportChunksFor(format)(result, { color })));
  }
  return written;
}
function exitCodeFor(outcome, args) {
  if (outcome.inputErrors.length > 0)
    return EXIT.BAD_INPUT;
  if (args.requireComplete && !outcome.result.coverage.complete)
    return EXIT.INCOMPLETE;
  const threshold = args.failOn ?? outcome.config.failOn ?? "high";
  const gating = outcome.result.findings.filter((f) => !f.suppression && (!args.failOnNew || f.baselineState === "new"));
  return gating.some((f) => atOrAbove(f.severity, threshold)) ? EXIT.FINDINGS : EXIT.OK;
}
function reportInputErrors(errors) {
  for (const e of errors)
    process.stderr.write(`erscan: error: ${e.message}
`);
  if (errors.length > 0)
    process.stderr.write(`erscan: ${errors.length} input(s) could not be read; they are listed as coverage gaps and the rest was scanned
`);
}

export {
  parseFormats,
  runPipeline,
  emitReports,
  exitCodeFor,
  reportInputErrors
};
