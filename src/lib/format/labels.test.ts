import { describe, expect, it } from 'vitest';
import { trackLabel } from './labels';

describe('lane names', () => {
  it('spell out channel ids as sides, and keep names written as words as they are', () => {
    expect(trackLabel('us-russia')).toBe('US–Russia');
    expect(trackLabel('State-based conflict')).toBe('State-based conflict');
    expect(trackLabel('Explosions/Remote violence')).toBe('Explosions/Remote violence');
    expect(trackLabel(undefined)).toBeUndefined();
  });
});
