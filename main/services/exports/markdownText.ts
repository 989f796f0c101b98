/**
 * The user's own words as Markdown that renders as exactly those words: a reflection
 * that starts with `#`, `- ` or `1.`, or holds `<img onerror=…>`, must not become a
 * heading, a list or live HTML in whatever viewer opens the export.
 */

/**
 * Marks that mean something anywhere in a line (emphasis, code, links, tables,
 * strikethrough, headings' closing `#`s), escaped with a backslash, which CommonMark
 * allows before any ASCII punctuation.
 */
const inlineMarks = /[\\`*_[\]#|~]/g;

/**
 * What starts an HTML tag, comment or autolink (any `<`), or a character reference a
 * viewer would decode (`&lt;` typed as such); an `&` on its own stays readable.
 */
const htmlStart = /<|&(?=#?[0-9A-Za-z]+;)/g;

/** What starts a block at the front of a line: a list, a quote, a setext underline, an ordered item. */
const blockStart = /^(?:[-+=>]|\d+(?=[.)]))/;

/** Marks escaped where they mean something anywhere in a line. */
const escapeInline = (text: string): string =>
  text.replace(htmlStart, (mark) => (mark === '<' ? '&lt;' : '&amp;')).replace(inlineMarks, '\\$&');

/** A line of a paragraph: leading spaces dropped (they render as nothing, and four make code). */
const escapeLine = (line: string): string =>
  escapeInline(line.trimStart()).replace(blockStart, (start) =>
    /\d/.test(start) ? `${start}\\` : `\\${start}`,
  );

/** `text` escaped line by line, its line breaks kept. */
export function markdownText(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map(escapeLine)
    .join('\n');
}

/** `text` as a heading's words, on one line: its line breaks made spaces. */
export function markdownInline(text: string): string {
  return escapeInline(text.replace(/\s*[\r\n]+\s*/g, ' '));
}
