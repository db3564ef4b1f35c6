import { describe, expect, it } from 'vitest';
import { LoadError } from './fetch-text';
import { jsonErrorPlace, lineAndColumn, parseChronology } from './parse-chronology';

function failure(text: string): LoadError {
  try {
    parseChronology(text, 'data.json');
  } catch (error) {
    if (error instanceof LoadError) return error;
    throw error;
  }
  throw new Error('expected a LoadError');
}

describe('parseChronology', () => {
  it('returns the chronology of valid text', () => {
    const text = '{"events":[{"id":"a","title":"A","start":"2025-02-11"}]}';
    expect(parseChronology(text, 'x').events[0]?.id).toBe('a');
  });

  it('says where invalid JSON breaks, by line and column', () => {
    const error = failure('{\n  "events": [\n    {"id": "a",,}\n  ]\n}');
    expect(error.message).toBe('data.json is not valid JSON at line 3, column 16.');
  });

  it('recognises an HTML page served instead of JSON', () => {
    const error = failure('<!doctype html><html><script>alert(1)</script></html>');
    expect(error.message).toContain('It looks like a web page, not a JSON file.');
  });

  it('lists validation problems and says nothing was saved', () => {
    const error = failure('{"events":[{"id":"a","title":"A","start":"2025-13-40"}]}');
    expect(error.message).toBe(
      'data.json is not a Parley chronology (format v1): 1 problem found. Nothing was saved.',
    );
    expect(error.problems[0]).toContain('events[0].start: "2025-13-40" is not a date');
    expect(error.kind).toBe('content');
  });

  it('lineAndColumn counts from 1', () => {
    expect(lineAndColumn('ab\ncd', 4)).toBe('line 2, column 2');
    expect(lineAndColumn('abc', 0)).toBe('line 1, column 1');
  });
});

describe('parseChronology on junk', () => {
  it('points at the first character when the file does not start like JSON', () => {
    expect(failure('  xxxxxxxx').message).toBe('data.json is not valid JSON at line 1, column 3.');
  });

  it('reports an empty file', () => {
    expect(failure('').message).toContain('data.json is not valid JSON at line 1, column 1.');
    expect(failure(' \n ').message).toContain('The file is empty.');
  });

  it('does not call a whole file cut off for what JSON refuses after it, or for its words', () => {
    // A no-break space is white space to people, not to JSON: the error is that character.
    const spaced = failure('{"events": []}\u00a0\n').message;
    expect(spaced).toBe('data.json is not valid JSON at line 1, column 15.');
    expect(failure('end of input').message).toBe(
      'data.json is not valid JSON at line 1, column 1.',
    );
  });

  it('points at the end of a file cut off mid-way, and says it may be cut off', () => {
    const text = '{\n  "events": [\n    {"id": "a", "title": "Talks in Ri';
    expect(failure(text).message).toBe(
      'data.json is not valid JSON at line 3, column 38. The file ends there: it may be cut off.',
    );
    // Cut between two values V8 gives no position; blank lines after the cut move nothing.
    expect(failure('{"events": [').message).toBe(
      'data.json is not valid JSON at line 1, column 13. The file ends there: it may be cut off.',
    );
    expect(failure(text + '\n\n').message).toContain('at line 3, column 38.');
  });
});

describe('where other engines say JSON broke', () => {
  const text = '{"events": [\n  {"id": "a", "title": "Tal';

  it("reads Firefox's line and column, and its words for a cut-off file", () => {
    expect(
      jsonErrorPlace(text, 'JSON.parse: unterminated string at line 2 column 22 of the JSON data'),
    ).toEqual({ where: 'line 2, column 22', hint: '' });
    expect(
      jsonErrorPlace(
        '{"events": [',
        'JSON.parse: unexpected end of data at line 1 column 13 of the JSON data',
      ),
    ).toEqual({ where: 'line 1, column 13', hint: ' The file ends there: it may be cut off.' });
  });

  it("reads Safari's words for a cut-off file, which give no place", () => {
    expect(jsonErrorPlace('{"events": [', 'JSON Parse error: Unexpected EOF')).toEqual({
      where: 'line 1, column 13',
      hint: ' The file ends there: it may be cut off.',
    });
  });
});
