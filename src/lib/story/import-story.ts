/**
 * "Import a story…": a story file someone exported, told over the dataset on screen. Loaded
 * when a file is chosen. Resolves to the story (with an id of its own if the dataset already
 * has its id) or to the message that says why nothing was added.
 */
import type { Story } from '../model/types';
import { freshStoryId } from './authoring';
import { checkStoryFile } from './story-file';

export async function readStoryFile(
  file: File,
  hasEvent: (id: string) => boolean,
  taken: ReadonlySet<string>,
): Promise<{ story: Story } | { message: string }> {
  let json: unknown;
  try {
    json = JSON.parse(await file.text());
  } catch {
    return { message: `${file.name} is not a story file: it is not JSON. Nothing was added.` };
  }
  const result = checkStoryFile(json, { has: hasEvent });
  if (!result.ok) {
    const listed = result.problems.slice(0, 5).join('; ');
    const more = result.problems.length > 5 ? '; …' : '';
    return {
      message: `${file.name} cannot be told over this dataset, so nothing was added: ${listed}${more}`,
    };
  }
  const story = result.story;
  return {
    story: taken.has(story.id) ? { ...story, id: freshStoryId(story.title, taken) } : story,
  };
}
