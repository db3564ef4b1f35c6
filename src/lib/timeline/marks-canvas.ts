/**
 * The chart's canvas layer: the lane bands and the count bins always, and the marks and their
 * labels when there are too many for SVG. It paints what encoding.ts decides, from the same
 * layout the SVG layer reads; it holds no state.
 */
import { FIXED_TOKENS, type Palette } from '../theme/tokens';
import {
  encodeBin,
  encodeLabel,
  encodeMark,
  laneFill,
  LABEL_FONT_SIZE,
  type Paint,
  type Shape,
} from './encoding';
import type { PlacedLabel } from './labels';
import type { LaneSet } from './lanes';
import { laneBox, type Geometry, type TimelineLayout } from './layout';

export interface CanvasScene {
  layout: TimelineLayout;
  lanes: LaneSet;
  geometry: Geometry;
  /** Labels to write (in the dense view; the SVG layer writes its own). */
  labels: readonly PlacedLabel[];
  /** Draw marks too (dense view), not only lanes and bins. */
  drawMarks: boolean;
  /** Where the lanes begin: below the axis. */
  top: number;
  width: number;
  height: number;
  palette: Palette;
  /** Ids of starred events: a ring around each of their marks. */
  starred?: ReadonlySet<string>;
  /** Index into lanes.events of the selected event, or -1. */
  selected?: number;
}

/** Lay a shape's path (a circle or a rounded rectangle). */
function trace(ctx: CanvasRenderingContext2D, shape: Shape): void {
  ctx.beginPath();
  if (shape.type === 'circle') ctx.arc(shape.cx, shape.cy, shape.r, 0, Math.PI * 2);
  else ctx.roundRect(shape.x, shape.y, shape.width, shape.height, shape.rx);
}

/** Fill and stroke a shape as the paint says; SVG's dash and opacity mean the same here. */
export function paintShape(ctx: CanvasRenderingContext2D, shape: Shape, paint: Paint): void {
  // Line style first: it is read when the path is stroked, and set before tracing it.
  if (paint.stroke) {
    ctx.strokeStyle = paint.stroke;
    ctx.lineWidth = paint.strokeWidth ?? 1;
    ctx.setLineDash(paint.dash ? paint.dash.split(' ').map(Number) : []);
  }
  trace(ctx, shape);
  if (paint.fill !== 'none') {
    ctx.fillStyle = paint.fill;
    ctx.globalAlpha = paint.fillOpacity ?? 1;
    ctx.fill();
    ctx.globalAlpha = 1;
  }
  if (paint.stroke) ctx.stroke();
}

export function drawCanvas(ctx: CanvasRenderingContext2D, scene: CanvasScene, ratio: number): void {
  const { layout, palette, geometry: g } = scene;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, scene.width, scene.height);
  ctx.translate(0, scene.top);
  ctx.font = `${LABEL_FONT_SIZE}px ${FIXED_TOKENS.font}`;
  ctx.textBaseline = 'middle';

  // Lane bands under everything, the SVG layer's marks included.
  scene.lanes.lanes.forEach((_, i) => {
    const lane = laneBox(layout, i);
    ctx.fillStyle = laneFill(i, palette);
    ctx.fillRect(0, lane.top, scene.width, lane.height);
  });

  ctx.textAlign = 'center';
  for (const bin of layout.bins) {
    const b = encodeBin(bin, layout.maxCount, g, laneBox(layout, bin.lane), palette);
    ctx.globalAlpha = b.opacity;
    ctx.fillStyle = b.fill;
    ctx.fillRect(b.x, b.y, b.width, b.height);
    ctx.globalAlpha = 1;
    if (b.label) {
      ctx.fillStyle = b.label.fill;
      ctx.fillText(b.label.text, b.label.x, b.label.y);
    }
  }
  if (!scene.drawMarks) return;

  for (const mark of layout.marks) {
    const view = scene.lanes.events[mark.event];
    if (!view) continue;
    const encoded = encodeMark(mark, view, g, palette, {
      selected: mark.event === scene.selected,
      starred: scene.starred?.has(view.event.id) ?? false,
    });
    paintShape(ctx, encoded.shape, encoded.paint);
    if (encoded.ring) paintShape(ctx, encoded.ring.shape, encoded.ring.paint);
    if (encoded.cue) paintShape(ctx, encoded.cue.shape, encoded.cue.paint);
  }
  ctx.setLineDash([]);

  ctx.textAlign = 'left';
  ctx.lineJoin = 'round';
  for (const label of scene.labels) {
    const mark = layout.marks[label.mark];
    if (!mark) continue;
    const l = encodeLabel(label, mark, scene.lanes.events[mark.event]?.event.status, palette);
    if (l.leader) {
      ctx.strokeStyle = l.leader.stroke;
      ctx.lineWidth = l.leader.strokeWidth;
      ctx.beginPath();
      ctx.moveTo(l.leader.x1, l.leader.y1);
      ctx.lineTo(l.leader.x2, l.leader.y2);
      ctx.stroke();
    }
    if (l.halo) {
      ctx.strokeStyle = l.halo;
      ctx.lineWidth = l.haloWidth ?? 0;
      ctx.strokeText(l.text, l.x, l.y);
    }
    ctx.fillStyle = l.fill;
    ctx.fillText(l.text, l.x, l.y);
  }
}
