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
  const dirty = useMemo(() => !sameValue(draft, saved), [draft, saved]);

  useEffect(() => onDirtyChange(name, dirty), [name, dirty, onDirtyChange]);

  const set = useCallback((path: (string | number)[], value: unknown) => setDraft((current) => setIn(current, path, value)), []);

  const save = useCallback(async () => {
    setSaving(true);
    setErrors({});
    try {
      const settings = await api.saveSettings({ [name]: draft } as Partial<HelpdeskSettings>);
      queryClient.setQueryData(['helpdesk', 'settings'], settings);
      setDraft(settings[name]);
      toggleNotification({ type: 'success', message: t('settings.saved') });
    } catch (error) {
      const fields = settingsFieldErrors(error);
      setErrors(fields);
      toggleNotification({ type: 'danger', message: Object.keys(fields).length ? t('settings.saveRefused') : t('settings.saveFailed') });
    } finally {
      setSaving(false);
    }
  }, [api, draft, name, queryClient, t, toggleNotification]);

  const reset = useCallback(() => {
    setDraft(saved);
    setErrors({});
  }, [saved]);

  return { draft, set, dirty, errors, saving, save, reset };
}
