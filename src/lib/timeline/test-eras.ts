// The curated eras' dates and titles (data/…, "eras"), for the eras' unit tests.
import type { Era } from './eras';

function era(id: string, title: string, start: string, end?: string): Era {
  return { id, title, start, ...(end ? { end } : {}), level: 0, sources: [] };
}

export const ERAS: Era[] = [
  era('minsk-process', 'Minsk process, 2014–2022', '2014-09-01', '2022-02-21'),
  era(
    'talks-after-full-scale-invasion-2022',
    'Talks after the full-scale invasion, 2022',
    '2022-02-28',
    '2022-11-15',
  ),
  era('peace-formula', 'The peace formula, 2023–2024', '2022-11-15', '2024-12-30'),
  era(
    'second-trump-administration',
    'Talks under the second Trump administration, 2025–',
    '2025-02-11',
  ),
];
