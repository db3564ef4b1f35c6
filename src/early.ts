/**
 * The pages' first script (src/build/early-script-plugin.js puts it into index.html and
 * embed.html): small, so it runs well before the app's entry, and starts a `?data=` download.
 */
import { startEarlyDownload } from './lib/io/early-download';

startEarlyDownload(window.location);
