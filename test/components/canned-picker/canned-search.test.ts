import { expect } from '@open-wc/testing';
import { cannedTitleFrom } from '../../../src/components/canned-save-form/canned-title.js';
import { cannedSnippet, groupCanned, knownSections, searchCanned, sectionLabel } from '../../../src/components/canned-picker/canned-search.js';
import { en } from '../../../src/core/i18n/en.js';
import { fr } from '../../../src/core/i18n/fr.js';
import type { CannedResponse } from '../../../src/core/model.js';
import { foldText } from '../../../src/core/text.js';

const responses: CannedResponse[] = [
  { id: 'a', title: 'Étiquette de retour', text: 'Je vous envoie une étiquette.', section: 'delivery', usageCount: 35 },
  { id: 'b', title: 'Bienvenue', text: 'Bonjour {client.name} !', section: 'greeting', usageCount: 152 },
  { id: 'c', title: 'Moyens de paiement', text: 'Nous acceptons la [b]carte bancaire[/b].', section: 'payment', usageCount: 64 },
  { id: 'd', title: 'Délais', text: 'La livraison prend [b]2 à 4 jours[/b].', section: 'delivery', usageCount: 96 },
  { id: 'e', title: 'Horaires', text: 'Ouvert de 9 h à 18 h.', section: 'Magasin', usageCount: 5 },
  { id: 'f', title: 'Sans rubrique', text: 'Texte libre.' },
  { id: 'g', title: 'Au revoir', text: 'Bonne journée !', section: 'common', usageCount: 121 },
  { id: 'h', title: 'Annuaire', text: 'Voir le site.', section: 'Aide', usageCount: 1 },
];

describe('canned search', () => {
  it('folds case and accents', () => {
    expect(foldText('Étiquette ÀÉÎÕÜ')).to.equal('etiquette aeiou');
  });

  it('finds responses by title or text, ignoring case, accents and BBCode tags', () => {
    expect(searchCanned(responses, 'ETIQUETTE').map((r) => r.id)).to.deep.equal(['a']);
    expect(searchCanned(responses, 'delais').map((r) => r.id)).to.deep.equal(['d']);
    expect(searchCanned(responses, 'carte bancaire').map((r) => r.id)).to.deep.equal(['c']);
    expect(searchCanned(responses, '[b]')).to.deep.equal([]);
  });

  it('gives one line of plain text per response for the list', () => {
    expect(cannedSnippet(responses[2])).to.equal('Nous acceptons la carte bancaire.');
    expect(cannedSnippet(responses[2])).to.equal(cannedSnippet(responses[2]));
  });

  it('needs every word of the query, in any order', () => {
    expect(searchCanned(responses, 'jours livraison').map((r) => r.id)).to.deep.equal(['d']);
    expect(searchCanned(responses, 'livraison paiement')).to.deep.equal([]);
  });

  it('keeps everything for a blank query', () => {
    expect(searchCanned(responses, '   ')).to.have.length(responses.length);
  });

  it('groups by section: built-in ones first, others by name, no section last; most used first inside', () => {
    const sections = groupCanned(responses, fr);
    expect(sections.map((s) => s.label)).to.deep.equal(['Salutations', 'Paiement', 'Livraison', 'Général', 'Aide', 'Magasin', 'Sans section']);
    expect(sections.find((s) => s.key === 'delivery')!.items.map((r) => r.id)).to.deep.equal(['d', 'a']);
    expect(groupCanned(responses, en).map((s) => s.label).slice(0, 4)).to.deep.equal(['Greeting', 'Payment', 'Delivery', 'General']);
  });

  it('labels sections from the translation, unknown ones as given', () => {
    expect(sectionLabel(en, 'payment')).to.equal('Payment');
    expect(sectionLabel(en, 'Warranty')).to.equal('Warranty');
    expect(sectionLabel(en, undefined)).to.equal('No section');
  });

  it('lists the sections in use for the save form, built-in ones first', () => {
    expect(knownSections(responses)).to.deep.equal(['greeting', 'payment', 'delivery', 'common', 'Aide', 'Magasin']);
    expect(knownSections(undefined)).to.deep.equal(['greeting', 'payment', 'delivery', 'common']);
  });
});

describe('cannedTitleFrom', () => {
  it('takes the first words of the plain text, with an ellipsis when cut', () => {
    expect(cannedTitleFrom('Hello [b]Anna[/b], how can I help you today?')).to.equal('Hello Anna, how can I help…');
    expect(cannedTitleFrom('Thanks, bye!')).to.equal('Thanks, bye!');
    expect(cannedTitleFrom('')).to.equal('');
  });

  it('cuts very long words', () => {
    const title = cannedTitleFrom('x'.repeat(100));
    expect(title).to.equal(`${'x'.repeat(60)}…`);
  });
});
