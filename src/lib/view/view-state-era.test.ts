import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, parseViewState, serializeViewState } from './view-state';

describe('the era filter in the URL', () => {
  it('round-trips with the rest of the view', () => {
    const view = { ...DEFAULT_VIEW, era: 'minsk-process', from: Date.UTC(2014, 7, 1) };
    const withRange = { ...view, to: Date.UTC(2022, 3, 1) };
    expect(serializeViewState(withRange)).toBe('?from=2014-08-01&to=2022-04-01&era=minsk-process');
    expect(parseViewState(serializeViewState(withRange))).toEqual(withRange);
  });

  it('is dropped when it cannot be an id, and absent when not asked for', () => {
    expect(parseViewState('?era=').era).toBeUndefined();
    expect(parseViewState('?era=two%20words').era).toBeUndefined();
    expect(parseViewState('?era=%3Cb%3E').era).toBeUndefined();
    expect(parseViewState(`?era=${'x'.repeat(201)}`).era).toBeUndefined();
    expect(parseViewState('?kind=summit')).not.toHaveProperty('era');
  });

  it('leaves a host page’s own parameters alone', () => {
    expect(serializeViewState({ ...DEFAULT_VIEW, era: 'peace-formula' }, '?era=old&page=2')).toBe(
      '?page=2&era=peace-formula',
    );
  });
});
