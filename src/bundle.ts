/** The self-contained bundle: every export, and every element registered. */
export * from './index.js';
import './define.js';
