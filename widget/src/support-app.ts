import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { createApi, type Api, type Availability } from './api';
import { takeCheckoutReturn, type CheckoutOutcome, type CheckoutPurpose } from './checkout-return';
import { addStrings, translate, type StringKey, type Strings, type WidgetLocale } from './i18n';
import { styles } from './styles';
import { describeInstant } from './when';
import './views/ask-view';
import './views/credits-view';
import './views/login-view';
import './views/search-view';
import './views/tickets-view';
import type { SearchView } from './views/search-view';

type View = 'answers' | 'login' | 'ask' | 'tickets' | 'credits';
/** Views only a logged-in customer can use. */
const NEEDS_LOGIN = new Set<View>(['ask', 'tickets', 'credits']);
/** Where the customer's token is kept for the tab's lifetime (not across browser restarts). */
const TOKEN_KEY = 'helpdesk-support-token';

const storedToken = () => {
  try {
    return sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
};
const storeToken = (token: string | null) => {
  try {
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    // Storage can be off (private modes, sandboxed frames): the token then lives in memory only.
  }
};

/**
 * The support desk itself, rendered inside `<helpdesk-support>` once the loader has fetched it: a
 * bar of views (answers, my tickets, credits, log in / out), whether support is in now, and the
 * view shown. Views announce where to go next with `helpdesk-navigate` events.
 */
export class HelpdeskSupportApp extends LitElement {
  static styles = styles;
  /** How a language's strings script hands its strings over (see i18n/index.ts). */
  static addStrings(locale: WidgetLocale, strings: Strings) {
    addStrings(locale, strings);
  }
  static properties = {
    api: { type: String },
    locale: { type: String },
    token: { attribute: false },
    initialQuery: { attribute: false },
    view: { state: true },
    detail: { state: true },
    availability: { state: true },
    notice: { state: true },
  };

  api = '';
  locale: WidgetLocale = 'en';
  /** The host page's token (attribute or setToken), else the one this widget logged in with. */
  token: string | null = null;
  initialQuery = '';

  private view: View = 'answers';
  private detail: Record<string, unknown> = {};
  private availability: Availability | null = null;
  /** What the first view is opened with (back from Checkout); gone with the next move. */
  private notice: StringKey | null = null;
  /** Opened by a return from Checkout: the search box does not take the focus then. */
  private returning = false;
  private afterLogin: View = 'ask';
  private client: Api | null = null;
  private clientFor = '';

  private t(key: StringKey, values?: Record<string, string | number>) {
    return translate(this.locale, key, values);
  }

  private get http(): Api {
    if (!this.client || this.clientFor !== this.api) {
      this.client = createApi(this.api, () => this.token);
      this.clientFor = this.api;
    }
    return this.client;
  }

  /**
   * The on-screen keyboard shrinks the visual viewport over the page: the field being typed in is
   * scrolled back above it. Browsers do this for the page's own fields, but not reliably for a
   * field in a shadow root (the phone e2e test failed without it).
   */
  private keepFieldVisible = () => {
    let active: Element | null = this.renderRoot instanceof ShadowRoot ? this.renderRoot.activeElement : null;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (active && /^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName)) active.scrollIntoView({ block: 'nearest' });
  };

  disconnectedCallback() {
    super.disconnectedCallback();
    (window.visualViewport ?? window).removeEventListener('resize', this.keepFieldVisible);
  }

  connectedCallback() {
    super.connectedCallback();
    (window.visualViewport ?? window).addEventListener('resize', this.keepFieldVisible);
    this.token ??= storedToken();
    this.detail = { query: this.initialQuery };
    const back = takeCheckoutReturn();
    this.returning = Boolean(back);
    if (back) void this.welcomeBack(back.outcome, back.purpose);
    this.http.availability().then(
      (availability) => (this.availability = availability),
      () => undefined
    );
    this.addEventListener('helpdesk-navigate', (event) => {
      const { view, ...detail } = (event as CustomEvent).detail;
      if (view === 'login' && detail.expired) this.logout();
      this.go(view, detail);
    });
    this.addEventListener('helpdesk-login', (event) => {
      this.token = (event as CustomEvent).detail.jwt;
      storeToken(this.token);
      this.go(this.afterLogin, this.detail);
    });
  }

  /** Opens where the customer left for Checkout, saying how the payment went. */
  private async welcomeBack(outcome: CheckoutOutcome, purpose: CheckoutPurpose | null) {
    const paid = outcome === 'success';
    if (purpose?.kind === 'priority') {
      // Given up at Checkout, the question goes on as a standard ticket now, not when the session lapses.
      if (!paid && this.token) await this.http.cancelPriority(purpose.ticket).catch(() => undefined);
      this.go('tickets', { open: purpose.ticket });
      this.notice = paid ? 'checkoutPaidPriority' : 'checkoutCancelledPriority';
    } else if (purpose?.kind === 'credits') {
      this.go('credits');
      this.notice = paid ? 'checkoutPaidCredits' : 'checkoutCancelled';
    } else {
      this.notice = paid ? 'checkoutPaid' : 'checkoutCancelled';
    }
  }

  protected willUpdate(changed: PropertyValues<this>) {
    // The host page's token arriving while the login asks for one (on a page Checkout returned to,
    // say): on to where the customer was going, with what the widget had to tell them.
    if (changed.has('token') && this.token && this.view === 'login') {
      const notice = this.notice;
      this.go(this.afterLogin, this.detail);
      this.notice = notice;
    }
  }

  protected async firstUpdated() {
    // The typed text survives the swap from the loader's placeholder, caret at its end.
    if (this.returning) return;
    const search = this.renderRoot.querySelector<SearchView>('helpdesk-search-view');
    await search?.updateComplete;
    search?.focusInput();
  }

  private go(view: View, detail: Record<string, unknown> = {}) {
    this.notice = null;
    if (NEEDS_LOGIN.has(view) && !this.token) {
      this.afterLogin = view;
      this.detail = detail;
      this.view = 'login';
      return;
    }
    this.view = view;
    this.detail = detail;
  }

  private logout() {
    this.token = null;
    storeToken(null);
    this.view = 'answers';
  }

  private renderBanner() {
    const a = this.availability;
    if (!a) return nothing;
    if (a.open) return html`<p class="banner open">${this.t('openNow')}</p>`;
    if (!a.nextOpenAt || !a.expectedResponseBy) return nothing;
    const when = (iso: string) => describeInstant(this.locale, new Date(iso), new Date());
    return html`<p class="banner">${this.t('backAt', { when: when(a.nextOpenAt), due: when(a.expectedResponseBy) })}</p>`;
  }

  private renderNav() {
    const item = (view: View, key: StringKey) =>
      html`<button type="button" class="tab" aria-current=${this.view === view ? 'page' : 'false'} @click=${() => this.go(view)}>${this.t(key)}</button>`;
    return html`<nav aria-label=${this.t('title')}>
      ${item('answers', 'navAnswers')} ${item('tickets', 'navTickets')} ${item('credits', 'navCredits')}
      ${this.token
        ? html`<button type="button" class="tab" @click=${this.logout}>${this.t('logout')}</button>`
        : html`<button type="button" class="tab" aria-current=${this.view === 'login' ? 'page' : 'false'} @click=${() => this.go('login')}>${this.t('navLogin')}</button>`}
    </nav>`;
  }

  private renderView() {
    const common = { client: this.http, locale: this.locale };
    switch (this.view) {
      case 'login':
        return html`<helpdesk-login-view .client=${common.client} .locale=${common.locale} .expired=${Boolean(this.detail.expired)}></helpdesk-login-view>`;
      case 'ask':
        return html`<helpdesk-ask-view .client=${common.client} .locale=${common.locale} .query=${String(this.detail.query ?? '')}></helpdesk-ask-view>`;
      case 'tickets':
        return html`<helpdesk-tickets-view .client=${common.client} .locale=${common.locale} .open=${String(this.detail.open ?? '')}></helpdesk-tickets-view>`;
      case 'credits':
        return html`<helpdesk-credits-view .client=${common.client} .locale=${common.locale}></helpdesk-credits-view>`;
      default:
        return html`<helpdesk-search-view .client=${common.client} .locale=${common.locale} .query=${String(this.detail.query ?? '')}></helpdesk-search-view>`;
    }
  }

  render() {
    return html`<section class="desk" aria-labelledby="desk-title" lang=${this.locale}>
      <h2 id="desk-title">${this.t('title')}</h2>
      ${this.renderNav()} ${this.renderBanner()}
      ${this.notice ? html`<p class="banner notice" role="status">${this.t(this.notice)}</p>` : nothing} ${this.renderView()}
    </section>`;
  }
}

if (!customElements.get('helpdesk-support-app')) customElements.define('helpdesk-support-app', HelpdeskSupportApp);
