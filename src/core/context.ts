import { createContext } from '@lit/context';
import type { OlStore } from './store.js';

/**
 * The store shared with a subtree. Public elements provide it to what they
 * contain; `<ol-provider>` provides it to any part of a page.
 */
export const storeContext = createContext<OlStore | undefined>(Symbol.for('open-lines.store'));
