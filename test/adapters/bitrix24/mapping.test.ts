import { expect } from '@open-wc/testing';
import {
  parseCrm,
  parseEntityData1,
  parseEntityId,
  sourceChannel,
  stateFromChat,
  stateFromSessionStatus,
  stateFromStatus,
} from '../../../src/adapters/bitrix24/mapping.js';

describe('Bitrix24 mapping of open channel fields', () => {
  it('session status codes → chat state', () => {
    const states = [0, 5, 10, 20, 25, 40, 50, 60, 65, 69, 75].map((code) => [code, stateFromStatus(code, true), stateFromStatus(code, false)]);
    expect(states).to.deep.equal([
      [0, 'new', 'new'],
      [5, 'new', 'new'],
      [10, 'answered', 'answered'],
      [20, 'answered', 'new'],
      [25, 'answered', 'answered'],
      [40, 'answered', 'answered'],
      [50, 'answered', 'answered'],
      [60, 'closed', 'closed'],
      [65, 'spam', 'spam'],
      [69, 'closed', 'closed'],
      [75, 'closed', 'closed'],
    ]);
  });

  it('without a status: session 0 is closed, no owner is new, else answered; v2 statuses pass, paused is answered', () => {
    expect([stateFromChat('0', true), stateFromChat('1743', false), stateFromChat('1743', true)]).to.deep.equal(['closed', 'new', 'answered']);
    expect(['new', 'answered', 'closed', 'spam', 'paused'].map(stateFromSessionStatus)).to.deep.equal(['new', 'answered', 'closed', 'spam', 'answered']);
  });

  it('entity_id and entity_data_1 fields', () => {
    expect(parseEntityId('livechat|1|1363|203')).to.deep.equal({ connector: 'livechat', lineId: '1', clientId: '203' });
    expect(parseEntityData1('Y|DEAL|212|Y|N|469|1764052826|2|0|')).to.deep.equal({
      crm: true,
      crmType: 'DEAL',
      crmId: '212',
      pinned: true,
      sessionId: '469',
      sessionStart: '2025-11-25T06:40:26.000Z',
      lineId: '2',
    });
  });

  it('CRM bindings from entity_data_2 pairs, else the main binding of entity_data_1', () => {
    expect(parseCrm('LEAD|0|COMPANY|5|CONTACT|3691|DEAL|212', '')).to.deep.equal([
      { type: 'company', id: '5', title: 'Company #5' },
      { type: 'contact', id: '3691', title: 'Contact #3691' },
      { type: 'deal', id: '212', title: 'Deal #212' },
    ]);
    expect(parseCrm('', 'Y|LEAD|77|N|N|1|0|1|0|')).to.deep.equal([{ type: 'lead', id: '77', title: 'Lead #77' }]);
    expect(parseCrm('LEAD|0|COMPANY|0|CONTACT|0|DEAL|0', 'N|NONE|0|N|N|0|0|1|0|')).to.deep.equal([]);
  });

  it('connector codes → source channels', () => {
    const codes = ['livechat', 'telegrambot', 'whatsappbyedna', 'viber', 'fbinstagramdirect', 'facebook', 'vkgroup', 'imessage', 'email', 'voximplant', 'avito'];
    expect(codes.map(sourceChannel)).to.deep.equal([
      'livechat',
      'telegram',
      'whatsapp',
      'viber',
      'instagram',
      'facebook',
      'vk',
      'imessage',
      'email',
      'phone',
      'other',
    ]);
  });
});
