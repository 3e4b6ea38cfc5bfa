import { afterEach, describe, expect, it } from 'vitest';
import { PageScanner, type MentionSink } from '@/lib/dom/scanner';
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

class Sink implements MentionSink {
  readonly ranges = new Map<Range, string>();
  add(topic: string, range: Range) {
    this.ranges.set(range, topic);
  }
  remove(_topic: string, range: Range) {
    this.ranges.delete(range);
  }
  clear() {
    this.ranges.clear();
  }
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
  document.body.replaceChildren(...nodes);
  const sink = new Sink();
  scanner = new PageScanner({ document, matcher, sink, schedule: (run) => setTimeout(run, 0) });
  await scanner.start();
  return { sink, scanner };
}

describe('PageScanner', () => {
  it('finds mentions across inline markup but not across blocks', async () => {
    const span = document.createElement('span');
    span.append('BM');
    const { sink, scanner } = await setup(paragraph('I', span, ' and ACLU'), paragraph('with IB'), paragraph('M too'));
    expect(sink.texts()).toEqual(['ACLU', 'IBM']);
    expect(scanner.counts()).toEqual({ ibm: 1, aclu: 1 });
  });

  it('rescans blocks that are added, edited or removed', async () => {
    const edited = paragraph('nothing here');
    const removed = paragraph('ACLU here');
    const { sink, scanner } = await setup(edited, removed);
    expect(sink.texts()).toEqual(['ACLU']);

    document.body.append(paragraph('new IBM paragraph'));
    (edited.firstChild as Text).data = 'now ACLU and IBM';
    removed.remove();
    await scanner.settled();
    expect(sink.texts()).toEqual(['ACLU', 'IBM', 'IBM']);

    (edited.firstChild as Text).data = 'gone';
    await scanner.settled();
    expect(sink.texts()).toEqual(['IBM']);
    expect(scanner.counts()).toEqual({ ibm: 1 });
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
    const { sink, scanner } = await setup(paragraph('IBM'));
    scanner.stop();
    expect(sink.texts()).toEqual([]);
    expect(scanner.mentions()).toEqual([]);
  });
});
