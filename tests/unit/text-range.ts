/** A Range over `text` from `start` to `end`, as detection hands them to the index and the registry. */
export function textRange(text: Text, start: number, end: number): Range {
  const range = document.createRange();
  range.setStart(text, start);
  range.setEnd(text, end);
  return range;
}
