/**
 * A story as a reader walks it: the title step first, then the author's steps, numbered from 1
 * as the card and the URL (`step=3`) count them. Pure.
 */
import type { Filters } from '../filters/filters';
import { parseDate, type PartialDate } from '../model/dates';
import type { Story, StoryMedia, StoryStep } from '../model/types';
import type { Grouping } from '../timeline/lanes';
import type { ViewState } from '../view/view-state';

export interface ReaderStep {
  /** 1-based: "3 of 12". */
  readonly number: number;
  readonly isTitle: boolean;
  readonly headline: string;
  readonly text?: string;
  readonly byline?: string;
  readonly media?: StoryMedia;
  /** What the step points at (absent on the title step). */
  readonly step?: StoryStep;
}

export function readerSteps(story: Story): ReaderStep[] {
  const title: ReaderStep = {
    number: 1,
    isTitle: true,
    headline: story.title,
    text: story.text,
    byline: story.byline,
    media: story.media,
  };
  return [
    title,
    ...story.steps.map((step, i) => ({
      number: i + 2,
      isTitle: false,
      headline: step.headline,
      text: step.text,
      media: step.media,
      step,
    })),
  ];
}

/** A step number a link may hold, brought into 1…count (a missing one is the title step). */
export function clampStep(step: number | undefined, count: number): number {
  if (step === undefined || !Number.isFinite(step)) return 1;
  return Math.min(Math.max(1, Math.trunc(step)), Math.max(1, count));
}

/** The story `id` among a dataset's stories, if it has it. */
export function findStory(stories: readonly Story[] | undefined, id: string): Story | undefined {
  return stories?.find((story) => story.id === id);
}

/** The hosts a story's images come from: what the embed builder names before it is published. */
export function mediaHosts(story: Story): string[] {
  const hosts = new Set<string>();
  for (const media of [story.media, ...story.steps.map((s) => s.media)]) {
    if (!media) continue;
    try {
      hosts.add(new URL(media.url).host);
    } catch {
      // Validation refuses such a link; nothing to name.
    }
  }
  return [...hosts].sort();
}

/** The event the story's step `step` is about: the chart rings it without opening it. */
export function highlightedEvent(
  story: Story | undefined,
  step: number | undefined,
): string | undefined {
  if (!story) return undefined;
  // Step 1 is the title step, which points at nothing; steps[0] is step 2.
  return story.steps[clampStep(step, story.steps.length + 1) - 2]?.event;
}

/**
 * The view change that shows step `number`: its range (the reader's own stays when the step has
 * none), its filters, its lanes if it names them, and no open event, era or article.
 */
export function stepPatch(
  number: number,
  target: { range?: [number, number]; filters: Filters; group?: Grouping },
): Partial<ViewState> {
  return {
    step: number,
    article: undefined,
    event: undefined,
    era: undefined,
    filters: target.filters,
    ...(target.range ? { from: target.range[0], to: target.range[1] } : {}),
    ...(target.group ? { group: target.group } : {}),
  };
}

/** Whether `story=` holds an address (a story file, ./linked-story.ts) rather than an id. */
export function isStoryAddress(value: string): boolean {
  return (
    /^(https?:)?\/\//i.test(value) || /^\.{0,2}\//.test(value) || /\.json(\?|#|$)/i.test(value)
  );
}

/**
 * A step's own span of time (`start`, `end`), parsed: what the card's date and the chart's range
 * use when the step names no event, or its event is gone. Undefined without a readable start.
 */
export function ownDates(
  step: StoryStep | undefined,
): { start: PartialDate; end?: PartialDate } | undefined {
  if (step?.start === undefined) return undefined;
  const start = parseDate(step.start);
  if (!start.ok) return undefined;
  const end = step.end === undefined ? undefined : parseDate(step.end);
  return { start: start.date, ...(end?.ok ? { end: end.date } : {}) };
}

/**
 * Whether the dataset at `datasetUrl` (as a story file names it, resolved) is the one a page
 * shows: its `data=` link resolved against the page. The curated dataset (no `data=`) is never
 * it, so a story file naming the curated file opens it by its address.
 */
export function showsDataset(data: string | undefined, datasetUrl: string, base: string): boolean {
  return Boolean(data && new URL(data, base).href === datasetUrl);
}
