/**
 * Which tab is the popup about?
 *
 * Normally the active tab of the current window, found without the `tabs`
 * permission (the id is enough to message the tab's content script). A
 * `?tab=<id>` query parameter names another tab: that is how tests open
 * `popup.html` as a normal page about an article in another tab, and how any
 * extension page can show the popup's view of a given tab.
 */

/** The tab id in a `?tab=<id>` query string, or null when absent or not a tab id. */
export function tabIdFromSearch(search: string): number | null {
  const value = new URLSearchParams(search).get('tab');
  if (value === null || !/^\d{1,10}$/.test(value)) return null;
  const id = Number(value);
  return Number.isSafeInteger(id) && id >= 0 ? id : null;
}
