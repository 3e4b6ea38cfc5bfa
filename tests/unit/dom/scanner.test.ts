import { afterEach, describe, expect, it } from 'vitest';
import { MentionIndex } from '@/lib/dom/mention-index';
import { BATCH_GAP_MS, FIRST_PAINT_MS, MAX_PAINT_GAP_MS, PageScanner, paintPacer, type Painter } from '@/lib/dom/scanner';
import { OWN_UI_TAG } from '@/lib/dom/skip';
import { textSource } from '@/lib/dom/find';
import { KeySearch } from '@/lib/find/key-search';
import type { Matcher, Mention } from '@/lib/match';

/** A stand-in matcher: whole words IBM and ACLU (the real one is tested in lib/match). */
const matcher: Matcher = {
  match(text: string): Mention[] {
    return [...text.matchAll(/\b(IBM|ACLU)\b/g)].map((m) => ({
      topic: m[1]!.toLowerCase(),
      start: m.index,
      end: m.index + m[1]!.length,
      form: m[1]!,
    }));
  },
};

/** The candidate search for the stand-in matcher's two words. */
const search = new KeySearch({
  keys: ['ibm', 'aclu'],
  follow: ['', ''],
  lead: ['', ''],
  letters: Object.fromEntries([...'ibmaclu'].map((letter) => [letter, letter + letter.toUpperCase()])),
});
const candidates = textSource(() => search);

/** Records mentions like the registry: what is painted changes only on `flush()`. */
class Sink implements Painter {
  private readonly recorded = new Map<Range, string>();
  readonly ranges = new Map<Range, string>();
  flushes = 0;
  add(topic: string, range: Range) {
    this.recorded.set(range, topic);
  }
  remove(_topic: string, range: Range) {
    this.recorded.delete(range);
  }
  clear() {
    this.recorded.clear();
  }
  flush() {
    this.flushes++;
    this.ranges.clear();
    for (const [range, topic] of this.recorded) this.ranges.set(range, topic);
  }
  /** The painted mentions' texts. */
  texts(): string[] {
    return [...this.ranges.keys()].map((r) => r.toString()).sort();
  }
}

function paragraph(...parts: Array<string | Node>): HTMLParagraphElement {
  const p = document.createElement('p');
  p.append(...parts);
  return p;
}

let scanner: PageScanner | undefined;
afterEach(() => scanner?.stop());

async function setup(...nodes: Node[]) {
  return setupWith({}, ...nodes);
}

async function setupWith(extra: { permit?: Promise<boolean>; wait?: boolean }, ...nodes: Node[]) {
  document.body.replaceChildren(...nodes);
  const sink = new Sink();
  const index = new MentionIndex();
  let built = 0;
  const exact = () => {
    built++;
    return matcher;
  };
  scanner = new PageScanner({ document, candidates, matcher: exact, index, painter: sink, schedule: (run) => setTimeout(run, 0), permit: extra.permit });
  const first = scanner.start();
  if (extra.wait !== false) await first;
  return { sink, scanner, index, built: () => built, first };
}

