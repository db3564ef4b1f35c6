// The stages columns-heap.mjs measures, shared by its Node and Chromium runs (the page imports
// this file as it is). Each stage adds to `state` what the app would hold after it; the driver
// forces a garbage collection and reads the memory between stages.
//
// `lib` is the app's own modules, bundled: prepare, filters, lanes, event-columns and
// filter-columns, merged into one object; `load()` reads and parses the benchmark file.

/**
 * @typedef {{ name: string, run: (state: Record<string, any>) => unknown }} Stage
 * @param {'objects' | 'columns'} path
 * @param {Record<string, any>} lib
 * @param {() => Promise<unknown>} load
 * @returns {Stage[]}
 */
export function stages(path, lib, load) {
  const none = { ...lib.NO_FILTERS };
  const search = { ...lib.NO_FILTERS, q: 'ceasefire' };
  const facet = { ...lib.NO_FILTERS, kind: ['summit'] };
  /** @type {Stage[]} */
  const common = [
    { name: 'parsed file', run: async (s) => (s.chronology = await load()) },
    { name: '+ prepared views', run: (s) => (s.prepared = lib.prepareChronology(s.chronology)) },
  ];
  if (path === 'objects') {
    return [
      ...common,
      {
        name: '+ filter index with facet counts (the filter panel)',
        run: (s) => {
          s.index = lib.buildFilterIndex(s.prepared.events);
          s.counts = lib.facetCounts(s.index, none);
        },
      },
      {
        name: '+ lanes by channel',
        run: (s) => (s.lanes = lib.buildLanes(lib.applyFilters(s.index, none), 'track')),
      },
      {
        name: '+ search text (first search)',
        run: (s) => (s.found = lib.applyFilters(s.index, search)),
      },
    ];
  }
  return [
    ...common,
    { name: '+ columns', run: (s) => (s.columns = lib.buildEventColumns(s.prepared)) },
    {
      // Phase 2 drops the objects: only the columns stay (full events come from IndexedDB).
      name: 'columns alone (file and views dropped)',
      run: (s) => {
        s.chronology = s.prepared = undefined;
      },
    },
    { name: '+ facet counts', run: (s) => (s.counts = lib.facetCountsOfColumns(s.columns, none)) },
    {
      name: '+ lanes by channel',
      run: (s) =>
        (s.lanes = lib.buildLanesFromColumns(
          s.columns,
          lib.filterColumns(s.columns, none),
          'track',
        )),
    },
    { name: '+ a search', run: (s) => (s.found = lib.filterColumns(s.columns, search)) },
    { name: '+ a facet filter', run: (s) => (s.faceted = lib.filterColumns(s.columns, facet)) },
  ];
}
