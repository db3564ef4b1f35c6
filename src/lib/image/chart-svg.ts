/**
 * The current view of the timeline as a standalone SVG file, for articles and print. It is laid
 * out by the same pure modules as the live chart (lanes, layout, labels, ticks), at a fixed
 * width, and adds what a chart needs away from the page: a title, the dates shown in words, a
 * legend and a credit line with the view's link; with the venue map open, the map under the
 * timeline (chart-map.ts). Every word is a real `<text>` element, so the
 * file stays editable and searchable; colours are values, not CSS variables.
 *
 * Pure and deterministic: the same input gives the same bytes, on any machine and in any zone.
 */
import { creditLine } from '../format/credit';
import { formatDateRange } from '../format/dates';
import { FIXED_TOKENS, type Palette } from '../theme/tokens';
import {
  AXIS_HEIGHT,
  encodeBin,
  encodeLabel,
  encodeMark,
  encodeLaneLabel,
  encodeToday,
  gridLine,
  LABEL_FONT_SIZE,
  laneFill,
  svgPaint,
  svgShape,
  viewGeometry,
  type MarkPart,
} from '../timeline/encoding';
import { GROUPING_LABELS, spanOf, type LaneSet } from '../timeline/lanes';
import { DEFAULT_LABEL_OPTIONS, fitText, type PlacedLabel } from '../timeline/labels';
import { laneBox, type Geometry, type PlacedMark, type TimelineLayout } from '../timeline/layout';
import { lanesHeight } from '../timeline/plot-height';
import { layoutView } from '../timeline/view-layout';
import { createTimeScale, timeTicks, type TimeScale } from '../timeline/scale';
import { legendSvg } from './chart-legend';
import type { EditorialText } from './editorial';
import { mapFigureSvg, type MapImageInput } from './chart-map';
import { rangeInWords } from './visible-range';
import { el, escapeXml, text } from './xml';
import { wrapWords } from '../format/wrap';

export interface ChartImageInput {
  /** The dataset's title: the image's heading and its credit. */
  title: string | undefined;
  /** The lanes of the current view (the filtered selection, grouped as on screen). */
  lanes: LaneSet;
  /** The visible range [from, to) in ms (see shownRange). */
  range: [number, number];
  /** The absolute link to this view, printed under the credit. */
  link: string;
  palette: Palette;
  /** Ids of starred events, ringed as on screen (their titles start with ★). */
  starred?: ReadonlySet<string>;
  /** The moment "today" is: its line shows when in range. Omitted, no line (tests stay fixed). */
  today?: number;
  /** Image width in CSS pixels. */
  width?: number;
  /** The venue map, when the reader has it open (`show=map`): drawn under the timeline. */
  map?: MapImageInput;
  /** The journalist's words: a headline in place of the title, a subtitle, a caption, a credit. */
  text?: EditorialText;
}

export interface ChartImage {
  svg: string;
  /** Size in CSS pixels (a PNG is made at twice this). */
  width: number;
  height: number;
}

export const CHART_IMAGE_WIDTH = 1200;
/** The page's own font stack (design tokens), written out: the file lives without the page. */
export const FONT_STACK = FIXED_TOKENS.font;
const MARGIN = 24;
const TITLE_SIZE = 20;
const SMALL_CHAR = 6.6;
const CLIP_ID = 'parley-chart-plot';

interface Frame {
  lanes: LaneSet;
  layout: TimelineLayout;
  labels: readonly PlacedLabel[];
  geometry: Geometry;
  x: TimeScale;
  width: number;
  p: Palette;
  starred: ReadonlySet<string> | undefined;
}

function axis(f: Frame, plotHeight: number): string {
  let out = '';
  for (const tick of timeTicks(f.x).ticks) {
    const { paint, ...ends } = gridLine(tick, plotHeight, f.p);
    out += el('line', { ...ends, ...svgPaint(paint), fill: undefined });
    // A label that would run past the image's edge is left off, as a cut word would mislead.
    if (tick.x + 3 + tick.label.length * SMALL_CHAR > f.width + MARGIN - 4) continue;
    out += text(
      { x: tick.x + 3, y: AXIS_HEIGHT - 10, 'font-size': LABEL_FONT_SIZE, fill: f.p.muted },
      tick.label,
    );
  }
  return el('g', { class: 'axis' }, out);
}

function partSvg(part: MarkPart): string {
  return el(part.shape.type, { ...svgShape(part.shape), ...svgPaint(part.paint) });
}

