/** Words for codes the data uses. Unknown codes are shown as they are, never hidden. */
import type { Place, Status } from '../model/types';

const KIND_LABELS: Record<string, string> = {
  'envoy-meeting': 'Envoy meeting',
  'negotiation-round': 'Negotiation round',
  summit: 'Summit',
  'phone-call': 'Phone call',
  document: 'Document',
  ministerial: 'Ministerial meeting',
  'advisers-meeting': 'Advisers’ meeting',
  other: 'Other',
};

export function kindLabel(kind: string | undefined): string | undefined {
  return kind === undefined ? undefined : (KIND_LABELS[kind] ?? kind);
}

const SIDE_NAMES: Record<string, string> = {
  US: 'United States',
  RU: 'Russia',
  UA: 'Ukraine',
  EU: 'Europe',
  MED: 'Mediator or host',
  OSCE: 'OSCE',
  UN: 'United Nations',
  CN: 'China',
  AF: 'African leaders',
  'DNR/LNR': 'Russia-backed entities in Donetsk and Luhansk',
  OTHER: 'Other states',
};

/** Channels whose name is not the parties joined by dashes. */
export const TRACK_LABELS: Record<string, string> = {
  'normandy-format': 'Normandy format',
  'contact-group': 'Trilateral Contact Group',
  humanitarian: 'UN- and Türkiye-mediated humanitarian tracks',
  'peace-formula': 'Peace formula',
};

/** "us-russia-ukraine" → "US–Russia–Ukraine"; named channels by their name. */
export function trackLabel(track: string | undefined): string | undefined {
  if (track === undefined) return undefined;
  const named = TRACK_LABELS[track];
  if (named !== undefined) return named;
  // A lane written as words ("State-based conflict", an imported file's own) is shown as
  // written; only ids such as "us-russia" are spelled out as sides.
  if (/[\sA-Z]/.test(track)) return track;
  const names: Record<string, string> = {
    us: 'US',
    russia: 'Russia',
    ukraine: 'Ukraine',
    europe: 'Europe',
  };
  return track
    .split('-')
    .map((part) => names[part] ?? part)
    .join('–');
}

export function sideLabel(side: string): string {
  return side === '' ? 'Others' : (SIDE_NAMES[side] ?? side);
}

const STATUS_LABELS: Record<Status, string> = {
  confirmed: 'Confirmed',
  partly: 'Partly confirmed',
  unconfirmed: 'Unconfirmed',
};

export function statusLabel(status: Status | undefined): string | undefined {
  return status === undefined ? undefined : STATUS_LABELS[status];
}

/** "Kremlin, Moscow, Russia" from what is known. */
export function placeLabel(place: Place | undefined): string | undefined {
  if (!place) return undefined;
  const city =
    place.region && place.city ? `${place.city} (${place.region})` : (place.city ?? place.region);
  const parts = [place.venue, city, place.country].filter((p): p is string => Boolean(p));
  return parts.length ? parts.join(', ') : undefined;
}
