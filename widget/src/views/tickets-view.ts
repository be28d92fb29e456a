import { html, nothing } from 'lit';
import type { Ticket } from '../api';
import { megabytes } from '../format';
import type { StringKey } from '../i18n';
import { ViewElement } from './base';

/** Statuses in which the customer may still say the problem is solved. */
const RESOLVABLE = new Set(['new', 'open', 'waiting_on_customer']);

/**
 * The customer's tickets with their status and when an answer is due; one ticket's thread, where
 * staff answers show as text (never as HTML), a reply, "my problem is solved", and the credit
 * estimate to confirm.
 */
export class TicketsView extends ViewElement {
  static properties = {
    ...ViewElement.properties,
    open: { type: String },
    tickets: { state: true },
    ticket: { state: true },
    busy: { state: true },
    problem: { state: true },
    note: { state: true },
  };

  /** The ticket to show first (after filing one). */
  open = '';
  private tickets: Ticket[] | null = null;
  private ticket: Ticket | null = null;
  private busy = false;
  private problem: StringKey | null = null;
  private note: StringKey | null = null;

  connectedCallback() {
    super.connectedCallback();
    if (this.open) void this.show(this.open);
    else void this.list();
  }

  private async run<T>(work: () => Promise<T>): Promise<T | undefined> {
    this.busy = true;
    this.problem = null;
    try {
      return await work();
    } catch (error) {
      this.checkSession(error);
      this.problem = this.problemOf(error);
      return undefined;
    } finally {
      this.busy = false;
    }
  }

  private async list() {
    this.ticket = null;
    this.note = null;
    const tickets = await this.run(() => this.client.tickets());
    if (tickets) this.tickets = tickets;
  }

  private async show(documentId: string) {
    const ticket = await this.run(() => this.client.ticket(documentId));
    if (!ticket) return;
    this.ticket = ticket;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#ticket-title')?.focus();
  }

  private async reply(event: SubmitEvent) {
    event.preventDefault();
    const box = this.renderRoot.querySelector<HTMLTextAreaElement>('[name="reply"]')!;
    const body = box.value.trim();
    if (!body || !this.ticket) return;
    // The text stays in the box until the server has it.
    const sent = await this.run(() => this.client.reply(this.ticket!.documentId, body));
    if (!sent) return;
    box.value = '';
    await this.show(this.ticket.documentId);
  }

  private async resolve() {
    if (!this.ticket) return;
    if (await this.run(() => this.client.resolve(this.ticket!.documentId))) {
      this.note = 'resolvedNote';
      await this.show(this.ticket.documentId);
    }
  }

  private async confirm() {
    if (!this.ticket) return;
    if (await this.run(() => this.client.confirmCredits(this.ticket!.documentId))) await this.show(this.ticket.documentId);
  }

  private due(ticket: Ticket) {
    const due = ticket.firstRespondedAt ? ticket.nextResponseDueAt : ticket.firstResponseDueAt;
    return due && RESOLVABLE.has(ticket.status) ? this.t('dueBy', { due: this.when(due) }) : '';
  }

  private status(ticket: Ticket) {
    return this.t(`status_${ticket.status}` as StringKey);
  }

  /** Reference, status and tier (priority only), then whatever else the line tells. */
  private facts(ticket: Ticket, ...more: string[]) {
    return [ticket.reference, this.status(ticket), ticket.tier === 'priority' ? this.t('tierPriority') : '', ...more].filter(Boolean).join(' · ');
  }

  private renderProblem() {
    return this.problem ? html`<p class="status problem" role="alert">${this.t(this.problem)}</p>` : nothing;
  }

  private renderList(tickets: Ticket[]) {
    return html`<section aria-labelledby="tickets-title">
      <h3 id="tickets-title">${this.t('ticketsTitle')}</h3>
      ${tickets.length
        ? html`<ul class="tickets">
            ${tickets.map(
              (ticket) => html`<li>
                <button type="button" class="ticket-row" @click=${() => this.show(ticket.documentId)}>
                  <span class="hit-title">${ticket.subject}</span>
                  <span class="snippet">${this.facts(ticket, this.due(ticket))}</span>
                </button>
              </li>`
            )}
          </ul>`
        : html`<p>${this.t('noTickets')}</p>`}
      ${this.renderProblem()}
    </section>`;
  }

  private renderTicket(ticket: Ticket) {
    const messages = ticket.messages ?? [];
    const due = this.due(ticket);
    return html`<article aria-labelledby="ticket-title">
      <span class="source">${this.facts(ticket)}</span>
      <h3 id="ticket-title" tabindex="-1">${ticket.subject}</h3>
      ${due ? html`<p class="hint">${due}</p>` : nothing}
      <ol class="thread">
        <li class="from-customer">
          <span class="source">${this.t('fromYou')} · ${this.when(ticket.createdAt)}</span>
          <p class="body">${ticket.body}</p>
          ${ticket.attachments?.length
            ? html`<ul class="files" aria-label=${this.t('attachedFiles')}>
                ${ticket.attachments.map(
                  (file) => html`<li><a href=${this.client.fileUrl(file.url)} target="_blank" rel="noopener">${file.name}</a> (${megabytes(this.locale, file.size * 1024)})</li>`
                )}
              </ul>`
            : nothing}
        </li>
        ${messages.map(
          (message) => html`<li class=${message.authorKind === 'staff' ? 'from-staff' : 'from-customer'}>
            <span class="source">${message.authorKind === 'staff' ? this.t('fromSupport') : this.t('fromYou')} · ${this.when(message.createdAt)}</span>
            <p class="body">${message.body}</p>
          </li>`
        )}
      </ol>
      ${this.note ? html`<p class="thanks" role="status">${this.t(this.note)}</p>` : nothing}
      ${ticket.status === 'awaiting_credit_confirmation' && ticket.creditEstimate !== null
        ? html`<p>${this.t('estimate', { count: ticket.creditEstimate })}</p>
            <div class="actions"><button class="primary" type="button" @click=${this.confirm} ?disabled=${this.busy}>${this.t('confirmButton')}</button></div>`
        : nothing}
      ${ticket.status !== 'closed'
        ? html`<form @submit=${this.reply}>
            <label for="reply">${this.t('replyLabel')}</label>
            <textarea id="reply" name="reply" rows="4"></textarea>
            <div class="actions">
              <button class="primary" type="submit" ?disabled=${this.busy}>${this.t('sendReply')}</button>
              ${RESOLVABLE.has(ticket.status) ? html`<button type="button" @click=${this.resolve} ?disabled=${this.busy}>${this.t('resolveButton')}</button>` : nothing}
            </div>
          </form>`
        : nothing}
      ${this.renderProblem()}
      <div class="actions"><button type="button" @click=${this.list}>${this.t('backToTickets')}</button></div>
    </article>`;
  }

  render() {
    if (this.ticket) return this.renderTicket(this.ticket);
    if (this.tickets) return this.renderList(this.tickets);
    return html`<p class="status" role="status">${this.busy ? this.t('loading') : ''}</p>${this.renderProblem()}`;
  }
}

if (!customElements.get('helpdesk-tickets-view')) customElements.define('helpdesk-tickets-view', TicketsView);
