/**
 * How the timeline looks: every visual decision about a mark, a count bin, a label, a lane and
 * the axis, as pure functions of (event or bin, view, palette). The live chart's SVG
 * (Marks.svg.svelte), its canvas (marks-canvas.ts) and the exported image (image/chart-svg.ts)
 * all draw from here, so they cannot disagree; encoding.test.ts checks that they do not.
 *
 * Positions come from layout.ts; this module turns a placed mark into a shape and a paint. A
 * palette is either values (canvas, image) or the page's custom properties (CSS_PALETTE, for
 * the live SVG, so a theme switch needs no redraw): the decisions are the same.
 */
import type { EventView } from '../model/prepare';
import { kindColor, type Palette } from '../theme/tokens';
import type { MarkShape } from './lanes';
import type { PlacedLabel } from './labels';
import { DEFAULT_GEOMETRY, type Geometry, type PlacedBin, type PlacedMark } from './layout';
import type { Tick } from './scale';

/** Room above the lanes for the time axis's labels. */
export const AXIS_HEIGHT = 28;
/** Font size of labels in the chart (marks, lanes, ticks, counts). */
export const LABEL_FONT_SIZE = 11;
/** Below this width the chart is "narrow": bigger marks, for fingers. */
export const NARROW_WIDTH = 560;
/**
 * Rows a lane may use when there is room, and rows all lanes in view may use together (many
 * lanes in view get fewer rows each, so the chart stays on screen). Lanes are as tall as what
 * they show (minRows 0), so the rows go where the titles need them.
 */
const MOST_ROWS = 6;
const ROW_BUDGET = 30;

/** The geometry of a view `width` px wide. */
export function viewGeometry(width: number): Geometry {
  const narrow = width > 0 && width < NARROW_WIDTH;
  return {
    ...DEFAULT_GEOMETRY,
    width,
    rows: MOST_ROWS,
    minRows: 0,
    rowBudget: ROW_BUDGET,
    rowHeight: narrow ? 22 : 20,
    pointRadius: narrow ? 7 : 6,
  };
}

// --- Shapes and paints ----------------------------------------------------------------------

export type Shape =
  | { type: 'circle'; cx: number; cy: number; r: number }
  | { type: 'rect'; x: number; y: number; width: number; height: number; rx: number };

export interface Paint {
  /** A colour, or 'none'. */
  fill: string;
  fillOpacity?: number;
  stroke?: string;
  strokeWidth?: number;
  /** Dash pattern in SVG's form, e.g. '4 2'. */
  dash?: string;
}

/** What decides a mark's paint. `color` overrides the kind's colour (legend samples). */
export interface MarkLook {
  shape: MarkShape;
  kind?: string | undefined;
  status?: string | undefined;
  selected?: boolean;
  color?: string;
}

/**
 * One day is a solid dot, several days a solid bar, a date known only to the month or year a
 * pale dashed band. Partly confirmed is paler; unconfirmed is hollow and dashed. The selected
 * event is outlined in the text colour.
 */
export function markPaint(look: MarkLook, palette: Palette): Paint {
  const color = look.color ?? kindColor(palette, look.kind);
  const unconfirmed = look.status === 'unconfirmed';
  const band = look.shape === 'band';
  return {
    fill: unconfirmed ? palette.surface : color,
    fillOpacity: look.status === 'partly' ? 0.45 : band ? 0.22 : undefined,
    stroke: look.selected ? palette.text : color,
    strokeWidth: look.selected ? 2.5 : 1.5,
    dash: unconfirmed ? '3 2' : band ? '4 2' : undefined,
  };
}

/** The mark's outline: a dot for points, a rounded bar for bars and bands. */
export function markShape(mark: PlacedMark, g: Geometry): Shape {
  if (mark.shape === 'point')
    return { type: 'circle', cx: (mark.x0 + mark.x1) / 2, cy: mark.y, r: g.pointRadius - 1 };
  return {
    type: 'rect',
    x: mark.x0,
    y: mark.y - g.rowHeight / 2 + 3,
    width: Math.max(1, mark.x1 - mark.x0),
    height: g.rowHeight - 6,
    rx: 3,
  };
}

