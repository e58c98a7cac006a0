/**
 * The service worker (dist/sw.js, written by scripts/service-worker.mjs at build) that keeps the
 * whole site in the browser after a first visit. Registered in built pages only: the dev server
 * has no sw.js and serves every file fresh. Under automation (Playwright) it stays off unless the
 * test opts in (`localStorage['unrolled:offline'] = 'on'`), so that other tests do not download
 * the whole site in the background and always see the build they test.
 */
export const OFFLINE_OPT_IN = 'unrolled:offline';

function wanted(): boolean {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return false;
  if (!navigator.webdriver) return true;
  try {
    return localStorage.getItem(OFFLINE_OPT_IN) === 'on';
  } catch {
    return false;
  }
}

let registration: Promise<boolean> | null = null;

/** Registers the worker once; resolves true when the site is stored (the worker is active). */
export function registerOffline(): Promise<boolean> {
  registration ??= wanted()
    ? navigator.serviceWorker
        .register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL })
        .then(() => navigator.serviceWorker.ready)
        .then(
          () => true,
          () => false,
        )
    : Promise.resolve(false);
  return registration;
}
