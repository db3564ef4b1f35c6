/**
 * A story saved on its own, naming the dataset it tells (`{format: "parley-story/1", dataset,
 * story}`): written by the editor's "Export story", read back by "Import a story…". Loaded
 * only with the editor.
 */
import {
  Checker,
  describeProblem,
  hasSuspectString,
  isObject,
  quote,
  type Json,
  type Obj,
} from '../model/checker';
import type { Story } from '../model/types';
import { checkStories, type EventIds } from '../model/validate-stories';

/** The format's name and version. */
export const STORY_FORMAT = 'parley-story/1';

export interface StoryFile {
  format: typeof STORY_FORMAT;
  /** Which dataset the story tells: its title, and where it is when it has an address. */
  dataset: { title?: string; url?: string };
  story: Story;
}

/** A story as a file of its own. */
export function storyFile(story: Story, dataset: StoryFile['dataset']): string {
  const file: StoryFile = { format: STORY_FORMAT, dataset, story };
  return JSON.stringify(file, null, 2) + '\n';
}

export type StoryFileCheck = { ok: true; story: Story } | { ok: false; problems: string[] };

/**
 * A story saved on its own (`{format: "parley-story/1", dataset, story}`), checked against the
 * dataset it is opened over: problems say `story.steps[2].event: …`, in the file's own terms.
 */
export function checkStoryFile(input: Json, events: EventIds): StoryFileCheck {
  const check = new Checker(20);
  const root = check.object(input, '(file)');
  if (root) {
    const format = check.string(root, 'format', '', true);
    if (format !== undefined && format !== 'parley-story/1')
      check.fail('format', `${quote(format)} is not a Parley story (parley-story/1)`);
    if (!isObject(root['story'])) check.fail('story', 'is missing: the file holds no story');
    else checkStories(check, { stories: [root['story']] }, events);
    if (hasSuspectString(root, 0)) check.scanStrings(root, '');
  }
  if (check.total === 0) return { ok: true, story: (root as Obj)['story'] as Story };
  return {
    ok: false,
    problems: check.problems.map((p) =>
      describeProblem({ ...p, path: p.path.replace(/^stories\[0\]/, 'story') }),
    ),
  };
}