/** A starred event's ring: it shows even when its title (which starts with ★) has no room. */
export function starRing(mark: PlacedMark, g: Geometry, palette: Palette): MarkPart {
  const shape: Shape =
    mark.shape === 'point'
      ? { type: 'circle', cx: (mark.x0 + mark.x1) / 2, cy: mark.y, r: g.pointRadius + 2 }
      : {
          type: 'rect',
          x: mark.x0 - 2,
          y: mark.y - g.rowHeight / 2 + 1,
          width: Math.max(1, mark.x1 - mark.x0) + 4,
          height: g.rowHeight - 2,
          rx: 4,
        };
  return { shape, paint: { fill: 'none', stroke: palette.warnBorder, strokeWidth: 2 } };
}

/**
 * The cue that an event's sources disagree: a small dot in the warning colour on the mark's
 * top-right corner, edged in the surface colour so it reads over the mark and over the lane.
 */
export function disagreeCue(mark: PlacedMark, g: Geometry, palette: Palette): MarkPart {
  const corner =
    mark.shape === 'point'
      ? { cx: (mark.x0 + mark.x1) / 2 + g.pointRadius - 2, cy: mark.y - g.pointRadius + 2 }
      : { cx: Math.max(mark.x0, mark.x1 - 2), cy: mark.y - g.rowHeight / 2 + 3 };
  return { shape: { type: 'circle', ...corner, r: 2.5 }, paint: disagreePaint(palette) };
}

/** The disagreement cue's paint (the legend's sample shares it). */
export function disagreePaint(palette: Palette): Paint {
  return { fill: palette.warnBorder, stroke: palette.surface, strokeWidth: 1 };
}

export interface MarkPart {
  shape: Shape;
  paint: Paint;
}

export interface MarkEncoding extends MarkPart {
  id: string;
  /** Present when the event is starred. */
  ring?: MarkPart;
  /** Present when the event's sources disagree; drawn last, over the ring. */
  cue?: MarkPart;
}

export interface MarkState {
  selected?: boolean;
  starred?: boolean;
}

/** Everything a renderer needs to draw one placed mark. */
export function encodeMark(
  mark: PlacedMark,
  view: EventView,
  g: Geometry,
  palette: Palette,
  state: MarkState = {},
): MarkEncoding {
  const { event } = view;
  const paint = markPaint(
    { shape: mark.shape, kind: event.kind, status: event.status, selected: state.selected },
    palette,
  );
  const encoded: MarkEncoding = { id: event.id, shape: markShape(mark, g), paint };
  if (state.starred) encoded.ring = starRing(mark, g, palette);
  if (view.disagrees) encoded.cue = disagreeCue(mark, g, palette);
  return encoded;
}

/** Paint as SVG presentation attributes (also CSS property names), in a fixed order. */
export function svgPaint(p: Paint): Record<string, string | number | undefined> {
  return {
    fill: p.fill,
    'fill-opacity': p.fillOpacity,
    stroke: p.stroke,
    'stroke-width': p.strokeWidth,
    'stroke-dasharray': p.dash,
  };
}

/** A shape's geometry as SVG attributes. */
export function svgShape(s: Shape): Record<string, number> {
  return s.type === 'circle'
    ? { cx: s.cx, cy: s.cy, r: s.r }
    : { x: s.x, y: s.y, width: s.width, height: s.height, rx: s.rx };
}

// --- Count bins -----------------------------------------------------------------------------

export interface BinEncoding {
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
  /** Shade by count: the square root, so one event still shows beside a thousand. */
  opacity: number;
  /** The count, where it fits. */
  label?: { x: number; y: number; text: string; fill: string };
}

/** A lane's count bin, shaded and sized by its count relative to the view's largest. */
export function encodeBin(
  bin: PlacedBin,
  maxCount: number,
  g: Geometry,
  lane: { top: number; height: number },
  palette: Palette,
): BinEncoding {
  const y0 = lane.top + g.labelHeight;
  const h = lane.height - g.labelHeight - g.lanePadding;
  const x0 = Math.max(bin.x0, 0);
  const width = Math.max(1, Math.min(bin.x1, g.width) - x0 - 1);
  const strength = 0.25 + 0.75 * Math.sqrt(bin.count / Math.max(1, maxCount));
  const top = y0 + h * (1 - strength) * 0.6;
  const encoded: BinEncoding = {
    x: x0,
    y: top,
    width,
    height: y0 + h - top,
    fill: palette.bin,
    opacity: Math.round(strength * 100) / 100,
  };
  const text = String(bin.count);
  if (width >= text.length * 7 + 4)
    encoded.label = { x: x0 + width / 2, y: y0 + h - 8, text, fill: palette.binText };
  return encoded;
}

