/**
 * The three renderers of the timeline — the live SVG layer, the canvas, the exported image —
 * must encode every mark identically. One view is drawn by each, and what each drew is read
 * back into the same plain form: shape, geometry and paint per mark, ring, count bin and label.
 */
import { describe, expect, it } from 'vitest';
import { chartSvg } from '../image/chart-svg';
import type { ChronologyEvent } from '../model/types';
import { DARK_PALETTE, LIGHT_PALETTE, type Palette } from '../theme/tokens';
import { encodeBin, encodeLabel, encodeMark, svgPaint, svgShape, viewGeometry } from './encoding';
import { buildLanes } from './lanes';
import { laneBox } from './layout';
import { drawCanvas } from './marks-canvas';
import { createTimeScale } from './scale';
import { views } from './test-data';
import { layoutView } from './view-layout';

type Attrs = Record<string, string>;
/** A drawn shape: its tag and every attribute, numbers to two decimals (as the image writes). */
interface Drawn {
  tag: string;
  attrs: Attrs;
}

const WIDTH = 800;
const MARGIN = 24;
const RANGE: [number, number] = [Date.parse('2025-01-20'), Date.parse('2025-06-10')];
const STARRED = new Set(['bar', 'point']);

// Two kinds the data team is adding (not in EVENT_KINDS yet), and one nobody knows.
const EVENTS: Partial<ChronologyEvent>[] = [
  { id: 'point', title: 'Envoys meet', start: '2025-02-03', kind: 'envoy-meeting', track: 'a' },
  {
    id: 'bar',
    title: 'Three days of talks in a long title',
    start: '2025-02-10',
    end: '2025-02-28',
    kind: 'negotiation-round',
    track: 'a',
  },
  {
    id: 'short',
    title: 'Talks',
    start: '2025-04-01',
    end: '2025-04-25',
    kind: 'summit',
    track: 'a',
  },
  { id: 'band', title: 'Sometime in March', start: '2025-03', kind: 'summit', track: 'a' },
  {
    id: 'partly',
    title: 'Partly',
    start: '2025-04-02',
    end: '2025-04-20',
    kind: 'phone-call',
    track: 'b',
    status: 'partly',
  },
  {
    id: 'partly-point',
    title: 'Partly point',
    start: '2025-05-02',
    kind: 'document',
    track: 'b',
    status: 'partly',
  },
  {
    id: 'unconfirmed',
    title: 'Unconfirmed',
    start: '2025-02-15',
    kind: 'ministerial' as ChronologyEvent['kind'],
    track: 'b',
    status: 'unconfirmed',
  },
  {
    id: 'unconfirmed-bar',
    title: 'Unconfirmed bar',
    start: '2025-03-01',
    end: '2025-03-20',
    kind: 'advisers-meeting' as ChronologyEvent['kind'],
    track: 'b',
    status: 'unconfirmed',
  },
  // Sources disagree: a cue on a point and on a bar.
  {
    id: 'disputed-point',
    title: 'Disputed length',
    start: '2025-01-27',
    kind: 'envoy-meeting',
    track: 'b',
    figures: [
      { measure: 'duration', unit: 'hour', value: 3, attribution: 'Ushakov' },
      { measure: 'duration', unit: 'hour', value: 2.1, attribution: 'UNN' },
    ],
  },
  {
    id: 'disputed-bar',
    title: 'Disputed end',
    start: '2025-05-05',
    end: '2025-05-15',
    kind: 'summit',
    track: 'a',
    notes: [{ text: 'The end date is disputed.' }],
  },
  {
    id: 'unknown',
    title: 'A kind nobody knows',
    start: '2025-05-20',
    kind: 'press-conference' as ChronologyEvent['kind'],
    track: 'b',
  },
  // A title with no room beside its mark, but room in the lane's other row: a leader line.
  {
    id: 'led',
    title: 'A title far too long to fit before the next',
    start: '2025-02-01',
    kind: 'summit',
    track: 'c',
  },
  { id: 'next', title: 'Next', start: '2025-03-05', kind: 'summit', track: 'c' },
  { id: 'row-0', title: 'Same day', start: '2025-05-20', kind: 'summit', track: 'c' },
  { id: 'row-1', title: 'Same day', start: '2025-05-20', kind: 'summit', track: 'c' },
  // A lane too dense for marks: it shows counts.
  ...Array.from({ length: 200 }, (_, i) => ({
    id: `dense-${i}`,
    start: new Date(Date.parse('2025-02-01') + (i % 90) * 86_400_000).toISOString().slice(0, 10),
    track: 'dense',
  })),
];

