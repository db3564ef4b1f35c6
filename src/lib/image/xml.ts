/**
 * Writing XML by hand, safely: every text and attribute value goes through `escapeXml`, so a
 * title such as `<script>&"'` stays text in the file and never becomes markup.
 */

// Characters XML 1.0 forbids outright (most C0 controls, lone surrogates, U+FFFE/U+FFFF): one
// of them anywhere makes the whole file unreadable, so they are dropped.
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text safe inside an element or a quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN, '').replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}

/** A coordinate with at most two decimals: shorter files, and the same text on every machine. */
export function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

type AttrValue = string | number | undefined;

/** ` name="value"` for each defined attribute, numbers rounded, values escaped. */
export function attrs(values: Record<string, AttrValue>): string {
  let out = '';
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) continue;
    out += ` ${name}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`;
  }
  return out;
}

/** An element with attributes and children already written (pass '' for an empty one). */
export function el(name: string, values: Record<string, AttrValue>, children = ''): string {
  return children === ''
    ? `<${name}${attrs(values)}/>`
    : `<${name}${attrs(values)}>${children}</${name}>`;
}

/** A `<text>` element: its content is escaped here. */
export function text(values: Record<string, AttrValue>, content: string): string {
  return `<text${attrs(values)}>${escapeXml(content)}</text>`;
}
