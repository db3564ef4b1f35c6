import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, parseViewState, serializeViewState } from './view-state';

describe('the views shown beside the timeline, in the URL', () => {
  it('round-trip in the order they were opened', () => {
    const view = { ...DEFAULT_VIEW, show: ['numbers' as const, 'map' as const] };
    expect(serializeViewState(view)).toBe('?show=numbers&show=map');
    expect(parseViewState(serializeViewState(view))).toEqual(view);
  });

  it('drop unknown and repeated views, and are absent when none is asked for', () => {
    expect(parseViewState('?show=map&show=chart&show=map&show=').show).toEqual(['map']);
    expect(parseViewState('?show=%3Cscript%3E')).not.toHaveProperty('show');
    expect(parseViewState('?kind=summit')).not.toHaveProperty('show');
  });

  it('leave a host page’s own parameters alone', () => {
    expect(serializeViewState({ ...DEFAULT_VIEW, show: ['map'] }, '?show=people&page=2')).toBe(
      '?page=2&show=map',
    );
  });
});
