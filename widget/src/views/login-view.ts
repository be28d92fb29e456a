import { html, nothing } from 'lit';
import type { StringKey } from '../i18n';
import { ViewElement } from './base';

/**
 * Logging in with the site's customer account (users-permissions' own `POST /api/auth/local`), and
 * its "forgot password" flow, which mails the link Strapi's reset page takes.
 */
export class LoginView extends ViewElement {
  static properties = {
    ...ViewElement.properties,
    expired: { type: Boolean },
    mode: { state: true },
    busy: { state: true },
    problem: { state: true },
    sent: { state: true },
  };

  expired = false;
  private mode: 'login' | 'forgot' = 'login';
  private busy = false;
  private problem: StringKey | null = null;
  private sent = false;

  private value(name: string) {
    return (this.renderRoot.querySelector<HTMLInputElement>(`[name="${name}"]`)?.value ?? '').trim();
  }

  private async login(event: SubmitEvent) {
    event.preventDefault();
    this.busy = true;
    this.problem = null;
    try {
      const { jwt, user } = await this.client.login(this.value('identifier'), this.value('password'));
      this.dispatchEvent(new CustomEvent('helpdesk-login', { detail: { jwt, user }, bubbles: true, composed: true }));
    } catch (error) {
      this.problem = this.problemOf(error);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('[name="password"]')?.focus();
    } finally {
      this.busy = false;
    }
  }

  private async forgot(event: SubmitEvent) {
    event.preventDefault();
    this.busy = true;
    this.problem = null;
    try {
      await this.client.forgotPassword(this.value('email'));
      this.sent = true;
    } catch (error) {
      this.problem = this.problemOf(error);
    } finally {
      this.busy = false;
    }
  }

  private switchTo(mode: 'login' | 'forgot') {
    this.mode = mode;
    this.problem = null;
    this.sent = false;
  }

  private renderProblem() {
    return this.problem ? html`<p class="status problem" role="alert">${this.t(this.problem)}</p>` : nothing;
  }

  render() {
    if (this.mode === 'forgot') {
      return html`<form @submit=${this.forgot} aria-labelledby="forgot-title">
        <h3 id="forgot-title">${this.t('forgotTitle')}</h3>
        <label for="email">${this.t('email')}</label>
        <input id="email" name="email" type="email" autocomplete="email" required />
        ${this.sent ? html`<p class="thanks" role="status">${this.t('forgotSent')}</p>` : nothing} ${this.renderProblem()}
        <div class="actions">
          <button class="primary" type="submit" ?disabled=${this.busy}>${this.t('forgotButton')}</button>
          <button type="button" @click=${() => this.switchTo('login')}>${this.t('backToLogin')}</button>
        </div>
      </form>`;
    }
    return html`<form @submit=${this.login} aria-labelledby="login-title">
      <h3 id="login-title">${this.t('loginTitle')}</h3>
      ${this.expired ? html`<p class="status problem" role="status">${this.t('loginAgain')}</p>` : nothing}
      <label for="identifier">${this.t('email')}</label>
      <input id="identifier" name="identifier" type="email" autocomplete="username" required />
      <label for="password">${this.t('password')}</label>
      <input id="password" name="password" type="password" autocomplete="current-password" required />
      ${this.renderProblem()}
      <div class="actions">
        <button class="primary" type="submit" ?disabled=${this.busy}>${this.t('loginButton')}</button>
        <button type="button" class="link" @click=${() => this.switchTo('forgot')}>${this.t('forgot')}</button>
      </div>
    </form>`;
  }
}

if (!customElements.get('helpdesk-login-view')) customElements.define('helpdesk-login-view', LoginView);
