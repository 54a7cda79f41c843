import { expect } from '@open-wc/testing';
import { CHAT_STATES, SOURCE_CHANNELS } from '../../../src/core/model.js';
import {
  ACTION_ERROR_KEYS,
  CHAT_STATE_KEYS,
  SOURCE_CHANNEL_KEYS,
  actionErrorMessage,
  availableLanguages,
  en,
  fr,
  translate,
  type Translation,
} from '../../../src/core/i18n/index.js';
import { loadLanguage } from '../../../src/core/i18n/registry.js';
import { SAMPLE_ARGS, allTexts, expectArgumentsKept, expectComplete } from './locale-checks.js';

/** Every language the library ships. */
const BUILT_IN = ['en', 'fr', 'de', 'es', 'pt-BR', 'ru', 'ar'];

// French strings load on first use; have them ready for every test of this file.
before(() => loadLanguage('fr'));

/** Compile-time: en and fr are both complete `Translation`s with the same keys. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameKeys: Same<keyof typeof en, keyof typeof fr> = true;


const functionKeys = (t: Translation) =>
  Object.keys(t).filter((key) => typeof (t as unknown as Record<string, unknown>)[key] === 'function').sort();

describe('translations', () => {
  it('en and fr have exactly the same keys (checked by the compiler too)', () => {
    expect(sameKeys).to.equal(true);
    expect(Object.keys(fr).sort()).to.deep.equal(Object.keys(en).sort());
  });

  it('has a sample for every function key (so every output below is checked)', () => {
    expect(Object.keys(SAMPLE_ARGS).sort()).to.deep.equal(functionKeys(en));
  });

  it('lists the seven built-in languages', () => {
    expect(availableLanguages().map((language) => language.code)).to.include.members(BUILT_IN);
  });

  for (const code of BUILT_IN) {
    it(`${code}: loads through the registry, complete, every function keeping its arguments`, async () => {
      const t = await loadLanguage(code);
      expect(t.$code).to.equal(code);
      expect(t.$dateLocale, 'date-fns locale').to.be.an('object');
      // The resolved translation is frozen and merged: compare the module's own object.
      const own = { ...t } as Translation;
      expectComplete(own);
      expectArgumentsKept(own);
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
