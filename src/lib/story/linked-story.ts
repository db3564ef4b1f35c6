/**
 * `?story=<url>`: a story file (parley-story/1) opened from where it is published, over the
 * dataset it names. Loaded only for such a link. When the file names a dataset (`dataset.url`)
 * other than the one on screen, the answer is to open that dataset first; otherwise the story
 * is checked against the dataset shown, and any problem is said with the file's address.
 */
import { LoadError, openResponse, readChunks, decodeChunks } from '../io/fetch-text';
import { resolveDataUrl } from '../io/data-url';
import type { Story } from '../model/types';
import { checkStoryFile } from './story-file';

/** A story file is a few steps of text: anything near this is not one. */
const MAX_STORY_BYTES = 2 * 1024 * 1024;

export type LinkedStory = { story: Story } | { openDataset: string } | { message: string };

export async function fetchLinkedStory(
  raw: string,
  base: string,
  dataset: {
    /** Whether the dataset at this address is the one on screen. */
    shows: (url: string) => boolean;
    hasEvent: (id: string) => boolean;
  },
  fetchImpl: typeof fetch = fetch,
): Promise<LinkedStory> {
  let url: string;
  let json: unknown;
  try {
    url = resolveDataUrl(raw, base);
    const response = await openResponse(url, { maxBytes: MAX_STORY_BYTES, fetchImpl });
    const chunks = response.body
      ? await readChunks(response.body, url, MAX_STORY_BYTES)
      : [new TextEncoder().encode(await response.text())];
    json = JSON.parse(decodeChunks(chunks));
  } catch (error) {
    const why = error instanceof LoadError ? error.message : 'It is not JSON.';
    return { message: `The story at ${raw} could not be opened. ${why}` };
  }
  const named = (json as { dataset?: { url?: unknown } } | null)?.dataset?.url;
  if (typeof named === 'string') {
    let datasetUrl: string | undefined;
    try {
      datasetUrl = resolveDataUrl(named, url);
    } catch {
      datasetUrl = undefined;
    }
    if (datasetUrl && !dataset.shows(datasetUrl)) return { openDataset: datasetUrl };
  }
  const result = checkStoryFile(json, { has: dataset.hasEvent });
  if (!result.ok)
    return {
      message: `The story at ${raw} cannot be told over this dataset: ${result.problems.slice(0, 3).join('; ')}`,
    };
  return { story: result.story };
}
