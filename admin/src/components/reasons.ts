import type { FairUseReason, QueueTicket } from '../api/types';
import type { useT } from '../hooks/useT';

type T = ReturnType<typeof useT>['t'];

/** A fair-use reason in the reader's language, with the figure that fired it and the threshold. */
export function reasonText(t: T, reason: FairUseReason, locale: string): string {
  const percent = (share: number) => new Intl.NumberFormat(locale, { style: 'percent' }).format(share);
  const values =
    reason.signal === 'faqAnswered'
      ? { figure: percent(reason.figure), threshold: percent(reason.threshold), weight: reason.weight }
      : { figure: reason.figure, threshold: reason.threshold, weight: reason.weight };
  return t(`fairUse.reason.${reason.signal}`, values);
}

/** "Why here": the parts of the queue order, in the order the queue weighs them. */
export function whyHere(t: T, ticket: QueueTicket, formatTime: (iso: string) => string): string[] {
  const { queueOrder } = ticket;
  const lines = [queueOrder.done ? t('why.done') : t(queueOrder.tier === 'priority' ? 'why.priority' : 'why.standard')];
  if (queueOrder.penalized) lines.push(t('why.penalized', { score: ticket.fairUse.score }));
  lines.push(queueOrder.dueAt ? t('why.due', { time: formatTime(queueOrder.dueAt) }) : t('why.noDue'));
  lines.push(t('why.filed', { time: formatTime(queueOrder.createdAt) }));
  return lines;
}