const round = (v: string) =>
  /^-?\d+(\.\d+)?$/.test(v) ? String(Math.round(Number(v) * 100) / 100) : v;
function drawn(tag: string, values: Record<string, string | number | undefined>): Drawn {
  const attrs: Attrs = {};
  for (const [name, value] of Object.entries(values))
    if (value !== undefined && name !== 'class') attrs[name] = round(String(value));
  return { tag, attrs };
}

function view() {
  const lanes = buildLanes(views(EVENTS), 'track');
  const {
    geometry: g,
    layout,
    labels,
  } = layoutView(lanes, createTimeScale(RANGE, WIDTH), viewGeometry(WIDTH), STARRED);
  return { lanes, g, layout, labels };
}

// --- The SVG layer: what Marks.svg.svelte renders (svgShape and paint(svgPaint)) per mark. ---
function svgLayer(palette: Palette, selected = -1): Drawn[] {
  const { lanes, g, layout } = view();
  return layout.marks.flatMap((mark) => {
    const v = lanes.events[mark.event]!;
    const e = encodeMark(mark, v, g, palette, {
      starred: STARRED.has(v.event.id),
      selected: mark.event === selected,
    });
    return [e, ...(e.ring ? [e.ring] : []), ...(e.cue ? [e.cue] : [])].map((part) =>
      drawn(part.shape.type, { ...svgShape(part.shape), ...svgPaint(part.paint) }),
    );
  });
}

// --- The canvas: a fake 2D context records every shape painted, with the paint in force. -----
interface Recorded {
  marks: Drawn[];
  rects: Drawn[];
  texts: Drawn[];
  lines: Drawn[];
}

function recordCanvas(paint: (ctx: CanvasRenderingContext2D) => void): Recorded {
  const out: Recorded = { marks: [], rects: [], texts: [], lines: [] };
  let lineStart: { x1: number; y1: number } | undefined;
  const state: Record<string, unknown> = { globalAlpha: 1, lineWidth: 1, dash: [] };
  let path: Drawn | undefined;
  let pending: { fill?: Attrs; stroke?: Attrs } = {};
  const flush = () => {
    if (path) {
      out.marks.push(
        drawn(path.tag, {
          ...path.attrs,
          fill: pending.fill?.fill ?? 'none',
          'fill-opacity': pending.fill?.['fill-opacity'],
          ...pending.stroke,
        }),
      );
    }
    path = undefined;
    pending = {};
  };
  const methods: Record<string, (...args: never[]) => void> = {
    beginPath: () => flush(),
    arc: (cx: number, cy: number, r: number) => {
      path = drawn('circle', { cx, cy, r });
    },
    roundRect: (x: number, y: number, width: number, height: number, rx: number) => {
      path = drawn('rect', { x, y, width, height, rx });
    },
    fill: () => {
      const alpha = state.globalAlpha as number;
      pending.fill = {
        fill: state.fillStyle as string,
        ...(alpha !== 1 ? { 'fill-opacity': String(alpha) } : {}),
      };
    },
    stroke: () => {
      const dash = state.dash as number[];
      pending.stroke = {
        stroke: state.strokeStyle as string,
        'stroke-width': String(state.lineWidth),
        ...(dash.length ? { 'stroke-dasharray': dash.join(' ') } : {}),
      };
    },
    moveTo: (x1: number, y1: number) => {
      lineStart = { x1, y1 };
    },
    lineTo: (x2: number, y2: number) => {
      out.lines.push(
        drawn('line', {
          ...lineStart,
          x2,
          y2,
          stroke: state.strokeStyle as string,
          'stroke-width': state.lineWidth as number,
        }),
      );
    },
    setLineDash: (dash: number[]) => {
      state.dash = dash;
    },
    fillRect: (x: number, y: number, width: number, height: number) => {
      out.rects.push(
        drawn('rect', {
          x,
          y,
          width,
          height,
          fill: state.fillStyle as string,
          'fill-opacity': state.globalAlpha as number,
        }),
      );
    },
    strokeText: (text: string, x: number, y: number) => {
      out.texts.push(
        drawn('halo', {
          text,
          x,
          y,
          stroke: state.strokeStyle as string,
          'stroke-width': state.lineWidth as number,
        }),
      );
    },
    fillText: (text: string, x: number, y: number) => {
      out.texts.push(drawn('text', { text, x, y, fill: state.fillStyle as string }));
    },
  };
  const ctx = new Proxy(state, {
    get: (target, key: string) => methods[key] ?? (key in target ? target[key] : () => undefined),
    set: (target, key: string, value) => {
      target[key] = value;
      return true;
    },
  }) as unknown as CanvasRenderingContext2D;
  paint(ctx);
  flush();
  return out;
}

