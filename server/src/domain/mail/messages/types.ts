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
  /** Last line of a mail about the customer's account rather than a ticket (credits bought, low balance). */
  questionsViaSite: (siteName: string) => string;
  greeting: string;
  signOff: string;
  team: (siteName: string) => string;
  /** Between a label and its value ("Reference: …"; French puts a no-break space before the colon). */
  colon: string;
  labels: {
    reference: string;
    subject: string;
    tier: string;
    target: string;
    dueAt: string;
    customer: string;
    estimate: string;
    balance: string;
    amount: string;
    creditsAdded: string;
  };
  /**
   * A number of support credits with the word in the plural form the number takes ("1 credit",
   * "5 credits", "3 кредита"). Sentences that take counts (numbers, below) write them this way and
   * are built so that this form fits (in Russian: where a nominative or accusative goes).
   */
  credits: (count: number) => string;
  /** Credits never expire (mails about credits). */
  creditsNeverExpire: string;
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
  creditEstimate: {
    subject: string;
    subjectRevised: string;
    heading: string;
    headingRevised: string;
    intro: (reference: string, estimate: number, incidentClass: string | null) => string;
    introRevised: (reference: string, estimate: number, incidentClass: string | null) => string;
    confirm: string;
    charge: (minimum: number) => string;
    /** Only when the balance is short of the estimate. */
    topUpFirst: (missing: number, siteName: string) => string;
  };
  paymentReceived: {
    subjectPriority: string;
    /** `credits` null: the payment added no known number of credits. */
    subjectCredits: (credits: number | null) => string;
    headingPriority: string;
    headingCredits: string;
    /** `reference` null: the ticket is not named. */
    introPriority: (amount: string, reference: string | null) => string;
    priority: string;
    expected: (date: string) => string;
    introCredits: (amount: string) => string;
    creditsAdded: (credits: number) => string;
    balance: (balance: number) => string;
  };
  priorityExpired: {
    subject: string;
    heading: string;
    intro: (reference: string) => string;
    standard: string;
    expected: (date: string) => string;
    newPriority: string;
  };
  balanceLow: {
    subject: string;
    heading: string;
    intro: (balance: number, minimum: number) => string;
    topUp: (siteName: string) => string;
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
