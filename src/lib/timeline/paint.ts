/**
 * Paint an SVG element of the live chart as encoding.ts says, through the CSSOM: the values
 * are the page's custom properties (`var(--kind-summit)`), which presentation attributes do not
 * resolve, and style attributes would break the Content-Security-Policy.
 */
import type { Attachment } from 'svelte/attachments';
import { svgPaint, type Paint } from './encoding';

/**
 * One attachment per distinct paint. Svelte re-attaches when it gets a different function, and
 * every zoom frame re-encodes the marks: handing back the same function for the same paint
 * keeps a frame to moving the marks, not restyling them.
 */
const attachments = new Map<string, Attachment<SVGElement>>();

export function paint(p: Paint): Attachment<SVGElement> {
  const style = Object.entries(svgPaint(p));
  const key = style.map(([, value]) => value ?? '').join('|');
  let attachment = attachments.get(key);
  if (!attachment) {
    attachment = (element) => {
      for (const [name, value] of style) {
        if (value === undefined) element.style.removeProperty(name);
        else element.style.setProperty(name, String(value));
      }
    };
    attachments.set(key, attachment);
  }
  return attachment;
}
