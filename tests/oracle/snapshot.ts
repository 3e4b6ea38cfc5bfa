/**
 * Runs inside a page (bundled into one script, see bundle.ts): what the
 * oracle finds in this frame's document, and what the extension highlighted,
 * both serialized the same way so that Node can compare them.
 */
import { matcherFrom, type CompiledData } from '../../lib/match';
import { exhaustiveMentions } from './exhaustive';
import type { FrameSnapshot, SerializedMention } from './types';

/** The extension's public highlight names; `face-facts-bg-*` / `face-facts-ul-*` are the same Highlights again. */
const PUBLIC_NAME = /^face-facts-(?!bg-|ul-)(.+)$/;
const CONTEXT_CHARS = 30;

/** Where `node` is: child indexes from the document down, `s` marking a step into a host's shadow root. */
function pathOf(node: Node): string {
  const steps: string[] = [];
  let current: Node = node;
  for (;;) {
    const parent = current.parentNode;
    if (!parent) break;
    steps.push(String(Array.prototype.indexOf.call(parent.childNodes, current)));
    if (parent instanceof ShadowRoot) {
      steps.push('s');
      current = parent.host;
    } else {
      current = parent;
    }
  }
  return steps.reverse().join('/');
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** The mention with some of the text around it, for a readable failure. */
function contextOf(range: Range): string {
  const start = range.startContainer;
  const end = range.endContainer;
  const before = start.nodeType === Node.TEXT_NODE ? (start as Text).data.slice(0, range.startOffset) : '';
  const after = end.nodeType === Node.TEXT_NODE ? (end as Text).data.slice(range.endOffset) : '';
  const block = start.parentElement;
  const where = block ? `<${block.localName}${block.id ? `#${block.id}` : ''}>` : '';
  return `${where} …${oneLine(before).slice(-CONTEXT_CHARS)}[${oneLine(range.toString())}]${oneLine(after).slice(0, CONTEXT_CHARS)}…`;
}

function serialize(topic: string, range: Range): SerializedMention {
  return {
    topic,
    text: range.toString(),
    at: `${pathOf(range.startContainer)}:${range.startOffset}-${pathOf(range.endContainer)}:${range.endOffset}`,
    context: contextOf(range),
  };
}

export function snapshot(data: CompiledData): FrameSnapshot {
  const oracle = exhaustiveMentions(document, matcherFrom(data)).map(({ topic, range }) => serialize(topic, range));
  const extension: SerializedMention[] = [];
  for (const [name, highlight] of CSS.highlights) {
    const topic = PUBLIC_NAME.exec(name)?.[1];
    if (!topic) continue;
    for (const range of highlight) extension.push(serialize(topic, range as Range));
  }
  return {
    scanned: performance.getEntriesByName('face-facts:scan', 'measure').length > 0,
    oracle,
    extension,
  };
}
