import { useCallback, useEffect, useState } from 'react';

/**
 * Text typed into a reply or note box, kept in the tab's session storage per ticket: a failed send,
 * a reload or a visit to another ticket does not lose it. Cleared only once the send succeeded.
 */
export function useDraft(key: string) {
  const storageKey = `helpdesk.draft.${key}`;
  const [text, setText] = useState(() => readDraft(storageKey));

  useEffect(() => setText(readDraft(storageKey)), [storageKey]);

  const update = useCallback(
    (value: string) => {
      setText(value);
      try {
        if (value) sessionStorage.setItem(storageKey, value);
        else sessionStorage.removeItem(storageKey);
      } catch {
        // Storage may be full or off; the text still lives in the page.
      }
    },
    [storageKey]
  );
  return [text, update] as const;
}

function readDraft(storageKey: string): string {
  try {
    return sessionStorage.getItem(storageKey) ?? '';
  } catch {
    return '';
  }
}