// --- Labels ---------------------------------------------------------------------------------

/** A starred event's title starts with ★, so the star shows wherever its title does. */
export function markTitle(title: string, starred: boolean): string {
  return starred ? `★ ${title}` : title;
}

export interface LabelEncoding {
  x: number;
  /** Vertical centre of the text. */
  y: number;
  text: string;
  fill: string;
  /** A halo in the surface colour behind text outside its mark, so it reads over grid lines. */
  halo?: string;
  /** The halo's stroke width, with it. */
  haloWidth?: number;
  /** A line from the mark to its label, when the label sits in another row. */
  leader?: { x1: number; y1: number; x2: number; y2: number; stroke: string; strokeWidth: number };
}

/** How far from a mark's centre line its leader starts: just outside a point or bar. */
const LEADER_START = 6;
/** A halo's stroke: wide enough to clear a grid line from under the text. */
const HALO_WIDTH = 3;

/** Light text only on a solid bar; pale marks (bands, partly, unconfirmed) take dark text. */
export function encodeLabel(
  label: PlacedLabel,
  mark: PlacedMark,
  status: string | undefined,
  palette: Palette,
): LabelEncoding {
  const onSolid =
    label.inside && mark.shape === 'bar' && status !== 'partly' && status !== 'unconfirmed';
  const encoded: LabelEncoding = {
    x: label.x,
    y: label.leader?.y ?? mark.y,
    text: label.text,
    fill: onSolid ? palette.onMark : palette.text,
  };
  if (!label.inside) {
    encoded.halo = palette.surface;
    encoded.haloWidth = HALO_WIDTH;
  }
  if (label.leader) {
    // From the mark's edge, on the side of the label's row, to just before the label's text.
    const up = label.leader.y < mark.y;
    const cx = (mark.x0 + mark.x1) / 2;
    encoded.leader = {
      x1: mark.shape === 'point' ? cx : mark.x1,
      y1: mark.y + (up ? -LEADER_START : LEADER_START),
      x2: label.x - 2,
      y2: label.leader.y,
      stroke: palette.muted,
      strokeWidth: 1,
    };
  }
  return encoded;
}

// --- Lanes and axis -------------------------------------------------------------------------

/** Every other lane is banded; the rest show the surface. */
export function laneFill(index: number, palette: Palette): string {
  return index % 2 === 1 ? palette.laneOdd : palette.surface;
}

/** A lane's name, in its top-left corner, haloed so it reads over the marks' grid. */
export interface LaneLabelEncoding {
  x: number;
  /** The text's baseline. */
  y: number;
  fill: string;
  halo: string;
  haloWidth: number;
  fontWeight: number;
}

export function encodeLaneLabel(lane: { top: number }, palette: Palette): LaneLabelEncoding {
  return {
    x: 6,
    y: lane.top + 12,
    fill: palette.muted,
    halo: palette.surface,
    haloWidth: HALO_WIDTH,
    fontWeight: 600,
  };
}

/** A line with its paint (the grid, today's line). */
export interface LineEncoding {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  paint: Paint;
}

/** A tick's grid line: stronger where a larger unit starts (a new year on a month axis). */
export function gridStroke(tick: Tick, palette: Palette): string {
  return tick.major ? palette.muted : palette.border;
}

/** A tick's grid line, in the plot's pixels (axis included), from under its label down. */
export function gridLine(tick: Tick, plotHeight: number, palette: Palette): LineEncoding {
  return {
    x1: tick.x,
    x2: tick.x,
    y1: AXIS_HEIGHT - 6,
    y2: plotHeight,
    paint: { fill: 'none', stroke: gridStroke(tick, palette), strokeWidth: 1 },
  };
}

/** Today's line. */
export function todayPaint(palette: Palette): Paint {
  return { fill: 'none', stroke: palette.focus, strokeWidth: 1.5, dash: '4 3' };
}

/** Today's line over the lanes (from `top` to `bottom`), and its word beside it at the top. */
export function encodeToday(
  x: number,
  top: number,
  bottom: number,
  palette: Palette,
): { line: LineEncoding; label: { x: number; y: number; fontSize: number; fill: string } } {
  return {
    line: { x1: x, x2: x, y1: top, y2: bottom, paint: todayPaint(palette) },
    label: { x: x + 3, y: top + 10, fontSize: 10, fill: palette.focus },
  };
}
