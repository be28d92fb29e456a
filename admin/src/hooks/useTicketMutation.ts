import { useNotification } from '@strapi/strapi/admin';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useT, type MessageKey } from './useT';

/**
 * A staff action on a ticket: on success it says so and reloads the ticket and the queue; on
 * failure it shows the server's own message (a refused transition says why) and keeps the page as
 * it was, so nothing typed is lost.
 */
export function useTicketMutation<Input>(documentId: string, action: (input: Input) => Promise<unknown>, successKey?: MessageKey) {
  const { toggleNotification } = useNotification();
  const { t } = useT();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: action,
    onSuccess: () => {
      if (successKey) toggleNotification({ type: 'success', message: t(successKey) });
    },
    onError: (error: Error) => {
      toggleNotification({ type: 'danger', message: error.message || t('error.generic') });
    },
    onSettled: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['helpdesk', 'ticket', documentId] }),
        queryClient.invalidateQueries({ queryKey: ['helpdesk', 'queue'] }),
      ]);
    },
  });
}
