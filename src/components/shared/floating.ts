/**
 * `@floating-ui/dom`, kept out of the initial bundle: menus open on a user
 * action, so the positioning code is fetched when the browser is idle after
 * the first menu element connects, or on the first open if that comes sooner.
 */
type FloatingUi = typeof import('@floating-ui/dom');

let module: Promise<FloatingUi> | undefined;

/** The Floating UI module, fetched once. */
export function loadFloatingUi(): Promise<FloatingUi> {
  module ??= import('@floating-ui/dom').catch((error: unknown) => {
    // Let a later open try again after a failed fetch.
    module = undefined;
    throw error;
  });
  return module;
}

/** Fetches the module when the browser is idle, so that the first open does not wait. */
export function preloadFloatingUi(): void {
  if (module) return;
  const load = () => void loadFloatingUi().catch(() => undefined);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 2000 });
  else setTimeout(load, 200);
}
