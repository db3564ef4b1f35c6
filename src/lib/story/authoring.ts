/**
 * Writing a story in the app: a new story from the events in view, and the edits the editor
 * makes (add, remove, move a step, change its words or view). Pure: each returns a new story and
 * leaves the one given alone, so the editor can keep the last saved one to compare with.
 */
import type { Story, StoryStep } from '../model/types';
import { slugId } from '../import/ids';

/** The most steps a new story starts with: more than a reader steps through. */
export const MAX_NEW_STEPS = 30;

export interface StoryEvent {
  readonly id: string;
  readonly title: string;
}

/** An id for `title` that no story in `taken` has. */
export function freshStoryId(title: string, taken: ReadonlySet<string>): string {
  const base = slugId(title, '').replace(/^event$/, 'story');
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** A story of `events` (the first MAX_NEW_STEPS), each a step headed by its title. */
export function newStory(
  title: string,
  events: readonly StoryEvent[],
  taken: ReadonlySet<string>,
): Story {
  return {
    id: freshStoryId(title, taken),
    title,
    steps: events.slice(0, MAX_NEW_STEPS).map((e) => ({ event: e.id, headline: e.title })),
  };
}

/** `story` with step `index` moved by `delta` places (-1 up, +1 down), kept within the list. */
export function moveStep(story: Story, index: number, delta: number): Story {
  const to = Math.min(Math.max(0, index + delta), story.steps.length - 1);
  if (index < 0 || index >= story.steps.length || to === index) return story;
  const steps = [...story.steps];
  const [moved] = steps.splice(index, 1);
  steps.splice(to, 0, moved as StoryStep);
  return { ...story, steps };
}

/** `story` without step `index`; the last step stays (a story needs one). */
export function removeStep(story: Story, index: number): Story {
  if (story.steps.length <= 1 || index < 0 || index >= story.steps.length) return story;
  return { ...story, steps: story.steps.filter((_, i) => i !== index) };
}

/** `story` with `step` added after step `after` (at the end when absent). */
export function addStep(story: Story, step: StoryStep, after?: number): Story {
  const at = after === undefined ? story.steps.length : Math.min(after + 1, story.steps.length);
  return { ...story, steps: [...story.steps.slice(0, at), step, ...story.steps.slice(at)] };
}

/** `story` with step `index` changed; an emptied text or view is left out, not kept as "". */
export function editStep(story: Story, index: number, patch: Partial<StoryStep>): Story {
  const step = story.steps[index];
  if (!step) return story;
  const next: StoryStep = { ...step, ...patch };
  for (const key of ['text', 'view'] as const) if (next[key] === '') delete next[key];
  return { ...story, steps: story.steps.map((s, i) => (i === index ? next : s)) };
}

/** The story's title step changed; an emptied text or byline is left out. */
export function editTitle(
  story: Story,
  patch: Partial<Pick<Story, 'title' | 'text' | 'byline'>>,
): Story {
  const next: Story = { ...story, ...patch };
  for (const key of ['text', 'byline'] as const) if (next[key] === '') delete next[key];
  return next;
}
