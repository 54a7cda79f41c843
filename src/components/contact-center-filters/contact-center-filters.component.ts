import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { LocalizeController } from '../../controllers/localize.js';
import { CHAT_STATE_KEYS, RATING_KEYS, SOURCE_CHANNEL_KEYS, type Translation } from '../../core/i18n/translation.js';
import { CHAT_STATES, SOURCE_CHANNELS, type ChatFilter, type Operator, type Queue } from '../../core/model.js';
import { baseStyles } from '../../themes/tokens.js';
import { activeFilterCount, cleanFilter, fromDateInput, toDateInput } from '../contact-center/contact-center-model.js';
import { controlStyles } from '../shared/controls.styles.js';
import { icon } from '../shared/icons.js';
import { styles } from './contact-center-filters.styles.js';

/** Detail of the internal, cancelable `filters-change` event. */
export interface FiltersChangeDetail {
  filter: ChatFilter;
}

/** Free text is applied this long after the last keystroke (clearing is immediate). */
export const FILTER_SEARCH_DEBOUNCE_MS = 300;

type SelectField = 'queueIds' | 'operatorIds' | 'states' | 'sourceChannels';

/**
 * The filter bar of the Contact Center (K4): free-text search, open channel,
 * operator, status, source channel, date range, CRM link and rating. It is
 * controlled: it shows `filter` and asks for a new one with the cancelable,
 * non-bubbling `filters-change` event; when the event is prevented, the
 * controls go back to `filter`. A start date after the end date is refused
 * with a message.
 *
 * Internal to `<ol-chat-list view="contact-center">`.
 *
 * @summary Contact Center filters.
 * @tag ol-contact-center-filters
 * @fires {CustomEvent<FiltersChangeDetail>} filters-change - A new filter is asked for (internal, cancelable, not bubbling).
 * @csspart base - The filter bar.
 */
export class OlContactCenterFiltersElement extends LitElement {
  static override styles = [baseStyles, controlStyles, styles];

  /** The filter shown. */
  @property({ attribute: false }) filter: ChatFilter = {};

  /** Open channels offered. */
  @property({ attribute: false }) queues: readonly Queue[] = [];

  /** Operators offered. */
  @property({ attribute: false }) operators: readonly Operator[] = [];

  /** Per-element string overrides. */
  @property({ attribute: false }) strings?: Partial<Translation>;

  @state() private dateError = false;
  @state() private searchText: string | undefined;
  @state() private dateDraft: { from: string; to: string } | undefined;

  private readonly localize = new LocalizeController(this);
  private searchTimer: ReturnType<typeof setTimeout> | undefined;

  override disconnectedCallback(): void {
    clearTimeout(this.searchTimer);
    super.disconnectedCallback();
  }

  private request(patch: Partial<ChatFilter>): void {
    const filter = cleanFilter({ ...this.filter, ...patch });
    const event = new CustomEvent<FiltersChangeDetail>('filters-change', { detail: { filter }, cancelable: true });
    this.dispatchEvent(event);
    if (!event.defaultPrevented) this.filter = filter;
    // Re-render either way: a refused change puts the controls back (live bindings).
    this.searchText = undefined;
    this.requestUpdate();
  }

  private onSelect(field: SelectField, event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.request({ [field]: value ? [value] : undefined });
  }

  private onDate(event: Event): void {
    const form = (event.target as HTMLElement).closest('.dates')!;
    const [fromInput, toInput] = form.querySelectorAll('input');
    const draft = { from: fromInput!.value, to: toInput!.value };
    const from = fromDateInput(draft.from);
    const to = fromDateInput(draft.to, true);
    this.dateError = from !== undefined && to !== undefined && from > to;
    // A refused range stays in the fields so that it can be corrected.
    this.dateDraft = this.dateError ? draft : undefined;
    if (!this.dateError) this.request({ from, to });
  }

