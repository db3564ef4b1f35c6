/**
 * The text rules of iCalendar (RFC 5545 §3.1 and §3.3.11): escaped values, lines folded at 75
 * octets without splitting a character, CRLF line ends.
 */

/** A TEXT value: backslash, semicolon, comma and line breaks escaped; other controls dropped. */
export function escapeIcsText(text: string): string {
  return (
    text
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      // RFC 5545 allows no control characters in TEXT except horizontal tab.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, ' ')
  );
}

const encoder = new TextEncoder();
const MAX_OCTETS = 75;

/**
 * One content line folded so no physical line exceeds 75 octets of UTF-8: each continuation
 * starts with a space (which counts). Breaks fall between code points, never inside one.
 */
export function foldIcsLine(line: string): string {
  if (encoder.encode(line).length <= MAX_OCTETS) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char);
    if (octets + size > MAX_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  if (code < 0x10000) return 3;
  return 4;
}

/** Content lines → the file text: each folded, each ended with CRLF. */
export function joinIcsLines(lines: readonly string[]): string {
  return lines.map((line) => foldIcsLine(line) + '\r\n').join('');
}

function two(n: number): string {
  return String(n).padStart(2, '0');
}

/** A UTC instant as DATE-TIME in UTC form: 20251202T170000Z. */
export function icsUtcDateTime(ms: number): string {
  const d = new Date(ms);
  return (
    `${String(d.getUTCFullYear()).padStart(4, '0')}${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())}` +
    `T${two(d.getUTCHours())}${two(d.getUTCMinutes())}${two(d.getUTCSeconds())}Z`
  );
}

/** A civil day (given as ms at UTC midnight on Parley's floating axis) as DATE: 20251202. */
export function icsDate(ms: number): string {
  return icsUtcDateTime(ms).slice(0, 8);
}
