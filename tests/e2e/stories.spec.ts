import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { mark, serveJson, waitForApp } from './helpers';

// The curated chronology's own story (data/chronology.json `stories`): a title step, the six
// Witkoff–Putin meetings of 2025 and the Alaska summit between the fifth and the sixth.
const STORY = '/?story=witkoff-putin-2025';

function card(page: Page) {
  return page.getByTestId('story-step');
}

test('a story link opens at its step: "2 of 8", the chart on that event’s weeks, the event highlighted', async ({
  page,
}) => {
  await page.goto(`${STORY}&step=2`);
  await waitForApp(page);
  await expect(card(page)).toHaveAttribute('data-step', '2');
  await expect(card(page)).toHaveAttribute('data-steps', '8');
  await expect(card(page).getByRole('heading', { level: 2 })).toHaveText(
    'Moscow: a prisoner exchange, and messages',
  );
  await expect(card(page)).toContainText('11 Feb 2025');
  await expect(card(page)).toContainText('2 of 8');
  // Two weeks either side of the meeting, written into the link so it can be shared.
  await expect(page).toHaveURL(/from=2025-01-28&to=2025-02-26&story=witkoff-putin-2025&step=2/);
  await expect(mark(page, 'witkoff-putin-2025-02-11')).toHaveClass(/selected/);
  // Highlighted, not opened: the detail stays closed until the reader asks for it.
  await expect(page.locator('.detail-column')).toHaveCount(0);
});

test('Next and Previous, → and ←, move through the steps; Back returns to the step before', async ({
  page,
}) => {
  await page.goto(STORY);
  await waitForApp(page);
  await expect(card(page)).toHaveAttribute('data-step', '1');
  await expect(card(page).getByRole('button', { name: 'Previous' })).toBeDisabled();
  await card(page).getByRole('button', { name: 'Next' }).click();
  await expect(card(page)).toHaveAttribute('data-step', '2');
  await expect(page).toHaveURL(/step=2/);
  await page.keyboard.press('ArrowRight');
  await expect(card(page)).toHaveAttribute('data-step', '3');
  await expect(mark(page, 'witkoff-putin-2025-03-13')).toHaveClass(/selected/);
  await page.keyboard.press('ArrowLeft');
  await expect(card(page)).toHaveAttribute('data-step', '2');
  await page.goBack();
  await expect(card(page)).toHaveAttribute('data-step', '3');
  await page.goto(`${STORY}&step=8`);
  await expect(card(page).getByRole('button', { name: 'Next' })).toBeDisabled();
  await expect(card(page).getByRole('heading', { level: 2 })).toHaveText(
    'The Kremlin: the revised US framework',
  );
});

test('a screen reader hears the new step’s headline and date, not the whole card', async ({
  page,
}) => {
  await page.goto(`${STORY}&step=2`);
  await waitForApp(page);
  const live = page.getByTestId('story-announcement');
  await expect(live).toHaveAttribute('aria-live', 'polite');
  await card(page).getByRole('button', { name: 'Next' }).click();
  await expect(live).toHaveText(
    'Step 3 of 8: The Kremlin: a 30-day ceasefire proposal, 13 Mar 2025',
  );
});

test('a swipe across the card turns the step, either way', async ({ page }) => {
  await page.goto(`${STORY}&step=2`);
  await waitForApp(page);
  const swipe = async (fromX: number, toX: number) => {
    await card(page).dispatchEvent('pointerdown', {
      pointerType: 'touch',
      clientX: fromX,
      clientY: 300,
    });
    await card(page).dispatchEvent('pointerup', {
      pointerType: 'touch',
      clientX: toX,
      clientY: 310,
    });
  };
  await swipe(500, 300);
  await expect(card(page)).toHaveAttribute('data-step', '3');
  await swipe(300, 500);
  await expect(card(page)).toHaveAttribute('data-step', '2');
  // A short or mostly vertical movement is a scroll, not a swipe.
  await swipe(500, 480);
  await expect(card(page)).toHaveAttribute('data-step', '2');
});

