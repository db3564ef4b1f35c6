import { describe, expect, it } from 'vitest';
import { eventHash } from './event-hash';

describe("an event's fingerprint", () => {
  const event = { id: 'acled-UKR1', title: 'Shelling, Avdiivka', start: '2023-02-16' };

  it('is the same for the same content, and differs when any field changes', () => {
    expect(eventHash({ ...event })).toBe(eventHash(event));
    expect(eventHash({ ...event, title: 'Shelling, Avdiivka.' })).not.toBe(eventHash(event));
    expect(eventHash({ ...event, figures: [{ measure: 'fatalities', value: 1 }] })).not.toBe(
      eventHash(event),
    );
  });

  it('tells 10,000 events with small differences apart', () => {
    const hashes = new Set(
      Array.from({ length: 10_000 }, (_, i) => eventHash({ ...event, id: `acled-UKR${i}` })),
    );
    expect(hashes.size).toBe(10_000);
  });
});
