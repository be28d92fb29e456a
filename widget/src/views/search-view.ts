import { html, nothing } from 'lit';
import type { FaqEntry, Hit } from '../api';
import type { StringKey } from '../i18n';
import { answerBlocks, snippetParts, type AnswerBlock } from '../snippet';
import { ViewElement } from './base';

/** Suggestions start at this many characters, this long after the last keystroke. */
export const MIN_QUERY = 2;
export const DEBOUNCE_MS = 300;
/** A request still running after this long says so. */
const SLOW_MS = 3000;

/**
 * Answers while the customer types: an ARIA combobox over a listbox of suggestions, the chosen
 * answer with "this answered my question", and "I still need help" on to the ticket form.
 */
export class SearchView extends ViewElement {
  static properties = {
    ...ViewElement.properties,
    query: { type: String },
    hits: { state: true },
    active: { state: true },
    expanded: { state: true },
    busy: { state: true },
    slow: { state: true },
    problem: { state: true },
    chosen: { state: true },
    entry: { state: true },
    deflected: { state: true },
  };

  query = '';
  private hits: Hit[] = [];
  private active = -1;
  private expanded = false;
  private busy = false;
  private slow = false;
  private problem: StringKey | null = null;
  private chosen: Hit | null = null;
  private entry: FaqEntry | null = null;
  private deflected = false;
  /** The query the shown hits answer (for the deflection and "no answer yet"). */
  private answered = '';

  private debounce: ReturnType<typeof setTimeout> | undefined;
  private slowTimer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: AbortController | null = null;

  connectedCallback() {
    super.connectedCallback();
    if (this.query.trim().length >= MIN_QUERY) this.schedule(0);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    clearTimeout(this.debounce);
    clearTimeout(this.slowTimer);
    this.inFlight?.abort();
  }

  /** Puts the caret back in the search box, at the end of what was typed. */
  focusInput() {
    const input = this.renderRoot.querySelector('input');
    input?.focus();
    input?.setSelectionRange(this.query.length, this.query.length);
  }