  private onSearch(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.searchText = value;
    clearTimeout(this.searchTimer);
    const apply = () => this.request({ search: value.trim() ? value : undefined });
    if (!value.trim()) apply();
    else this.searchTimer = setTimeout(apply, FILTER_SEARCH_DEBOUNCE_MS);
  }

  private reset(): void {
    clearTimeout(this.searchTimer);
    this.dateError = false;
    this.dateDraft = undefined;
    this.request({
      queueIds: undefined, operatorIds: undefined, states: undefined, sourceChannels: undefined,
      from: undefined, to: undefined, hasCrm: undefined, rating: undefined, search: undefined,
    });
  }

  private renderSelect(field: SelectField, label: string, options: readonly (readonly [string, string])[]) {
    const id = `filter-${field}`;
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <select id=${id} class="input" .value=${live(this.filter[field]?.[0] ?? '')} @change=${(e: Event) => this.onSelect(field, e)}>
        <option value="">${this.localize.t.filterAny}</option>
        ${options.map(([value, text]) => html`<option value=${value} ?selected=${this.filter[field]?.[0] === value}>${text}</option>`)}
      </select>
    </div>`;
  }

  private renderChoice(id: string, label: string, value: string, options: [string, string][], onChange: (value: string) => void) {
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <select id=${id} class="input" .value=${live(value)} @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
        <option value="">${this.localize.t.filterAny}</option>
        ${options.map(([v, text]) => html`<option value=${v} ?selected=${value === v}>${text}</option>`)}
      </select>
    </div>`;
  }

  protected override render() {
    const { t } = this.localize;
    const { filter } = this;
    const active = activeFilterCount(filter) + (filter.search ? 1 : 0);
    const crm = filter.hasCrm === undefined ? '' : filter.hasCrm ? 'yes' : 'no';
    return html`<div class="base" part="base" role="group" aria-label=${t.filters}>
      <div class="field search">
        <label for="filter-search" class="visually-hidden">${t.search}</label>
        ${icon('search')}
        <input
          id="filter-search"
          class="input"
          type="search"
          placeholder=${t.search}
          .value=${live(this.searchText ?? filter.search ?? '')}
          @input=${this.onSearch}
        />
      </div>
      ${this.renderSelect('queueIds', t.filterOpenChannel, this.queues.map((q) => [q.id, q.name] as const))}
      ${this.renderSelect('operatorIds', t.filterOperator, this.operators.map((o) => [o.id, o.name] as const))}
      ${this.renderSelect('states', t.filterState, CHAT_STATES.map((s) => [s, t[CHAT_STATE_KEYS[s]]] as const))}
      ${this.renderSelect('sourceChannels', t.filterSource, SOURCE_CHANNELS.map((c) => [c, t[SOURCE_CHANNEL_KEYS[c]]] as const))}
      <fieldset class="dates">
        <legend>${t.filterDate}</legend>
        <label>${t.dateFrom} <input class="input" type="date" .value=${live(this.dateDraft?.from ?? toDateInput(filter.from))} @change=${this.onDate} /></label>
        <label>${t.dateTo} <input class="input" type="date" .value=${live(this.dateDraft?.to ?? toDateInput(filter.to))} @change=${this.onDate} /></label>
      </fieldset>
      ${this.renderChoice('filter-crm', t.filterCrm, crm, [['yes', t.filterHasCrm], ['no', t.filterNoCrm]], (value) =>
        this.request({ hasCrm: value === '' ? undefined : value === 'yes' }),
      )}
      ${this.renderChoice(
        'filter-rating',
        t.filterRating,
        filter.rating ?? '',
        (['like', 'dislike', 'none'] as const).map((r) => [r, t[RATING_KEYS[r]]]),
        (value) => this.request({ rating: (value || undefined) as ChatFilter['rating'] }),
      )}
      ${active > 0
        ? html`<button class="button reset" type="button" @click=${this.reset}>${t.filterReset} (${t.activeFilterCount(active)})</button>`
        : nothing}
      ${this.dateError ? html`<p class="alert date-error" role="alert">${t.invalidDateRange}</p>` : nothing}
    </div>`;
  }
}