/**
 * The ranges the chart shows at each frame for about 0.7 s after `act`, as its label says them
 * ("… 2025-03-01 to 2025-04-02 …"). A mark can leave the plot after a few frames of a glide; the
 * shown range moves on every frame until the glide ends.
 */
async function viewPath(page: Page, act: () => Promise<void>): Promise<string[]> {
  // Sampling starts before the act, so a slow machine cannot miss the movement.
  await page.evaluate(() => {
    const w = window as unknown as { views: string[] };
    w.views = [];
    return new Promise<void>((started) => {
      let frames = 0;
      const frame = () => {
        const label = document.querySelector('#chart')?.getAttribute('aria-label');
        if (label) w.views.push(label);
        if (++frames === 1) started();
        if (frames < 400) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
  });
  await act();
  // The glide takes about 0.6 s; a busy machine draws fewer, slower frames.
  await page.waitForTimeout(1200);
  const views = await page.evaluate(() => (window as unknown as { views: string[] }).views);
  return [...new Set(views)];
}

test('the chart glides to the next step, and jumps there for a reader who wants less motion', async ({
  browser,
}) => {
  for (const reducedMotion of ['no-preference', 'reduce'] as const) {
    const context = await browser.newContext({ reducedMotion });
    const page = await context.newPage();
    await page.goto(`${STORY}&step=3`);
    await waitForApp(page);
    await expect(mark(page, 'witkoff-putin-2025-03-13')).toHaveClass(/selected/);
    // The chart moves on from the March meeting's weeks to April's.
    const positions = await viewPath(page, () =>
      card(page).getByRole('button', { name: 'Next' }).click(),
    );
    // At once: where it was, perhaps a relayout, and gone; a glide passes through dozens of places.
    if (reducedMotion === 'reduce') expect(positions.length, `${positions}`).toBeLessThanOrEqual(3);
    else expect(positions.length, `${positions}`).toBeGreaterThan(4);
    await context.close();
  }
});

test('“Details and sources” opens the step’s event in full; the story stays', async ({ page }) => {
  await page.goto(`${STORY}&step=4`);
  await waitForApp(page);
  await card(page).getByRole('button', { name: 'Details and sources' }).click();
  await expect(page).toHaveURL(/story=witkoff-putin-2025&step=4&event=witkoff-putin-2025-04-11/);
  await expect(page.locator('.detail-column')).toContainText('Sources');
  await expect(card(page)).toHaveAttribute('data-step', '4');
});

test('“Read as an article” shows every step on one page, each linking back to its step', async ({
  page,
}) => {
  await page.goto(`${STORY}&step=3`);
  await waitForApp(page);
  await card(page).getByRole('link', { name: 'Read as an article' }).click();
  const article = page.getByTestId('story-article');
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(
    'Witkoff’s six meetings with Putin in 2025'.replace('’', "'"),
  );
  await expect(article.getByRole('heading', { level: 2 })).toHaveCount(7);
  await expect(page.getByTestId('timeline')).toHaveCount(0);
  await article.getByRole('link', { name: 'Show on the timeline (step 6 of 8)' }).click();
  await expect(card(page)).toHaveAttribute('data-step', '6');
  await expect(card(page).getByRole('heading', { level: 2 })).toHaveText(
    'The Kremlin: two days before a deadline',
  );
});

test('the dataset’s stories are listed under its title; Close story returns to the timeline', async ({
  page,
}) => {
  await page.goto('/');
  await waitForApp(page);
  const list = page.getByTestId('story-list');
  await list.getByRole('link', { name: /Witkoff's six meetings with Putin in 2025/ }).click();
  await expect(card(page)).toHaveAttribute('data-step', '1');
  await expect(list).toHaveCount(0);
  await card(page).getByRole('button', { name: 'Close story' }).click();
  await expect(card(page)).toHaveCount(0);
  await expect(page).not.toHaveURL(/story=/);
});

test('a story the dataset does not have is said so, and the timeline is one click away', async ({
  page,
}) => {
  await page.goto('/?story=no-such-story');
  await waitForApp(page);
  await expect(page.getByRole('alert')).toContainText('This dataset has no story no-such-story');
  await page.getByRole('button', { name: 'Show the timeline' }).click();
  await expect(page).not.toHaveURL(/story=/);
});

// A dataset of the reader's own with a story that has one image, on its second step.
const DATA = 'https://data.example.org/story.json';
const IMAGE = 'https://images.example.org/envoy.png';
const small = JSON.parse(readFileSync('tests/fixtures/small.json', 'utf8'));
const withStory = JSON.stringify({
  ...small,
  stories: [
    {
      id: 'pictured',
      title: 'A pictured story',
      text: 'Read more at https://example.org/more.',
      steps: [
        { event: 'meeting-1', headline: 'No picture here' },
        {
          event: 'range',
          headline: 'Three days, pictured',
          media: { url: IMAGE, alt: 'Two delegations at a long table', credit: 'Agency photo' },
        },
      ],
    },
  ],
});
// A 1×1 transparent PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

test('a story’s image loads only at its step, with its alt text and credit; one that fails says what it showed', async ({
  page,
}) => {
  const requested: string[] = [];
  await page.route(DATA, serveJson(withStory));
  let imageWorks = true;
  await page.route(IMAGE, (route) => {
    requested.push(route.request().url());
    return imageWorks
      ? route.fulfill({ body: PNG, contentType: 'image/png' })
      : route.fulfill({ status: 404, body: '' });
  });
  await page.goto(`/?data=${encodeURIComponent(DATA)}&story=pictured&step=2`);
  await waitForApp(page);
  await expect(card(page)).toHaveAttribute('data-steps', '3');
  // The author's link is a link; nothing else of the text is.
  await page.goto(`/?data=${encodeURIComponent(DATA)}&story=pictured`);
  await expect(card(page).getByRole('link', { name: 'https://example.org/more' })).toHaveAttribute(
    'href',
    'https://example.org/more',
  );
  expect(requested).toEqual([]);
  await card(page).getByRole('button', { name: 'Next' }).click();
  await card(page).getByRole('button', { name: 'Next' }).click();
  const image = card(page).getByRole('img', { name: 'Two delegations at a long table' });
  await expect(image).toBeVisible();
  await expect(card(page).locator('figcaption')).toContainText('Agency photo');
  expect(requested).toEqual([IMAGE]);

  imageWorks = false;
  await page.reload();
  await expect(card(page)).toContainText(
    'The image could not be loaded. It shows: Two delegations at a long table',
  );
});

test('a story told in an embed: its step from the link, Next inside the frame, no other site asked for anything', async ({
  page,
}) => {
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('http://127.0.0.1')) foreign.push(request.url());
  });
  await page.goto('/embed.html?story=witkoff-putin-2025&step=3');
  await expect(page.getByTestId('embed')).toHaveAttribute('data-phase', 'ready');
  await expect(card(page)).toHaveAttribute('data-step', '3');
  const entries = await page.evaluate(() => history.length);
  await expect(mark(page, 'witkoff-putin-2025-03-13')).toHaveClass(/selected/);
  await card(page).getByRole('button', { name: 'Next' }).click();
  await expect(card(page)).toHaveAttribute('data-step', '4');
  // A frame never adds to the host page's history: its address is replaced.
  expect(await page.evaluate(() => history.length)).toBe(entries);
  await expect(page).toHaveURL(/story=witkoff-putin-2025&step=4/);
  // The article and the research view are Parley's, in a new tab.
  const article = card(page).getByRole('link', { name: 'Read as an article' });
  await expect(article).toHaveAttribute(
    'href',
    /\/(index\.html)?\?.*story=witkoff-putin-2025.*article=1/,
  );
  await card(page).getByRole('button', { name: 'Details and sources' }).click();
  await expect(page.getByTestId('event-detail')).toContainText('Witkoff');
  expect(foreign).toEqual([]);
});

test('the Embed dialog tells the open story from its step, says where its images come from, and can leave it out', async ({
  page,
}) => {
  await page.goto(`${STORY}&step=3`);
  await waitForApp(page);
  await expect(card(page)).toHaveAttribute('data-step', '3');
  await page.getByTestId('open-embed').click();
  const dialog = page.getByTestId('embed-dialog');
  const snippet = dialog.getByTestId('embed-snippet');
  await expect(dialog.getByTestId('embed-story')).toBeChecked();
  await expect(snippet).toHaveValue(/story=witkoff-putin-2025&amp;step=3/);
  await expect(dialog.getByTestId('embed-story-media')).toHaveText(
    'It has no images: the frame asks no other site for anything.',
  );
  const preview = dialog.frameLocator('iframe');
  await expect(preview.getByTestId('story-step')).toHaveAttribute('data-step', '3');
  await dialog.getByTestId('embed-story').uncheck();
  await expect(snippet).not.toHaveValue(/story=/);
});

test('the Embed dialog names the hosts a story’s images come from', async ({ page }) => {
  await page.route(DATA, serveJson(withStory));
  await page.goto(`/?data=${encodeURIComponent(DATA)}&story=pictured`);
  await waitForApp(page);
  await page.getByTestId('open-embed').click();
  await expect(page.getByTestId('embed-story-media')).toContainText(
    'Its images load from images.example.org when their step is shown',
  );
});

/** The editor on a new story of the events in view at `url`. */
async function newStoryEditor(page: Page, url: string) {
  await page.goto(url);
  await waitForApp(page);
  await page.getByTestId('story-new').click();
  return page.getByTestId('story-editor');
}

test.describe('writing a story', () => {
  test('on a phone the buttons wait behind “Write…” beside the story links, and open the editor', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto('/?from=2025-02-01&to=2025-03-15');
    await waitForApp(page);
    const write = page.getByRole('button', { name: 'Write…' });
    await expect(write).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByTestId('story-new')).toBeHidden();
    await write.click();
    await expect(write).toHaveAttribute('aria-expanded', 'true');
    await page.getByTestId('story-new').click();
    await expect(page.getByTestId('story-editor')).toBeVisible();
    await expect(page.getByTestId('story-edit-step').first()).toBeVisible();
  });

  test('from the events in view: retitled, steps moved by keyboard, one removed, saved, kept and edited', async ({
    page,
  }) => {
    const editor = await newStoryEditor(page, '/?from=2025-02-01&to=2025-03-15');
    const steps = editor.getByTestId('story-edit-step');
    await expect(steps.first()).toBeVisible();
    const first = await steps.count();
    expect(first).toBeGreaterThan(3);
    const order = () =>
      steps.evaluateAll((items) => items.map((li) => li.getAttribute('data-event-id')));
    const before = await order();
    await editor.getByTestId('story-edit-title').fill('February, step by step');
    // The keyboard moves a step: the focus stays on the moved step's button.
    await editor.getByRole('button', { name: 'Move step 2 down' }).focus();
    await page.keyboard.press('Enter');
    await expect(editor.getByRole('button', { name: 'Move step 3 down' })).toBeFocused();
    expect(await order()).toEqual([before[1], before[0], ...before.slice(2)]);
    await page.keyboard.press('Enter');
    expect(await order()).toEqual([before[1], before[2], before[0], ...before.slice(3)]);
    await editor.getByRole('button', { name: 'Move step 4 up' }).click();
    expect(await order()).toEqual([before[1], before[0], before[2], ...before.slice(3)]);
    await editor.getByRole('button', { name: 'Remove step 2' }).click();
    await expect(steps).toHaveCount(first - 1);
    await steps.nth(0).getByLabel('Text').fill('Where it began.\n\nSee https://example.org/a.');
    await editor.getByTestId('story-save').click();

    const reader = card(page);
    await expect(page).toHaveURL(/story=february-step-by-step/);
    await expect(reader).toHaveAttribute('data-steps', String(first));
    await reader.getByRole('button', { name: 'Next' }).click();
    await expect(reader).toContainText('Where it began.');
    await expect(reader.getByRole('link', { name: 'https://example.org/a' })).toBeVisible();

    // Kept in this browser: a reload reads it back; Edit changes it.
    await page.reload();
    await expect(card(page)).toHaveAttribute('data-steps', String(first));
    await card(page).getByRole('button', { name: 'Edit' }).click();
    await steps.nth(0).getByLabel('Headline').fill('Where it began');
    await editor.getByTestId('story-save').click();
    // The story opens again at the step it was edited from.
    await expect(card(page)).toHaveAttribute('data-step', '2');
    await expect(card(page).getByRole('heading', { level: 2 })).toHaveText('Where it began');
  });

  test('an open event is added as a step; a step without a headline is not saved, and says which', async ({
    page,
  }) => {
    const editor = await newStoryEditor(
      page,
      '/?from=2025-02-01&to=2025-03-15&event=witkoff-putin-2025-08-06',
    );
    // The chart brings the open event into view; on a busy machine that can happen before the
    // editor is made, which then tells it already. Untold, it is offered to be added. Which of
    // the two is known once the editor (loaded on first use) shows one or the other.
    const told = editor.locator(
      '[data-testid="story-edit-step"][data-event-id="witkoff-putin-2025-08-06"]',
    );
    const add = editor.getByRole('button', {
      name: /Add the open event, “Witkoff meets Putin at the Kremlin”/,
    });
    await expect(told.or(add).first()).toBeVisible();
    if (await told.count()) await told.getByRole('button', { name: /^Remove step/ }).click();
    await add.click();
    const steps = editor.getByTestId('story-edit-step');
    await expect(steps.last()).toHaveAttribute('data-event-id', 'witkoff-putin-2025-08-06');
    await steps.first().getByLabel('Headline').fill(' ');
    await editor.getByTestId('story-save').click();
    await expect(editor.getByRole('alert')).toContainText('story.steps[0].headline: is empty');
    await expect(page.getByTestId('story-editor-status')).toHaveText(
      'Not saved: see the problems above.',
    );
  });

  test('a story exported as a file opens again from “Import a story…”; one telling other events is refused, naming the step', async ({
    page,
  }) => {
    const editor = await newStoryEditor(page, '/?from=2025-02-01&to=2025-03-15');
    await editor.getByTestId('story-edit-title').fill('To share');
    const download = page.waitForEvent('download');
    await editor.getByRole('button', { name: 'Export story (JSON)' }).click();
    const file = await (await download).path();
    const text = readFileSync(file, 'utf8');
    expect(JSON.parse(text)).toMatchObject({
      format: 'parley-story/1',
      story: { title: 'To share' },
    });
    await editor.getByRole('button', { name: 'Close' }).click();

    await page.getByTestId('story-import-file').setInputFiles({
      name: 'to-share.story.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await expect(card(page).getByRole('heading', { level: 2 })).toHaveText('To share');

    await card(page).getByRole('button', { name: 'Close story' }).click();
    const broken = JSON.parse(text);
    broken.story.steps[1].event = 'not-here';
    await page.getByTestId('story-import-file').setInputFiles({
      name: 'broken.story.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(broken)),
    });
    await expect(page.locator('main')).toContainText(
      'broken.story.json cannot be told over this dataset, so nothing was added: story.steps[1].event: "not-here" is not an event in this dataset',
    );
  });
});

test.describe('a story opened by its address (?story=<url>)', () => {
  const STORY_URL = 'https://stories.example.org/shared.story.json';
  /** A story file over its own dataset (DATA), not the one on screen. */
  const mine = JSON.stringify({
    format: 'parley-story/1',
    dataset: { url: DATA },
    story: {
      id: 'mine',
      title: 'Over my data',
      steps: [{ event: 'range', headline: 'Three days' }],
    },
  });
  const shared = (dataset: object = {}) =>
    JSON.stringify({
      format: 'parley-story/1',
      dataset,
      story: {
        id: 'shared',
        title: 'A shared story',
        steps: [
          { event: 'witkoff-putin-2025-02-11', headline: 'First' },
          { event: 'witkoff-putin-2025-03-13', headline: 'Second' },
        ],
      },
    });

  test('opens at its step over the dataset on screen, stored nowhere', async ({ page }) => {
    await page.route(STORY_URL, serveJson(shared()));
    await page.goto(`/?story=${encodeURIComponent(STORY_URL)}&step=3`);
    await waitForApp(page);
    await expect(card(page)).toHaveAttribute('data-step', '3');
    await expect(card(page).getByRole('heading', { level: 2 })).toHaveText('Second');
    await expect(mark(page, 'witkoff-putin-2025-03-13')).toHaveClass(/selected/);
  });

  test('opens the dataset the file names first, then the story over it', async ({ page }) => {
    await page.route(STORY_URL, serveJson(mine));
    await page.route(DATA, serveJson(JSON.stringify(small)));
    await page.goto(`/?story=${encodeURIComponent(STORY_URL)}&step=2`);
    await expect(page).toHaveURL(/data=https%3A%2F%2Fdata\.example\.org/);
    await expect(card(page).getByRole('heading', { level: 2 })).toHaveText('Three days');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Test talks');
  });

  test('inside an embed: the frame tells the file’s story at its step, opens the dataset it names in place, and says when it cannot', async ({
    page,
  }) => {
    await page.route(STORY_URL, serveJson(shared()));
    await page.goto(`/embed.html?story=${encodeURIComponent(STORY_URL)}&step=2&theme=dark`);
    await expect(card(page)).toHaveAttribute('data-step', '2');
    await expect(card(page).getByRole('heading', { level: 2 })).toHaveText('First');
    await card(page).getByRole('button', { name: 'Next' }).click();
    await expect(card(page).getByRole('heading', { level: 2 })).toHaveText('Second');
    // The frame's own options stay, and its address follows the step.
    await expect(page).toHaveURL(/theme=dark/);
    await expect(page).toHaveURL(/step=3/);

    // A file naming its own dataset: the frame opens that dataset, replacing its address.
    const OTHER = 'https://stories.example.org/mine.story.json';
    await page.route(OTHER, serveJson(mine));
    await page.route(DATA, serveJson(JSON.stringify(small)));
    await page.goto(`/embed.html?story=${encodeURIComponent(OTHER)}&step=2`);
    await expect(page).toHaveURL(/data=https%3A%2F%2Fdata\.example\.org/);
    await expect(card(page).getByRole('heading', { level: 2 })).toHaveText('Three days');

    // One that cannot be fetched: said with its address, and the chart still shows.
    const GONE = 'https://stories.example.org/gone.story.json';
    await page.route(GONE, (route) => route.fulfill({ status: 404, body: 'gone' }));
    await page.goto(`/embed.html?story=${encodeURIComponent(GONE)}`);
    await expect(page.getByRole('alert')).toContainText(
      `The story at ${GONE} could not be opened.`,
    );
    await expect(page.getByTestId('timeline')).toHaveAttribute('data-ready', 'true');
  });

  test('the Embed dialog offers to tell a story opened by its address: the frame fetches the same file', async ({
    page,
  }) => {
    await page.route(STORY_URL, serveJson(shared()));
    await page.goto(`/?story=${encodeURIComponent(STORY_URL)}&step=2`);
    await waitForApp(page);
    await expect(card(page)).toHaveAttribute('data-step', '2');
    await page.getByTestId('open-embed').click();
    const dialog = page.getByTestId('embed-dialog');
    await expect(dialog.getByTestId('embed-story')).toBeChecked();
    await expect(dialog).not.toContainText('kept in this browser only');
    const snippet = await dialog.getByTestId('embed-snippet').inputValue();
    const src = new URL(/src="([^"]+)"/.exec(snippet)![1]!.replaceAll('&amp;', '&'));
    expect(src.searchParams.get('story')).toBe(STORY_URL);
    expect(src.searchParams.get('step')).toBe('2');
  });

  test('one that cannot be fetched says so with its address, and the timeline is one click away', async ({
    page,
  }) => {
    await page.route(STORY_URL, (route) => route.fulfill({ status: 404, body: 'gone' }));
    await page.goto(`/?story=${encodeURIComponent(STORY_URL)}`);
    await waitForApp(page);
    await expect(page.getByRole('alert')).toContainText(
      `The story at ${STORY_URL} could not be opened.`,
    );
    await page.getByRole('button', { name: 'Show the timeline' }).click();
    await expect(page).not.toHaveURL(/story=/);
  });
});
