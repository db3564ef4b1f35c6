/**
 * Event ids for formats that have none (the TimelineJS sheet) or rows that leave them out.
 * Built from the title and the start date, so importing the same file twice gives the same
 * ids, and links such as `?event=<id>` keep working across re-imports.
 */

const MAX_SLUG = 60;

/** "Witkoff meets Putin – 2nd time" + "2025-02-11" → "witkoff-meets-putin-2nd-time-2025-02-11". */
export function slugId(title: string, start: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '') // accents go: "Türkiye" → "turkiye"
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG)
    .replace(/-+$/, '');
  const date = start.replace(/[^0-9-]+/g, '-').replace(/^-+|-+$/g, '');
  return [words || 'event', date].filter(Boolean).join('-');
}

/**
 * Hands out ids that are unique within one file: the first "x" stays "x", later ones become
 * "x-2", "x-3". Ids the file itself gives are reserved first, so a generated id never takes one.
 */
export class IdPool {
  private readonly used = new Set<string>();
  /** Next suffix to try per base, so 10,000 rows with one title stay linear. */
  private readonly next = new Map<string, number>();

  reserve(id: string): void {
    this.used.add(id);
  }

  unique(base: string): string {
    let id = base;
    let n = this.next.get(base) ?? 2;
    while (this.used.has(id)) id = `${base}-${n++}`;
    this.next.set(base, n);
    this.used.add(id);
    return id;
  }
}
