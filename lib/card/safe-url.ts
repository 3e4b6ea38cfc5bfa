/** Which source URLs may a card link to? Absolute https URLs only, whatever the data says. */

/** The normalized URL when `value` is an absolute https URL with a host, else null. */
export function httpsOnly(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.hostname === '' || url.username !== '' || url.password !== '') return null;
  return url.href;
}