function markSvg(f: Frame, mark: PlacedMark): string {
  const view = f.lanes.events[mark.event];
  if (!view) return '';
  const event = view.event;
  const encoded = encodeMark(mark, view, f.geometry, f.p, {
    starred: f.starred?.has(event.id) ?? false,
  });
  // A <title> gives a tooltip where the SVG is opened in a browser.
  const when = formatDateRange(view.start, view.end, event.approximate);
  return el(
    'g',
    { class: `mark ${mark.shape}`, 'data-event-id': event.id },
    `<title>${escapeXml(`${event.title}, ${when}`)}</title>${partSvg(encoded)}` +
      (encoded.ring ? partSvg(encoded.ring) : '') +
      (encoded.cue ? partSvg(encoded.cue) : ''),
  );
}

function binsSvg(f: Frame): string {
  let out = '';
  for (const bin of f.layout.bins) {
    const b = encodeBin(bin, f.layout.maxCount, f.geometry, laneBox(f.layout, bin.lane), f.p);
    out += el('rect', {
      class: 'bin',
      x: b.x,
      y: b.y,
      width: b.width,
      height: b.height,
      fill: b.fill,
      'fill-opacity': b.opacity,
    });
    if (b.label) {
      out += text(
        {
          x: b.label.x,
          y: b.label.y,
          dy: '0.35em',
          'text-anchor': 'middle',
          'font-size': LABEL_FONT_SIZE,
          fill: b.label.fill,
        },
        b.label.text,
      );
    }
  }
  return out;
}

function labelsSvg(f: Frame): string {
  let out = '';
  for (const label of f.labels) {
    const mark = f.layout.marks[label.mark];
    if (!mark) continue;
    const l = encodeLabel(label, mark, f.lanes.events[mark.event]?.event.status, f.p);
    if (l.leader) {
      const { stroke, strokeWidth, ...ends } = l.leader;
      out += el('line', { class: 'leader', ...ends, stroke, 'stroke-width': strokeWidth });
    }
    out += text(
      {
        class: 'mark-label',
        x: l.x,
        y: l.y,
        dy: '0.35em',
        'font-size': LABEL_FONT_SIZE,
        fill: l.fill,
        ...(l.halo ? { stroke: l.halo, 'stroke-width': l.haloWidth, 'paint-order': 'stroke' } : {}),
      },
      l.text,
    );
  }
  return out;
}

function laneLabels(f: Frame): string {
  return f.lanes.lanes
    .map((lane, i) => ({ lane, box: laneBox(f.layout, i) }))
    .filter(({ box }) => box.height > 0)
    .map(({ lane, box }) => {
      const l = encodeLaneLabel(box, f.p);
      return text(
        {
          class: 'lane-label',
          x: l.x,
          y: l.y,
          'font-size': LABEL_FONT_SIZE,
          'font-weight': l.fontWeight,
          fill: l.fill,
          stroke: l.halo,
          'stroke-width': l.haloWidth,
          'paint-order': 'stroke',
        },
        lane.label,
      );
    })
    .join('');
}

function eventsInRange(lanes: LaneSet, range: [number, number]): number {
  let count = 0;
  for (const view of lanes.events) {
    const [s, e] = spanOf(view);
    if (e > range[0] && s < range[1]) count++;
  }
  return count;
}

/** Split a long line (a link) into lines of at most `chars` characters. */
function chunks(line: string, chars: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < line.length; i += chars) out.push(line.slice(i, i + chars));
  return out.length ? out : [''];
}

