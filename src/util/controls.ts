/**
 * Text from the inputs (names, messages that quote them, notices) with its control characters written
 * visibly as `\u001b`: a terminal would run an escape sequence planted in a peering location (clear the
 * screen, forge colours), and a page or a PR comment would hide it, so two names that differ only by one
 * would read alike. Line feeds and tabs stay (each reporter decides what they become). The bidirectional
 * format characters (marks, embeddings, overrides, isolates: U+061C, U+200E/F, U+202A–E, U+2066–9) are written
 * visibly too: one right-to-left override in a circuit's name reversed the rest of erscan's own sentence about
 * it on the HTML page ("…05;snoitcennoc on dna sgnireep on sah"). Right-to-left letters themselves stay.
 */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
export const visibleControls = (s: string): string =>
  CONTROL.test(s) ? s.replace(CONTROLS, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`) : s;

/**
 * `visibleControls` for text that must stay on one line (a console finding, a line on stderr): its line
 * feeds are written visibly too, so a name or file name from the inputs cannot start a line of its own
 * (in a CI log, a line that reads as a workflow command such as `::error::`).
 */
export const oneLine = (s: string): string => visibleControls(s).replace(/\n/g, '\\u000a');
