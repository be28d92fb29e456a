import { OUTCOME_PARAM } from './checkout-return';
import { FIRST_PAINT } from './i18n/first-paint';
import { pickLocale } from './locale';

/**
 * `<helpdesk-support>`, the one tag a site embeds. This loader is all the page downloads up front:
 * it draws the heading and the search box at once, and fetches the rest of the widget
 * (support-app.ts) on the first interaction with it: focus, a tap, a key. The rest comes as a
 * `<script>` carrying the loader's own nonce, so a nonce-based Content-Security-Policy allows it.
 */
/** The built files, named by their content hash (widget/build.mjs): the app, and each language's strings but English. */
declare const __HELPDESK_FILES__: { app: string; strings: Record<string, string> };

const me = document.currentScript as HTMLScriptElement | null;
const scriptUrl = new URL(me?.src ?? location.href, location.href);
const nonce = me?.nonce || me?.getAttribute('nonce') || '';

const sheet = new CSSStyleSheet();
sheet.replaceSync(
  ':host{display:block;max-width:640px;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}' +
    'div{border:1px solid #d0d4dd;border-radius:var(--helpdesk-radius,10px);padding:20px}' +
    'h2{margin:0 0 8px;font-size:1.25rem}label{display:block;font-weight:600;margin-bottom:4px}' +
    'input{box-sizing:border-box;width:100%;font:inherit;padding:10px 12px;border:1px solid #d0d4dd;border-radius:var(--helpdesk-radius,10px)}' +
    // The same dark colours as the app's (styles.ts), so nothing flashes when it takes over.
    ':host([theme=dark]) div,:host([theme=dark]) input{background:#171a21;color:#eceef3;border-color:#3a4050}' +
    '@media (prefers-color-scheme:dark){:host([theme=auto]) div,:host([theme=auto]) input{background:#171a21;color:#eceef3;border-color:#3a4050}}'
);

/** Each script once; a failed one is tried again on the next interaction. */
const scripts = new Map<string, Promise<void>>();
const loadScript = (file: string) => {
  let loading = scripts.get(file);
  if (!loading) {
    loading = new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = new URL(file, scriptUrl).href;
      if (nonce) script.nonce = nonce;
      script.onload = () => resolve();
      script.onerror = () => {
        scripts.delete(file);
        reject(new Error(`could not load ${script.src}`));
      };
      document.head.append(script);
    });
    scripts.set(file, loading);
  }
  return loading;
};
/** The app, and the strings of a language other than English (which the app has built in). */
const loadApp = (locale: string) =>
  Promise.all([loadScript(__HELPDESK_FILES__.app), __HELPDESK_FILES__.strings[locale] ? loadScript(__HELPDESK_FILES__.strings[locale]) : undefined]);

class HelpdeskSupport extends HTMLElement {
  private token: string | null = null;
  private app: (HTMLElement & Record<string, unknown>) | null = null;
  private upgrading: Promise<void> | undefined;

  static get observedAttributes() {
    return ['api', 'locale', 'token'];
  }

  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sheet];
    const text = FIRST_PAINT[this.locale()];
    const box = document.createElement('div');
    const heading = document.createElement('h2');
    heading.textContent = text.title;
    const label = document.createElement('label');
    label.htmlFor = 'q';
    label.textContent = text.searchLabel;
    const input = document.createElement('input');
    input.id = 'q';
    input.type = 'search';
    input.autocomplete = 'off';
    input.placeholder = text.searchPlaceholder;
    box.append(heading, label, input);
    root.append(box);
    const events = ['focusin', 'pointerdown', 'keydown'];
    const start = () => {
      this.upgrading ??= this.upgrade(input).then(
        () => events.forEach((event) => this.removeEventListener(event, start)),
        // Offline, say: the next interaction tries again.
        () => (this.upgrading = undefined)
      );
    };
    for (const event of events) this.addEventListener(event, start);
    // Back from Checkout: the customer expects to see their payment, not a search box.
    if (new URLSearchParams(location.search).has(OUTCOME_PARAM)) start();
  }

  attributeChangedCallback(name: string, _old: string | null, value: string | null) {
    if (name === 'token') this.token = value;
    const app = this.app;
    if (!app) return;
    if (name === 'api') app.api = this.apiBase();
    else if (name === 'token') app.token = value;
    else {
      const locale = this.locale();
      void loadApp(locale).then(() => (app.locale = locale));
    }
  }

  /** For sites with their own login: the customer's users-permissions token (or null to log out). */
  setToken(token: string | null) {
    this.token = token;
    if (this.app) this.app.token = token;
  }

  private apiBase() {
    return this.getAttribute('api') ?? scriptUrl.origin;
  }

  private locale() {
    return pickLocale(this.getAttribute('locale'), document.documentElement.lang, navigator.languages ?? []);
  }

  private async upgrade(input: HTMLInputElement) {
    const locale = this.locale();
    await loadApp(locale);
    const app = document.createElement('helpdesk-support-app') as HTMLElement & Record<string, unknown>;
    Object.assign(app, { api: this.apiBase(), locale, token: this.token, initialQuery: input.value });
    if (this.getAttribute('theme')) app.setAttribute('theme', this.getAttribute('theme')!);
    this.app = app;
    this.shadowRoot!.replaceChildren(app);
  }
}

if (!customElements.get('helpdesk-support')) customElements.define('helpdesk-support', HelpdeskSupport);
