/**
 * Serves the dataset to the bundles as virtual modules, validated at build time.
 *
 * `virtual:face-facts/dataset` is everything (timeline, options);
 * `virtual:face-facts/content` is the small part every page loads with the
 * content script (the topics' ids);
 * `virtual:face-facts/finder` is the candidate search's keys, compiled from the
 * forms (the page-world script, lib/find/serve.ts);
 * `virtual:face-facts/matcher` is the exact matcher compiled from the forms
 * (the content script, which builds the matcher at a page's first candidate):
 * it exports a function that parses the data when called, so that a page
 * without a candidate never builds its objects;
 * `virtual:face-facts/topics` is each topic's label and summary (the popup's first paint);
 * `virtual:face-facts/card` is what a card shows (the card bundle, loaded on
 * first hover, and the popup);
 * `virtual:face-facts/card-strings` is the card's UI strings from `locales/`.
 * An invalid entry throws, which fails `wxt build` with the file, id and field.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { compileFinder } from '../lib/find/keys';
import { loadCardStrings } from './card-strings';
import { pickCardData, pickContentData, pickMatcherData, pickTopicSummaries } from './content-data';
import { loadDataset } from './load';

const MODULES = {
  'virtual:face-facts/dataset': (root: string) => loadDataset(root),
  'virtual:face-facts/content': (root: string) => pickContentData(loadDataset(root)),
  'virtual:face-facts/finder': (root: string) => compileFinder(loadDataset(root).topics),
  'virtual:face-facts/matcher': (root: string) => pickMatcherData(loadDataset(root)),
  'virtual:face-facts/topics': (root: string) => pickTopicSummaries(loadDataset(root)),
  'virtual:face-facts/card': (root: string) => pickCardData(loadDataset(root)),
  'virtual:face-facts/card-strings': (root: string) => loadCardStrings(root),
} as const;

type ModuleId = keyof typeof MODULES;

/** Modules exported as a function that parses the data on each call (see above). */
const PARSED_ON_CALL: ReadonlySet<ModuleId> = new Set(['virtual:face-facts/matcher']);
const isModuleId = (id: string): id is ModuleId => id in MODULES;

export function faceFactsData(root = process.cwd()): Plugin {
  let isBuild = false;
  return {
    name: 'face-facts-data',
    enforce: 'pre',
    configResolved(config) {
      isBuild = config.command === 'build';
    },
    buildStart() {
      // A production build fails fast, before any bundle is written. Under
      // vitest the modules validate when they are first imported instead, so
      // that the dataset's own tests can report each problem.
      if (isBuild) {
        loadDataset(root);
        loadCardStrings(root);
      }
      this.addWatchFile(resolve(root, 'data'));
      this.addWatchFile(resolve(root, 'locales'));
    },
    resolveId(id) {
      return isModuleId(id) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith('\0')) return undefined;
      const name = id.slice(1);
      if (!isModuleId(name)) return undefined;
      const json = JSON.stringify(JSON.stringify(MODULES[name](root)));
      if (PARSED_ON_CALL.has(name)) return `export default () => JSON.parse(${json});`;
      // Pure: a bundle that does not use the module leaves it out.
      return `export default /* @__PURE__ */ JSON.parse(${json});`;
    },
  };
}
