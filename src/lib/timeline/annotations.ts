/**
 * An author's notes on chosen events: each event is ringed, and its note (a few words, plain
 * text) is drawn in a small box beside its mark, joined to it by a short line. Pure: where each
 * box goes is decided here from the placed marks, and the SVG layer only draws it.
 *
 * A note goes above its mark, else below, else further up or down, so that two notes do not
 * cover each other; an event drawn as a count, or out of view, has no mark and so no note.
 */
import { wrapWords } from '../format/wrap';
import type { PlacedMark } from './layout';

/** A note the author put on an event (`note=<id> <text>`); no text only rings the event. */
export interface Annotation {
  id: string;
  text?: string;
}

/** A note's box and ring, in the plot's coordinates (below the axis). */
export interface PlacedNote {
  id: string;
  /** The note's lines, wrapped to fit the box. */
  lines: string[];
  /** The box: left, top, width, height. Zero size for a ring without words. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The ring around the mark: its span and vertical centre. */
  ring: { x0: number; x1: number; y: number };
}

/** About how wide a character of a note is (12 px sans-serif), and the box's padding. */
const CHAR_PX = 6.6;
const PAD_X = 6;
const LINE_HEIGHT = 15;
const PAD_Y = 4;
/** Room kept between a box and the plot's sides. */
const EDGE = 4;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * Each annotation whose event has a mark in `marks`, with its box placed. `eventIds[i]` is the
 * id of the event at index i (LaneSet.events), `width` and `height` the plot's size below the
 * axis, and `rowHeight` a row's height: a box sits a half row off its mark.
 */
export function placeNotes(
  notes: readonly Annotation[],
  marks: readonly PlacedMark[],
  eventIds: (index: number) => string,
  size: { width: number; height: number; rowHeight: number },
): PlacedNote[] {
  const wanted = new Map(notes.map((note) => [note.id, note.text]));
  if (wanted.size === 0) return [];
  const maxChars = Math.max(8, Math.floor((Math.min(260, size.width * 0.6) - 2 * PAD_X) / CHAR_PX));
  // The marks to note, each once (an event in two lanes, grouped by participant, is noted
  // once); their rings are kept clear of every box.
  const noted: PlacedMark[] = [];
  for (const mark of marks) {
    const id = eventIds(mark.event);
    if (wanted.has(id) && !noted.some((m) => m.event === mark.event)) noted.push(mark);
  }
  const taken: Box[] = noted.map((m) => ({
    x: m.x0 - 7,
    y: m.y - 8,
    width: m.x1 - m.x0 + 14,
    height: 16,
  }));
  const placed: PlacedNote[] = [];
  for (const mark of noted) {
    const id = eventIds(mark.event);
    const text = wanted.get(id);
    const ring = { x0: mark.x0, x1: mark.x1, y: mark.y };
    const lines = text ? wrapWords(text, maxChars, true) : [];
    if (lines.length === 0) {
      placed.push({ id, lines, x: mark.x0, y: mark.y, width: 0, height: 0, ring });
      continue;
    }
    const width = Math.max(...lines.map((l) => l.length)) * CHAR_PX + 2 * PAD_X;
    const height = lines.length * LINE_HEIGHT + 2 * PAD_Y;
    const x = Math.max(EDGE, Math.min(mark.x0 - PAD_X, size.width - width - EDGE));
    const half = size.rowHeight / 2;
    const above = mark.y - half - 2 - height;
    const below = mark.y + half + 2;
    const candidates = [above, below, above - height - 2, below + height + 2].filter(
      (y) => y >= 0 && y + height <= size.height,
    );
    const fits = (y: number) => !taken.some((box) => overlaps(box, { x, y, width, height }));
    const y = candidates.find(fits) ?? candidates[0] ?? Math.max(0, above);
    const box = { x, y, width, height };
    taken.push(box);
    placed.push({ id, lines, ...box, ring });
  }
  return placed;
}

/** The line from a note's box to its mark: from the box's nearer edge to the ring. */
export function leaderLine(note: PlacedNote): { x: number; y1: number; y2: number } {
  const x = Math.min(Math.max(note.ring.x0, note.x + 4), note.x + note.width - 4);
  const boxAbove = note.y + note.height <= note.ring.y;
  return boxAbove
    ? { x, y1: note.y + note.height, y2: note.ring.y - 6 }
    : { x, y1: note.y, y2: note.ring.y + 6 };
}

/** Where a note's first line of text sits (its baseline), and the step to the next. */
export function noteTextAt(note: PlacedNote): { x: number; y: number; step: number } {
  return { x: note.x + PAD_X, y: note.y + PAD_Y + LINE_HEIGHT - 4, step: LINE_HEIGHT };
}
