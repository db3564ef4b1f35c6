/**
 * The legend of a chart image: the mark shapes and the kinds of event, as symbols with real
 * text, laid out in rows that wrap at the image's width. Only what the image can contain is
 * listed: counts when some lane shows counts, today when its line is drawn, and the kinds of
 * the events selected.
 */
import { kindLabel } from '../format/labels';
import { EVENT_KINDS } from '../model/types';
import { kindColor, type Palette } from '../theme/tokens';
import { markPaint, svgPaint, todayPaint, type MarkLook } from '../timeline/encoding';
import { el, text } from './xml';

export interface LegendContent {
  /** Kinds present in the selection (unknown kinds count as "other"). */
  kinds: ReadonlySet<string>;
  bins: boolean;
  today: boolean;
}

interface Item {
  /** Symbol drawn with its top-left corner at (0, 0), ROW high. */
  symbol: string;
  symbolWidth: number;
  label: string;
}

const ROW = 14;
const ROW_GAP = 8;
const FONT_SIZE = 12;
/** Average character width at FONT_SIZE, generous so labels never run into the next item. */
const CHAR_WIDTH = 7;
const ITEM_GAP = 18;

function items(content: LegendContent, p: Palette): Item[][] {
  // Samples in the muted colour, painted exactly as the marks are (encoding.ts).
  const look = (shape: MarkLook['shape'], status?: string) =>
    svgPaint(markPaint({ shape, status, color: p.muted }, p));
  const dot = (paint: ReturnType<typeof look>) => el('circle', { cx: 8, cy: 7, r: 5, ...paint });
  const bar = (paint: ReturnType<typeof look>) =>
    el('rect', { x: 1, y: 2, width: 26, height: 10, rx: 3, ...paint });
  const shapes: Item[] = [
    { symbol: dot(look('point')), symbolWidth: 16, label: 'One day' },
    { symbol: bar(look('bar')), symbolWidth: 28, label: 'Several days' },
    { symbol: bar(look('band')), symbolWidth: 28, label: 'Known only to the month or year' },
    { symbol: dot(look('point', 'partly')), symbolWidth: 16, label: 'Partly confirmed' },
    { symbol: dot(look('point', 'unconfirmed')), symbolWidth: 16, label: 'Unconfirmed' },
  ];
  if (content.bins) {
    shapes.push({
      symbol: el('rect', { x: 1, y: 1, width: 26, height: 12, fill: p.bin }),
      symbolWidth: 28,
      label: 'Count of events (too many to draw)',
    });
  }
  if (content.today) {
    shapes.push({
      symbol: el('line', {
        x1: 4,
        x2: 4,
        y1: 0,
        y2: ROW,
        ...svgPaint(todayPaint(p)),
        fill: undefined,
      }),
      symbolWidth: 8,
      label: 'Today',
    });
  }
  const known: readonly string[] = EVENT_KINDS;
  const kinds: Item[] = known
    .filter((kind) => content.kinds.has(kind))
    .map((kind) => ({
      symbol: el('rect', {
        y: 1,
        width: 12,
        height: 12,
        rx: 2,
        fill: kindColor(p, kind),
      }),
      symbolWidth: 12,
      label: kindLabel(kind) ?? kind,
    }));
  return kinds.length ? [shapes, kinds] : [shapes];
}

/** The legend as an SVG group at (x, y), and the height it takes. */
export function legendSvg(
  content: LegendContent,
  p: Palette,
  x: number,
  y: number,
  width: number,
): { svg: string; height: number } {
  let out = '';
  let top = 0;
  for (const group of items(content, p)) {
    let left = 0;
    for (const item of group) {
      const itemWidth = item.symbolWidth + 5 + item.label.length * CHAR_WIDTH;
      if (left > 0 && left + itemWidth > width) {
        left = 0;
        top += ROW + ROW_GAP;
      }
      out += el(
        'g',
        { class: 'legend-item', transform: `translate(${left},${top})` },
        item.symbol +
          text(
            { x: item.symbolWidth + 5, y: 11, 'font-size': FONT_SIZE, fill: p.muted },
            item.label,
          ),
      );
      left += itemWidth + ITEM_GAP;
    }
    top += ROW + ROW_GAP;
  }
  const height = top - ROW_GAP;
  return {
    svg: el('g', { class: 'legend', transform: `translate(${x},${y})` }, out),
    height,
  };
}
