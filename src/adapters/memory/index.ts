/** The in-memory adapter, its demo data and its option types. */
export { MemoryAdapter, DEFAULT_REALTIME_INTERVAL_MS, DEFAULT_UPLOAD_LIMITS } from './memory-adapter.js';
export { demoData, demoTexts, DEMO_ME } from './demo-data.js';
export { DEFAULT_CHAT_PAGE_SIZE } from './chat-query.js';
export { INJECTED_FAILURE } from './failures.js';
export type { DemoTexts, SystemTexts } from './demo-texts.js';
export type {
  DemoLocale,
  FailureSpec,
  MemoryAdapterOptions,
  MemoryData,
  MethodName,
  PublicChat,
  SharedRecord,
  SimulatedActivity,
} from './types.js';