function canvasLayer(palette: Palette, selected = -1): Recorded {
  const { lanes, g, layout, labels } = view();
  return recordCanvas((ctx) =>
    drawCanvas(
      ctx,
      {
        layout,
        lanes,
        geometry: g,
        labels,
        drawMarks: true,
        top: 28,
        width: WIDTH,
        height: 400,
        palette,
        starred: STARRED,
        selected,
      },
      1,
    ),
  );
}

// --- The image: chart-svg's file, parsed back. ---------------------------------------------
function attributes(source: string): Attrs {
  return Object.fromEntries([...source.matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
}

function image(palette: Palette) {
  const { svg } = chartSvg({
    title: 'Parity',
    lanes: buildLanes(views(EVENTS), 'track'),
    range: RANGE,
    link: 'https://parley.example/',
    palette,
    starred: STARRED,
    width: WIDTH + 2 * MARGIN,
  });
  const marks: Drawn[] = [];
  for (const g of svg.matchAll(/<g class="mark [a-z]+" data-event-id="[^"]+">(.*?)<\/g>/g))
    for (const m of (g[1] as string).matchAll(/<(circle|rect)([^>]*)\/>/g))
      marks.push(drawn(m[1] as string, attributes(m[2] as string)));
  const bins = [...svg.matchAll(/<rect class="bin"([^>]*)\/>/g)].map((m) =>
    drawn('rect', attributes(m[1] as string)),
  );
  const labels = [...svg.matchAll(/<text class="mark-label"([^>]*)>([^<]*)<\/text>/g)].map((m) => {
    const a = attributes(m[1] as string);
    return { text: m[2] as string, x: a.x, y: a.y, fill: a.fill, halo: a.stroke };
  });
  const leaders = [...svg.matchAll(/<line class="leader"([^>]*)\/>/g)].map((m) =>
    drawn('line', attributes(m[1] as string)),
  );
  return { marks, bins, labels, leaders };
}

describe('the three renderers encode each mark identically', () => {
  for (const [name, palette] of [
    ['light', LIGHT_PALETTE],
    ['dark', DARK_PALETTE],
  ] as const) {
    it(`points, bars, month bands, every status, stars and unknown kinds (${name})`, () => {
      const svgMarks = svgLayer(palette);
      // Every case is in the view: each shape, each status, the rings.
      expect(svgMarks.filter((d) => d.attrs['stroke-dasharray'] === '4 2')).not.toHaveLength(0);
      expect(svgMarks.filter((d) => d.attrs['stroke-dasharray'] === '3 2')).toHaveLength(2);
      expect(svgMarks.filter((d) => d.attrs['fill-opacity'] === '0.45')).toHaveLength(2);
      expect(svgMarks.filter((d) => d.attrs.fill === 'none')).toHaveLength(2);
      expect(svgMarks.some((d) => d.attrs.fill === palette.kinds.other)).toBe(true);
      expect(svgMarks.some((d) => d.attrs.stroke === palette.kinds.ministerial)).toBe(true);
      // The "sources disagree" cue: a small dot in the warning colour, on two marks.
      expect(
        svgMarks.filter((d) => d.attrs.r === '2.5' && d.attrs.fill === palette.warnBorder),
      ).toHaveLength(2);

      expect(canvasLayer(palette).marks).toEqual(svgMarks);
      expect(image(palette).marks).toEqual(svgMarks);
    });

    it(`count bins (${name})`, () => {
      const { g, layout, lanes } = view();
      expect(layout.bins.length).toBeGreaterThan(5);
      const expected = layout.bins.map((bin) => {
        const b = encodeBin(bin, layout.maxCount, g, laneBox(layout, bin.lane), palette);
        return drawn('rect', {
          x: b.x,
          y: b.y,
          width: b.width,
          height: b.height,
          fill: b.fill,
          'fill-opacity': b.opacity,
        });
      });
      // The canvas paints the lane bands first, one per lane, then the bins.
      const canvasBins = canvasLayer(palette).rects.slice(lanes.lanes.length);
      expect(canvasBins).toEqual(expected);
      expect(image(palette).bins).toEqual(expected);
    });

    it(`labels: text, place, colour and halo (${name})`, () => {
      const { layout, labels, lanes } = view();
      const expected = labels.map((label) => {
        const mark = layout.marks[label.mark]!;
        const l = encodeLabel(label, mark, lanes.events[mark.event]?.event.status, palette);
        return {
          text: l.text,
          x: round(String(l.x)),
          y: round(String(l.y)),
          fill: l.fill,
          halo: l.halo,
        };
      });
      expect(expected.some((l) => l.halo === undefined && l.fill === palette.onMark)).toBe(true);
      expect(expected.some((l) => l.text.startsWith('★ '))).toBe(true);

      const drawnTexts = canvasLayer(palette).texts;
      const canvasLabels = drawnTexts
        .filter((t) => t.tag === 'text' && !/^\d+$/.test(t.attrs.text ?? ''))
        .map((t) => {
          const halo = drawnTexts.find((h) => h.tag === 'halo' && h.attrs.text === t.attrs.text);
          return {
            text: t.attrs.text,
            x: t.attrs.x,
            y: t.attrs.y,
            fill: t.attrs.fill,
            halo: halo?.attrs.stroke,
          };
        });
      expect(canvasLabels).toEqual(expected);
      expect(image(palette).labels).toEqual(expected);
    });

    it(`leader lines from a mark to its label in another row (${name})`, () => {
      const { layout, labels, lanes } = view();
      const led = labels.find((l) => lanes.events[layout.marks[l.mark]!.event]?.event.id === 'led');
      expect(led).toMatchObject({ text: 'A title far too long to fit before the next' });
      expect(led?.leader?.y).toBe(layout.marks[led!.mark]!.y + viewGeometry(WIDTH).rowHeight);
      const expected = labels.flatMap((label) => {
        const mark = layout.marks[label.mark]!;
        const { leader } = encodeLabel(label, mark, undefined, palette);
        if (!leader) return [];
        const { stroke, strokeWidth, ...ends } = leader;
        return [drawn('line', { ...ends, stroke, 'stroke-width': strokeWidth })];
      });
      expect(expected).toHaveLength(1);
      expect(canvasLayer(palette).lines).toEqual(expected);
      expect(image(palette).leaders).toEqual(expected);
    });
  }

  it('the selected event, on screen (SVG and canvas alike)', () => {
    const { lanes } = view();
    const selected = lanes.events.findIndex((v) => v.event.id === 'bar');
    const svgMarks = svgLayer(LIGHT_PALETTE, selected);
    expect(svgMarks.filter((d) => d.attrs['stroke-width'] === '2.5')).toEqual([
      expect.objectContaining({ attrs: expect.objectContaining({ stroke: LIGHT_PALETTE.text }) }),
    ]);
    expect(canvasLayer(LIGHT_PALETTE, selected).marks).toEqual(svgMarks);
  });
});
