/** Stored settings every field of which differs from the defaults (shared by the settings tests). */
import type { Settings } from '@/lib/settings/schema';

export const CUSTOM: Settings = {
  enabled: false,
  siteMode: 'only',
  sites: ['example.com'],
  disabledTopics: ['aclu'],
  highlightStyle: 'none',
  hoverDelayMs: 1200,
  cardLanguage: 'en',
};