describe('PageScanner', () => {
  it('finds mentions across inline markup but not across blocks', async () => {
    const span = document.createElement('span');
    span.append('BM');
    const { sink, index } = await setup(paragraph('I', span, ' and ACLU'), paragraph('with IB'), paragraph('M too'));
    expect(sink.texts()).toEqual(['ACLU', 'IBM']);
    expect(index.counts()).toEqual({ ibm: 1, aclu: 1 });
  });

  it('rescans blocks that are added, edited or removed', async () => {
    const edited = paragraph('nothing here');
    const removed = paragraph('ACLU here');
    const { sink, scanner, index } = await setup(edited, removed);
    expect(sink.texts()).toEqual(['ACLU']);

    document.body.append(paragraph('new IBM paragraph'));
    (edited.firstChild as Text).data = 'now ACLU and IBM';
    removed.remove();
    await scanner.settled();
    expect(sink.texts()).toEqual(['ACLU', 'IBM', 'IBM']);

    (edited.firstChild as Text).data = 'gone';
    await scanner.settled();
    expect(sink.texts()).toEqual(['IBM']);
    expect(index.counts()).toEqual({ ibm: 1 });
  });

  it('follows a block rewritten many times before a batch, and a removal made between its rewrites', async () => {
    const storm = paragraph('waiting');
    const { sink, scanner } = await setup(storm, paragraph('still here'));
    for (let i = 0; i < 20; i++) storm.textContent = i % 2 ? `update ${i}: IBM` : `update ${i}: nothing`;
    (storm.firstChild as Text).data = 'last: ACLU';
    await scanner.settled();
    expect(sink.texts()).toEqual(['ACLU']);
    // Rewritten, then an element taken out of it, then rewritten again: the removal still counts.
    const inner = document.createElement('span');
    inner.append('IBM');
    storm.replaceChildren('text ', inner);
    await scanner.settled();
    expect(sink.texts()).toEqual(['IBM']);
    storm.textContent = 'plain';
    storm.textContent = 'plainer';
    await scanner.settled();
    expect(sink.texts()).toEqual([]);
  });

  it('drops mentions of content that becomes hidden and finds them when it shows again', async () => {
    const section = document.createElement('section');
    section.append(paragraph('IBM inside'));
    const { sink, scanner } = await setup(section);
    expect(sink.texts()).toEqual(['IBM']);
    section.hidden = true;
    await scanner.settled();
    expect(sink.texts()).toEqual([]);
    section.hidden = false;
    await scanner.settled();
    expect(sink.texts()).toEqual(['IBM']);
  });

  it('ignores changes inside skipped regions and its own UI host', async () => {
    const area = document.createElement('div');
    area.setAttribute('contenteditable', '');
    const { sink, scanner } = await setup(area, paragraph('x'));
    area.append('typed IBM');
    const ui = document.createElement('face-facts-ui');
    ui.append('ACLU');
    document.body.append(ui);
    await scanner.settled();
    expect(sink.texts()).toEqual([]);
  });

  it('falls back to one full rescan when a batch is too large', async () => {
    const { sink, scanner } = await setup(paragraph('start'));
    const many = Array.from({ length: 600 }, (_, i) => paragraph(i % 100 === 0 ? 'IBM' : `p${i}`));
    const wrapper = document.createElement('div');
    wrapper.append(...many);
    document.body.append(wrapper);
    await scanner.settled();
    expect(sink.texts()).toEqual(Array(6).fill('IBM'));
  });

  it('scans open shadow roots found later', async () => {
    const { sink, scanner } = await setup(paragraph('x'));
    const host = document.createElement('x-card');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(paragraph('shadow ACLU'));
    document.body.append(host);
    await scanner.settled();
    expect(sink.texts()).toEqual(['ACLU']);
    shadow.append(paragraph('more IBM'));
    await scanner.settled();
    expect(sink.texts()).toEqual(['ACLU', 'IBM']);
  });

  it('removes every mention when stopped', async () => {
    const { sink, scanner, index } = await setup(paragraph('IBM'));
    scanner.stop();
    expect(sink.texts()).toEqual([]);
    expect(index.owners()).toEqual([]);
  });

  it('runs batches of changes at most once per BATCH_GAP_MS, however often the page changes', async () => {
    const storm = paragraph('nothing yet');
    const { sink, scanner } = await setup(storm);
    const flushesBefore = sink.flushes;
    const started = performance.now();
    // 40 rewrites, one every 5 ms, as a page in a mutation storm does.
    for (let n = 1; n <= 40; n++) {
      (storm.firstChild as Text).data = n % 2 ? `update ${n}: IBM` : `update ${n}: none`;
      await new Promise((done) => setTimeout(done, 5));
    }
    await scanner.settled();
    const elapsed = performance.now() - started;
    const batches = sink.flushes - flushesBefore;
    expect(batches).toBeGreaterThan(0);
    expect(batches).toBeLessThanOrEqual(Math.ceil(elapsed / BATCH_GAP_MS) + 1);
    // The last state is what is highlighted.
    expect(sink.texts()).toEqual([]);
    (storm.firstChild as Text).data = 'final IBM';
    await scanner.settled();
    expect(sink.texts()).toEqual(['IBM']);
  });
});