  /** Searches `delay` ms from now unless another keystroke comes first; the previous request is cancelled. */
  private schedule(delay = DEBOUNCE_MS) {
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => void this.search(this.query.trim()), delay);
  }

  private async search(q: string) {
    this.inFlight?.abort();
    if (q.length < MIN_QUERY) {
      this.hits = [];
      this.expanded = false;
      this.busy = false;
      return;
    }
    const controller = new AbortController();
    this.inFlight = controller;
    this.busy = true;
    this.problem = null;
    clearTimeout(this.slowTimer);
    this.slow = false;
    this.slowTimer = setTimeout(() => (this.slow = true), SLOW_MS);
    try {
      const hits = await this.client.search(q, this.locale, controller.signal);
      if (controller.signal.aborted) return;
      this.hits = hits;
      this.answered = q;
      this.active = -1;
      this.expanded = hits.length > 0;
    } catch (error) {
      if ((error as Error).name === 'AbortError') return;
      this.problem = this.problemOf(error);
    } finally {
      if (this.inFlight === controller) {
        this.busy = false;
        this.slow = false;
        clearTimeout(this.slowTimer);
      }
    }
  }

  private onInput(event: Event) {
    this.query = (event.target as HTMLInputElement).value;
    this.schedule();
  }

  private onKeydown(event: KeyboardEvent) {
    const count = this.hits.length;
    if (event.key === 'ArrowDown' && count) {
      event.preventDefault();
      this.expanded = true;
      this.active = (this.active + 1) % count;
    } else if (event.key === 'ArrowUp' && count) {
      event.preventDefault();
      this.expanded = true;
      this.active = this.active <= 0 ? count - 1 : this.active - 1;
    } else if (event.key === 'Enter' && this.expanded && this.active >= 0) {
      event.preventDefault();
      void this.choose(this.hits[this.active]);
    } else if (event.key === 'Escape' && this.expanded) {
      event.preventDefault();
      this.expanded = false;
      this.active = -1;
    }
  }

  private async choose(hit: Hit) {
    this.chosen = hit;
    this.entry = null;
    this.deflected = false;
    this.expanded = false;
    this.problem = null;
    if (hit.source === 'faq') {
      try {
        this.entry = await this.client.faq(hit.documentId, this.locale);
      } catch (error) {
        this.problem = this.problemOf(error);
      }
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#answer-title')?.focus();
  }

  private async back() {
    this.chosen = null;
    this.entry = null;
    this.expanded = this.hits.length > 0;
    await this.updateComplete;
    this.focusInput();
  }

  private async deflect() {
    if (!this.chosen) return;
    try {
      await this.client.deflect(this.chosen, this.answered, this.locale);
      this.deflected = true;
    } catch (error) {
      this.problem = this.problemOf(error);
    }
  }

  private needHelp() {
    this.navigate('ask', { query: this.query.trim() });
  }

  private renderStatus() {
    let text = '';
    if (this.problem) text = this.t(this.problem);
    else if (this.slow) text = this.t('slow');
    else if (this.busy) text = this.t('searching');
    else if (this.answered && this.query.trim() === this.answered) text = this.hits.length ? this.t('resultsCount', { count: this.hits.length }) : this.t('noResults');
    return html`<p class="status ${this.problem ? 'problem' : ''}" role="status" aria-live="polite">${text}</p>`;
  }

  private renderSource(hit: Hit) {
    return html`<span class="source">${hit.source === 'faq' ? this.t('sourceFaq') : this.t('sourceDocs')}</span>`;
  }

  private renderHit(hit: Hit, index: number) {
    return html`<li
      role="option"
      id="hit-${index}"
      aria-selected=${index === this.active ? 'true' : 'false'}
      @click=${() => this.choose(hit)}
      @mousemove=${() => (this.active = index)}
    >
      ${this.renderSource(hit)}
      <span class="hit-title">${hit.title}</span>
      <span class="snippet">${snippetParts(hit.snippet).map((part) => (part.marked ? html`<mark>${part.text}</mark>` : part.text))}</span>
    </li>`;
  }

  private renderSearch() {
    const open = this.expanded && this.hits.length > 0;
    return html`
      <label for="q">${this.t('searchLabel')}</label>
      <input
        id="q"
        type="search"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="results"
        aria-activedescendant=${open && this.active >= 0 ? `hit-${this.active}` : nothing}
        placeholder=${this.t('searchPlaceholder')}
        .value=${this.query}
        @input=${this.onInput}
        @keydown=${this.onKeydown}
      />
      <ul id="results" role="listbox" aria-label=${this.t('searchLabel')} ?hidden=${!open}>
        ${open ? this.hits.map((hit, index) => this.renderHit(hit, index)) : nothing}
      </ul>
      ${this.renderStatus()}
      ${this.answered ? html`<div class="actions"><button type="button" @click=${this.needHelp}>${this.t('stillNeedHelp')}</button></div>` : nothing}
    `;
  }

  private renderAnswer(hit: Hit) {
    const blocks: AnswerBlock[] = this.entry
      ? answerBlocks(this.entry.answer)
      : [{ list: false, text: snippetParts(hit.snippet).map((part) => part.text).join('') }];
    return html`<article aria-labelledby="answer-title">
      ${this.renderSource(hit)}
      <h3 id="answer-title" tabindex="-1">${this.entry?.question ?? hit.title}</h3>
      ${blocks.map((block) => (block.list ? html`<ul>${block.items.map((item) => html`<li>${item}</li>`)}</ul>` : html`<p>${block.text}</p>`))}
      ${hit.url ? html`<p><a href=${hit.url} target="_blank" rel="noopener">${this.t('openPage')}</a></p>` : nothing}
      ${this.deflected ? html`<p class="thanks" role="status">${this.t('thanks')}</p>` : nothing}
      <div class="actions">
        ${this.deflected ? nothing : html`<button class="primary" type="button" @click=${this.deflect}>${this.t('helped')}</button>`}
        <button type="button" @click=${this.needHelp}>${this.t('stillNeedHelp')}</button>
        <button type="button" @click=${this.back}>${this.t('back')}</button>
      </div>
      ${this.problem ? html`<p class="status problem" role="status">${this.t(this.problem)}</p>` : nothing}
    </article>`;
  }

  render() {
    return this.chosen ? this.renderAnswer(this.chosen) : this.renderSearch();
  }
}

if (!customElements.get('helpdesk-search-view')) customElements.define('helpdesk-search-view', SearchView);
