/**
 * Paint an SVG element of the live chart as encoding.ts says, through the CSSOM: the values
 * are the page's custom properties (`var(--kind-summit)`), which presentation attributes do not
 * resolve, and style attributes would break the Content-Security-Policy.
 */
import type { Attachment } from 'svelte/attachments';
import { svgPaint, type Paint } from './encoding';

export function paint(p: Paint): Attachment<SVGElement> {
  return (element) => {
    for (const [name, value] of Object.entries(svgPaint(p))) {
      if (value === undefined) element.style.removeProperty(name);
      else element.style.setProperty(name, String(value));
    }
  };
}
