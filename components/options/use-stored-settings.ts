/** What are the current settings on the options page, and how does a change get saved? */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '@/lib/settings/schema';
import { loadSettings, saveSettings, watchSettings } from '@/lib/settings/storage';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; reason: string };

export interface StoredSettings {
  /** Null until the first read from storage. */
  settings: Settings | null;
  saveState: SaveState;
  /** Applies `change` to the latest settings, shows it at once and saves it. */
  update: (change: (settings: Settings) => Settings) => Promise<boolean>;
}

export function useStoredSettings(): StoredSettings {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const latest = useRef<Settings | null>(null);

  useEffect(() => {
    let live = true;
    const show = (next: Settings) => {
      latest.current = next;
      setSettings(next);
    };
    // Changes from the popup or another options tab arrive here too.
    const stop = watchSettings((next) => live && show(next));
    void loadSettings().then((loaded) => live && latest.current === null && show(loaded));
    return () => {
      live = false;
      stop();
    };
  }, []);

  const update = async (change: (settings: Settings) => Settings): Promise<boolean> => {
    if (latest.current === null) return false;
    const next = change(latest.current);
    if (next === latest.current) return true;
    latest.current = next;
    setSettings(next);
    setSaveState({ kind: 'saving' });
    try {
      await saveSettings(next);
      setSaveState({ kind: 'saved' });
      return true;
    } catch (error) {
      setSaveState({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
      return false;
    }
  };

  return { settings, saveState, update };
}
