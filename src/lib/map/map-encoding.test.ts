import { describe, expect, it } from 'vitest';
import { CHANNEL_COLORS } from '../theme/channel-colors';
import { CSS_PALETTE, LIGHT_PALETTE } from '../theme/tokens';
import { basemapPaint, channelLegend, symbolPaint, symbolState } from './map-encoding';
import { placesSummary } from './summary';
import { placed } from './test-places';

const MOSCOW = { city: 'Moscow', country: 'Russia', lat: 55.7558, lon: 37.6173 };
const ISTANBUL = { city: 'Istanbul', country: 'Türkiye', lat: 41.0082, lon: 28.9784 };

describe('symbolState', () => {
  it('marks the chosen place and the named one, dims the rest only while some are chosen', () => {
    expect(symbolState('Moscow', new Set())).toBe('plain');
    expect(symbolState('Moscow', new Set(), 'Moscow')).toBe('marked');
    expect(symbolState('Moscow', new Set(['Moscow']))).toBe('marked');
    expect(symbolState('Istanbul', new Set(['Moscow']))).toBe('dimmed');
  });
});

describe('symbolPaint and basemapPaint', () => {
  it('paint with the palette given: values for the image, custom properties for the page', () => {
    expect(symbolPaint('#123456', 'plain', LIGHT_PALETTE)).toEqual({
      fill: '#123456',
      fillOpacity: 0.8,
      stroke: LIGHT_PALETTE.surface,
      strokeWidth: 1.5,
    });
    expect(symbolPaint('#123456', 'dimmed', LIGHT_PALETTE).fillOpacity).toBe(0.3);
    expect(symbolPaint('#123456', 'marked', CSS_PALETTE).stroke).toBe('var(--text)');
    expect(basemapPaint(CSS_PALETTE).land.fill).toBe('var(--badge-bg)');
    expect(basemapPaint(LIGHT_PALETTE).sphere.fill).toBe(LIGHT_PALETTE.infoBg);
  });
});

describe('channelLegend', () => {
  it('lists the channels of the places on the map once each, busiest place first', () => {
    const places = placed([
      { location: MOSCOW, track: 'us-russia' },
      { location: MOSCOW, track: 'us-russia' },
      { location: ISTANBUL, track: 'russia-ukraine' },
      { track: 'us-ukraine' },
    ]);
    expect(channelLegend(places, 'light')).toEqual([
      { channel: 'us-russia', label: 'US–Russia', color: CHANNEL_COLORS.light['us-russia'] },
      {
        channel: 'russia-ukraine',
        label: 'Russia–Ukraine',
        color: CHANNEL_COLORS.light['russia-ukraine'],
      },
    ]);
  });
});

describe('placesSummary', () => {
  it('counts the events on the map, without a place, and at places without coordinates', () => {
    const places = placed([
      { location: MOSCOW },
      { location: ISTANBUL },
      { kind: 'phone-call' },
      { location: { city: 'Somewhere' } },
    ]);
    expect(placesSummary(places)).toBe(
      '4 events in view: 2 at 2 places on the map, 1 without a place, 1 at places without coordinates.',
    );
    expect(placesSummary(placed([{ location: MOSCOW }]))).toBe(
      '1 event in view: 1 at 1 place on the map.',
    );
  });
});
