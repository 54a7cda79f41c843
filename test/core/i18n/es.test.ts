import { expect } from '@open-wc/testing';
import { es } from '../../../src/core/i18n/es.js';
import {
  actionErrorMessage,
  formatDate,
  formatDateTime,
  formatDay,
  formatDuration,
  formatFileSize,
  formatNumber,
  formatRelative,
  formatTime,
  getTranslation,
  registerTranslation,
  translate,
  unregisterTranslation,
} from '../../../src/core/i18n/index.js';
import { allTexts, at, expectArgumentsKept, expectComplete, NBSP, WED } from './locale-checks.js';

describe('Spanish translation (es)', () => {
  before(() => registerTranslation(es));
  after(() => unregisterTranslation('es'));

  it('is complete: every key of English, in order, same kinds and arities, nothing broken', () => {
    expectComplete(es);
  });

  it('keeps every argument of its function keys', () => {
    expectArgumentsKept(es);
  });

  it('has its metadata and the date-fns Spanish locale', () => {
    expect(es.$code).to.equal('es');
    expect(es.$name).to.equal('Español');
    expect(es.$dir).to.equal('ltr');
    expect(es.$dateLocale.code).to.equal('es');
  });

  it('resolves for es and regional requests once registered', () => {
    expect(getTranslation('es').answer).to.equal('Responder');
    expect(getTranslation('es-MX').$code).to.equal('es');
    expect(getTranslation('es_419').skip).to.equal('Omitir');
    expect(translate(getTranslation('es'), 'transferredTo', 'Ana')).to.equal('Transferido a Ana');
  });

  describe('plurals and numbers', () => {
    it('uses the singular for 1 only', () => {
      expect(es.unreadCount(0)).to.equal('0 mensajes sin leer');
      expect(es.unreadCount(1)).to.equal('1 mensaje sin leer');
      expect(es.unreadCount(2)).to.equal('2 mensajes sin leer');
      expect(es.conversationCount(1)).to.equal('1 conversación');
      expect(es.conversationCount(3)).to.equal('3 conversaciones');
      expect(es.cannedUsage(1)).to.equal('Usada 1 vez');
      expect(es.cannedUsage(4)).to.equal('Usada 4 veces');
      expect(es.invited(1)).to.equal('1 usuario invitado');
      expect(es.announceNewChats(1)).to.equal('1 conversación nueva espera la primera respuesta');
      expect(es.announceNewChats(2)).to.equal('2 conversaciones nuevas esperan la primera respuesta');
    });

    it('groups thousands from five digits, with a dot, and writes decimals with a comma', () => {
      // CLDR for Spanish leaves four-digit numbers ungrouped.
      expect(es.unreadCount(1000)).to.equal('1000 mensajes sin leer');
      expect(es.unreadCount(12500)).to.equal('12.500 mensajes sin leer');
      expect(formatNumber(1234.5, es)).to.equal('1234,5');
      expect(es.uploadProgress('a.pdf', 41.6)).to.equal(`Subiendo a.pdf: 42${NBSP}%`);
    });
  });

  describe('dates and times (date-fns Spanish locale)', () => {
    it('formats time (24 h, no leading zero), date and date-time', () => {
      expect(formatTime(WED, es)).to.equal('14:05');
      expect(formatTime(at(2026, 3, 1, 9, 5), es)).to.equal('9:05');
      expect(formatDate(WED, es)).to.equal('25 nov 2026');
      expect(formatDate(at(2026, 9, 1), es)).to.equal('1 sep 2026');
      expect(formatDateTime(WED, es)).to.equal('25 nov 2026, 14:05');
      expect(formatDateTime(at(2026, 3, 1, 9, 5), es)).to.equal('1 mar 2026, 9:05');
    });

    it('labels day separators', () => {
      expect(formatDay(WED, es, at(2026, 11, 25, 23))).to.equal('hoy');
      expect(formatDay(WED, es, at(2026, 11, 26, 8))).to.equal('ayer');
      expect(formatDay(WED, es, at(2026, 11, 27))).to.equal('miércoles, 25 de noviembre');
      expect(formatDay(WED, es, at(2027, 1, 5))).to.equal('miércoles, 25 de noviembre de 2026');
    });

    it('gives short relative times in lists', () => {
      expect(formatRelative(WED, es, at(2026, 11, 25, 14, 5, 30))).to.equal('ahora');
      expect(formatRelative(WED, es, at(2026, 11, 25, 14, 10))).to.equal(`5${NBSP}min`);
      expect(formatRelative(WED, es, at(2026, 11, 25, 16, 30))).to.equal(`2${NBSP}h`);
      expect(formatRelative(WED, es, at(2026, 11, 26, 9))).to.equal('ayer');
      expect(formatRelative(WED, es, at(2026, 11, 28, 9))).to.equal('mié');
      expect(formatRelative(WED, es, at(2026, 12, 20))).to.equal('25 nov');
      expect(formatRelative(WED, es, at(2027, 2, 1))).to.equal('25/11/2026');
      expect(formatRelative(at(2026, 11, 25, 15, 0), es, WED)).to.equal('15:00');
    });

    it('formats durations', () => {
      expect(formatDuration(200, es)).to.equal(`3${NBSP}min 20${NBSP}s`);
      expect(formatDuration(2 * 86400 + 3600, es)).to.equal(`2${NBSP}d 1${NBSP}h`);
    });
  });

  it('formats file sizes with a decimal comma', () => {
    expect(formatFileSize(1.5 * 1024 * 1024, es)).to.equal(`1,5${NBSP}MB`);
    expect(formatFileSize(512, es)).to.equal(`512${NBSP}B`);
    expect(formatFileSize(2 * 1024 ** 4, es)).to.equal(`2${NBSP}TB`);
  });

  it('uses the Bitrix24 Spanish vocabulary', () => {
    expect(es.tabOpenChannels).to.equal('Canales abiertos');
    expect(es.columnOpenChannel).to.equal('Canal abierto');
    expect(es.contactCenter).to.equal('Contact center');
    expect(es.transfer).to.equal('Transferir');
    expect(es.interceptLong).to.equal('Tomar la conversación de otro empleado');
    expect(es.markSpam).to.equal('Marcar como spam');
    expect(es.finish).to.equal('Finalizar la conversación');
    expect(es.silentMode).to.equal('Modo silencioso');
    expect(es.cannedResponses).to.equal('Respuestas predefinidas');
    expect(es.crmDeal).to.equal('Negociación');
    expect(actionErrorMessage(es, 'teleport')).to.equal('No se pudo completar la acción «teleport»');
  });

  it('opens questions and exclamations with ¿ and ¡, and quotes with « »', () => {
    expect(es.confirmFinishTitle).to.equal('¿Finalizar la conversación?');
    expect(es.deleteConfirmTitle).to.equal('¿Eliminar este mensaje?');
    for (const [key, text] of allTexts(es)) {
      expect(text.split('?').length, `${key}: ¿…?`).to.equal(text.split('¿').length);
      expect(text.split('!').length, `${key}: ¡…!`).to.equal(text.split('¡').length);
      expect(text.split('«').length, `${key}: balanced quotes`).to.equal(text.split('»').length);
      expect(text, key).to.not.match(/["“”„]/);
      expect(text, `${key}: no space before punctuation`).to.not.match(/ [:;!?,.»]|« /);
    }
  });
});
