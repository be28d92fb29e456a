import type { TargetName, Tier } from '../../sla/types';

/**
 * Every string of the mails in one language. Functions take values already made plain (one line,
 * not escaped): the renderer escapes them where they end up in HTML.
 */
export interface MailMessages {
  /** Sentence every customer mail carries (exported per language as NO_REPLY_NOTICE). */
  noReply: string;
  /** Followed by the ticket link. */
  replyViaLink: string;
  /** When there is no ticket link. */
  replyViaSite: (siteName: string) => string;
  greeting: string;
  signOff: string;
  team: (siteName: string) => string;
  /** Between a label and its value ("Reference: …"; French puts a no-break space before the colon). */
  colon: string;
  labels: { reference: string; subject: string; tier: string; target: string; dueAt: string; customer: string };
  tiers: Record<Tier, string>;
  /** A target on its own, as a value ("First response"). */
  targets: Record<TargetName, string>;
  /** A target inside the staff alert sentences (with article or case as they need). */
  targetPhrases: Record<TargetName, string>;
  /** Button to the ticket on the site. */
  openTicket: string;
  /** Button to the ticket in the admin panel. */
  openAdminTicket: string;
  /** Small print of staff alerts. */
  staffFooter: (siteName: string) => string;

  ticketReceived: {
    subject: string;
    heading: string;
    intro: (reference: string) => string;
    expected: (date: string) => string;
    multipleQuestions: string;
    suggestions: string;
  };
  staffAnswered: {
    subject: string;
    heading: string;
    intro: (staffName: string | null, siteName: string) => string;
    closing: string;
  };
  moreInfoNeeded: {
    subject: string;
    heading: string;
    intro: string;
    question: string;
    closing: string;
  };
  ticketResolved: {
    subject: string;
    heading: string;
    intro: (reference: string) => string;
    reopen: string;
    newQuestion: string;
  };
  staffNewPriority: {
    subject: string;
    heading: string;
    intro: (reference: string) => string;
    due: (target: string, date: string) => string;
  };
  slaPreBreach: {
    subject: string;
    heading: string;
    intro: (target: string, reference: string, date: string) => string;
    action: string;
  };
  slaBreach: {
    subject: string;
    heading: string;
    intro: (target: string, reference: string, date: string) => string;
    action: string;
  };
}
