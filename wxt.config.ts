import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { faceFactsData } from './data/vite-plugin';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+J', mac: 'MacCtrl+Shift+J' },
        description: '__MSG_card_command_next__',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+K', mac: 'MacCtrl+Shift+K' },
        description: '__MSG_card_command_previous__',
      },
    },
  },
  vite: () => ({
    plugins: [faceFactsData(), preact({ prerender: { enabled: false } })],
  }),
});
