// Functions passed to `serviceWorker.evaluate` run in the extension's service
// worker, where the extension API is the global `chrome`.
declare const chrome: typeof browser;
