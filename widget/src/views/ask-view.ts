import { rememberCheckout } from '../checkout-return';
import { html, nothing } from 'lit';
import type { FormLimits, IncidentClass, Packs, Ticket } from '../api';
import { ApiError } from '../api';
import type { StringKey } from '../i18n';
import { fileProblems, megabytes, money } from '../format';
import { ViewElement } from './base';

/** The one-question hint is asked for this long after the customer stops typing. */
const CHECK_DEBOUNCE_MS = 600;

/**
 * The ticket form: subject, question, incident class, attachments (checked before upload), the
 * live one-question hint from the server, and priority with its fee, which goes on to Checkout.
 * What was typed stays when sending fails.
 */
export class AskView extends ViewElement {
  static properties = {
    ...ViewElement.properties,
    query: { type: String },
    classes: { state: true },
    packs: { state: true },
    limits: { state: true },
    oneQuestion: { state: true },
    files: { state: true },
    priority: { state: true },
    busy: { state: true },
    problem: { state: true },
    fieldProblem: { state: true },
    sent: { state: true },
    redirecting: { state: true },
  };

  query = '';
  private classes: IncidentClass[] = [];
  private packs: Packs | null = null;
  private limits: FormLimits | null = null;
  private oneQuestion = false;
  private files: File[] = [];
  private priority = false;
  private busy = false;
  private problem: StringKey | null = null;
  private fieldProblem: { field: string; key: StringKey } | null = null;
  private sent: { ticket: Ticket; expectedResponseBy: string | null } | null = null;
  private redirecting = false;
  private checkTimer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback() {
    super.connectedCallback();
    this.client.incidentClasses(this.locale).then((classes) => (this.classes = classes), () => undefined);
    this.client.packs().then((packs) => (this.packs = packs), () => undefined);
    this.client.form().then(
      (limits) => (this.limits = limits),
      (error) => this.checkSession(error)
    );
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    clearTimeout(this.checkTimer);
  }

  private field<T extends HTMLElement = HTMLInputElement>(name: string) {
    return this.renderRoot.querySelector<T>(`[name="${name}"]`);
  }

  private onBody() {
    clearTimeout(this.checkTimer);
    this.checkTimer = setTimeout(async () => {
      const body = this.field<HTMLTextAreaElement>('body')?.value ?? '';
      if (!body.trim()) return void (this.oneQuestion = false);
      try {
        const { warnings } = await this.client.check(this.field('subject')?.value ?? '', body);
        this.oneQuestion = warnings.some((warning) => warning.code === 'multiple-questions');
      } catch {
        // The hint is a help, not a gate: without it the form still sends.
      }
    }, CHECK_DEBOUNCE_MS);
  }

  private onFiles(event: Event) {
    this.files = [...((event.target as HTMLInputElement).files ?? [])];
  }

  private fileMessages(): string[] {
    if (!this.limits) return [];
    const { attachments } = this.limits;
    return fileProblems(this.files, attachments).map((problem) =>
      this.t(problem.key, { count: attachments.maxFiles, size: megabytes(this.locale, attachments.maxFileSizeBytes), name: problem.name ?? '' })
    );
  }

  private async submit(event: SubmitEvent) {
    event.preventDefault();
    this.problem = null;
    this.fieldProblem = null;
    const subject = this.field('subject')!.value.trim();
    const body = this.field<HTMLTextAreaElement>('body')!.value.trim();
    const empty = !subject ? 'subject' : !body ? 'body' : null;
    if (empty) {
      this.fieldProblem = { field: empty, key: 'required' };
      return void this.field(empty)?.focus();
    }
    if (this.fileMessages().length) return void this.field('attachments')?.focus();
    const incidentClass = this.field<HTMLSelectElement>('incidentClass')?.value || undefined;
    this.busy = true;
    try {
      const { data, meta } = await this.client.fileTicket({ subject, body, incidentClass, locale: this.locale, tier: this.priority ? 'priority' : 'standard' }, this.files);
      if (meta.checkoutUrl) {
        this.redirecting = true;
        rememberCheckout({ kind: 'priority', ticket: data.documentId });
        window.location.assign(meta.checkoutUrl);
        return;
      }
      this.sent = { ticket: data, expectedResponseBy: meta.expectedResponseBy };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#sent-title')?.focus();
    } catch (error) {
      this.checkSession(error);
      const field = error instanceof ApiError ? error.field : null;
      if (field && ['subject', 'body', 'incidentClass', 'attachments', 'tier'].includes(field)) this.fieldProblem = { field, key: this.problemOf(error) };
      else this.problem = this.problemOf(error);
    } finally {
      this.busy = false;
    }
  }

