/**
 * The embed page's entry (embed.html). Kept apart from main.ts so none of the app's storage,
 * import or export code is in its bundle: no Dexie, no papaparse (README "Embed").
 */
import { mount } from 'svelte';
import curatedUrl from '../data/chronology.json?url';
import Embed from './components/embed/Embed.svelte';
import { watchHeight } from './lib/embed/auto-height';
import { EmbedState } from './lib/embed/embed-state.svelte';
import { parseEmbedOptions } from './lib/embed/options';
import { applyTheme } from './lib/embed/theme';
import { downloadChronology } from './lib/io/download-chronology';
import { fetchWithEarlyData } from './lib/io/early-data';
import { browserHistory } from './lib/view/history';
import 'virtual:parley-tokens.css';
import './app.css';
import './embed.css';

const options = parseEmbedOptions(window.location.search);
applyTheme(document.documentElement, options.theme);

const target = document.getElementById('embed');
if (!target) throw new Error('embed.html has no #embed element');
const embed = new EmbedState(browserHistory(window));
embed.followUrl();
mount(Embed, { target, props: { embed, options } });
void embed.start(
  {
    fetchChronology: (url, name) =>
      downloadChronology(url, name, { fetchImpl: fetchWithEarlyData(window) }),
    curatedUrl,
  },
  options.only,
);

// Only a framed page has someone to tell its height to.
if (window.parent !== window) watchHeight(document, window.parent, options.frame);
