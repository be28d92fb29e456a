import { z } from 'zod';

/**
 * The site admin's plugin config (`config/plugins.(js|ts)` → `helpdesk.config`): what belongs in
 * code and environment — secrets, addresses and install-time choices. Business hours, targets,
 * prices and thresholds are runtime settings kept in the plugin store.
 *
 * The defaults live here and nowhere else. Strapi deep-merges a plugin's `config.default` into the
 * user's config index by index, which would splice default list entries into a shorter user list,
 * so the plugin hands Strapi no defaults and fills them in by parsing.
 *
 * Every object is strict: a misspelled key stops the boot instead of being silently ignored.
 */
const email = z.string().trim().email();
const nullableUrl = z.string().url().nullable();
const fieldName = z.string().regex(/^[A-Za-z_][\w-]*$/, 'must be an attribute name');
const rateLimit = (points: number, durationSeconds: number) =>
  z
    .object({
      points: z.number().int().min(1).default(points),
      durationSeconds: z.number().int().min(1).max(7 * 24 * 60 * 60).default(durationSeconds),
    })
    .strict()
    .prefault({});

export const configSchema = z
  .object({
    /** Grant the customer and public actions to the Authenticated and Public roles on boot. */
    grantDefaultPermissions: z.boolean().default(true),
    mail: z
      .object({
        /** Automatic mails come from a no-reply address and say so. */
        from: email.default('no-reply@example.com'),
        replyTo: email.nullable().default(null),
        /** Staff addresses that receive SLA alerts. */
        staffRecipients: z.array(email).default([]),
        /** Queue the plugin's automatic mails; false writes none (the site sends its own, or none at all). */
        enabled: z.boolean().default(true),
        /** How mails name the site, e.g. "Acme" ("the Acme support team"); the sender's domain when unset. */
        siteName: z.string().trim().min(1).max(100).nullable().default(null),
        /** The customer's link to a ticket on the site, `{documentId}` and `{reference}` filled in. */
        ticketUrl: nullableUrl.default(null),
        /** The worker that sends the outbox through Strapi's email plugin. */
        outbox: z
          .object({
            /** Run the worker on this instance (several may: each row is claimed by one). */
            enabled: z.boolean().default(true),
            intervalMs: z.number().int().min(100).max(3_600_000).default(10_000),
            /** Rows one run claims and sends. */
            batchSize: z.number().int().min(1).max(1000).default(50),
            /** Mails of a batch handed to the provider at once (a pooled SMTP transport sends them in parallel). */
            concurrency: z.number().int().min(1).max(50).default(5),
            /** Wait before the first retry of a temporary failure; it doubles with each attempt. */
            retryInitialMs: z.number().int().min(1000).default(60_000),
            retryMaxMs: z.number().int().min(1000).default(6 * 3_600_000),
            /** After this long since it was queued, a mail that still fails is given up. */
            giveUpAfterMs: z.number().int().min(60_000).default(3 * 24 * 3_600_000),
          })
          .strict()
          .prefault({}),
      })
      .strict()
      .prefault({}),
    payments: z
      .object({
        provider: z.literal('stripe').default('stripe'),
        secretKey: z.string().min(1).nullable().default(null),
        webhookSecret: z.string().min(1).nullable().default(null),
        /** Where the Stripe API is reached; only tests and proxies change it. */
        apiBaseUrl: nullableUrl.default(null),
        currency: z
          .string()
          .regex(/^[a-z]{3}$/, 'must be a 3-letter lowercase ISO currency code')
          .default('eur'),
        /**
         * Where Checkout sends the customer back (Stripe fills in `{CHECKOUT_SESSION_ID}`); the site's
         * own address with `?helpdesk-checkout=success|cancel` when unset.
         */
        successUrl: nullableUrl.default(null),
        cancelUrl: nullableUrl.default(null),
        /** A priority payment not made within this long expires, and the ticket goes on as a standard one (Stripe's least is 30). */
        priorityCheckoutMinutes: z.number().int().min(30).max(24 * 60).default(30),
        /** Fulfils paid or expired Checkout sessions whose webhook never arrived. */
        reconcile: z
          .object({
            enabled: z.boolean().default(true),
            intervalMs: z.number().int().min(1000).max(24 * 3_600_000).default(10 * 60_000),
            /** How far back each run looks at sessions. */
            lookbackHours: z.number().int().min(1).max(24 * 30).default(48),
          })
          .strict()
          .prefault({}),
      })
      .strict()
      .prefault({}),
    attachments: z
      .object({
        maxFileSizeBytes: z
          .number()
          .int()
          .positive()
          .default(10 * 1024 * 1024),
        maxFiles: z.number().int().min(0).max(50).default(5),
        allowedMimeTypes: z
          .array(z.string().regex(/^[\w.+-]+\/[\w.+*-]+$/, 'must be a MIME type'))
          .min(1)
          .default(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'application/pdf', 'text/plain']),
      })
      .strict()
      .prefault({}),
    rateLimits: z
      .object({
        /** New tickets per customer per window. */
        createTicket: rateLimit(10, 60 * 60),
        /** Replies per customer per window. */
        reply: rateLimit(60, 60 * 60),
        /** FAQ searches per visitor (customer, or address when anonymous) per window. */
        search: rateLimit(120, 60),
        /**
         * A Redis URL (`redis://` or `rediss://`): the counters are kept there, shared by every
         * instance of the site. Without it each instance counts in its own memory.
         */
        redis: z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' }).optional(),
        /** The start of the counters' Redis keys, for several sites on one Redis. */
        redisKeyPrefix: z
          .string()
          .regex(/^[\w:.-]{1,64}$/, 'must be 1–64 letters, digits, "_", ":", "." or "-"')
          .default('helpdesk'),
      })
      .strict()
      .prefault({}),
    realtime: z
      .object({
        /**
         * A Redis URL: live chat events travel between instances by its pub/sub. Without it they
         * take `rateLimits.redis` when that is set, else PostgreSQL's LISTEN/NOTIFY on PostgreSQL,
         * else stay in the process (one instance).
         */
        redis: z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' }).optional(),
        /** The LISTEN/NOTIFY channel on PostgreSQL, for several sites on one database. */
        channel: z
          .string()
          .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'must be a lower-case SQL identifier of at most 63 characters')
          .default('helpdesk_realtime'),
      })
      .strict()
      .prefault({}),
    slaSweeper: z
      .object({
        /** Run the breach sweeper on this instance (every instance may; a lease lets one sweep at a time). */
        enabled: z.boolean().default(true),
        /** Cron rule, 5 or 6 fields (seconds first when 6). */
        schedule: z
          .string()
          .regex(/^\S+(\s+\S+){4,5}$/, 'must be a cron rule with 5 or 6 fields, e.g. "* * * * *"')
          .default('* * * * *'),
      })
      .strict()
      .prefault({}),
    search: z
      .object({
        /**
         * The site's own documentation, searched next to the FAQ: a content type and the fields that
         * hold the title and the body; `url` builds each result's link from the entry's fields, e.g.
         * `/docs/{slug}` or `https://example.com/{locale}/docs/{slug}`.
         */
        sources: z
          .array(
            z
              .object({
                uid: z.string().regex(/^(api|plugin)::[\w-]+\.[\w-]+$/, 'must be a content-type UID, e.g. api::article.article'),
                title: fieldName,
                body: z.union([fieldName.transform((field) => [field]), z.array(fieldName).min(1)]),
                url: z
                  .string()
                  .regex(/\{[\w-]+\}/, 'must name at least one field in braces, e.g. /docs/{slug}')
                  .nullable()
                  .default(null),
              })
              .strict()
          )
          .default([]),
        /**
         * How often each instance reads the database's search change feed, so an FAQ or documentation
         * change made through another Strapi instance reaches this one's index.
         */
        syncIntervalMs: z.number().int().min(100).max(60_000).default(1000),
      })
      .strict()
      .prefault({}),
  })
  .strict();

export type HelpdeskConfig = z.infer<typeof configSchema>;

/** One line per problem, each naming its key, e.g. `mail.from: Invalid email address`. */
export const describeConfigIssues = (error: z.ZodError): string =>
  error.issues
    .map((issue) => {
      const path = issue.path.join('.');
      if (issue.code === 'unrecognized_keys') {
        const keys = issue.keys.map((key) => (path ? `${path}.${key}` : key));
        return `${keys.join(', ')}: unknown key${keys.length > 1 ? 's' : ''}`;
      }
      return `${path || '(root)'}: ${issue.message}`;
    })
    .join('; ');

/** The effective config: the site admin's values with every default filled in. */
export const resolveConfig = (raw: unknown): HelpdeskConfig => {
  const result = configSchema.safeParse(raw ?? {});
  if (!result.success) {
    throw new Error(`Invalid helpdesk plugin config: ${describeConfigIssues(result.error)}`);
  }
  return result.data;
};
