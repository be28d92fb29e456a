import { rememberCheckout } from '../checkout-return';
import { html, nothing } from 'lit';
import type { Credits, Packs } from '../api';
import type { StringKey } from '../i18n';
import { longDate, money } from '../format';
import { ViewElement } from './base';

/** The customer's credits: the balance, the free period, the ledger, and top-ups through Checkout. */
export class CreditsView extends ViewElement {
  static properties = {
    ...ViewElement.properties,
    credits: { state: true },
    packs: { state: true },
    problem: { state: true },
    redirecting: { state: true },
  };

  private credits: Credits | null = null;
  private packs: Packs | null = null;
  private problem: StringKey | null = null;
  private redirecting = false;

  connectedCallback() {
    super.connectedCallback();
    this.client.credits().then(
      (credits) => (this.credits = credits),
      (error) => {
        this.checkSession(error);
        this.problem = this.problemOf(error);
      }
    );
    this.client.packs().then((packs) => (this.packs = packs), () => undefined);
  }

  private async buy(pack: string) {
    this.problem = null;
    try {
      const { checkoutUrl } = await this.client.checkout(pack, this.locale);
      this.redirecting = true;
      rememberCheckout({ kind: 'credits' });
      window.location.assign(checkoutUrl);
    } catch (error) {
      this.checkSession(error);
      this.problem = this.problemOf(error);
    }
  }

  render() {
    const credits = this.credits;
    const packs = this.packs?.available ? this.packs.packs : [];
    return html`<section aria-labelledby="credits-title">
      <h3 id="credits-title">${this.t('creditsTitle')}</h3>
      ${credits
        ? html`<p class="balance">${this.t('balance', { count: credits.balance })}</p>
            ${credits.inFreePeriod && credits.freeUntil ? html`<p>${this.t('freeUntil', { date: longDate(this.locale, credits.freeUntil) })}</p>` : nothing}`
        : nothing}
      ${this.redirecting ? html`<p class="status" role="status">${this.t('toPayment')}</p>` : nothing}
      ${packs.length
        ? html`<div class="actions">
            ${packs.map(
              (pack) => html`<button type="button" @click=${() => this.buy(pack.id)}>${this.t('buyPack', { credits: pack.credits, price: money(this.locale, pack.priceCents, pack.currency) })}</button>`
            )}
          </div>`
        : nothing}
      ${this.problem ? html`<p class="status problem" role="alert">${this.t(this.problem)}</p>` : nothing}
      ${credits
        ? html`<h4>${this.t('historyTitle')}</h4>
            ${credits.transactions.length
              ? html`<ul class="ledger">
                  ${credits.transactions.map(
                    (row) => html`<li>
                      <span>${longDate(this.locale, row.createdAt)}</span>
                      <span>${this.t(`kind_${row.kind}` as StringKey)}${row.note ? html` <span class="snippet">${row.note}</span>` : nothing}</span>
                      <span class="number">${row.delta > 0 ? `+${row.delta}` : row.delta}</span>
                    </li>`
                  )}
                </ul>`
              : html`<p>${this.t('noHistory')}</p>`}`
        : nothing}
    </section>`;
  }
}

if (!customElements.get('helpdesk-credits-view')) customElements.define('helpdesk-credits-view', CreditsView);
