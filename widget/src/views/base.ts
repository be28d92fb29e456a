import { LitElement } from 'lit';
import { ApiError, type Api } from '../api';
import { translate, type StringKey, type WidgetLocale } from '../i18n';
import { styles } from '../styles';
import { describeInstant } from '../when';

/**
 * What every view of the widget shares: the API client, the language and the look. Views tell the
 * shell where to go with `helpdesk-navigate` events (bubbling out of their shadow roots).
 */
export class ViewElement extends LitElement {
  static styles = styles;
  static properties = { client: { attribute: false }, locale: { type: String } };

  client!: Api;
  locale: WidgetLocale = 'en';

  protected t(key: StringKey, values?: Record<string, string | number>) {
    return translate(this.locale, key, values);
  }

  protected when(iso: string) {
    return describeInstant(this.locale, new Date(iso), new Date());
  }

  /** The customer's words for a failed call. */
  protected problemOf(error: unknown): StringKey {
    return error instanceof ApiError ? error.messageKey : 'error';
  }

  protected navigate(view: string, detail: Record<string, unknown> = {}) {
    this.dispatchEvent(new CustomEvent('helpdesk-navigate', { detail: { view, ...detail }, bubbles: true, composed: true }));
  }

  /** A 401 means the token is gone or expired: the shell logs out and asks to log in again. */
  protected checkSession(error: unknown) {
    if (error instanceof ApiError && error.status === 401) this.navigate('login', { expired: true });
  }
}
