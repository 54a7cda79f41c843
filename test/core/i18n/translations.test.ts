import { expect } from '@open-wc/testing';
import { CHAT_STATES, SOURCE_CHANNELS } from '../../../src/core/model.js';
import {
  ACTION_ERROR_KEYS,
  CHAT_STATE_KEYS,
  SOURCE_CHANNEL_KEYS,
  actionErrorMessage,
  en,
  fr,
  translate,
  type FunctionKey,
  type TermArgs,
  type Translation,
} from '../../../src/core/i18n/index.js';
import { loadLanguage } from '../../../src/core/i18n/registry.js';

// French strings load on first use; have them ready for every test of this file.
before(() => loadLanguage('fr'));

/** Compile-time: en and fr are both complete `Translation`s with the same keys. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameKeys: Same<keyof typeof en, keyof typeof fr> = true;

/**
 * Arguments to call every function key with. The mapped type makes a new
 * function key a compile error here until it has a sample.
 */
const SAMPLE_ARGS: { [K in FunctionKey]: TermArgs<K> } = {
  avatarOf: ['Anna'],
  sessionStarted: ['1042'],
  relativeMinutes: [5],
  relativeHours: [2],
  durationSeconds: [20],
  durationMinutes: [3],
  durationHours: [1],
  durationDays: [2],
  durationPair: ['1 h', '5 min'],
  fileSize: ['1.5', 'MB'],
  sourceVia: ['Telegram'],
  noResultsFor: ['invoice'],
  assignedTo: ['Anna'],
  waitingFor: ['5 min'],
  waited: ['5 min'],
  unreadCount: [3],
  chatCount: [3],
  chatActionsFor: ['Marie Dupont'],
  lastMessageByYou: ['Hello'],
  typing: ['Anna'],
  viewing: ['Anna'],
  conversationCount: [3],
  activeFilterCount: [3],
  sessionNumber: ['1234'],
  sessionLabel: ['1234'],
  openChannelLabel: ['Support'],
  autoCloseAt: ['25 nov. 2026'],
  transferredTo: ['Anna'],
  invited: [3],
  undoLabel: ['Conversation finished'],
  ownedByOther: ['Anna'],
  transferTo: ['Anna'],
  employeeCount: [3],
  inviteSelected: [3],
  historyTitle: ['Marie Dupont'],
  historyResults: [3],
  jumpToLatestCount: [3],
  messageMeta: ['Anna', '2 PM'],
  attachmentCount: [3],
  downloadFile: ['invoice.pdf'],
  openFile: ['invoice.pdf'],
  replyTo: ['Anna'],
  quoteFrom: ['Anna'],
  uploadProgress: ['invoice.pdf', 42],
  removeAttachment: ['invoice.pdf'],
  fileTooLarge: ['video.mp4', '100 MB'],
  fileTypeRefused: ['virus.exe'],
  uploadFailed: ['invoice.pdf'],
  draftPreview: ['Hello'],
  replyingTo: ['Anna'],
  quoting: ['Anna'],
  composerDisabledOwnedByOther: ['Anna'],
  cannedUsage: [3],
  placeholderUnfilled: ['client.name'],
  actionFailed: ['answer'],
  errorDetails: ['timeout'],
  announceNewMessage: ['Anna'],
  announceNewChat: ['Anna'],
  announceChatClosed: ['Marie Dupont'],
  announceUploaded: ['invoice.pdf'],
  announceResults: [3],
  errorConflict: ['Anna'],
  announceNewMessages: [3],
  announceNewChats: [3],
};

const textKeys = (t: Translation) => Object.keys(t).filter((key) => !key.startsWith('$')).sort();

/** Every text of a translation: its strings, and each function called with its sample. */
function allTexts(t: Translation): Array<[string, string]> {
  return textKeys(t).map((key) => {
    const value = (t as unknown as Record<string, unknown>)[key];
    if (typeof value === 'function') {
      const args = (SAMPLE_ARGS as Record<string, unknown[]>)[key];
      expect(args, `sample arguments for ${key}`).to.be.an('array');
      return [key, String(value(...args!))];
    }
    return [key, value as string];
  });
}

