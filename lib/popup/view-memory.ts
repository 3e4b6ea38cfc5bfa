/**
 * Which of its views ("On this page" or "Timeline") does the popup open on?
 *
 * The last one chosen, for the browser session (`storage.session`: kept while
 * the browser runs, never written to disk or synced). "On this page" otherwise.
 */
import { storage } from 'wxt/utils/storage';

export const POPUP_VIEWS = ['page', 'timeline'] as const;
export type PopupView = (typeof POPUP_VIEWS)[number];

const item = storage.defineItem<string>('session:popupView', { fallback: 'page' });

export function isPopupView(value: unknown): value is PopupView {
  return POPUP_VIEWS.includes(value as PopupView);
}

/** The view to open on; "On this page" when none is remembered or storage fails. */
export async function rememberedView(): Promise<PopupView> {
  try {
    const value = await item.getValue();
    return isPopupView(value) ? value : 'page';
  } catch {
    return 'page';
  }
}

export async function rememberView(view: PopupView): Promise<void> {
  await item.setValue(view).catch(() => undefined);
}
