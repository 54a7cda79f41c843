/**
 * In-page measurement helpers shared by every bench page.
 *
 * Timing model: an action runs inside an animation-frame callback (start of
 * frame F); a second callback registered for the same frame runs after it
 * and after its microtask checkpoint, so `sync` is the action plus every
 * microtask it queued (Lit updates, store notifications) and nothing else.
 * `painted` is taken at the end of the second frame after the action (a task
 * posted from frame F+1's callback runs after F+1 is rendered), or later when
 * the contender has not shown the data yet (`ready()`), frame by frame.
 */

const channel = new MessageChannel();
const queue = [];
channel.port1.onmessage = () => queue.shift()?.();
/** Runs after the current task and the rendering it may trigger. */
export const afterTask = () => new Promise((resolve) => { queue.push(resolve); channel.port2.postMessage(0); });
export const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until nothing is rendered for a few frames in a row (layout settled). */
export async function settle(frames = 3) {
  for (let i = 0; i < frames; i += 1) await frame();
  await afterTask();
}

/**
 * Runs `action` at the start of a frame; resolves with `sync` (ms, action +
 * microtasks) and `painted` (ms to the end of the second frame after it, or
 * of the first frame after that where `ready()` holds). `frames` counts them.
 * Not ready within `timeoutMs`: `painted` is null and `timedOut` true.
 */
export function measure(action, ready = () => true, { timeoutMs = 60_000 } = {}) {
  return new Promise((resolve, reject) => {
    let t0 = 0;
    let sync = 0;
    let failed;
    requestAnimationFrame(() => {
      t0 = performance.now();
      try {
        action();
      } catch (error) {
        failed = error;
      }
    });
    requestAnimationFrame(() => {
      sync = performance.now() - t0;
      if (failed) {
        reject(failed);
        return;
      }
      let frames = 1;
      const next = () =>
        requestAnimationFrame(() => {
          frames += 1;
          queue.push(() => {
            const painted = performance.now() - t0;
            if (frames >= 2 && ready()) resolve({ sync, painted, frames });
            else if (painted > timeoutMs) resolve({ sync, painted: null, frames, timedOut: true });
            else next();
          });
          channel.port2.postMessage(0);
        });
      next();
    });
  });
}

/** Every node under `root`, shadow roots included (elements, text, comments). */
export function countNodes(root) {
  let nodes = 0;
  let elements = 0;
  const visit = (node) => {
    nodes += 1;
    if (node.nodeType === 1) {
      elements += 1;
      if (node.shadowRoot) visit(node.shadowRoot);
    }
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
  };
  visit(root);
  return { nodes, elements };
}

/** Finds the first element under `root` (shadow roots included) matching `test`. */
export function deepFind(root, test) {
  const stack = [root];
  while (stack.length) {
    const node = stack.pop();
    if (node.nodeType === 1) {
      if (test(node)) return node;
      if (node.shadowRoot) stack.push(node.shadowRoot);
    }
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return null;
}

/** Whether `text` is shown somewhere under `root` (shadow roots included). */
export function deepHasText(root, text) {
  return !!deepFind(root, (el) => {
    for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3 && c.data.includes(text)) return true;
    return false;
  });
}

/** JS heap in use after forced garbage collection (needs --js-flags=--expose-gc and precise memory info). */
export async function heap() {
  for (let i = 0; i < 3; i += 1) {
    globalThis.gc?.();
    await sleep(0);
  }
  globalThis.gc?.();
  return performance.memory ? performance.memory.usedJSHeapSize : NaN;
}

/** The scrolling element under `root` whose content is the tallest. */
export function deepScroller(root) {
  let best = null;
  const stack = [root];
  while (stack.length) {
    const node = stack.pop();
    if (node.nodeType === 1) {
      if (node.scrollHeight > node.clientHeight + 4 && /(auto|scroll)/.test(getComputedStyle(node).overflowY)) {
        if (!best || node.scrollHeight > best.scrollHeight) best = node;
      }
      if (node.shadowRoot) stack.push(node.shadowRoot);
    }
    for (let child = node.firstChild; child; child = child.nextSibling) stack.push(child);
  }
  return best;
}

/** A fixed-size box the contender fills. */
export function host() {
  const el = document.getElementById('host');
  el.replaceChildren();
  return el;
}

/**
 * Records animation frames for `ms`: longest frame and dropped frames
 * (frames beyond one per ~16.7 ms interval), plus long animation frames when
 * the browser reports them.
 */
export function recordFrames(ms) {
  return new Promise((resolve) => {
    const stamps = [];
    const loafs = [];
    let observer;
    try {
      observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) loafs.push(entry.duration);
      });
      observer.observe({ type: 'long-animation-frame', buffered: false });
    } catch {
      observer = undefined;
    }
    const start = performance.now();
    // Traces of the bench (--trace) look at the frames from here on.
    console.timeStamp('ol-record-start');
    const tick = (now) => {
      stamps.push(now);
      if (now - start < ms) requestAnimationFrame(tick);
      else {
        observer?.disconnect();
        let longest = 0;
        let dropped = 0;
        for (let i = 1; i < stamps.length; i += 1) {
          const delta = stamps[i] - stamps[i - 1];
          longest = Math.max(longest, delta);
          dropped += Math.max(0, Math.round(delta / (1000 / 60)) - 1);
        }
        resolve({ frames: stamps.length, longest, dropped, longestLoaf: loafs.length ? Math.max(...loafs) : 0, loafs: loafs.length });
      }
    };
    requestAnimationFrame(tick);
  });
}

export function median(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Exposes the page's bench entry point to the runner. */
export function expose(run) {
  window.runBench = async (params) => {
    try {
      return { ok: true, result: await run(params) };
    } catch (error) {
      return { ok: false, error: String(error?.stack ?? error) };
    }
  };
  window.benchLoaded = true;
}
