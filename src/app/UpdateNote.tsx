import { useState, useSyncExternalStore } from 'react';
import { acceptUpdate, onWaitingChange, waitingWorker } from '../sw/register';

/**
 * "A new version is ready": shown while a newer build's service worker waits. Reloading is the
 * user's choice; until then this tab keeps running its own version, offline included.
 */
export function UpdateNote() {
  const waiting = useSyncExternalStore(onWaitingChange, waitingWorker, () => null);
  const [stalled, setStalled] = useState(false);
  if (!waiting) return null;
  return (
    <div className="update-note" role="status">
      <span>
        {stalled
          ? 'The new version is still waiting: another SSB Atlas tab holds the old one. Close the other tabs, then reload this one.'
          : 'A new version of SSB Atlas is ready.'}
      </span>
      <button
        type="button"
        className="button button-small"
        onClick={() => acceptUpdate(() => setStalled(true))}
      >
        Reload to update
      </button>
    </div>
  );
}
