import { describe, expect, it } from 'vitest';
import {
  firstLine,
  isBlank,
  mergeNotes,
  noteList,
  starredIds,
  withNote,
  type NoteContent,
} from './note';

describe('a note', () => {
  it('with no words and no star is blank (and will not be stored)', () => {
    expect(isBlank({ text: '  \n ', starred: false })).toBe(true);
    expect(isBlank({ text: '', starred: true })).toBe(false);
    expect(isBlank({ text: 'x', starred: false })).toBe(false);
  });

  it('shows its first written line in the list, shortened when long', () => {
    expect(firstLine('\n  Check the length \nsecond line')).toBe('Check the length');
    expect(firstLine('')).toBe('');
    expect(firstLine('a'.repeat(200), 10)).toBe('aaaaaaaaa…');
  });

  it('goes to exports as { eventId, text, starred } in event-id order, blanks left out', () => {
    const notes = new Map<string, NoteContent>([
      ['b', { text: 'second', starred: true }],
      ['a', { text: 'first', starred: false }],
      ['c', { text: ' ', starred: false }],
    ]);
    expect(noteList(notes)).toEqual([
      { eventId: 'a', text: 'first', starred: false },
      { eventId: 'b', text: 'second', starred: true },
    ]);
  });

  it('starred ids are exactly the starred notes', () => {
    const notes = new Map<string, NoteContent>([
      ['a', { text: 'x', starred: false }],
      ['b', { text: '', starred: true }],
    ]);
    expect([...starredIds(notes)]).toEqual(['b']);
  });
});

describe('changing notes', () => {
  it('gives a new map with the note replaced, or removed when blank', () => {
    const before = new Map<string, NoteContent>([['a', { text: 'x', starred: false }]]);
    const after = withNote(before, 'a', { text: 'y', starred: true });
    expect(after.get('a')).toEqual({ text: 'y', starred: true });
    expect(before.get('a')?.text).toBe('x');
    expect(withNote(after, 'a', { text: '', starred: false }).has('a')).toBe(false);
  });

  it('stored notes arriving late do not undo what the reader changed meanwhile', () => {
    const stored = [
      { eventId: 'a', text: 'stored a', starred: false },
      { eventId: 'b', text: 'stored b', starred: true },
      { eventId: 'c', text: 'stored c', starred: false },
    ];
    const onPage = new Map<string, NoteContent>([['a', { text: 'typed a', starred: true }]]);
    const merged = mergeNotes(stored, onPage, ['a', 'b']);
    expect(merged.get('a')?.text).toBe('typed a');
    expect(merged.has('b')).toBe(false);
    expect(merged.get('c')?.text).toBe('stored c');
  });
});