export function chartSvg(input: ChartImageInput): ChartImage {
  const width = input.width ?? CHART_IMAGE_WIDTH;
  const p = input.palette;
  const { lanes, range } = input;
  const plotWidth = width - 2 * MARGIN;
  const x = createTimeScale(range, plotWidth);
  const { geometry, layout, labels } = layoutView(lanes, x, viewGeometry(plotWidth), input.starred);
  const f: Frame = {
    lanes,
    layout,
    labels,
    geometry,
    x,
    width: plotWidth,
    p,
    starred: input.starred,
  };

  const words = input.text ?? {};
  const title = words.headline?.trim() || input.title?.trim() || 'Untitled chronology';
  const count = eventsInRange(lanes, range);
  const subtitle = [
    rangeInWords(range),
    `${count.toLocaleString('en')} ${count === 1 ? 'event' : 'events'}`,
    `lanes by ${GROUPING_LABELS[lanes.grouping].toLowerCase()}`,
  ].join(' · ');

  // The journalist's subtitle, when there is one, comes between the title and the dates.
  const subtitleLine = words.subtitle?.trim();
  const plotTop = subtitleLine ? 96 : 76;
  // Lanes are as tall as what they show, as on screen.
  const lanesTall = lanesHeight(layout, geometry);
  const plotHeight = AXIS_HEIGHT + lanesTall;
  const today = input.today;
  const showToday = today !== undefined && today >= range[0] && today < range[1];
  const todayX = showToday ? x(today) : 0;

  let lanesSvg = '';
  lanes.lanes.forEach((_, i) => {
    const box = laneBox(layout, i);
    if (box.height === 0) return;
    lanesSvg += el('rect', {
      x: 0,
      y: box.top,
      width: plotWidth,
      height: box.height,
      fill: laneFill(i, p),
    });
  });
  if (lanes.lanes.length === 0) {
    lanesSvg += text(
      {
        x: plotWidth / 2,
        y: lanesTall / 2,
        'text-anchor': 'middle',
        'font-size': 13,
        fill: p.muted,
      },
      'No events match the filters.',
    );
  }
  let drawn = binsSvg(f) + layout.marks.map((mark) => markSvg(f, mark)).join('') + labelsSvg(f);
  if (showToday) {
    const { line, label } = encodeToday(todayX, 0, lanesTall, p);
    const { paint, ...ends } = line;
    drawn =
      el('line', { class: 'today', ...ends, ...svgPaint(paint), fill: undefined }) +
      text({ x: label.x, y: label.y, 'font-size': label.fontSize, fill: label.fill }, 'today') +
      drawn;
  }

  const plot =
    el('g', { transform: `translate(${MARGIN},${plotTop})` }, axis(f, plotHeight)) +
    el(
      'g',
      { transform: `translate(${MARGIN},${plotTop + AXIS_HEIGHT})` },
      lanesSvg + el('g', { 'clip-path': `url(#${CLIP_ID})` }, drawn) + laneLabels(f),
    );

  const kinds = new Set(lanes.events.map((v) => v.event.kind ?? 'other'));
  const legend = legendSvg(
    {
      kinds,
      disagree: layout.marks.some((mark) => lanes.events[mark.event]?.disagrees),
      bins: layout.bins.length > 0,
      today: showToday,
    },
    p,
    MARGIN,
    plotTop + plotHeight + 20,
    plotWidth,
  );

  const legendBottom = plotTop + plotHeight + 20 + legend.height;
  const map = input.map && mapFigureSvg(input.map, p, MARGIN, legendBottom + 28, plotWidth);
  const captionTop = legendBottom + (map ? 28 + map.height : 0) + 26;
  const captionLines = wrapWords(words.caption?.trim() ?? '', Math.floor(plotWidth / 7.4));
  const caption = captionLines
    .map((line, i) =>
      text(
        { class: 'caption', x: MARGIN, y: captionTop + i * 18, 'font-size': 13, fill: p.text },
        line,
      ),
    )
    .join('');
  const creditTop = captionTop + captionLines.length * 18 + (captionLines.length ? 8 : 0);
  const linkLines = chunks(input.link, Math.floor(plotWidth / 6.2));
  const byline = [words.credit?.trim(), creditLine(input.title)].filter(Boolean).join(' · ');
  const credit =
    caption +
    text({ x: MARGIN, y: creditTop, 'font-size': 12, fill: p.text }, byline) +
    linkLines
      .map((line, i) =>
        text(
          { class: 'link', x: MARGIN, y: creditTop + 17 + i * 14, 'font-size': 11, fill: p.muted },
          line,
        ),
      )
      .join('');
  const height = Math.ceil(creditTop + 17 + (linkLines.length - 1) * 14 + MARGIN);

  const header =
    text(
      { x: MARGIN, y: 36, 'font-size': TITLE_SIZE, 'font-weight': 700, fill: p.text },
      fitText(title, plotWidth, { ...DEFAULT_LABEL_OPTIONS, charWidth: 11, minChars: 1 }) ?? '',
    ) +
    (subtitleLine
      ? text(
          { class: 'subtitle', x: MARGIN, y: 60, 'font-size': 15, fill: p.text },
          fitText(subtitleLine, plotWidth, {
            ...DEFAULT_LABEL_OPTIONS,
            charWidth: 8,
            minChars: 1,
          }) ?? '',
        )
      : '') +
    text(
      { class: 'range', x: MARGIN, y: subtitleLine ? 80 : 58, 'font-size': 13, fill: p.muted },
      subtitle,
    );

  const svg =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
    `viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT_STACK)}" ` +
    `role="img" aria-labelledby="chart-title chart-desc">` +
    `<title id="chart-title">${escapeXml(title)}</title>` +
    `<desc id="chart-desc">${escapeXml(`Timeline${map ? ' and map of places' : ''}, ${subtitle}. ${creditLine(input.title)}.`)}</desc>` +
    `<defs><clipPath id="${CLIP_ID}">${el('rect', { x: 0, y: 0, width: plotWidth, height: lanesTall })}</clipPath></defs>` +
    el('rect', { width, height, fill: p.surface }) +
    header +
    plot +
    legend.svg +
    (map?.svg ?? '') +
    credit +
    '</svg>\n';
  return { svg, width, height };
}
