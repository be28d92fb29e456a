import { Box, Button, Field, Flex, Tabs, Textarea, Typography } from '@strapi/design-system';
import { Lock, PaperPlane } from '@strapi/icons';
import { allowedTransitions, statusAfterStaffReply } from '../../../server/src/domain/tickets/transitions';
import type { TicketDetail, TicketStatus } from '../api/types';
import { useDraft } from '../hooks/useDraft';
import { useHelpdeskApi } from '../hooks/useHelpdeskApi';
import { useT } from '../hooks/useT';
import { useTicketMutation } from '../hooks/useTicketMutation';

/** Statuses a reply can set in the same action, when the ticket may go there after the answer. */
const SEND_AND_SET: TicketStatus[] = ['waiting_on_customer', 'resolved'];

interface Props {
  ticket: TicketDetail;
  canManage: boolean;
}

/** The public reply box and the internal-note box. */
export const Composer = ({ ticket, canManage }: Props) => {
  const { t } = useT();
  const api = useHelpdeskApi();
  const { documentId } = ticket;
  const [reply, setReply] = useDraft(`${documentId}.reply`);
  const [note, setNote] = useDraft(`${documentId}.note`);

  // The draft is cleared once the answer is stored: a status change failing after it must not send it twice.
  const sendReply = useTicketMutation(
    documentId,
    async ({ then }: { then?: TicketStatus }) => {
      await api.reply(documentId, reply);
      setReply('');
      if (then) await api.setStatus(documentId, then);
    },
    'composer.replySent'
  );
  const sendNote = useTicketMutation(
    documentId,
    async () => {
      await api.note(documentId, note);
      setNote('');
    },
    'composer.noteSaved'
  );

  const afterReply = statusAfterStaffReply(ticket.status);
  const followUps = canManage ? SEND_AND_SET.filter((status) => allowedTransitions(afterReply).includes(status)) : [];
  const busy = sendReply.isPending || sendNote.isPending;

  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={4}>
      <Tabs.Root defaultValue="reply" variant="simple">
        <Tabs.List aria-label={t('composer.title')}>
          <Tabs.Trigger value="reply">{t('composer.replyTab')}</Tabs.Trigger>
          <Tabs.Trigger value="note">{t('composer.noteTab')}</Tabs.Trigger>
        </Tabs.List>
        <Tabs.Content value="reply">
          <Flex direction="column" alignItems="stretch" gap={3} paddingTop={4}>
            <Field.Root hint={t('composer.replyHint')}>
              <Field.Label>{t('composer.replyLabel')}</Field.Label>
              <Textarea value={reply} onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setReply(event.target.value)} rows={6} />
              <Field.Hint />
            </Field.Root>
            <Flex gap={2} justifyContent="flex-end" wrap="wrap">
              {followUps.map((status) => (
                <Button
                  key={status}
                  variant="secondary"
                  disabled={!reply.trim() || busy}
                  loading={sendReply.isPending && sendReply.variables?.then === status}
                  onClick={() => sendReply.mutate({ then: status })}
                >
                  {t(`composer.sendAnd.${status as 'waiting_on_customer' | 'resolved'}`)}
                </Button>
              ))}
              <Button
                startIcon={<PaperPlane />}
                disabled={!reply.trim() || busy}
                loading={sendReply.isPending && !sendReply.variables?.then}
                onClick={() => sendReply.mutate({})}
              >
                {t('composer.send')}
              </Button>
            </Flex>
          </Flex>
        </Tabs.Content>
        <Tabs.Content value="note">
          <Flex direction="column" alignItems="stretch" gap={3} paddingTop={4}>
            <Field.Root hint={t('composer.noteHint')}>
              <Field.Label>{t('composer.noteLabel')}</Field.Label>
              <Textarea value={note} onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setNote(event.target.value)} rows={4} />
              <Field.Hint />
            </Field.Root>
            <Flex justifyContent="flex-end">
              <Button variant="secondary" startIcon={<Lock />} disabled={!note.trim() || busy} loading={sendNote.isPending} onClick={() => sendNote.mutate(undefined)}>
                {t('composer.addNote')}
              </Button>
            </Flex>
          </Flex>
        </Tabs.Content>
      </Tabs.Root>
    </Box>
  );
};

/** Shown instead of the composer when the admin may read but not write, or the ticket takes no more messages. */
export const ComposerNotice = ({ message }: { message: string }) => (
  <Box background="neutral100" hasRadius padding={4}>
    <Typography textColor="neutral600">{message}</Typography>
  </Box>
);
