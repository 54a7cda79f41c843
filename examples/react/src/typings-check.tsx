/**
 * Compile-time checks of the generated JSX typings (`tsc` only: nothing
 * imports this file). Each `@ts-expect-error` line must fail to compile, so a
 * typing that lets a wrong prop or handler through fails the build.
 */
import { useRef } from 'react';
import type { OlChatPanelElement, OlChatTransferEvent } from '@open-lines/elements';
import { MemoryAdapter } from '@open-lines/elements';
import type {} from '@open-lines/elements/jsx';

export function TypingsCheck() {
  const panel = useRef<OlChatPanelElement>(null);
  const adapter = MemoryAdapter.demo('en');
  return (
    <>
      {/* Attributes, properties, handlers and React's own props all type-check. */}
      <ol-chat-panel
        ref={panel}
        chat-id="c1"
        undo-ms={5000}
        adapter={adapter}
        className="panel"
        style={{ blockSize: '100%' }}
        onClick={(event) => event.currentTarget.showDialog('history')}
        onol-chat-answer={(event) => {
          const id: string = event.detail.chatId;
          if (id === 'c9') event.preventDefault();
        }}
        onol-chat-transfer={(event) => {
          const kind: 'operator' | 'queue' = event.detail.target.kind;
          return kind;
        }}
      />
      <ol-chat-list view="contact-center" separate-open-channels page-size={50} onol-chat-select={(event) => event.detail.chatId} />

      {/* @ts-expect-error undo-ms is a number */}
      <ol-chat-panel undo-ms="soon" />
      {/* @ts-expect-error no such property (attribute-backed properties go by their attribute name) */}
      <ol-chat-panel chatId="c1" />
      {/* @ts-expect-error the adapter is an OlAdapter, not a string */}
      <ol-chat-list adapter="memory" />
      {/* @ts-expect-error view is 'messenger' | 'contact-center' */}
      <ol-chat-list view="grid" />
      <ol-chat-panel
        onol-chat-transfer={(event) => {
          // @ts-expect-error the target id is a string
          const id: number = event.detail.target.id;
          return id;
        }}
        onol-chat-answer={(event) => {
          // @ts-expect-error an answer carries no target
          return event.detail.target;
        }}
      />
      {/* @ts-expect-error the answer handler receives an OlChatAnswerEvent, not a transfer */}
      <ol-chat-panel onol-chat-answer={(event: OlChatTransferEvent) => event.detail.target} />
    </>
  );
}
