/**
 * Reads and writes of the reader's own stories: the only module that touches the stories table.
 * Keyed by dataset and story id, beside the dataset rather than in it, so a newer curated
 * version leaves them alone (a step whose event it removed says so when read).
 */
import type { Story } from '../model/types';
import type { ParleyDb } from './db';

/** The reader's stories of `datasetId`, oldest first by id. */
export async function getStories(db: ParleyDb, datasetId: string): Promise<Story[]> {
  const rows = await db.stories.where('datasetId').equals(datasetId).sortBy('id');
  return rows.map((row) => row.story);
}

export async function saveStory(db: ParleyDb, datasetId: string, story: Story): Promise<void> {
  // A plain copy: a Svelte proxy cannot be cloned into IndexedDB.
  const plain = JSON.parse(JSON.stringify(story)) as Story;
  await db.stories.put({
    datasetId,
    id: story.id,
    story: plain,
    updatedAt: new Date().toISOString(),
  });
}

export async function deleteStory(db: ParleyDb, datasetId: string, id: string): Promise<void> {
  await db.stories.delete([datasetId, id]);
}
