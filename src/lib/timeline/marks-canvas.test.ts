import { describe, expect, it } from 'vitest';
import { LIGHT_PALETTE, type Palette } from '../theme/tokens';
import { drawCanvas, type CanvasScene } from './marks-canvas';
import { buildLanes } from './lanes';
import { DEFAULT_GEOMETRY, layoutTimeline } from './layout';
import { createTimeScale } from './scale';
import { views } from './test-data';

/** A 2D context that records the circles it draws (with their line width) and ignores the rest. */
function recordingContext() {
  const arcs: { x: number; y: number; r: number; lineWidth: number }[] = [];
  const state = { lineWidth: 1 };
  const ctx = new Proxy(state, {
    get: (target, key) =>
      key === 'arc'
        ? (x: number, y: number, r: number) => arcs.push({ x, y, r, lineWidth: target.lineWidth })
        : key === 'lineWidth'
          ? target.lineWidth
          : () => undefined,
    set: (target, key, value) => {
      if (key === 'lineWidth') target.lineWidth = value;
      return true;
    },
  }) as unknown as CanvasRenderingContext2D;
  return { ctx, arcs };
}

const palette: Palette = { ...LIGHT_PALETTE, kinds: {} };

function scene(starred?: ReadonlySet<string>): CanvasScene {
  const lanes = buildLanes(
    views([{ start: '2025-03-01' }, { start: '2025-03-10', end: '2025-03-15' }]),
    'track',
  );
  const g = { ...DEFAULT_GEOMETRY, width: 800 };
  const x = createTimeScale([Date.parse('2025-02-20'), Date.parse('2025-03-30')], 800);
  return {
    layout: layoutTimeline(lanes, x, g),
    lanes,
    geometry: g,
    labels: [],
    drawMarks: true,
    top: 28,
    width: 800,
    height: 200,
    palette,
    ...(starred ? { starred } : {}),
  };
}

describe('the canvas layer (dense views)', () => {
  it('rings each starred event’s mark', () => {
    const s = scene(new Set(['e0']));
    const { ctx, arcs } = recordingContext();
    drawCanvas(ctx, s, 1);
    const mark = s.layout.marks.find((m) => s.lanes.events[m.event]?.event.id === 'e0');
    const rings = arcs.filter((a) => a.r === s.geometry.pointRadius + 2);
    expect(rings).toEqual([
      {
        x: ((mark?.x0 ?? NaN) + (mark?.x1 ?? NaN)) / 2,
        y: mark?.y,
        r: s.geometry.pointRadius + 2,
        lineWidth: 2,
      },
    ]);
  });

  it('draws no ring when nothing is starred', () => {
    const s = scene();
    const { ctx, arcs } = recordingContext();
    drawCanvas(ctx, s, 1);
    expect(arcs.filter((a) => a.r === s.geometry.pointRadius + 2)).toEqual([]);
    expect(arcs).toHaveLength(1);
  });
});
