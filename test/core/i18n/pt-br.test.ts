import { expect } from '@open-wc/testing';
import { ptBR } from '../../../src/core/i18n/pt-br.js';
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

describe('Brazilian Portuguese translation (pt-BR)', () => {
  before(() => registerTranslation(ptBR));
  after(() => unregisterTranslation('pt-BR'));

  it('is complete: every key of English, in order, same kinds and arities, nothing broken', () => {
    expectComplete(ptBR);
  });

  it('keeps every argument of its function keys', () => {
    expectArgumentsKept(ptBR);
  });

  it('has its metadata and the date-fns Brazilian Portuguese locale', () => {
    expect(ptBR.$code).to.equal('pt-BR');
    expect(ptBR.$name).to.equal('Português (Brasil)');
    expect(ptBR.$dir).to.equal('ltr');
    expect(ptBR.$dateLocale.code).to.equal('pt-BR');
  });

  it('resolves for pt-BR (any spelling) once registered, keeping its code', () => {
    expect(getTranslation('pt-BR').answer).to.equal('Responder');
    expect(getTranslation('pt_br').$code).to.equal('pt-BR');
    expect(getTranslation('PT-br').skip).to.equal('Pular');
    expect(translate(getTranslation('pt-BR'), 'transferredTo', 'Ana')).to.equal('Transferido para Ana');
  });

  describe('plurals and numbers', () => {
    it('uses the singular for 0 and 1 (CLDR rules for Portuguese)', () => {
      expect(ptBR.unreadCount(0)).to.equal('0 mensagem não lida');
      expect(ptBR.unreadCount(1)).to.equal('1 mensagem não lida');
      expect(ptBR.unreadCount(2)).to.equal('2 mensagens não lidas');
      expect(ptBR.chatCount(2)).to.equal('2 chats');
      expect(ptBR.employeeCount(1)).to.equal('1 colaborador');
      expect(ptBR.employeeCount(5)).to.equal('5 colaboradores');
      expect(ptBR.cannedUsage(3)).to.equal('Usada 3 vezes');
      expect(ptBR.historyResults(1)).to.equal('1 mensagem encontrada');
      expect(ptBR.announceNewChats(2)).to.equal('2 novas conversas aguardando a primeira resposta');
    });

    it('groups thousands with a dot and writes decimals with a comma', () => {
      expect(ptBR.unreadCount(1000)).to.equal('1.000 mensagens não lidas');
      expect(ptBR.attachmentCount(1000)).to.equal('1.000 anexos');
      expect(formatNumber(1234.5, ptBR)).to.equal('1.234,5');
      expect(ptBR.uploadProgress('a.pdf', 41.6)).to.equal('Enviando a.pdf: 42%');
    });
  });

  describe('dates and times (date-fns pt-BR locale)', () => {
    it('formats time, date (CLDR medium: "25 de nov. de 2026") and date-time', () => {
      expect(formatTime(WED, ptBR)).to.equal('14:05');
      expect(formatTime(at(2026, 3, 1, 9, 5), ptBR)).to.equal('09:05');
      expect(formatDate(WED, ptBR)).to.equal('25 de nov. de 2026');
      expect(formatDate(at(2026, 5, 5), ptBR)).to.equal('5 de mai. de 2026');
      expect(formatDateTime(WED, ptBR)).to.equal('25 de nov. de 2026, 14:05');
    });

    it('labels day separators', () => {
      expect(formatDay(WED, ptBR, at(2026, 11, 25, 23))).to.equal('hoje');
      expect(formatDay(WED, ptBR, at(2026, 11, 26, 8))).to.equal('ontem');
      expect(formatDay(WED, ptBR, at(2026, 11, 27))).to.equal('quarta-feira, 25 de novembro');
      expect(formatDay(WED, ptBR, at(2027, 1, 5))).to.equal('quarta-feira, 25 de novembro de 2026');
    });

    it('gives short relative times in lists', () => {
      expect(formatRelative(WED, ptBR, at(2026, 11, 25, 14, 5, 30))).to.equal('agora');
      expect(formatRelative(WED, ptBR, at(2026, 11, 25, 14, 10))).to.equal(`5${NBSP}min`);
      expect(formatRelative(WED, ptBR, at(2026, 11, 25, 16, 30))).to.equal(`2${NBSP}h`);
      expect(formatRelative(WED, ptBR, at(2026, 11, 26, 9))).to.equal('ontem');
      expect(formatRelative(WED, ptBR, at(2026, 11, 28, 9))).to.equal('quarta');
      expect(formatRelative(WED, ptBR, at(2026, 12, 20))).to.equal('25 de nov.');
      expect(formatRelative(WED, ptBR, at(2027, 2, 1))).to.equal('25/11/2026');
    });

    it('formats durations', () => {
      expect(formatDuration(200, ptBR)).to.equal(`3${NBSP}min 20${NBSP}s`);
      expect(formatDuration(3900, ptBR)).to.equal(`1${NBSP}h 5${NBSP}min`);
      expect(formatDuration(2 * 86400 + 3600, ptBR)).to.equal(`2${NBSP}d 1${NBSP}h`);
    });
  });

  it('formats file sizes with a decimal comma', () => {
    expect(formatFileSize(1.5 * 1024 * 1024, ptBR)).to.equal(`1,5${NBSP}MB`);
    expect(formatFileSize(1024, ptBR)).to.equal(`1${NBSP}KB`);
    expect(formatFileSize(512, ptBR)).to.equal(`512${NBSP}B`);
  });

  it('uses the Bitrix24 Brazilian Portuguese vocabulary', () => {
    expect(ptBR.tabOpenChannels).to.equal('Canais abertos');
    expect(ptBR.contactCenter).to.equal('Contact Center');
    expect(ptBR.answer).to.equal('Responder');
    expect(ptBR.transfer).to.equal('Transferir');
    expect(ptBR.finish).to.equal('Encerrar a conversa');
    expect(ptBR.interceptLong).to.equal('Assumir a conversa de outro colaborador');
    expect(ptBR.markSpam).to.equal('Marcar como spam');
    expect(ptBR.silentMode).to.equal('Modo silencioso');
    expect(ptBR.crmDeal).to.equal('Negócio');
    expect(actionErrorMessage(ptBR, 'answer')).to.equal('Não foi possível atender o chat');
  });

  it('quotes with “ ” and never with other quote marks', () => {
    expect(ptBR.noResultsFor('fatura')).to.equal('Nenhum resultado para “fatura”');
    for (const [key, text] of allTexts(ptBR)) {
      expect(text, key).to.not.match(/["«»„]/);
      expect(text.split('“').length, `${key}: balanced quotes`).to.equal(text.split('”').length);
      expect(text, `${key}: no space before punctuation`).to.not.match(/ [:;!?,.”]|“ /);
    }
  });
});
