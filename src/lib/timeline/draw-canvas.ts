/**
 * The canvas layer: count bins always, and the marks themselves when there are too many for
 * SVG. Reads the same layout the SVG layer does; holds no state.
 */
import type { LaneSet } from './lanes';
import type { PlacedLabel } from './labels';
import type { TimelineLayout } from './layout';
import type { CanvasPalette } from './colors';

export interface CanvasScene {
  layout: TimelineLayout;
  lanes: LaneSet;
  labels: readonly PlacedLabel[];
  /** Draw marks too (dense view), not only bins. */
  drawMarks: boolean;
  top: number;
  laneHeight: number;
  labelHeight: number;
  /** Ids of starred events: a ring around each of their marks. */
  starred?: ReadonlySet<string>;
  lanePadding: number;
  rowHeight: number;
  pointRadius: number;
  width: number;
  height: number;
  palette: CanvasPalette;
}

export function drawCanvas(ctx: CanvasRenderingContext2D, scene: CanvasScene, ratio: number): void {
  const { layout, palette } = scene;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, scene.width, scene.height);
  ctx.font = '11px system-ui, sans-serif';
  ctx.textBaseline = 'middle';

  // Count bins: shade by count, with the number where it fits.
  for (const bin of layout.bins) {
    const y0 = scene.top + bin.lane * scene.laneHeight + scene.labelHeight;
    const h = scene.laneHeight - scene.labelHeight - scene.lanePadding;
    const x0 = Math.max(bin.x0, 0);
    const w = Math.max(1, Math.min(bin.x1, scene.width) - x0 - 1);
    const strength = 0.25 + 0.75 * Math.sqrt(bin.count / Math.max(1, layout.maxCount));
    ctx.globalAlpha = strength;
    ctx.fillStyle = palette.bin;
    ctx.fillRect(x0, y0 + h * (1 - strength) * 0.6, w, h - h * (1 - strength) * 0.6);
    ctx.globalAlpha = 1;
    const text = String(bin.count);
    if (w >= text.length * 7 + 4) {
      ctx.fillStyle = palette.binText;
      ctx.textAlign = 'center';
      ctx.fillText(text, x0 + w / 2, y0 + h - 8);
    }
  }
  if (!scene.drawMarks) return;

  ctx.textAlign = 'left';
  for (const mark of layout.marks) {
    const view = scene.lanes.events[mark.event];
    const color = palette.kinds[view?.event.kind ?? 'other'] ?? palette.muted;
    const status = view?.event.status;
    const half = scene.rowHeight / 2 - 3;
    ctx.fillStyle = color;
    ctx.strokeStyle = color;
    ctx.setLineDash(status === 'unconfirmed' || mark.shape === 'band' ? [3, 2] : []);
    if (mark.shape === 'point') {
      ctx.beginPath();
      ctx.arc((mark.x0 + mark.x1) / 2, mark.y, scene.pointRadius - 1, 0, Math.PI * 2);
      if (status === 'unconfirmed') ctx.stroke();
      else ctx.fill();
    } else {
      ctx.globalAlpha = mark.shape === 'band' ? 0.25 : 1;
      if (status !== 'unconfirmed')
        ctx.fillRect(mark.x0, mark.y - half, mark.x1 - mark.x0, half * 2);
      ctx.globalAlpha = 1;
      ctx.strokeRect(mark.x0 + 0.5, mark.y - half + 0.5, mark.x1 - mark.x0 - 1, half * 2 - 1);
    }
  }
  ctx.setLineDash([]);
  ctx.fillStyle = palette.text;
  if (scene.starred?.size) {
    // A ring around each starred mark; its title (from the caller) starts with ★.
    ctx.strokeStyle = palette.text;
    ctx.lineWidth = 2;
    for (const mark of layout.marks) {
      const id = scene.lanes.events[mark.event]?.event.id;
      if (id === undefined || !scene.starred.has(id)) continue;
      if (mark.shape === 'point') {
        ctx.beginPath();
        ctx.arc((mark.x0 + mark.x1) / 2, mark.y, scene.pointRadius + 2, 0, Math.PI * 2);
        ctx.stroke();
      } else {
        const half = scene.rowHeight / 2 - 1;
        ctx.strokeRect(mark.x0 - 2, mark.y - half, mark.x1 - mark.x0 + 4, half * 2);
      }
    }
    ctx.lineWidth = 1;
  }
  for (const label of scene.labels) {
    const mark = layout.marks[label.mark];
    if (mark) ctx.fillText(label.text, label.x, mark.y);
  }
}
