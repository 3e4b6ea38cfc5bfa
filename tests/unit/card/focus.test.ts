import { afterEach, describe, expect, it } from 'vitest';
import { cycleTab, deepActiveElement, restoreFocus } from '@/lib/card/focus';

function card() {
  const host = document.createElement('div');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const dialog = document.createElement('div');
  const heading = Object.assign(document.createElement('h2'), { tabIndex: -1, textContent: 'T' });
  const close = document.createElement('button');
  const link = Object.assign(document.createElement('a'), { href: 'https://example.com/' });
  const last = document.createElement('button');
  dialog.append(heading, close, link, last);
  shadow.append(dialog);
  return { host, dialog, heading, close, link, last };
}

const tab = (shiftKey = false) => new KeyboardEvent('keydown', { key: 'Tab', shiftKey, cancelable: true });

afterEach(() => document.body.replaceChildren());

describe('cycleTab', () => {
  it('wraps from the last stop to the first and back', () => {
    const { dialog, close, last } = card();
    last.focus();
    const forward = tab();
    expect(cycleTab(forward, dialog, last)).toBe(true);
    expect(forward.defaultPrevented).toBe(true);
    expect(deepActiveElement()).toBe(close);
    expect(cycleTab(tab(true), dialog, close)).toBe(true);
    expect(deepActiveElement()).toBe(last);
  });

  it('sends Shift+Tab from the heading to the last stop, and leaves other moves to the browser', () => {
    const { dialog, heading, link, last } = card();
    heading.focus();
    expect(cycleTab(tab(true), dialog, heading)).toBe(true);
    expect(deepActiveElement()).toBe(last);
    const middle = tab();
    expect(cycleTab(middle, dialog, link)).toBe(false);
    expect(middle.defaultPrevented).toBe(false);
    expect(cycleTab(tab(), dialog, heading)).toBe(false);
  });

  it('ignores focus outside the card and other keys', () => {
    const { dialog } = card();
    const outside = document.createElement('button');
    document.body.append(outside);
    expect(cycleTab(tab(), dialog, outside)).toBe(false);
    expect(cycleTab(new KeyboardEvent('keydown', { key: 'Enter' }), dialog, dialog)).toBe(false);
  });
});

describe('restoreFocus', () => {
  it('returns focus to the element that had it', () => {
    const { heading } = card();
    const field = document.createElement('input');
    document.body.append(field);
    heading.focus();
    restoreFocus(field);
    expect(document.activeElement).toBe(field);
  });

  it('falls back to the body when that element is gone', () => {
    const { heading } = card();
    const gone = document.createElement('button');
    heading.focus();
    restoreFocus(gone);
    expect(document.activeElement).toBe(document.body);
  });
});
