import { useNotification } from '@strapi/strapi/admin';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { serverFieldErrors } from '../utils/credits';
import { useT } from './useT';

interface Options<Output> {
  /** The notification after success, from what the server answered. */
  success?: (output: Output) => string;
  /** Fields of the form: a problem the server names for one of them is shown there, not as a notification. */
  fields?: readonly string[];
  onFieldErrors?: (errors: Record<string, string>) => void;
  /** The field a refusal (409) is about, e.g. the credits that would take a balance below zero. */
  conflictField?: string;
}

/**
 * A change to credits (an estimate, time, an adjustment, the free period). On failure, the
 * server's words go to the field they name, or else into Strapi's notification; the form keeps what
 * was typed. Either way every Helpdesk view reloads: a balance shows on tickets and ledgers alike.
 */
export function useCreditsMutation<Input, Output>(action: (input: Input) => Promise<Output>, options: Options<Output> = {}) {
  const { toggleNotification } = useNotification();
  const { t } = useT();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: action,
    onMutate: () => options.onFieldErrors?.({}),
    onSuccess: (output: Output) => {
      if (options.success) toggleNotification({ type: 'success', message: options.success(output) });
    },
    onError: (error: Error) => {
      const atFields = Object.fromEntries(Object.entries(serverFieldErrors(error)).filter(([field]) => options.fields?.includes(field)));
      if ((error as Error & { status?: number }).status === 409 && options.conflictField && error.message) atFields[options.conflictField] = error.message;
      if (Object.keys(atFields).length && options.onFieldErrors) options.onFieldErrors(atFields);
      else toggleNotification({ type: 'danger', message: error.message || t('error.generic') });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['helpdesk'] }),
  });
}
