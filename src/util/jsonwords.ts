import { ParseErrorCode } from 'jsonc-parser';

/**
 * A JSON syntax error in plain words (what was found at the position the error names), instead of
 * the parser's own code names such as "CloseBracketExpected".
 */
export function jsonSyntaxProblem(code: ParseErrorCode): string {
  switch (code) {
    case ParseErrorCode.InvalidSymbol:
      return 'a character that cannot start a JSON value';
    case ParseErrorCode.InvalidNumberFormat:
      return 'a malformed number';
    case ParseErrorCode.PropertyNameExpected:
      return 'no property name (in double quotes) where one was due';
    case ParseErrorCode.ValueExpected:
      return 'no value where one was due';
    case ParseErrorCode.ColonExpected:
      return 'no colon after a property name';
    case ParseErrorCode.CommaExpected:
      return 'no comma between two items';
    case ParseErrorCode.CloseBraceExpected:
      return 'an object not closed with }';
    case ParseErrorCode.CloseBracketExpected:
      return 'a list not closed with ]';
    case ParseErrorCode.EndOfFileExpected:
      return 'more text after the end of the JSON value';
    case ParseErrorCode.InvalidCommentToken:
      return 'a comment (JSON has no comments)';
    case ParseErrorCode.UnexpectedEndOfComment:
      return 'a comment that never ends';
    case ParseErrorCode.UnexpectedEndOfString:
      return 'a text value that never ends (a missing ")';
    case ParseErrorCode.UnexpectedEndOfNumber:
      return 'a number cut short';
    case ParseErrorCode.InvalidUnicode:
      return 'a malformed \\u escape';
    case ParseErrorCode.InvalidEscapeCharacter:
      return 'an unknown \\ escape';
    case ParseErrorCode.InvalidCharacter:
      return 'a control character inside a text value';
    default:
      return 'invalid JSON syntax';
  }
}
