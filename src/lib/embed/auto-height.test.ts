import { describe, expect, it } from 'vitest';
import type { HeightMessage } from './options';
import { heightReporter } from './auto-height';

describe('the height the embed posts', () => {
  it('is sent once per new height, rounded up, with the frame name', () => {
    const heights = [400.2, 400.9, 401, 630, 630, 380];
    const sent: HeightMessage[] = [];
    const report = heightReporter(
      () => heights.shift() ?? 0,
      (m) => sent.push(m),
      'f1',
    );
    for (let i = 0; i < 6; i++) report();
    expect(sent.map((m) => m.height)).toEqual([401, 630, 380]);
    expect(sent.every((m) => m.type === 'parley:height' && m.frame === 'f1')).toBe(true);
  });
});
