import { afterEach, describe, expect, it } from 'vitest';
import { inPageControl, isTouchClick } from '@/lib/card/tap';

afterEach(() => document.body.replaceChildren());

function textIn(markup: string): Text {
  const holder = document.createElement('div');
  holder.insertAdjacentHTML('beforeend', markup);
  document.body.append(holder);
  const walker = document.createTreeWalker(holder, NodeFilter.SHOW_TEXT);
  return walker.nextNode() as Text;
}

describe('inPageControl', () => {
  it('finds a mention inside a link, a button or another control', () => {
    for (const markup of [
      '<p><a href="/x">Amazon <b>Rekognition</b></a></p>',
      '<button>ACLU</button>',
      '<label>IBM <input></label>',
      '<span role="button">IBM</span>',
      '<details><summary>ban</summary></details>',
      '<div contenteditable>ban</div>',
      '<div onclick="void 0"><p>ban</p></div>',
    ]) {
      expect(inPageControl(textIn(markup)), markup).toBe(true);
    }
  });

  it('leaves plain text, a link without href and non-editable text alone', () => {
    for (const markup of ['<p>Amazon <em>Rekognition</em></p>', '<a name="x">ACLU</a>', '<div contenteditable="false">ban</div>']) {
      expect(inPageControl(textIn(markup)), markup).toBe(false);
    }
  });

  it('takes any of several targets, and ignores null', () => {
    const plain = textIn('<p>ACLU</p>');
    const link = textIn('<a href="#">x</a>');
    expect(inPageControl(plain, null)).toBe(false);
    expect(inPageControl(plain, link.parentElement)).toBe(true);
  });
});

describe('isTouchClick', () => {
  it('reads the click’s own pointer type', () => {
    expect(isTouchClick(new PointerEvent('click', { pointerType: 'touch' }), null)).toBe(true);
    expect(isTouchClick(new PointerEvent('click', { pointerType: 'mouse' }), 'touch')).toBe(false);
    // From the keyboard: no pointer.
    expect(isTouchClick(new PointerEvent('click', { pointerType: '' }), 'touch')).toBe(false);
  });

  it('falls back to the last pointerdown for a plain MouseEvent, never for the keyboard', () => {
    expect(isTouchClick(new MouseEvent('click', { detail: 1 }), 'touch')).toBe(true);
    expect(isTouchClick(new MouseEvent('click', { detail: 1 }), 'mouse')).toBe(false);
    expect(isTouchClick(new MouseEvent('click', { detail: 0 }), 'touch')).toBe(false);
  });
});
