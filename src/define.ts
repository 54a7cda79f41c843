/**
 * Registers every open-lines element. Import it once:
 * `import '@open-lines/elements/define.js'`.
 */
import './components/provider/ol-provider.js';
