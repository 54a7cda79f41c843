/** The statistics strip of the Contact Center (K5). */
import { html, nothing } from 'lit';
import type { LocalizeController } from '../../controllers/localize.js';
import { CHAT_STATE_SHORT_KEYS } from '../../core/i18n/translation.js';
import { CHAT_STATES, type Statistics } from '../../core/model.js';

export type StatsState =
  | { status: 'off' }
  | { status: 'loading'; stats?: Statistics }
  | { status: 'ready'; stats: Statistics }
  | { status: 'error'; stats?: Statistics };

export function renderStats(state: StatsState, localize: LocalizeController, retry: () => void) {
  if (state.status === 'off') return nothing;
  const { t } = localize;
  const stats = state.stats;
  const figure = (label: string, value: string, className = '') =>
    html`<div class="stat ${className}"><dt>${label}</dt><dd dir="auto">${value}</dd></div>`;
  return html`<section class="stats" part="statistics" aria-label=${t.statistics} aria-busy=${state.status === 'loading' ? 'true' : 'false'}>
    ${stats
      ? html`<dl>
          ${figure(t.statTotal, localize.number(stats.total), 'total')}
          ${CHAT_STATES.map((s) => figure(t[CHAT_STATE_SHORT_KEYS[s]], localize.number(stats.byState[s] ?? 0), `state-${s}`))}
          ${figure(t.statAverageFirstResponse, localize.duration(stats.averageFirstResponseSeconds))}
          ${figure(t.statAverageDuration, localize.duration(stats.averageDurationSeconds))}
          ${figure(t.statLikes, localize.number(stats.likes), 'likes')}
          ${figure(t.statDislikes, localize.number(stats.dislikes), 'dislikes')}
        </dl>`
      : state.status === 'loading'
        ? html`<p class="subtle">${t.loading}</p>`
        : nothing}
    ${state.status === 'error'
      ? html`<div class="alert" role="alert">
          <span>${t.errorStatistics}</span>
          <button class="button" @click=${retry}>${t.retry}</button>
        </div>`
      : nothing}
  </section>`;
}
