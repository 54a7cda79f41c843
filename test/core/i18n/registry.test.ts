import { expect } from '@open-wc/testing';
import {
  availableLanguages,
  clearOverrides,
  en,
  fr,
  getTranslation,
  loadLanguage,
  onTranslationsChange,
  overrideStrings,
  registerTranslation,
  registerTranslationLoader,
  resolveLanguage,
  translationsVersion,
  unregisterTranslation,
  type Translation,
} from '../../../src/core/i18n/index.js';

describe('registry', () => {
  before(() => loadLanguage('fr'));

  afterEach(() => {
    clearOverrides();
    unregisterTranslation('fr-CA');
    unregisterTranslation('ar');
  });

  it('has en built in and fr once loaded', () => {
    const languages = availableLanguages();
    expect(languages.map((language) => language.code)).to.include.members(['en', 'fr']);
    expect(languages.find((language) => language.code === 'fr')).to.deep.equal({
      code: 'fr',
      name: 'Français',
      dir: 'ltr',
    });
    expect(getTranslation('fr').answer).to.equal('Répondre');
    expect(getTranslation('en').answer).to.equal('Answer');
  });

  it('resolves a region to its language, and anything unknown to English', () => {
    expect(getTranslation('fr-CA').$code).to.equal('fr');
    expect(getTranslation('fr-CA').answer).to.equal('Répondre');
    expect(getTranslation('FR_be').answer).to.equal('Répondre');
    expect(getTranslation('xx').$code).to.equal('en');
    expect(getTranslation('xx-YY').answer).to.equal('Answer');
    expect(getTranslation('').$code).to.equal('en');
    expect(getTranslation(undefined).$code).to.equal('en');
    expect(resolveLanguage('fr-CH')).to.equal('fr');
    expect(resolveLanguage('xx-DE')).to.equal('en');
  });

  it('returns the same cached object until something changes', () => {
    const first = getTranslation('fr-CA');
    expect(getTranslation('fr-CA')).to.equal(first);
    overrideStrings('fr', { answer: 'Prendre' });
    expect(getTranslation('fr-CA')).to.not.equal(first);
  });

  it('applies host overrides on top, for that language and its regions', () => {
    overrideStrings('fr', { answer: 'Prendre en charge', transferredTo: (name) => `Confié à ${name}` });
    expect(getTranslation('fr').answer).to.equal('Prendre en charge');
    expect(getTranslation('fr-CA').answer).to.equal('Prendre en charge');
    expect(getTranslation('fr').transferredTo('Anna')).to.equal('Confié à Anna');
    expect(getTranslation('fr').skip).to.equal('Passer');
    expect(getTranslation('en').answer).to.equal('Answer');
    // The built-in objects are never modified.
    expect(fr.answer).to.equal('Répondre');
  });

  it('merges successive overrides and ignores undefined entries', () => {
    overrideStrings('en', { answer: 'Take' });
    overrideStrings('en', { skip: 'Pass', answer: undefined });
    expect(getTranslation('en').answer).to.equal('Take');
    expect(getTranslation('en').skip).to.equal('Pass');
    // English is the fallback: its overrides reach languages that resolve to it.
    expect(getTranslation('xx').answer).to.equal('Take');
    clearOverrides('en');
    expect(getTranslation('en').answer).to.equal('Answer');
  });

  it('accepts overrides for a language that is not registered', () => {
    overrideStrings('de', { answer: 'Antworten' });
    expect(getTranslation('de-AT').answer).to.equal('Antworten');
    expect(getTranslation('de').skip).to.equal('Skip');
    expect(getTranslation('en').answer).to.equal('Answer');
  });

  it('registers a partial regional translation on top of its language', () => {
    registerTranslation({ $code: 'fr-CA', $name: 'Français (Canada)', sourceEmail: 'Courriel' });
    const t = getTranslation('fr-ca');
    expect(t.$code).to.equal('fr-CA');
    expect(t.$name).to.equal('Français (Canada)');
    expect(t.sourceEmail).to.equal('Courriel');
    expect(t.answer).to.equal('Répondre');
    expect(getTranslation('fr').sourceEmail).to.equal('E-mail');
    expect(availableLanguages().map((language) => language.code)).to.include('fr-CA');
  });

  it('registers a new right-to-left language', () => {
    const ar: Translation = { ...en, $code: 'ar', $name: 'العربية', $dir: 'rtl', answer: 'رد' };
    registerTranslation(ar);
    expect(getTranslation('ar-EG').$dir).to.equal('rtl');
    expect(getTranslation('ar').answer).to.equal('رد');
    expect(getTranslation('ar-EG').$code).to.equal('ar');
    expect(availableLanguages().find((language) => language.code === 'ar')).to.deep.equal({
      code: 'ar',
      name: 'العربية',
      dir: 'rtl',
    });
  });

  it('lists the loadable languages with their names before they load', () => {
    const languages = availableLanguages();
    expect(languages.map((language) => language.code)).to.include.members(['en', 'fr', 'de', 'es', 'pt-BR', 'ru', 'ar']);
    expect(languages.find((language) => language.code === 'ar')?.dir).to.equal('rtl');
  });

  it('loads a language on its first request, answering in English meanwhile', async () => {
    let resolve!: (translation: Translation) => void;
    registerTranslationLoader('xq', () => new Promise<Translation>((r) => (resolve = r)));
    let changes = 0;
    const stop = onTranslationsChange(() => changes++);
    try {
      expect(getTranslation('xq-ZZ').$code).to.equal('en');
      const loaded = loadLanguage('xq-ZZ');
      resolve({ ...en, $code: 'xq', $name: 'Xq', answer: 'Xq-answer' });
      expect((await loaded).answer).to.equal('Xq-answer');
      expect(getTranslation('xq-ZZ').$code).to.equal('xq');
      expect(changes).to.equal(1);
    } finally {
      stop();
      unregisterTranslation('xq');
    }
  });

  it('keeps a host registration over the strings of a language that loads later', async () => {
    let resolve!: (translation: Translation) => void;
    registerTranslationLoader('xr', () => new Promise<Translation>((r) => (resolve = r)));
    try {
      const loaded = loadLanguage('xr');
      registerTranslation({ $code: 'xr', answer: 'Host answer' });
      resolve({ ...en, $code: 'xr', $name: 'Xr', answer: 'Loaded answer', skip: 'Loaded skip' });
      const translation = await loaded;
      expect(translation.answer).to.equal('Host answer');
      expect(translation.skip).to.equal('Loaded skip');
    } finally {
      unregisterTranslation('xr');
    }
  });

  it('stays in English when a language fails to load, and tries again later', async () => {
    let attempts = 0;
    registerTranslationLoader('xs', async () => {
      attempts++;
      if (attempts === 1) throw new Error('offline');
      return { ...en, $code: 'xs', $name: 'Xs', answer: 'Xs-answer' };
    });
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      expect((await loadLanguage('xs')).$code).to.equal('en');
      expect(warnings).to.have.length(1);
      expect((await loadLanguage('xs')).answer).to.equal('Xs-answer');
      expect(attempts).to.equal(2);
    } finally {
      console.warn = warn;
      unregisterTranslation('xs');
    }
  });

  it('never removes the fallback language', () => {
    unregisterTranslation('en');
    expect(getTranslation('en').answer).to.equal('Answer');
  });

  it('rejects a translation without a code', () => {
    expect(() => registerTranslation({} as Translation)).to.throw(TypeError);
  });

  it('notifies listeners of every change until they unsubscribe', () => {
    let calls = 0;
    const stop = onTranslationsChange(() => calls++);
    const version = translationsVersion();
    overrideStrings('fr', { answer: 'A' });
    registerTranslation({ $code: 'fr-CA', sourceEmail: 'Courriel' });
    clearOverrides('fr');
    expect(calls).to.equal(3);
    expect(translationsVersion()).to.equal(version + 3);
    stop();
    overrideStrings('fr', { answer: 'B' });
    expect(calls).to.equal(3);
  });

  it('keeps notifying when one listener throws', async () => {
    let calls = 0;
    // The listener's error is rethrown asynchronously, to be reported without stopping the others.
    const reported = new Promise<unknown>((resolve) => {
      const mochaOnError = window.onerror;
      const onError = (event: ErrorEvent) => {
        // Cancelled, so neither mocha nor the runner reports it as an uncaught error.
        event.preventDefault();
        event.stopImmediatePropagation();
        window.removeEventListener('error', onError, true);
        setTimeout(() => (window.onerror = mochaOnError));
        resolve(event.error);
      };
      window.onerror = null;
      window.addEventListener('error', onError, true);
    });
    const stopBad = onTranslationsChange(() => {
      throw new Error('expected in this test: a failing translation listener');
    });
    const stopGood = onTranslationsChange(() => calls++);
    try {
      overrideStrings('fr', { answer: 'A' });
      expect(calls).to.equal(1);
    } finally {
      stopBad();
      stopGood();
    }
    expect(((await reported) as Error).message).to.equal('expected in this test: a failing translation listener');
  });
});
