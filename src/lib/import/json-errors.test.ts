import { describe, expect, it } from 'vitest';
import { previewImport } from './index';

describe('importing a JSON file that is not valid JSON', () => {
  it('names the end of a file cut off mid-way and says it may be cut off', () => {
    const preview = previewImport('talks.json', '{"events": [\n  {"id": "a", "title": "Tal');
    expect(preview.chronology).toBeUndefined();
    expect(preview.problems).toHaveLength(1);
    expect(preview.problems[0]?.where).toBe('line 2, column 28');
    expect(preview.problems[0]?.message).toContain('it may be cut off');
  });

  it('names the broken character of a file broken inside', () => {
    const preview = previewImport('talks.json', '{"events": [\n  {"id": "a",, "title": "T"}\n]}');
    expect(preview.problems[0]?.where).toBe('line 2, column 14');
    expect(preview.problems[0]?.message).not.toContain('cut off');
  });

  it('recognises a web page saved instead of the data', () => {
    const preview = previewImport('talks.json', '<!doctype html><title>Sign in</title>');
    expect(preview.problems[0]?.message).toContain('It looks like a web page');
  });
});
