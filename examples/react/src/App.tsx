import { useState } from 'react';
import { MemoryAdapter } from '@open-lines/elements';
// Types every `ol-*` tag in TSX: props, and `on<event-name>` handlers typed with the event classes.
import type {} from '@open-lines/elements/jsx';

/** The chat selected when the desk opens: a new conversation waiting for an answer. */
const FIRST_CHAT = 'c1';

/**
 * The operator desk: the chat list and the chat panel inside one
 * `<ol-provider>`, so they share one adapter and one store. Selecting a chat
 * in the list shows it in the panel; every action the operator takes reaches
 * React as a typed event.
 */
export function App() {
  // One adapter for the life of the app (swap in your own backend's adapter).
  const [adapter] = useState(() => MemoryAdapter.demo('en', { latency: [80, 250] }));
  const [chatId, setChatId] = useState(FIRST_CHAT);
  const [lastAction, setLastAction] = useState('none yet');

  return (
    <div className="desk">
      <ol-provider adapter={adapter} class="desk-elements">
        <ol-chat-list
          group-waiting
          selected-chat-id={chatId}
          onol-chat-select={(event) => setChatId(event.detail.chatId)}
        />
        <ol-chat-panel
          chat-id={chatId}
          onol-chat-answer={(event) => setLastAction(`Answered chat ${event.detail.chatId}`)}
          onol-chat-transfer={(event) =>
            setLastAction(`Transferred chat ${event.detail.chatId} to ${event.detail.target.kind} ${event.detail.target.id}`)
          }
          onol-chat-finish={(event) => setLastAction(`Finished chat ${event.detail.chatId}`)}
          onol-error={(event) => setLastAction(`Failed: ${event.detail.action} (${event.detail.error.message})`)}
        />
      </ol-provider>
      <p className="last-action" role="status">
        Last action: <output id="last-action">{lastAction}</output>
      </p>
    </div>
  );
}
