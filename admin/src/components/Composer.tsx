import { useState } from 'react';
import { Box, Button, Field, Flex, NumberInput, Tabs, Textarea, Typography } from '@strapi/design-system';
import { Lock, PaperPlane } from '@strapi/icons';
import { allowedTransitions, statusAfterStaffReply } from '../../../server/src/domain/tickets/transitions';
import type { TicketDetail, TicketStatus } from '../api/types';
import { useDraft } from '../hooks/useDraft';
import { useHelpdeskApi } from '../hooks/useHelpdeskApi';
import { useT } from '../hooks/useT';
import { useTicketMutation } from '../hooks/useTicketMutation';
import { MAX_MINUTES, validMinutes } from '../utils/credits';

/** Statuses a reply can set in the same action, when the ticket may go there after the answer. */
const SEND_AND_SET: TicketStatus[] = ['waiting_on_customer', 'resolved'];

interface Props {
  ticket: TicketDetail;
  canManage: boolean;
}

/** The height of a field's error line (spacing units), for buttons beside the field. */
const ERROR_LINE = 5;

/** Optional time spent, logged with the message; empty logs nothing. */
const MinutesField = ({ value, onChange }: { value: number | undefined; onChange: (value: number | undefined) => void }) => {
  const { t } = useT();
  const invalid = value !== undefined && !validMinutes(value);
  return (
    <Field.Root width="20rem" error={invalid ? t('credits.time.invalid', { max: MAX_MINUTES }) : undefined}>
      <Field.Label>{t('composer.minutes')}</Field.Label>
      <NumberInput value={value} step={5} placeholder={t('composer.minutesPlaceholder')} onValueChange={onChange} />
      <Field.Error />
    </Field.Root>
  );
};

/** The public reply box and the internal-note box. */
export const Composer = ({ ticket, canManage }: Props) => {
  const { t } = useT();
  const api = useHelpdeskApi();
  const { documentId } = ticket;
  const [reply, setReply] = useDraft(`${documentId}.reply`);
  const [note, setNote] = useDraft(`${documentId}.note`);
  const [replyMinutes, setReplyMinutes] = useState<number | undefined>();
  const [noteMinutes, setNoteMinutes] = useState<number | undefined>();
  // The number input keeps its text when its value goes back to undefined: a new one starts empty.
  const [sent, setSent] = useState(0);

  // The draft is cleared once the answer is stored: a status change failing after it must not send it twice.
  const sendReply = useTicketMutation(
    documentId,
    async ({ then }: { then?: TicketStatus }) => {
      await api.reply(documentId, reply, replyMinutes);
      setReply('');
      setReplyMinutes(undefined);
      setSent((count) => count + 1);
      if (then) await api.setStatus(documentId, then);
    },
    'composer.replySent'
  );
  const sendNote = useTicketMutation(
    documentId,
    async () => {
      await api.note(documentId, note, noteMinutes);
      setNote('');
      setNoteMinutes(undefined);
      setSent((count) => count + 1);
    },
    'composer.noteSaved'
  );

  const afterReply = statusAfterStaffReply(ticket.status);
  const followUps = canManage ? SEND_AND_SET.filter((status) => allowedTransitions(afterReply).includes(status)) : [];
  const busy = sendReply.isPending || sendNote.isPending;
  const replyMinutesInvalid = replyMinutes !== undefined && !validMinutes(replyMinutes);
  const noteMinutesInvalid = noteMinutes !== undefined && !validMinutes(noteMinutes);
  const replyBlocked = !reply.trim() || busy || replyMinutesInvalid;
  const noteBlocked = !note.trim() || busy || noteMinutesInvalid;

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
            <Flex gap={4} justifyContent="space-between" alignItems="flex-end" wrap="wrap">
              <MinutesField key={sent} value={replyMinutes} onChange={setReplyMinutes} />
              {/* The buttons line up with the minutes box, not with its error line under it. */}
              <Flex gap={2} justifyContent="flex-end" wrap="wrap" marginLeft="auto" paddingBottom={replyMinutesInvalid ? ERROR_LINE : 0}>
                {followUps.map((status) => (
                  <Button
                    key={status}
                    variant="secondary"
                    disabled={replyBlocked}
                    loading={sendReply.isPending && sendReply.variables?.then === status}
                    onClick={() => sendReply.mutate({ then: status })}
                  >
                    {t(`composer.sendAnd.${status as 'waiting_on_customer' | 'resolved'}`)}
                  </Button>
                ))}
                <Button startIcon={<PaperPlane />} disabled={replyBlocked} loading={sendReply.isPending && !sendReply.variables?.then} onClick={() => sendReply.mutate({})}>
                  {t('composer.send')}
                </Button>
              </Flex>
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
            <Flex gap={4} justifyContent="space-between" alignItems="flex-end" wrap="wrap">
              <MinutesField key={sent} value={noteMinutes} onChange={setNoteMinutes} />
              <Flex marginLeft="auto" paddingBottom={noteMinutesInvalid ? ERROR_LINE : 0}>
                <Button variant="secondary" startIcon={<Lock />} disabled={noteBlocked} loading={sendNote.isPending} onClick={() => sendNote.mutate(undefined)}>
                  {t('composer.addNote')}
                </Button>
              </Flex>
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
