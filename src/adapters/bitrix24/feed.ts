import type { RealtimeEvent } from '../../core/adapter.js';
import type { Id } from '../../core/model.js';
import type { BatchCommand } from './client.js';
import type { B24Context } from './context.js';
import { chatFromRecent, dialogId, isLinesItem } from './mapping.js';
import { messagesFromPage } from './message-mapping.js';
import type { RawMessagePage, RawRecentItem } from './raw.js';

/**
 * The realtime feed, one poll at a time.
 *
 * Why polling `im.recent.list`: it is documented, works with every
 * transport, and carries what the list shows: session status, operator,
 * unread counter and the id of the last message. The alternatives fall
 * short: `event.offline.get` works only in an application's OAuth context
 * (not with a webhook), the Open Channels events (`OnOpenLineMessageAdd`…)
 * only report chats of a connector the application registered itself, and
 * the portal's push channel is not part of REST.
 *
 * Chats whose state changed give `chat-updated` (`chat-added` when new);
 * chats whose last message id grew get their new messages with
 * `im.dialog.messages.get` (`FIRST_ID` = newest known id), all in one
 * `batch`: a quiet poll is one request, a busy one two. The first poll
 * records the chats without announcing them (it still fetches messages newer
 * than those already loaded).
 */
export class RecentFeed {
  /** Last state of each chat polled, to emit only changes. */
  private readonly polled = new Map<Id, string>();
  private baseline = false;

  constructor(private readonly ctx: B24Context) {}

  async poll(): Promise<RealtimeEvent[]> {
    const { ctx } = this;
    const answer = await ctx.client.call<{ items?: RawRecentItem[] }>('im.recent.list', { SKIP_DIALOG: 'Y', SKIP_CHAT: 'Y', LIMIT: ctx.pageSize });
    const events: RealtimeEvent[] = [];
    const fetch: Record<string, BatchCommand> = {};
    for (const item of (answer?.items ?? []).filter(isLinesItem)) {
      const chat = ctx.remember(chatFromRecent(item));
      const signature = JSON.stringify(chat);
      const previous = this.polled.get(chat.id);
      this.polled.set(chat.id, signature);
      const lastId = Number(item.message?.id ?? 0);
      const known = ctx.lastSeen.get(chat.id);
      if (known === undefined) {
        // Nothing of this chat was loaded: its messages are read when it is opened.
        if (lastId > 0) ctx.lastSeen.set(chat.id, lastId);
      } else if (lastId > known) {
        fetch[chat.id] = ['im.dialog.messages.get', { DIALOG_ID: dialogId(chat.id), FIRST_ID: known, LIMIT: 50 }];
      }
      if (!this.baseline) continue;
      if (previous === undefined) events.push({ type: 'chat-added', chat });
      else if (previous !== signature) events.push({ type: 'chat-updated', chat });
    }
    this.baseline = true;
    if (Object.keys(fetch).length === 0) return events;
    const pages = await ctx.client.batch(fetch);
    const added: RealtimeEvent[] = [];
    for (const chatId of Object.keys(fetch)) {
      const messages = messagesFromPage(pages.result[chatId] as RawMessagePage | undefined, chatId, ctx.clientOf(chatId));
      ctx.see(chatId, messages);
      for (const message of messages) added.push({ type: 'message-added', message });
    }
    // Messages first: a chat's new last message is then already known when the chat updates.
    return [...added, ...events];
  }
}
