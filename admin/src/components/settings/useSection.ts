import { useCallback, useEffect, useMemo, useState } from 'react';
import { useNotification } from '@strapi/strapi/admin';
import { useQueryClient } from '@tanstack/react-query';
import type { HelpdeskSettings } from '../../api/types';
import { useHelpdeskApi } from '../../hooks/useHelpdeskApi';
import { useT } from '../../hooks/useT';
import { sameValue, setIn, settingsFieldErrors } from '../../utils/settings';

export type SectionName = keyof HelpdeskSettings;

/**
 * The draft of one settings section: edited freely, saved alone (`PUT /settings` with only this
 * section), with the server's refusals by field path (`sla.tiers.standard.…`).
 */
export function useSection<K extends SectionName>(name: K, saved: HelpdeskSettings[K], onDirtyChange: (name: K, dirty: boolean) => void) {
  const api = useHelpdeskApi();
  const queryClient = useQueryClient();
  const { toggleNotification } = useNotification();
  const { t } = useT();
  const [draft, setDraft] = useState(saved);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  // Problems the inputs report (values they cannot hand over); the draft is not saved while any is.
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [revision, setRevision] = useState(0);
  // A value typed but not taken (an amount that is none) is an unsaved change too.
  const dirty = useMemo(() => !sameValue(draft, saved) || Object.keys(problems).length > 0, [draft, saved, problems]);

  useEffect(() => onDirtyChange(name, dirty), [name, dirty, onDirtyChange]);

  const set = useCallback((path: (string | number)[], value: unknown) => setDraft((current) => setIn(current, path, value)), []);

  const report = useCallback(
    (path: string, problem: string | null) =>
      setProblems((current) => {
        if ((current[path] ?? null) === problem) return current;
        const next = { ...current };
        if (problem) next[path] = problem;
        else delete next[path];
        return next;
      }),
    []
  );
  const fields = useMemo(() => ({ report, revision }), [report, revision]);

  const save = useCallback(async () => {
    if (Object.keys(problems).length) {
      // Shown at their fields already; saving the last valid value instead would hide the mistake.
      toggleNotification({ type: 'danger', message: t('settings.saveRefused') });
      return;
    }
    setSaving(true);
    setErrors({});
    try {
      const settings = await api.saveSettings({ [name]: draft } as Partial<HelpdeskSettings>);
      queryClient.setQueryData(['helpdesk', 'settings'], settings);
      setDraft(settings[name]);
      setRevision((current) => current + 1);
      toggleNotification({ type: 'success', message: t('settings.saved') });
    } catch (error) {
      const fields = settingsFieldErrors(error);
      setErrors(fields);
      toggleNotification({ type: 'danger', message: Object.keys(fields).length ? t('settings.saveRefused') : t('settings.saveFailed') });
    } finally {
      setSaving(false);
    }
  }, [api, draft, name, problems, queryClient, t, toggleNotification]);

  const reset = useCallback(() => {
    setDraft(saved);
    setErrors({});
    setRevision((current) => current + 1);
  }, [saved]);

  return { draft, set, dirty, errors, saving, save, reset, fields };
}
