// The options page (options.html): wiring only.
import { render } from 'preact';
import { i18n } from '#i18n';
import dataset from 'virtual:face-facts/dataset';
import { inLanguage } from '@/data/languages';
import { OptionsPage } from '@/components/options/OptionsPage';
import { colorSlot } from '@/lib/highlight/names';
import { textLangFor } from '@/lib/timeline/lang';
import '@/components/page/theme.css';
import '@/lib/highlight/highlights.css';
import '@/components/options/options.css';

/** The topic whose mention the highlight preview shows. */
const PREVIEW_TOPIC = 'ibm';

const lang = textLangFor(browser.i18n.getUILanguage());
document.documentElement.lang = lang;
document.title = i18n.t('options_pageTitle');

const manifest = browser.runtime.getManifest();
// Chrome returns the manifest's name unlocalized (__MSG_extName__).
const name = manifest.name.startsWith('__MSG_') ? i18n.t('extName') : manifest.name;
const topics = dataset.topics.map((topic) => ({ id: topic.id, label: inLanguage(topic.label, lang) }));
const previewIndex = dataset.topics.findIndex((topic) => topic.id === PREVIEW_TOPIC);

render(
  <OptionsPage name={name} version={manifest.version} topics={topics} previewSlot={colorSlot(Math.max(previewIndex, 0))} />,
  document.getElementById('app')!,
);
