/** jsonc-parser's error codes in the words an editor fixing a file by hand understands. */
import { printParseErrorCode, type ParseErrorCode } from 'jsonc-parser';

const IN_WORDS: Partial<Record<ReturnType<typeof printParseErrorCode>, string>> = {
  InvalidSymbol: 'unexpected character (is a quote or a comma missing?)',
  InvalidNumberFormat: 'a number is not written as JSON writes numbers',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value (text in double quotes, a number, a list or an object)',
  ColonExpected: 'expected a colon after the property name',
  CommaExpected: 'expected a comma between two items',
  CloseBraceExpected: 'expected a closing brace } (is a comma or a brace missing?)',
  CloseBracketExpected: 'expected a closing bracket ] (is a comma or a bracket missing?)',
  EndOfFileExpected: 'expected the end of the file (is there text after the last closing brace?)',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'a comment is not closed (and JSON allows no comments)',
  UnexpectedEndOfString: 'text in quotes is not closed before the end of its line',
  UnexpectedEndOfNumber: 'a number ends too early',
  InvalidUnicode: 'a \\u escape needs four hexadecimal digits',
  InvalidEscapeCharacter: 'a backslash starts an escape JSON does not know (write \\\\ for a backslash)',
  InvalidCharacter: 'a control character (such as a tab or a line break) inside text in quotes',
};

/** A parse error in plain words ("expected a property name in double quotes"), not jsonc-parser's code name. */
export function jsonErrorInWords(code: ParseErrorCode): string {
  return IN_WORDS[printParseErrorCode(code)] ?? 'unexpected text here';
}
