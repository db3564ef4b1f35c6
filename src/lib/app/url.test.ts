import { describe, expect, it } from 'vitest';
import { readParams, writeParams } from './url';

describe('page URL parameters', () => {
  it('reads ?event and ?data', () => {
    expect(readParams('?event=witkoff-putin-2025-08-06&data=https%3A%2F%2Fx.org%2Fd.json')).toEqual(
      {
        event: 'witkoff-putin-2025-08-06',
        data: 'https://x.org/d.json',
      },
    );
  });

  it('ignores empty parameters', () => {
    expect(readParams('?event=&data=')).toEqual({});
  });

  it('writes an event link that keeps the dataset and unknown parameters', () => {
    expect(writeParams('?data=d.json&lang=en', { event: 'a b', data: 'd.json' })).toBe(
      '?data=d.json&lang=en&event=a+b',
    );
  });

  it('removes the event when it is closed', () => {
    expect(writeParams('?event=a', {})).toBe('');
  });

  it('round-trips any id', () => {
    const id = 'odd/id?&=#%';
    expect(readParams(writeParams('', { event: id })).event).toBe(id);
  });
});
