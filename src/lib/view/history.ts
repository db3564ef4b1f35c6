/**
 * The page's address, as the view model sees it: its query string, the entries Back and
 * Forward walk, and a reload. Passed in, so the view model never touches `window` and its
 * tests run in Node with `memoryHistory` (./memory-history.ts).
 */
export interface ViewHistory {
  /** The query string now: "?…", or "" when there is none. */
  read(): string;
  /** The whole address now, against which relative links (a `data=` path) resolve. */
  href(): string;
  /** A new entry with this query string: Back returns to the one before. */
  push(search: string): void;
  /** The same entry with this query string: Back skips it. */
  replace(search: string): void;
  /** Calls `listener` when Back or Forward moves to another entry; returns how to stop. */
  onChange(listener: () => void): () => void;
  /** Loads the page again at its current address. */
  reload(): void;
}

/** The browser's own history and location. Path and hash are kept; only the query changes. */
export function browserHistory(win: Window = window): ViewHistory {
  const at = (search: string) => `${win.location.pathname}${search}${win.location.hash}`;
  return {
    read: () => win.location.search,
    href: () => win.location.href,
    push: (search) => win.history.pushState(null, '', at(search)),
    replace: (search) => win.history.replaceState(null, '', at(search)),
    onChange(listener) {
      win.addEventListener('popstate', listener);
      return () => win.removeEventListener('popstate', listener);
    },
    reload: () => win.location.reload(),
  };
}