describe('PageScanner: find, then locate', () => {
  it('never builds the exact matcher on a page without a candidate', async () => {
    const { sink, scanner, built } = await setup(paragraph('IBMX and ACLX are not mentions'), paragraph('plain prose'));
    await scanner.settled();
    expect(sink.texts()).toEqual([]);
    expect(built()).toBe(0);
    document.body.append(paragraph('then an IBM mention'));
    await scanner.settled();
    expect(sink.texts()).toEqual(['IBM']);
    expect(built()).toBe(1);
  });

  it('matches only the blocks that hold a candidate', async () => {
    const spied: string[] = [];
    const spy: Matcher = { match: (text) => (spied.push(text), matcher.match(text)) };
    document.body.replaceChildren(paragraph('one IBM'), paragraph('two'), paragraph('three ACLU'));
    const sink = new Sink();
    scanner = new PageScanner({ document, candidates, matcher: () => spy, index: new MentionIndex(), painter: sink });
    await scanner.start();
    expect(spied).toEqual(['one IBM', 'three ACLU']);
    expect(sink.texts()).toEqual(['ACLU', 'IBM']);
  });

  it('ends a run at an inline element laid out as a block, inside a candidate block', async () => {
    const a = document.createElement('span');
    a.style.display = 'block';
    a.append('the I');
    const b = document.createElement('span');
    b.style.display = 'block';
    b.append('BM bar');
    const em = document.createElement('em');
    em.append('BM');
    const { sink } = await setup(paragraph(a, b), paragraph('I', em, ' stays joined inline'));
    expect(sink.texts()).toEqual(['IBM']);
    expect((sink.ranges.keys().next().value as Range).startContainer.parentNode?.nodeName).toBe('P');
  });

  it('finds shadow roots present at the start, after the page itself', async () => {
    const host = document.createElement('x-box');
    host.attachShadow({ mode: 'open' }).append(paragraph('inside: ACLU'));
    const { sink, scanner } = await setup(paragraph('outside: IBM'), host);
    await scanner.settled();
    expect(sink.texts()).toEqual(['ACLU', 'IBM']);
  });

  it("never reads the extension's own card, whose shadow root is open", async () => {
    const card = document.createElement(OWN_UI_TAG);
    card.attachShadow({ mode: 'open' }).append(paragraph('card: ACLU'));
    const { sink, scanner } = await setup(paragraph('page: IBM'), card);
    await scanner.settled();
    expect(sink.texts()).toEqual(['IBM']);
  });
});

describe('PageScanner before the settings are known', () => {
  it('finds (and may load the matcher) at once, but matches and paints only once permitted', async () => {
    let grant: (on: boolean) => void = () => undefined;
    const permit = new Promise<boolean>((resolve) => (grant = resolve));
    const { sink, index, first } = await setupWith({ permit, wait: false }, paragraph('IBM and ACLU'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(index.counts()).toEqual({});
    expect(sink.flushes).toBe(0);
    grant(true);
    await first;
    expect(sink.texts()).toEqual(['ACLU', 'IBM']);
  });

  it('is done at once on a page without a candidate, and paints only once permitted', async () => {
    let grant: (on: boolean) => void = () => undefined;
    const permit = new Promise<boolean>((resolve) => (grant = resolve));
    const { sink, scanner, first, built } = await setupWith({ permit, wait: false }, paragraph('plain prose'), paragraph('IBMX'));
    const done = await Promise.race([first.then(() => 'done'), new Promise((resolve) => setTimeout(() => resolve('waiting'), 50))]);
    expect(done).toBe('done');
    expect(scanner.metCandidates).toBe(false);
    expect(built()).toBe(0);
    expect(sink.flushes, 'nothing reaches the page before the permit').toBe(0);
    grant(true);
    await scanner.settled();
    expect(sink.flushes).toBe(1);
    expect(sink.texts()).toEqual([]);
  });

  it('waits for the permit on a page with a candidate', async () => {
    let grant: (on: boolean) => void = () => undefined;
    const permit = new Promise<boolean>((resolve) => (grant = resolve));
    const { scanner, first } = await setupWith({ permit, wait: false }, paragraph('IBM'));
    const done = await Promise.race([first.then(() => 'done'), new Promise((resolve) => setTimeout(() => resolve('waiting'), 50))]);
    expect(done).toBe('waiting');
    expect(scanner.metCandidates).toBe(true);
    grant(true);
    await first;
  });

  it('matches and paints nothing when refused', async () => {
    const { sink, index, scanner } = await setupWith({ permit: Promise.resolve(false), wait: false }, paragraph('IBM and ACLU'));
    await scanner.settled();
    expect(index.counts()).toEqual({});
    expect(sink.texts()).toEqual([]);
    expect(sink.flushes).toBe(0);
  });
});

describe('paintPacer', () => {
  it('paints first after FIRST_PAINT_MS, then at doubling gaps up to MAX_PAINT_GAP_MS', () => {
    const pacer = paintPacer(1000);
    expect(pacer.due(1000 + FIRST_PAINT_MS - 1)).toBe(false);
    expect(pacer.due(1000 + FIRST_PAINT_MS)).toBe(true);
    let now = 1000 + FIRST_PAINT_MS;
    const gaps: number[] = [];
    for (let i = 0; i < 6; i++) {
      pacer.painted(now);
      let next = now;
      while (!pacer.due(next)) next += 1;
      gaps.push(next - now);
      now = next;
    }
    expect(gaps).toEqual([2, 4, 8, 16, 32, 64].map((n) => Math.min(n * FIRST_PAINT_MS, MAX_PAINT_GAP_MS)));
  });

  it('is used by the full scan: nothing is painted before the scan ends on a short page', async () => {
    const { sink } = await setup(paragraph('IBM'), paragraph('ACLU'));
    // One paint for the whole first scan, not one per mention.
    expect(sink.flushes).toBe(1);
    expect(sink.texts()).toEqual(['ACLU', 'IBM']);
  });
});
