import { describe, expect, it } from 'vitest';
import { CSS_PALETTE, kindColor } from '../theme/tokens';
import { kindPaint } from './kind-paint';

/** What an attachment sets on an element's style. */
function styleSetBy(attach: ReturnType<typeof kindPaint>): Record<string, string> {
  const set: Record<string, string> = {};
  const style = {
    setProperty: (name: string, value: string) => (set[name] = value),
    removeProperty: (name: string) => delete set[name],
  };
  attach({ style } as unknown as SVGElement);
  return set;
}

describe('kindPaint', () => {
  it('fills a shape in the kind’s colour, as the timeline paints it', () => {
    expect(styleSetBy(kindPaint('summit'))).toMatchObject({
      fill: kindColor(CSS_PALETTE, 'summit'),
    });
  });

  it('hands back the same attachment for a kind, so a redraw does not restyle its segments', () => {
    expect(kindPaint('phone-call')).toBe(kindPaint('phone-call'));
    expect(kindPaint('phone-call')).not.toBe(kindPaint('summit'));
  });
});
