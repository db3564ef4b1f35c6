import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from './filters';
import { addTag, datasetTags, filterByTag, removeTag } from './tags';

describe('tags as filters', () => {
  it('lists each tag once with its events, alphabetically, ignoring empty tags', () => {
    expect(
      datasetTags([
        { tags: ['witkoff-putin', 'overnight'] },
        { tags: ['overnight', 'overnight', ''] },
        {},
      ]),
    ).toEqual([
      { tag: 'overnight', count: 2 },
      { tag: 'witkoff-putin', count: 1 },
    ]);
  });

  it('a chip click shows that tag’s events, keeping the other filters', () => {
    const f = { ...NO_FILTERS, kind: ['summit'], tag: ['planned'] };
    expect(filterByTag(f, 'overnight')).toEqual({ ...f, tag: ['overnight'] });
  });

  it('adds a tag once and removes it, leaving no empty tag filter', () => {
    const one = addTag(NO_FILTERS, 'overnight');
    expect(one.tag).toEqual(['overnight']);
    expect(addTag(one, 'overnight')).toBe(one);
    expect(addTag(one, 'planned').tag).toEqual(['overnight', 'planned']);
    expect(removeTag(one, 'overnight').tag).toBeUndefined();
  });
});
