import { useEffect, useState } from 'react';
import { registerOffline } from './offline';
import { useStrings } from './LangContext';

/** "Available offline", once the service worker holds the whole site (nothing before). */
export function OfflineNote() {
  const e = useStrings().embedRuntime;
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let live = true;
    void registerOffline().then((stored) => {
      if (live) setReady(stored);
    });
    return () => {
      live = false;
    };
  }, []);
  if (!ready) return null;
  return (
    <p className="offline-note" role="status" data-testid="offline-note">
      {e.offline}
    </p>
  );
}