  private fieldError(field: string) {
    // Always there (empty when all is well), so aria-describedby never names a missing element.
    return html`<p class="field-error" id="${field}-error">${this.fieldProblem?.field === field ? this.t(this.fieldProblem.key) : ''}</p>`;
  }

  private invalid(field: string) {
    return this.fieldProblem?.field === field ? 'true' : 'false';
  }

  private renderSent({ ticket, expectedResponseBy }: NonNullable<AskView['sent']>) {
    return html`<section aria-labelledby="sent-title">
      <h3 id="sent-title" tabindex="-1">${this.t('sentTitle')}</h3>
      <p>${this.t('sentReference', { reference: ticket.reference })}</p>
      ${expectedResponseBy ? html`<p>${this.t('sentDue', { due: this.when(expectedResponseBy) })}</p>` : nothing}
      <div class="actions">
        <button class="primary" type="button" @click=${() => this.navigate('tickets', { open: ticket.documentId })}>${this.t('navTickets')}</button>
        <button type="button" @click=${() => this.navigate('answers')}>${this.t('askAnother')}</button>
      </div>
    </section>`;
  }

  render() {
    if (this.sent) return this.renderSent(this.sent);
    if (this.redirecting) return html`<p class="status" role="status">${this.t('toPayment')}</p>`;
    const fee = this.packs?.available && this.packs.priorityFeeCents ? money(this.locale, this.packs.priorityFeeCents, this.packs.currency) : null;
    const fileMessages = this.fileMessages();
    const limits = this.limits?.attachments;
    return html`<form @submit=${this.submit} aria-labelledby="ask-title" novalidate>
      <h3 id="ask-title">${this.t('askTitle')}</h3>
      <label for="subject">${this.t('subject')}</label>
      <input id="subject" name="subject" maxlength="200" .value=${this.query} aria-invalid=${this.invalid('subject')} aria-describedby="subject-error" />
      ${this.fieldError('subject')}
      <label for="body">${this.t('question')}</label>
      <textarea id="body" name="body" rows="6" @input=${this.onBody} aria-invalid=${this.invalid('body')} aria-describedby="body-error one-question"></textarea>
      ${this.fieldError('body')}
      <p id="one-question" class="hint" role="status">${this.oneQuestion ? this.t('oneQuestion') : nothing}</p>
      ${this.classes.length
        ? html`<label for="incidentClass">${this.t('incidentClass')}</label>
            <select id="incidentClass" name="incidentClass" aria-invalid=${this.invalid('incidentClass')} aria-describedby="incidentClass-error">
              <option value="">${this.t('incidentNone')}</option>
              ${this.classes.map((incident) => html`<option value=${incident.documentId}>${incident.name}</option>`)}
            </select>
            ${this.fieldError('incidentClass')}`
        : nothing}
      <label for="attachments">${this.t('attachments')}</label>
      <input id="attachments" name="attachments" type="file" multiple @change=${this.onFiles} aria-describedby="attachments-hint attachments-problems attachments-error" accept=${limits?.allowedMimeTypes.join(',') ?? nothing} />
      <p id="attachments-hint" class="hint">${limits ? this.t('attachmentsHint', { count: limits.maxFiles, size: megabytes(this.locale, limits.maxFileSizeBytes) }) : ''}</p>
      <div id="attachments-problems" role="status">${fileMessages.map((message) => html`<p class="status problem">${message}</p>`)}</div>
      ${this.fieldError('attachments')}
      ${fee
        ? html`<label class="check"><input type="checkbox" name="priority" .checked=${this.priority} @change=${(event: Event) => (this.priority = (event.target as HTMLInputElement).checked)} />
              ${this.t('priority')}</label>
            ${this.priority ? html`<p class="hint" role="status">${this.t('priorityFee', { fee })}</p>` : nothing}`
        : nothing}
      ${this.problem ? html`<p class="status problem" role="alert">${this.t(this.problem)}</p>` : nothing}
      <div class="actions">
        <button class="primary" type="submit" ?disabled=${this.busy}>${this.busy ? this.t('sending') : this.t('send')}</button>
      </div>
    </form>`;
  }
}

if (!customElements.get('helpdesk-ask-view')) customElements.define('helpdesk-ask-view', AskView);
