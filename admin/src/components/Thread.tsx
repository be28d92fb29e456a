import { Badge, Box, Flex, Link, Typography } from '@strapi/design-system';
import { Lock, Paperclip } from '@strapi/icons';
import { styled } from 'styled-components';
import type { Attachment, ThreadMessage, TicketDetail } from '../api/types';
import { useT } from '../hooks/useT';
import { formatFileSize } from '../utils/file-size';

/** Bodies are plain text: React escapes them, and line breaks stay as the author typed them. */
const Body = styled(Typography)`
  white-space: pre-wrap;
  overflow-wrap: anywhere;
`;

const Attachments = ({ files }: { files: Attachment[] }) => {
  const { t, locale } = useT();
  if (files.length === 0) return null;
  return (
    <Flex tag="ul" direction="column" alignItems="flex-start" gap={1} paddingTop={2} aria-label={t('thread.attachments')}>
      {files.map((file) => (
        <li key={file.id}>
          <Link href={file.url} isExternal startIcon={<Paperclip />}>
            {file.name}
          </Link>{' '}
          <Typography variant="pi" textColor="neutral600">
            ({formatFileSize(file.sizeBytes, locale)})
          </Typography>
        </li>
      ))}
    </Flex>
  );
};

type Entry = Pick<ThreadMessage, 'authorKind' | 'internal' | 'body' | 'createdAt' | 'attachments' | 'author' | 'readAt'> & { key: string };

const look = (entry: Entry) => {
  if (entry.internal) return { background: 'warning100', border: 'warning200', align: 'flex-end' } as const;
  if (entry.authorKind === 'staff') return { background: 'primary100', border: 'primary200', align: 'flex-end' } as const;
  if (entry.authorKind === 'system') return { background: 'neutral150', border: 'neutral200', align: 'center' } as const;
  return { background: 'neutral0', border: 'neutral200', align: 'flex-start' } as const;
};

const Message = ({ entry, customerName, formatTime }: { entry: Entry; customerName: string; formatTime: (iso: string) => string }) => {
  const { t } = useT();
  const style = look(entry);
  const who =
    entry.authorKind === 'customer'
      ? (entry.author?.email ?? customerName)
      : entry.authorKind === 'staff'
        ? (entry.author?.name ?? t('thread.staff'))
        : t('thread.system');
  return (
    <Flex justifyContent={style.align} width="100%">
      <Box
        tag="article"
        data-testid="thread-message"
        data-author-kind={entry.authorKind}
        data-internal={entry.internal ? 'true' : 'false'}
        background={style.background}
        borderColor={style.border}
        borderStyle="solid"
        borderWidth="1px"
        hasRadius
        padding={4}
        width={entry.authorKind === 'system' ? 'auto' : '85%'}
        shadow={entry.authorKind === 'customer' ? 'tableShadow' : undefined}
      >
        <Flex justifyContent="space-between" gap={4} paddingBottom={2} wrap="wrap">
          <Flex gap={2}>
            <Typography fontWeight="bold" textColor="neutral800">
              {who}
            </Typography>
            {entry.internal && (
              <Badge variant="warning" gap={1}>
                <Lock aria-hidden width="1rem" height="1rem" />
                {t('thread.internalNote')}
              </Badge>
            )}
            {entry.authorKind === 'customer' && <Badge variant="neutral">{t('thread.customer')}</Badge>}
          </Flex>
          <Typography variant="pi" textColor="neutral600">
            <time dateTime={entry.createdAt}>{formatTime(entry.createdAt)}</time>
            {entry.authorKind === 'staff' && !entry.internal && (entry.readAt ? ` · ${t('thread.read')}` : ` · ${t('thread.unread')}`)}
          </Typography>
        </Flex>
        <Body tag="p" textColor="neutral800">
          {entry.body}
        </Body>
        <Attachments files={entry.attachments} />
      </Box>
    </Flex>
  );
};

/** The conversation, oldest first: the customer's question, then every message, notes marked as internal. */
export const Thread = ({ ticket, formatTime }: { ticket: TicketDetail; formatTime: (iso: string) => string }) => {
  const { t } = useT();
  const customerName = ticket.customer?.username ?? ticket.customer?.email ?? t('thread.customer');
  const opening: Entry = {
    key: 'opening',
    authorKind: 'customer',
    internal: false,
    body: ticket.body,
    createdAt: ticket.createdAt,
    attachments: ticket.attachments,
    author: ticket.customer ? { id: ticket.customer.id, email: ticket.customer.email } : null,
    readAt: null,
  };
  const entries: Entry[] = [opening, ...ticket.messages.map((message) => ({ ...message, key: message.documentId }))];
  return (
    <Flex tag="section" direction="column" alignItems="stretch" gap={3} aria-label={t('thread.title')}>
      {entries.map((entry) => (
        <Message key={entry.key} entry={entry} customerName={customerName} formatTime={formatTime} />
      ))}
    </Flex>
  );
};
