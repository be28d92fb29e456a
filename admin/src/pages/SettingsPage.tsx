import { useCallback, useEffect, useState } from 'react';
import { Box, Button, Dialog, Flex, Tabs, Typography } from '@strapi/design-system';
import { WarningCircle } from '@strapi/icons';
import { Layouts, Page, useRBAC } from '@strapi/strapi/admin';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { useBlocker } from 'react-router-dom';
import { FairUseSection } from '../components/settings/FairUseSection';
import { MoneySection } from '../components/settings/MoneySection';
import { ServiceLevelsSection } from '../components/settings/ServiceLevelsSection';
import { StatusSection } from '../components/settings/StatusSection';
import type { SectionName } from '../components/settings/useSection';
import { useHelpdeskApi } from '../hooks/useHelpdeskApi';
import { useT } from '../hooks/useT';
import { settingsPermissions } from '../permissions';

const TABS = ['sla', 'fairUse', 'credits', 'status'] as const;
type Tab = (typeof TABS)[number];

/** Settings → Helpdesk: service levels, fair use, money and the mail/payments status, each section saved on its own. */
const SettingsPage = () => {
  const { t } = useT();
  const api = useHelpdeskApi();
  const { allowedActions, isLoading: checking } = useRBAC([...settingsPermissions.read, ...settingsPermissions.manage]);
  const canRead = Boolean(allowedActions.canRead);
  const canManage = Boolean(allowedActions.canManage);
  const [tab, setTab] = useState<Tab>('sla');
  const [dirty, setDirty] = useState<Record<SectionName, boolean>>({ sla: false, fairUse: false, credits: false });
  const onDirtyChange = useCallback((name: SectionName, value: boolean) => setDirty((current) => (current[name] === value ? current : { ...current, [name]: value })), []);
  const anyDirty = Object.values(dirty).some(Boolean);

  const settings = useQuery({ queryKey: ['helpdesk', 'settings'], queryFn: () => api.settings(), enabled: canRead, staleTime: Infinity });
  const status = useQuery({ queryKey: ['helpdesk', 'settings', 'status'], queryFn: () => api.settingsStatus(), enabled: canRead });

  // Leaving with unsaved changes asks first: inside the panel, and when the tab is closed.
  const blocker = useBlocker(({ currentLocation, nextLocation }) => anyDirty && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (!anyDirty) return undefined;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [anyDirty]);

  if (checking) return <Page.Loading />;
  if (!canRead) return <Page.NoPermissions />;
  if (settings.isPending) return <Page.Loading />;
  if (settings.isError) return <Page.Error />;
  const readOnly = !canManage;

  return (
    <Page.Main>
      <Page.Title>{t('settings.title')}</Page.Title>
      <Layouts.Header title={t('settings.title')} subtitle={t(readOnly ? 'settings.subtitleReadOnly' : 'settings.subtitle')} />
      <Layouts.Content>
        <Tabs.Root value={tab} onValueChange={(value: string) => setTab(value as Tab)}>
          <Tabs.List aria-label={t('settings.title')}>
            {TABS.map((name) => (
              <Tabs.Trigger key={name} value={name}>
                {t(`settings.tab.${name}`)}
                {name !== 'status' && dirty[name] ? ' •' : ''}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
          <Box paddingTop={4}>
            {/* Every section stays mounted, so switching tabs keeps unsaved drafts. */}
            <Tabs.Content value="sla" forceMount hidden={tab !== 'sla'}>
              <ServiceLevelsSection saved={settings.data.sla} readOnly={readOnly} onDirtyChange={onDirtyChange} />
            </Tabs.Content>
            <Tabs.Content value="fairUse" forceMount hidden={tab !== 'fairUse'}>
              <FairUseSection saved={settings.data.fairUse} readOnly={readOnly} onDirtyChange={onDirtyChange} />
            </Tabs.Content>
            <Tabs.Content value="credits" forceMount hidden={tab !== 'credits'}>
              <MoneySection saved={settings.data.credits} readOnly={readOnly} currency={(status.data?.payments.currency ?? 'eur').toUpperCase()} onDirtyChange={onDirtyChange} />
            </Tabs.Content>
            <Tabs.Content value="status">{tab === 'status' && <StatusSection canManage={canManage} />}</Tabs.Content>
          </Box>
        </Tabs.Root>
      </Layouts.Content>
      <Dialog.Root open={blocker.state === 'blocked'} onOpenChange={(open: boolean) => !open && blocker.reset?.()}>
        <Dialog.Content>
          <Dialog.Header>{t('settings.leave.title')}</Dialog.Header>
          <Dialog.Body icon={<WarningCircle fill="danger600" />}>
            <Flex direction="column" gap={2}>
              <Typography textAlign="center">{t('settings.leave.body')}</Typography>
            </Flex>
          </Dialog.Body>
          <Dialog.Footer>
            <Dialog.Cancel>
              <Button variant="tertiary" onClick={() => blocker.reset?.()}>
                {t('settings.leave.stay')}
              </Button>
            </Dialog.Cancel>
            <Dialog.Action>
              <Button variant="danger-light" onClick={() => blocker.proceed?.()}>
                {t('settings.leave.discard')}
              </Button>
            </Dialog.Action>
          </Dialog.Footer>
        </Dialog.Content>
      </Dialog.Root>
    </Page.Main>
  );
};

// The plugin's own query client (the admin bundles an older react-query for itself); previews of a refused draft are not retried.
const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false }, mutations: { retry: false } } });

const SettingsApp = () => (
  <QueryClientProvider client={queryClient}>
    <SettingsPage />
  </QueryClientProvider>
);

export default SettingsApp;
