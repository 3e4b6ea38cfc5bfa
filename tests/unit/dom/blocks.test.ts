import { beforeEach, describe, expect, it } from 'vitest';
import { collectRuns, ownerOf, ownersIn, type Run } from '@/lib/dom/blocks';
import { OWN_UI_TAG, isBlock, isInSkipped, isSkipped } from '@/lib/dom/skip';

function body(html: string): HTMLElement {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
  return document.body;
}

const texts = (runs: Iterable<Run>) => [...runs].map((run) => run.text);

describe('collectRuns', () => {
  beforeEach(() => {
    document.designMode = 'off';
  });

  it('joins text across inline elements of one block', () => {
    const root = body('<p>Amazon <em>Rekognition</em> and I<span>B</span>M</p>');
    const [run, ...rest] = collectRuns(root, { nested: true });
    expect(rest).toEqual([]);
    expect(run?.text).toBe('Amazon Rekognition and IBM');
    expect(run?.nodes.map((n) => n.data)).toEqual(['Amazon ', 'Rekognition', ' and I', 'B', 'M']);
    expect(run?.offsets).toEqual([0, 7, 18, 24, 25]);
    expect(run?.owner).toBe(root.querySelector('p'));
  });

  it('never glues text across block boundaries', () => {
    const root = body('<p>said with IBM</p><p>ACLU said</p><div>a<div>b</div>c</div>');
    expect(texts(collectRuns(root, { nested: true }))).toEqual(['said with IBM', 'ACLU said', 'a', 'b', 'c']);
  });

  it('treats br, table cells, list items and custom elements as boundaries', () => {
    const root = body('one<br>two<table><tr><td>x</td><td>y</td></tr></table><ul><li>l1</li><li>l2</li></ul>p<my-widget>w</my-widget>q');
    expect(texts(collectRuns(root, { nested: true }))).toEqual(['one', 'two', 'x', 'y', 'l1', 'l2', 'p', 'w', 'q']);
  });

  it('skips scripts, styles, form fields, code, hidden and editable regions and its own UI', () => {
    const root = body(
      '<p>keep <script>IBM</script><style>.IBM{}</style><code>IBM_Watson</code> me</p>' +
        '<textarea>IBM</textarea><input value="IBM"><select><option>IBM</option></select>' +
        '<pre>IBM</pre><kbd>IBM</kbd><samp>IBM</samp><noscript>IBM</noscript>' +
        '<div hidden>IBM</div><div contenteditable>IBM</div><div contenteditable="plaintext-only">IBM</div>' +
        `<div contenteditable="false">shown</div><${OWN_UI_TAG}>IBM</${OWN_UI_TAG}>`,
    );
    expect(texts(collectRuns(root, { nested: true }))).toEqual(['keep  me', 'shown']);
  });

  it('collects nothing in design mode documents via isInSkipped', () => {
    const root = body('<p>x</p>');
    document.designMode = 'on';
    expect(isInSkipped(root.firstChild!)).toBe(true);
    document.designMode = 'off';
    expect(isInSkipped(root.firstChild!)).toBe(false);
  });

  it('without nested, collects only the root own runs, with nested blocks as boundaries', () => {
    const root = body('<div id="d">before <b>bold</b><p>inner</p>after</div>');
    const div = root.querySelector('#d')!;
    const runs = [...collectRuns(div)];
    expect(texts(runs)).toEqual(['before bold', 'after']);
    expect(runs.every((run) => run.owner === div)).toBe(true);
  });

  it('scans open shadow roots in a nested walk, as trees of their own', () => {
    const root = body('<p>light</p><x-host>slotted</x-host>');
    const host = root.querySelector('x-host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    const p = document.createElement('p');
    p.append('shadow ', document.createElement('b'));
    p.lastChild!.appendChild(document.createTextNode('IBM'));
    shadow.append(p, 'loose');
    const met: ShadowRoot[] = [];
    const runs = [...collectRuns(root, { nested: true, onShadowRoot: (s) => met.push(s) })];
    expect(texts(runs)).toEqual(['light', 'shadow IBM', 'loose', 'slotted']);
    expect(met).toEqual([shadow]);
    expect(runs[2]?.owner).toBe(shadow);
  });

  it('leaves out runs of whitespace only', () => {
    const root = body('<div>\n  <p>a</p>\n  </div>');
    expect(texts(collectRuns(root, { nested: true }))).toEqual(['a']);
  });
});

describe('ownerOf and ownersIn', () => {
  it('finds the nearest block or shadow root', () => {
    const root = body('<div><p>x <em>y</em></p></div>');
    const em = root.querySelector('em')!;
    expect(ownerOf(em.firstChild!)).toBe(root.querySelector('p'));
    const host = document.createElement('span');
    root.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append('t');
    expect(ownerOf(shadow.firstChild!)).toBe(shadow);
  });

  it('lists the blocks inside a subtree, skipping skipped regions, and gives up past a limit', () => {
    const root = body('<section><p>a</p><span>b</span><div hidden><p>c</p></div><ul><li>d</li></ul></section>');
    const owners = ownersIn(root.querySelector('section')!)!;
    expect(owners.map((o) => (o as Element).localName)).toEqual(['section', 'p', 'ul', 'li']);
    expect(ownersIn(root.querySelector('section')!, undefined, 2)).toBeUndefined();
  });
});

describe('skip rules', () => {
  it('classifies elements by tag name only', () => {
    expect(isBlock(document.createElement('p'))).toBe(true);
    expect(isBlock(document.createElement('td'))).toBe(true);
    expect(isBlock(document.createElement('em'))).toBe(false);
    expect(isBlock(document.createElement('my-card'))).toBe(true);
    expect(isSkipped(document.createElement('code'))).toBe(true);
    expect(isSkipped(document.createElement('span'))).toBe(false);
    const until = document.createElement('div');
    until.setAttribute('hidden', 'until-found');
    expect(isSkipped(until)).toBe(false);
  });
});
