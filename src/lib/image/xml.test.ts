import { describe, expect, it } from 'vitest';
import { checkWellFormed } from './test-xml';
import { el, escapeXml, num, text } from './xml';

describe('escapeXml', () => {
  it('keeps markup characters as text', () => {
    expect(escapeXml(`<script>&"'`)).toBe('&lt;script&gt;&amp;&quot;&#39;');
  });

  it('drops characters XML cannot hold, which would make the whole file unreadable', () => {
    expect(escapeXml('a\u0000b\u0007c\uFFFEd\uD800e')).toBe('abcde');
    expect(escapeXml('tab\tline\nemoji 😀')).toBe('tab\tline\nemoji 😀');
  });
});

describe('writing elements', () => {
  it('escapes attribute values and text, and leaves out undefined attributes', () => {
    const svg = el('g', { 'data-id': 'a"b', hidden: undefined }, text({ x: 1.005 }, 'x < y'));
    expect(svg).toBe('<g data-id="a&quot;b"><text x="1">x &lt; y</text></g>');
    expect(checkWellFormed(svg)).toBe(2);
  });

  it('rounds numbers to two decimals and never writes -0', () => {
    expect(num(12.3456)).toBe('12.35');
    expect(num(-0.001)).toBe('0');
  });
});

describe('the test’s XML check', () => {
  it('refuses what a parser would refuse', () => {
    expect(() => checkWellFormed('<a><b></a></b>')).toThrow();
    expect(() => checkWellFormed('<a>x & y</a>')).toThrow();
    expect(() => checkWellFormed('<a x=1/>')).toThrow();
    expect(() => checkWellFormed('<a x="1" x="2"/>')).toThrow();
    expect(() => checkWellFormed('<a>')).toThrow();
  });
});
