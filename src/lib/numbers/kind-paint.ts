/**
 * A shape filled in a kind's colour, for the numbers' month segments: the timeline's `paint`,
 * looked up once per kind, as a chart of hundreds of segments asks for it again on every redraw.
 * Kept apart from ../timeline/paint.ts so that it loads with the numbers panel, not the page.
 */
import type { Attachment } from 'svelte/attachments';
import { CSS_PALETTE, kindColor } from '../theme/tokens';
import { paint } from '../timeline/paint';

const byKind = new Map<string, Attachment<SVGElement>>();

export function kindPaint(kind: string): Attachment<SVGElement> {
  let attachment = byKind.get(kind);
  if (!attachment) {
    attachment = paint({ fill: kindColor(CSS_PALETTE, kind) });
    byKind.set(kind, attachment);
  }
  return attachment;
}
