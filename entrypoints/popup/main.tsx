// The toolbar popup (popup.html, also openable as popup.html?tab=<id>): wiring only.
import { render } from 'preact';
import topics from 'virtual:face-facts/topics';
import { Popup } from '@/components/popup/Popup';
import { tabIdFromSearch } from '@/lib/popup/target-tab';
import { rememberedView } from '@/lib/popup/view-memory';
import { textLangFor } from '@/lib/timeline/lang';
import '@/components/page/theme.css';
import '@/components/popup/popup.css';

const lang = textLangFor(browser.i18n.getUILanguage());
document.documentElement.lang = lang;

void rememberedView().then((initialView) =>
  render(
    <Popup
      topics={topics}
      lang={lang}
      version={browser.runtime.getManifest().version}
      explicitTab={tabIdFromSearch(location.search)}
      initialView={initialView}
    />,
    document.getElementById('app')!,
  ),
);
