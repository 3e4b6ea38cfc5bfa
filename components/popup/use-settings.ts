/** What are the current settings, as the popup shows and changes them? */
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '@/lib/settings/schema';
import { loadSettings, watchSettings } from '@/lib/settings/storage';

/** The stored settings (null until read), following changes from any context. */
export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    void loadSettings().then((loaded) => live && setSettings(loaded));
    const stop = watchSettings((next) => setSettings(next));
    return () => {
      live = false;
      stop();
    };
  }, []);
  return settings;
}
