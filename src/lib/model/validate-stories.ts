/**
 * Stories (types.ts `Story`), checked like the rest of a file: every problem names the story,
 * the step and the field — `stories[0].steps[2].event: "e-99" is not an event in this dataset`.
 * A step's `view` is read like a link's options, so it is only checked for length here: an
 * option it does not understand is dropped when the step is shown, never guessed.
 */
import { at, Checker, checkUniqueId, quote, type Json, type Obj, type Path } from './checker';

/** The dataset's event ids, which a step may point at. */
export interface EventIds {
  has(id: string): boolean;
}

/** A view is a handful of URL options; anything longer is not one. */
const MAX_VIEW_LENGTH = 2_000;

export function checkStories(check: Checker, root: Obj, events: EventIds): void {
  const stories = check.array(root, 'stories', '');
  if (!stories) return;
  const firstIndexOf = new Map<string, number>();
  stories.forEach((item, i) => {
    const path = at('stories', i);
    const story = check.object(item, path);
    if (!story) return;
    checkUniqueId(check, story, path, 'stories', i, firstIndexOf);
    check.string(story, 'title', path, true);
    check.string(story, 'text', path);
    check.string(story, 'byline', path);
    checkMedia(check, story, path);
    const steps = check.array(story, 'steps', path, true);
    if (steps?.length === 0)
      check.fail(at(path, 'steps'), 'is empty: a story needs at least one step after its title');
    steps?.forEach((step, k) => checkStep(check, step, at(at(path, 'steps'), k), events));
  });
}

function checkStep(check: Checker, item: Json, path: Path, events: EventIds): void {
  const step = check.object(item, path);
  if (!step) return;
  check.string(step, 'headline', path, true);
  check.string(step, 'text', path);
  const event = check.string(step, 'event', path);
  if (event !== undefined && !events.has(event))
    check.fail(at(path, 'event'), `${quote(event)} is not an event in this dataset`);
  const start = check.date(step, 'start', path);
  const end = check.date(step, 'end', path);
  if (step['end'] !== undefined && step['start'] === undefined)
    check.fail(at(path, 'end'), 'has no start to go with it');
  if (start && end && end.startMs < start.startMs)
    check.fail(at(path, 'end'), `${quote(end.text)} is before the start ${quote(start.text)}`);
  if (step['event'] === undefined && step['start'] === undefined)
    check.fail(path, 'needs an event or a start date, so the chart knows where to go');
  const view = check.string(step, 'view', path);
  if (view !== undefined && view.length > MAX_VIEW_LENGTH)
    check.fail(
      at(path, 'view'),
      `is ${view.length.toLocaleString('en')} characters long; a view is a few URL options (at most ${MAX_VIEW_LENGTH.toLocaleString('en')})`,
    );
  checkMedia(check, step, path);
}

function checkMedia(check: Checker, owner: Obj, path: Path): void {
  if (owner['media'] === undefined) return;
  const mediaPath = at(path, 'media');
  const media = check.object(owner['media'], mediaPath);
  if (!media) return;
  check.url(media, 'url', mediaPath);
  if (media['alt'] === undefined)
    check.fail(
      at(mediaPath, 'alt'),
      'is missing: say what the image shows, for readers who cannot see it',
    );
  else check.string(media, 'alt', mediaPath, true);
  check.string(media, 'caption', mediaPath);
  check.string(media, 'credit', mediaPath);
}
