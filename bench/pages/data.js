/**
 * Deterministic bench data: the same messages and chats for every contender.
 * Plain text (no BBCode) so that peers show exactly what we show.
 */

/** mulberry32: small, fast, deterministic. */
export function rng(seed = 1) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SENTENCES = [
  'Hello, my order has not arrived yet.',
  'Bonjour, ma commande n’est toujours pas arrivée.',
  'Could you check the tracking number for me?',
  'I have been charged twice for the same subscription this month, can you refund one of the payments please?',
  'Merci pour votre patience, je regarde cela tout de suite.',
  'The parcel was left at the wrong address and the courier says it was delivered.',
  'Sure, one moment please.',
  'Can I change the delivery date to next Tuesday? I will be away until Monday evening.',
  'Votre remboursement a été validé, il apparaîtra sous 3 à 5 jours ouvrés.',
  'Thanks!',
  'The app crashes every time I open the invoices page on my phone. I tried reinstalling it twice.',
  'Pouvez-vous m’envoyer une photo de l’étiquette du colis ?',
  'Is there a discount for annual plans?',
  'I forwarded your request to the billing team; they usually answer within the hour.',
  'OK',
  'Le lien de réinitialisation du mot de passe a expiré, pouvez-vous m’en renvoyer un ?',
  'We are sorry for the inconvenience. A replacement has been shipped today with express delivery at no extra cost.',
  'Do you ship to Switzerland?',
  'Yes, delivery to Switzerland takes 4–6 business days; customs fees may apply on arrival.',
  'Parfait, merci beaucoup pour votre aide !',
];

const CLIENTS = ['Camille Martin', 'Lucas Bernard', 'Emma Dubois', 'Noah Thomas', 'Léa Robert', 'Hugo Richard', 'Chloé Petit', 'Louis Durand', 'Zoé Leroy', 'Jules Moreau', 'Alice Simon', 'Gabriel Laurent', 'Maya Lefebvre', 'Arthur Michel', 'Inès Garcia', 'Nathan David'];
const OPERATORS = [
  { id: 'op1', name: 'Marie Lambert', queueIds: ['q1', 'q2'], status: 'online' },
  { id: 'op2', name: 'Thomas Girard', queueIds: ['q1'], status: 'online' },
  { id: 'op3', name: 'Sofia Rossi', queueIds: ['q2'], status: 'busy' },
];
export const ME = OPERATORS[0];
export const DIRECTORY = {
  me: ME,
  operators: OPERATORS,
  queues: [
    { id: 'q1', name: 'Support', operatorIds: ['op1', 'op2'] },
    { id: 'q2', name: 'Sales', operatorIds: ['op1', 'op3'] },
  ],
};
export const CHAT_ID = 'bench-chat';
const BASE = Date.parse('2026-11-25T09:00:00Z');

export const bench = { BASE };

/** The chat the timeline shows. */
export function timelineChat() {
  return {
    id: CHAT_ID,
    title: 'Camille Martin',
    state: 'answered',
    pinned: false,
    silent: false,
    unreadCount: 0,
    client: { id: 'client-1', name: 'Camille Martin' },
    operatorId: ME.id,
    queueId: 'q1',
    sourceChannel: 'telegram',
    sessionId: 's1',
    createdAt: new Date(BASE - 400 * 24 * 3600e3).toISOString(),
    updatedAt: new Date(BASE).toISOString(),
  };
}

/**
 * `count` messages of one conversation, oldest first, ending at BASE: client
 * and operator turns, a few bot and system lines, minutes to hours apart (so
 * days change every few dozen messages). `offset` shifts ids for older pages.
 */
export function messages(count, { seed = 7, endAt = BASE, idPrefix = 'm' } = {}) {
  const random = rng(seed);
  const out = new Array(count);
  let time = endAt;
  for (let i = count - 1; i >= 0; i -= 1) {
    const roll = random();
    const kind = roll < 0.46 ? 'client' : roll < 0.92 ? 'operator' : roll < 0.97 ? 'bot' : 'system';
    const text = SENTENCES[Math.floor(random() * SENTENCES.length)];
    out[i] = {
      id: `${idPrefix}${i}`,
      chatId: CHAT_ID,
      authorKind: kind,
      authorId: kind === 'client' ? 'client-1' : kind === 'operator' ? ME.id : undefined,
      authorName: kind === 'client' ? 'Camille Martin' : kind === 'operator' ? ME.name : kind === 'bot' ? 'Assistant' : undefined,
      text: kind === 'system' ? 'The conversation was transferred to Support.' : text,
      createdAt: new Date(time).toISOString(),
    };
    time -= Math.floor(30e3 + random() * 40 * 60e3);
  }
  return out;
}

/** One new incoming message after `last`. */
export function nextMessage(last, n = 0) {
  return {
    id: `new${n}`,
    chatId: last.chatId,
    authorKind: 'client',
    authorId: 'client-1',
    authorName: 'Camille Martin',
    text: 'One more question: can I also get the invoice by email?',
    createdAt: new Date(Date.parse(last.createdAt) + 60e3 * (n + 1)).toISOString(),
  };
}

/** `count` chats, all mine (assigned or waiting in my queues), in mixed states. */
export function chats(count, { seed = 11, now = BASE } = {}) {
  const random = rng(seed);
  const out = new Array(count);
  for (let i = 0; i < count; i += 1) {
    const roll = random();
    const state = roll < 0.15 ? 'new' : roll < 0.75 ? 'answered' : roll < 0.97 ? 'closed' : 'spam';
    const updated = now - Math.floor(random() * 90 * 24 * 3600e3);
    const name = `${CLIENTS[Math.floor(random() * CLIENTS.length)]} ${i}`;
    const text = SENTENCES[Math.floor(random() * SENTENCES.length)];
    out[i] = {
      id: `c${i}`,
      title: name,
      state,
      pinned: false,
      silent: false,
      unreadCount: state === 'new' || random() < 0.2 ? 1 + Math.floor(random() * 5) : 0,
      client: { id: `cl${i}`, name },
      operatorId: state === 'new' ? undefined : ME.id,
      queueId: random() < 0.5 ? 'q1' : 'q2',
      sourceChannel: ['livechat', 'telegram', 'whatsapp', 'email', 'facebook'][i % 5],
      sessionId: `s${i}`,
      createdAt: new Date(updated - 3600e3).toISOString(),
      waitingSince: state === 'new' ? new Date(updated - 600e3).toISOString() : undefined,
      updatedAt: new Date(updated).toISOString(),
      lastMessage: { id: `lm${i}`, authorKind: random() < 0.5 ? 'client' : 'operator', text, createdAt: new Date(updated).toISOString() },
    };
  }
  return out;
}

/** The search keystroke typed in every list contender. */
export const SEARCH_TEXT = 'z';