describe('translations', () => {
  it('en and fr have exactly the same keys', () => {
    expect(sameKeys).to.equal(true);
    expect(Object.keys(fr).sort()).to.deep.equal(Object.keys(en).sort());
  });

  it('en and fr agree on which keys are functions, and on their arity', () => {
    for (const key of textKeys(en)) {
      const a = (en as unknown as Record<string, unknown>)[key];
      const b = (fr as unknown as Record<string, unknown>)[key];
      expect(typeof b, key).to.equal(typeof a);
      if (typeof a === 'function') expect((b as () => string).length, key).to.equal(a.length);
    }
  });

  it('has a sample for every function key (so every output below is checked)', () => {
    const functionKeys = textKeys(en).filter((key) => typeof (en as unknown as Record<string, unknown>)[key] === 'function');
    expect(Object.keys(SAMPLE_ARGS).sort()).to.deep.equal(functionKeys);
  });

  for (const t of [en, fr]) {
    it(`${t.$code}: no text is empty or shows a broken value`, () => {
      for (const [key, text] of allTexts(t)) {
        expect(text.trim(), key).to.not.equal('');
        expect(text, key).to.not.match(/undefined|NaN|\[object/);
      }
    });
  }

  it('has metadata', () => {
    expect(en.$code).to.equal('en');
    expect(fr.$code).to.equal('fr');
    expect(fr.$name).to.equal('Français');
    expect(en.$dir).to.equal('ltr');
    expect(fr.$dateLocale.code).to.equal('fr');
    expect(en.$dateLocale.code).to.equal('en-US');
  });

  it('uses the seed article vocabulary in French', () => {
    expect(fr.answer).to.equal('Répondre');
    expect(fr.skip).to.equal('Passer');
    expect(fr.transfer).to.equal('Transférer');
    expect(fr.rename).to.equal('Renommer');
    expect(fr.markSpam).to.equal('Marquer comme spam');
    expect(fr.pin).to.equal('Verrouiller comme étant à moi');
    expect(fr.finish).to.equal('Terminer la conversation');
    expect(fr.invite).to.equal('Inviter des utilisateurs');
    expect(fr.messageHistory).to.equal('Historique des messages');
    expect(fr.cannedResponses).to.equal('Réponses prédéfinies');
    expect(fr.silentMode).to.equal('Mode silencieux');
    expect(fr.startNewConversation).to.equal('Démarrer une nouvelle conversation');
    expect(fr.markUnread).to.equal('Marquer comme non lu');
    expect(fr.quote).to.equal('Citer');
    expect(fr.createTask).to.equal('Créer une tâche');
    expect(fr.saveAsCanned).to.equal('Enregistrer comme réponse prédéfinie');
    expect(fr.createPost).to.equal("Créer une publication dans le Flux d'actualités");
    expect(fr.discussInFeed).to.equal("Discuter dans le Flux d'actualités");
    expect(fr.tabOpenChannels).to.equal('Canaux ouverts');
    expect(fr.stateNew).to.equal('En attente de la première réponse');
    expect(fr.groupWaiting).to.equal('En attente de la première réponse');
    expect(fr.settingSeparateOpenChannels).to.equal('Afficher les Canaux ouverts séparément');
    expect(fr.settingGroupWaiting).to.equal(
      'Afficher les conversations «\u00a0En attente de la première réponse\u00a0» dans des groupes individuels',
    );
    expect(fr.markSpamHint).to.equal(
      "La conversation se terminera et le client ne recevra pas le formulaire d'évaluation",
    );
    expect(fr.interceptLong).to.equal("Prendre la conversation d'un autre employé");
    expect(fr.contactCenter).to.equal('Centre de contact');
    expect(fr.silentHint).to.equal('Le client ne verra pas ce message');
  });

  it('uses the English labels of the feature contract', () => {
    expect(en.answer).to.equal('Answer');
    expect(en.skip).to.equal('Skip');
    expect(en.pin).to.equal('Lock as mine');
    expect(en.unpin).to.equal('Unlock');
    expect(en.settingSeparateOpenChannels).to.equal('Show open channels in a separate tab');
    expect(en.markSpamHint).to.equal('The conversation ends and the client will not receive the rating form');
    expect(en.discussInFeed).to.equal('Discuss in the News Feed');
    expect(en.sessionNumber('1234')).to.equal('#1234');
  });

  it('French plurals: 0 and 1 take the singular', () => {
    expect(fr.unreadCount(0)).to.equal('0 message non lu');
    expect(fr.unreadCount(1)).to.equal('1 message non lu');
    expect(fr.unreadCount(2)).to.equal('2 messages non lus');
    expect(fr.jumpToLatestCount(1)).to.equal('1 nouveau message');
    expect(fr.jumpToLatestCount(5)).to.equal('5 nouveaux messages');
    expect(fr.chatCount(0)).to.equal('0 chat');
    expect(fr.chatCount(12)).to.equal('12 chats');
    expect(fr.attachmentCount(2)).to.equal('2 pièces jointes');
    expect(fr.invited(1)).to.equal('1 utilisateur invité');
    expect(fr.historyResults(0)).to.equal('0 message trouvé');
  });

  it('English plurals: only 1 takes the singular', () => {
    expect(en.unreadCount(0)).to.equal('0 unread messages');
    expect(en.unreadCount(1)).to.equal('1 unread message');
    expect(en.unreadCount(2)).to.equal('2 unread messages');
    expect(en.chatCount(1)).to.equal('1 chat');
    expect(en.invited(2)).to.equal('2 users invited');
  });

  it('formats counts in the language notation', () => {
    expect(en.unreadCount(1200)).to.equal('1,200 unread messages');
    // French groups thousands with a narrow no-break space.
    expect(fr.unreadCount(1200).replace(/[\u00a0\u202f]/g, ' ')).to.equal('1 200 messages non lus');
  });

  it('French typography: no-break spaces before : ? ! ; and inside « »', () => {
    for (const [key, text] of allTexts(fr)) {
      expect(text, key).to.not.match(/ [:;!?»]/);
      expect(text, key).to.not.match(/« /);
      expect(text, key).to.not.match(/[^\u202f][!?;]/);
      expect(text, key).to.not.match(/[^\u00a0]:/);
    }
    expect(fr.confirmFinishTitle).to.equal('Terminer la conversation\u202f?');
    expect(fr.lastMessageByYou('Bonjour')).to.equal('Vous\u00a0: Bonjour');
  });

  it('maps every chat state and source channel to a string', () => {
    for (const state of CHAT_STATES) expect(en[CHAT_STATE_KEYS[state]]).to.be.a('string');
    for (const channel of SOURCE_CHANNELS) expect(fr[SOURCE_CHANNEL_KEYS[channel]]).to.be.a('string');
    expect(fr[CHAT_STATE_KEYS.answered]).to.equal('En cours');
    expect(fr[SOURCE_CHANNEL_KEYS.livechat]).to.equal('Chat en direct');
  });

  it('translate() reads strings and calls functions', () => {
    expect(translate(fr, 'answer')).to.equal('Répondre');
    expect(translate(fr, 'transferredTo', 'Anna')).to.equal('Transféré à Anna');
    expect(translate(en, 'unreadCount', 3)).to.equal('3 unread messages');
    // @ts-expect-error a function key needs its arguments
    translate(en, 'unreadCount');
    // @ts-expect-error a string key takes none
    translate(en, 'answer', 1);
    // @ts-expect-error unknown keys do not compile; at runtime they echo the key
    expect(translate(en, 'nope')).to.equal('nope');
  });

  it('gives a message per failed action, with a generic fallback', () => {
    expect(ACTION_ERROR_KEYS.answer).to.equal('errorAnswer');
    expect(actionErrorMessage(fr, 'answer')).to.equal('Impossible de répondre au chat');
    expect(actionErrorMessage(en, 'transfer')).to.equal('Could not transfer the chat');
    expect(actionErrorMessage(en, 'teleport')).to.equal('Could not complete “teleport”');
    expect(actionErrorMessage(fr, 'teleport')).to.equal("Impossible d'effectuer l'action «\u00a0teleport\u00a0»");
  });
});
