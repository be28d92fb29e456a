import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  raw: string;
  /** Header lines as received, unfolded: name (lower case) → values. */
  headers: Map<string, string[]>;
  messageId: string | null;
  subject: string | null;
}

/** An SMTP reply the server gives to the next mail's DATA instead of accepting it, e.g. 451 or 550. */
export type Refusal = { code: number; message: string };

const parseHeaders = (raw: string) => {
  const head = raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
  const headers = new Map<string, string[]>();
  for (const line of head.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    headers.set(name, [...(headers.get(name) ?? []), line.slice(colon + 1).trim()]);
  }
  return headers;
};

/**
 * A real SMTP server in the test process, on a free port of 127.0.0.1, keeping every mail it
 * accepts. `refuseNext` makes it answer the next mails with an error reply instead, `refuseAddress`
 * every mail to one address.
 */
export async function startSmtpServer(options: { port?: number } = {}) {
  const received: ReceivedMail[] = [];
  const refusals: Refusal[] = [];
  const refusedAddresses = new Map<string, Refusal>();
  /** Mails read but not yet answered (see `holdReplies`), and the sessions whose client went away. */
  let holding = false;
  const held: Array<{ sessionId: string; answer: () => void }> = [];
  const closedSessions = new Set<string>();
  const serverOptions: SMTPServerOptions = {
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onClose(session) {
      closedSessions.add(session.id);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (holding) {
          held.push({ sessionId: session.id, answer: () => accept() });
          return;
        }
        accept();
      });
      const accept = () => {
        const refusal = session.envelope.rcptTo.map((rcpt) => refusedAddresses.get(rcpt.address)).find(Boolean) ?? refusals.shift();
        if (refusal) return callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
        const raw = Buffer.concat(chunks).toString('utf8');
        const headers = parseHeaders(raw);
        received.push({
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw,
          headers,
          messageId: headers.get('message-id')?.[0] ?? null,
          subject: headers.get('subject')?.[0] ?? null,
        });
        callback();
      };
    },
  };
  const server = new SMTPServer(serverOptions);
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    received,
    refuseNext(...replies: Refusal[]) {
      refusals.push(...replies);
    },
    /** Answers every mail to this address with the reply, as a server refuses an address it does not know. */
    refuseAddress(address: string, reply: Refusal) {
      refusedAddresses.set(address, reply);
    },
    /**
     * Reads each mail to its end but leaves the sender waiting for the reply, as a slow server does:
     * the sender is caught in the middle of sending.
     */
    holdReplies() {
      holding = true;
    },
    /** Mails read and waiting for their reply. */
    get heldCount() {
      return held.length;
    },
    /**
     * Answers the held mails: accepted (and kept) if their sender is still there; a mail whose
     * sender went away before its reply was never delivered, as with a real server.
     */
    releaseReplies() {
      holding = false;
      for (const mail of held.splice(0)) if (!closedSessions.has(mail.sessionId)) mail.answer();
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type SmtpServer = Awaited<ReturnType<typeof startSmtpServer>>;

/** Quoted-printable (soft breaks and =XX bytes) back to UTF-8 text. */
const decodeQuotedPrintable = (text: string) =>
  Buffer.from(
    text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1'
  ).toString('utf8');

/**
 * A mail as its reader sees it: the subject with its encoded words decoded, and the body parts
 * decoded from quoted-printable, so a test can look for "9,95 €" rather than "9,95=C2=A0=E2=82=AC".
 */
export function readable(mail: ReceivedMail): { subject: string; text: string } {
  const subject = (mail.subject ?? '')
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?Q\?([^?]*)\?=/gi, (_, words: string) => decodeQuotedPrintable(words.replace(/_/g, ' ')));
  return { subject, text: decodeQuotedPrintable(mail.raw.split(/\r?\n\r?\n/).slice(1).join('\n\n')) };
}
