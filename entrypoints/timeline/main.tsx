// The full timeline page (timeline.html): wiring only.
import { render } from 'preact';
import { i18n } from '#i18n';
import dataset from 'virtual:face-facts/dataset';
import { TimelinePage } from '@/components/timeline/TimelinePage';
import { textLangFor } from '@/lib/timeline/lang';
import '@/components/page/theme.css';
import '@/components/timeline/timeline.css';
import '@/components/timeline/timeline-page.css';

const lang = textLangFor(browser.i18n.getUILanguage());
document.documentElement.lang = lang;
document.title = i18n.t('timeline_title');

render(<TimelinePage topics={dataset.topics} facts={dataset.facts} lang={lang} />, document.getElementById('app')!);
