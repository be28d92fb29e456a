import { useState } from 'react';
import { Box, Flex, Grid, Tabs, Typography } from '@strapi/design-system';
import type { HelpdeskSettings } from '../../api/types';
import { useT } from '../../hooks/useT';
import { unplacedErrors } from '../../utils/settings';
import { CalendarEditor } from './CalendarEditor';
import { Card, NumberField, SaveBar, SectionFields } from './fields';
import { RuleEditor } from './RuleEditor';
import { TryIt } from './TryIt';
import { useSection } from './useSection';

type Scope = 'standard' | 'priority' | 'staffedHours';
const SCOPES: Scope[] = ['standard', 'priority', 'staffedHours'];
const calendarPath = (scope: Scope) => (scope === 'staffedHours' ? ['staffedHours'] : ['tiers', scope, 'calendar']);
/** Inputs exist for these paths; anything else goes to the summary. */
const placed = (path: string) => /^sla\.(tiers\.(standard|priority)\.(calendar|firstResponse|nextResponse|resolution)|staffedHours|preBreachRatio)/.test(path);

export const ServiceLevelsSection = ({ saved, readOnly, onDirtyChange }: { saved: HelpdeskSettings['sla']; readOnly: boolean; onDirtyChange: (name: 'sla', dirty: boolean) => void }) => {
  const { t } = useT();
  const { draft, set, dirty, errors, saving, save, reset, fields } = useSection('sla', saved, onDirtyChange);
  const [scope, setScope] = useState<Scope>('standard');
  const hasError = (s: Scope) => Object.keys(errors).some((path) => path.startsWith(`sla.${calendarPath(s).join('.')}`) || (s !== 'staffedHours' && path.startsWith(`sla.tiers.${s}.`)));

  return (
    <SectionFields.Provider value={fields}>
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Card title={t('settings.sla.title')} description={t('settings.sla.description')} testId="settings-sla">
        <Tabs.Root value={scope} onValueChange={(value: string) => setScope(value as Scope)} variant="simple">
          <Tabs.List aria-label={t('settings.sla.calendars')}>
            {SCOPES.map((s) => (
              <Tabs.Trigger key={s} value={s}>
                {t(`settings.scope.${s}`)}
                {hasError(s) ? ' ⚠' : ''}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
          {SCOPES.map((s) => {
            const path = calendarPath(s);
            const calendar = s === 'staffedHours' ? draft.staffedHours : draft.tiers[s].calendar;
            return (
              <Tabs.Content key={s} value={s}>
                <Flex direction="column" alignItems="stretch" gap={6} paddingTop={5}>
                  <Box>
                    {s === 'staffedHours' ? (
                      <Box paddingBottom={4}>
                        <Typography variant="omega" textColor="neutral600">{t('settings.scope.staffedHoursHint')}</Typography>
                      </Box>
                    ) : (
                      <Flex direction="column" alignItems="stretch" gap={4} paddingBottom={6}>
                        {(['firstResponse', 'nextResponse', 'resolution'] as const).map((target) => (
                          <RuleEditor
                            key={target}
                            label={t(`settings.target.${target}`)}
                            rule={draft.tiers[s][target]}
                            optional={target === 'resolution'}
                            prefix={`sla.tiers.${s}.${target}`}
                            errors={errors}
                            disabled={readOnly}
                            onChange={(rule) => set(['tiers', s, target], rule)}
                          />
                        ))}
                      </Flex>
                    )}
                    <CalendarEditor
                      calendar={calendar}
                      prefix={`sla.${path.join('.')}`}
                      errors={errors}
                      disabled={readOnly}
                      onChange={(rest, value) => set([...path, ...rest], value)}
                    />
                  </Box>
                </Flex>
              </Tabs.Content>
            );
          })}
        </Tabs.Root>
      </Card>
      <Card title={t('settings.sla.alerts')}>
        <Grid.Root gap={4}>
          <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
            <NumberField
              name="sla.preBreachRatio"
              label={t('settings.sla.preBreach')}
              hint={t('settings.sla.preBreachHint')}
              value={draft.preBreachRatio === undefined ? undefined : Math.round(draft.preBreachRatio * 10_000) / 100}
              error={errors['sla.preBreachRatio']}
              disabled={readOnly}
              min={1}
              max={99}
              onChange={(value) => set(['preBreachRatio'], value === undefined ? undefined : value / 100)}
            />
          </Grid.Item>
        </Grid.Root>
        <TryIt sla={draft} />
      </Card>
      <SaveBar
        label={t('settings.sla.save')}
        dirty={dirty}
        saving={saving}
        readOnly={readOnly}
        readOnlyText={t('settings.readOnly')}
        unsavedText={t('settings.unsaved')}
        problems={unplacedErrors(errors, placed)}
        onSave={save}
        onReset={reset}
        resetLabel={t('settings.reset')}
      />
    </Flex>
    </SectionFields.Provider>
  );
};

