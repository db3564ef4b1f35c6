/**
 * The legend of a chart image: the mark shapes and the kinds of event, as symbols with real
 * text, laid out in rows that wrap at the image's width. The symbols are the live legend's
 * (timeline/legend-samples.ts), and so are the words. Every shape is explained; beyond them only
 * what the image contains: the cue that sources disagree when a mark carries it, counts when
 * some lane shows counts, today when its line is drawn, and the kinds of the events selected.
 */
import { kindLabel } from '../format/labels';
import { EVENT_KINDS } from '../model/types';
import type { Palette } from '../theme/tokens';
import { svgPaint, svgShape } from '../timeline/encoding';
import { LEGEND_LABELS, type LegendEntry } from '../timeline/legend';
import { kindSample, legendSample, SAMPLE_HEIGHT, type Sample } from '../timeline/legend-samples';
import { el, text } from './xml';

export interface LegendContent {
  /** Kinds present in the selection (unknown kinds count as "other"). */
  kinds: ReadonlySet<string>;
  /** Some mark in the image carries the cue that its sources disagree. */
  disagree: boolean;
  bins: boolean;
  today: boolean;
}

interface Item {
  /** Symbol drawn with its top-left corner at (0, 0), ROW high. */
  symbol: string;
  symbolWidth: number;
  label: string;
}

const ROW = SAMPLE_HEIGHT;
const ROW_GAP = 8;
const FONT_SIZE = 12;
/** Average character width at FONT_SIZE, generous so labels never run into the next item. */
const CHAR_WIDTH = 7;
const ITEM_GAP = 18;

/** The shapes every image explains, whether or not it shows them: it is read on its own. */
const SHAPES: readonly LegendEntry[] = ['point', 'bar', 'band', 'partly', 'unconfirmed'];

function items(content: LegendContent, p: Palette): Item[][] {
  const entries: LegendEntry[] = [
    ...SHAPES,
    ...(content.disagree ? (['disagree'] as const) : []),
    ...(content.bins ? (['bins'] as const) : []),
    ...(content.today ? (['today'] as const) : []),
  ];
  const shapes = entries.map((entry): Item => {
    const sample = legendSample(entry, p);
    return { symbol: sampleSvg(sample), symbolWidth: sample.width, label: LEGEND_LABELS[entry] };
  });
  const known: readonly string[] = EVENT_KINDS;
  const kinds: Item[] = known
    .filter((kind) => content.kinds.has(kind))
    .map((kind) => {
      const sample = kindSample(kind, p);
      // Centred in the legend's row, as its text is.
      const top = (SAMPLE_HEIGHT - sample.height) / 2;
      return {
        symbol: el('g', { transform: `translate(0,${top})` }, sampleSvg(sample)),
        symbolWidth: sample.width,
        label: kindLabel(kind) ?? kind,
      };
    });
  return kinds.length ? [shapes, kinds] : [shapes];
}

/** A sample's parts as SVG, with the attributes the live legend's are given. */
function sampleSvg(sample: Sample): string {
  return sample.parts
    .map((part) =>
      'line' in part
        ? el('line', { ...part.line, ...svgPaint(part.paint) })
        : el(part.shape.type, { ...svgShape(part.shape), ...svgPaint(part.paint) }),
    )
    .join('');
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
