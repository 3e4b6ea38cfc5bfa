/**
 * Where the extension may differ from the exhaustive block walk, on purpose.
 *
 * Each entry names the page (`fixtures/<path>`, `demo/<file>`, or
 * `corpus/<folder>/<file>`), the topic, the mention's text (whitespace folded),
 * which side alone finds it, and why. An entry covers every such difference on
 * its page; an entry that covers none fails the comparison, so the list cannot
 * keep entries that no longer apply.
 */
import type { KnownDifference } from './compare';

export const KNOWN_DIFFERENCES: readonly KnownDifference[] = [
  {
    page: 'fixtures/detection/boxes.html',
    topic: 'rekognition',
    text: 'Amazon Rekognition',
    only: 'oracle',
    reason: 'two spans laid out as blocks: the walk joins inline elements by tag name, the extension reads their computed display',
  },
  {
    page: 'fixtures/detection/boxes.html',
    topic: 'ibm',
    text: 'IBM',
    only: 'oracle',
    reason: 'two flex items: blockified, so they are separate boxes',
  },
  {
    page: 'fixtures/detection/boxes.html',
    topic: 'aclu',
    text: 'ACLU',
    only: 'oracle',
    reason: 'two table cells',
  },
];
