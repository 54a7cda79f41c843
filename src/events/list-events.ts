import type { ChatFilter } from '../core/model.js';
import { OlEvent } from './ol-event.js';

export interface SettingsChangeDetail {
  /** S1: show open-channel chats in their own tab. */
  separateOpenChannels: boolean;
  /** S2: show chats waiting for a first response in their own group. */
  groupWaiting: boolean;
}

/** S1, S2: a chat list setting changed; the host persists it. */
export class OlSettingsChangeEvent extends OlEvent<SettingsChangeDetail> {
  constructor(detail: SettingsChangeDetail) {
    super('ol-settings-change', detail);
  }
}

export interface FilterChangeDetail {
  filter: ChatFilter;
}

/** K4: the Contact Center filter or search changed; the list reloads. */
export class OlFilterChangeEvent extends OlEvent<FilterChangeDetail> {
  constructor(detail: FilterChangeDetail) {
    super('ol-filter-change', detail);
  }
}
