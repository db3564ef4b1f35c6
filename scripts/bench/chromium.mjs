// The benchmark's browser: Debian's Chromium (PARLEY_CHROMIUM to use another), launched with the
// flags every run uses, so that the runs compare.
import { chromium } from '@playwright/test';

export const CHROMIUM = process.env.PARLEY_CHROMIUM ?? '/usr/bin/chromium';

/**
 * @param {{ memory?: boolean }} [options] memory: precise heap figures and a GC the bench can
 *   force (`--enable-precise-memory-info`, `--expose-gc`), for runs that measure memory.
 */
export function launchChromium({ memory = false } = {}) {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      ...(memory ? ['--enable-precise-memory-info', '--js-flags=--expose-gc'] : []),
    ],
  });
}
