import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonObjectStream } from './json-object-stream';

const encoder = new TextEncoder();

/** `text` as UTF-8 bytes cut at the given points (each taken modulo the length). */
function cut(text: string, points: number[] = []): Uint8Array[] {
  const bytes = encoder.encode(text);
  const at = [...new Set(points.map((p) => (bytes.length ? p % bytes.length : 0)))].sort(
    (a, b) => a - b,
  );
  const chunks: Uint8Array[] = [];
  let from = 0;
  for (const point of [...at, bytes.length]) {
    if (point > from) chunks.push(bytes.subarray(from, point));
    from = Math.max(from, point);
  }
  return chunks;
}

function streamed(text: string, points: number[] = []) {
  const batches: { from: number; items: unknown[] }[] = [];
  const members: string[] = [];
  const stream = new JsonObjectStream('events', {
    elements: (items, from) => batches.push({ from, items }),
    member: (key) => members.push(key),
  });
  for (const chunk of cut(text, points)) stream.push(chunk);
  return { root: stream.end(), batches, members, failure: stream.failure };
}

function jsonParse(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch {
    return { ok: false };
  }
}

const chronologyLike = fc.record(
  {
    title: fc.string(),
    people: fc.array(fc.jsonValue(), { maxLength: 4 }),
    events: fc.array(fc.jsonValue(), { maxLength: 30 }),
    sources: fc.array(fc.record({ id: fc.string(), url: fc.webUrl() }), { maxLength: 4 }),
  },
  { requiredKeys: ['events'] },
);

describe('a JSON object read while it downloads', () => {
  it('is the same object JSON.parse gives, however the bytes are cut', () => {
    fc.assert(
      fc.property(
        chronologyLike,
        fc.array(fc.nat(), { maxLength: 12 }),
        fc.integer({ min: 0, max: 2 }),
        (value, points, indent) => {
          const text = JSON.stringify(value, null, indent);
          const { root, batches } = streamed(text, points);
          expect(root).toEqual(JSON.parse(text));
          // Every element was handed over once, in order, with its index.
          const handed = batches.flatMap((b, i) => {
            expect(b.from).toBe(batches.slice(0, i).reduce((n, x) => n + x.items.length, 0));
            return b.items;
          });
          expect(handed).toEqual(value.events);
        },
      ),
      { numRuns: 300, seed: 20251202 },
    );
  });

  it('finds where elements end even when their text looks like the start of one', () => {
    // Elements that all begin with `{"id":` let the stream guess boundaries; strings and nested
    // objects that contain the same bytes must not fool it.
    const tricky = fc.constantFrom('},{"id":', ', {"id":', '"},{"id":"', '\\', '"', ']', '}', 'x');
    const text = fc
      .array(fc.oneof(fc.string(), tricky), { maxLength: 4 })
      .map((parts) => parts.join(''));
    const element = fc.record({
      id: text,
      nested: fc.array(fc.record({ id: text, t: text }), { maxLength: 3 }),
      more: fc.option(fc.array(fc.jsonValue(), { maxLength: 2 })),
    });
    fc.assert(
      fc.property(
        fc.array(element, { maxLength: 40 }),
        fc.array(fc.record({ id: text }), { maxLength: 3 }),
        fc.array(fc.nat(), { maxLength: 20 }),
        fc.boolean(),
        fc.integer({ min: 0, max: 2 }),
        (events, sources, points, sourcesAfter, indent) => {
          const value = sourcesAfter ? { events, sources } : { sources, events };
          const json = JSON.stringify(value, null, indent);
          const { root, batches } = streamed(json, points);
          expect(root).toEqual(JSON.parse(json));
          expect(batches.flatMap((b) => b.items)).toEqual(events);
        },
      ),
      { numRuns: 400, seed: 42 },
    );
  });

  it('never accepts a text JSON.parse refuses, nor reads one differently', () => {
    const text = JSON.stringify({
      a: 'x\\"y',
      events: [{ id: 'e1', t: 'ü ✓ \\u0041' }, [1, 2], 'z', null],
      b: { c: [1, { d: '}' }] },
    });
    fc.assert(
      fc.property(
        fc.nat({ max: text.length }),
        fc.nat({ max: 3 }),
        fc.constantFrom(...' {}[],:"\\0a'),
        fc.array(fc.nat(), { maxLength: 6 }),
        (at, remove, insert, points) => {
          const broken = text.slice(0, at) + insert + text.slice(at + remove);
          const expected = jsonParse(broken);
          const { root } = streamed(broken, points);
          if (!expected.ok) expect(root).toBeNull();
          else if (root !== null) expect(root).toEqual(expected.value);
        },
      ),
      { numRuns: 2000, seed: 7 },
    );
  });

  it('reads quotes, escapes and multi-byte characters cut between two chunks', () => {
    const value = { title: 'Say "hi" \\ — Київ ✓', events: [{ t: '\\"' }, { t: '"}]' }] };
    const text = JSON.stringify(value);
    const length = encoder.encode(text).length;
    for (let point = 1; point < length; point++) {
      expect(streamed(text, [point]).root).toEqual(value);
    }
  });

  it('drops a byte order mark at the start, as the whole-text decoder does', () => {
    expect(streamed('\uFEFF{"events":[1]}').root).toEqual({ events: [1] });
    // A mark cut in pieces is too rare to read piece by piece: the caller reads it whole.
    expect(streamed('\uFEFF{"events":[1]}', [1, 2]).failure).toBeTruthy();
  });

  it('gives up on what it does not read piece by piece, so the caller parses it whole', () => {
    for (const text of [
      '[1, 2]',
      '"text"',
      '',
      '   ',
      '{"events": [1,]}',
      '{"events": [,1]}',
      '{"a": 1,}',
      '{"a": 1} x',
      '{"a": 1, "a": 2}',
      '{"__proto__": {"polluted": true}, "events": []}',
      '{"events": [1] "a": 2}',
      '{"events": [1}',
      '{"a" 1}',
    ]) {
      const { root, failure } = streamed(text);
      expect(root, text).toBeNull();
      expect(failure, text).toBeTruthy();
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('reads an empty object and an empty array', () => {
    expect(streamed('{}').root).toEqual({});
    expect(streamed('{ "events" : [ ] }').root).toEqual({ events: [] });
    const spaced = `{ "events" : [${' \n'.repeat(60)}] }`;
    for (const points of [[], [20], [20, 90]]) {
      expect(streamed(spaced, points).root).toEqual({ events: [] });
    }
  });

  it('refuses a comma before the end of the array, however much space follows it', () => {
    const text = `{"events": [{"id":"a"},{"id":"b"},${' '.repeat(120)}]}`;
    for (const points of [[], [14], [14, 40], [14, 40, 100]]) {
      const { root, failure } = streamed(text, points);
      expect(root, String(points)).toBeNull();
      expect(failure, String(points)).toBeTruthy();
    }
  });
});
