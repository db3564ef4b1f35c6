// Every unit test gets a fresh in-memory IndexedDB (fake-indexeddb), so storage code runs in
// Node exactly as it would in a browser, without one.
import 'fake-indexeddb/auto';
