/**
 * "a" or "an" before a name as it is read aloud: "an ACLED export", "an Event CSV", but "a UCDP
 * GED file" (an initialism starting "you-…") and "a TimelineJS file". A name starting with a
 * vowel takes "an", except a capital U before another capital (UCDP); "u" before a lower-case
 * letter ("an unknown file") takes "an" too.
 */
export function article(name: string): 'a' | 'an' {
  return /^(?:[AEIOaeio]|[Uu][a-z])/.test(name) ? 'an' : 'a';
}
