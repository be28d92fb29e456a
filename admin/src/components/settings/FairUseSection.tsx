import { Box, Grid, Flex, Typography } from '@strapi/design-system';
import { useQuery } from '@tanstack/react-query';
import type { HelpdeskSettings } from '../../api/types';
import { useHelpdeskApi } from '../../hooks/useHelpdeskApi';
import { useT, type MessageKey } from '../../hooks/useT';
import { unplacedErrors } from '../../utils/settings';
import { useDebounced } from './HolidayPreview';
import { Card, NumberField, SaveBar, SectionFields } from './fields';
import { useSection } from './useSection';

type Draft = HelpdeskSettings['fairUse'];
interface Input {
  path: string[];
  label: MessageKey;
  hint: MessageKey;
  /** Shown as a percentage, kept as a share. */
  percent?: boolean;
  /** The server's bounds, as shown (a percentage for a share). */
  min: number;
  max: number;
}

const THRESHOLDS: Input[] = [
  { path: ['windowHours'], label: 'settings.fairUse.windowHours', hint: 'settings.fairUse.windowHoursHint', min: 1, max: 720 },
  { path: ['thresholds', 'messages'], label: 'settings.fairUse.messages', hint: 'settings.fairUse.messagesHint', min: 0, max: 10000 },
  { path: ['thresholds', 'openTickets'], label: 'settings.fairUse.openTickets', hint: 'settings.fairUse.openTicketsHint', min: 0, max: 10000 },
  { path: ['thresholds', 'faqAnsweredShare'], label: 'settings.fairUse.faqShare', hint: 'settings.fairUse.faqShareHint', percent: true, min: 1, max: 100 },
  { path: ['recentTickets'], label: 'settings.fairUse.recentTickets', hint: 'settings.fairUse.recentTicketsHint', min: 1, max: 100 },
];
const WEIGHTS: Input[] = [
  { path: ['weights', 'messages'], label: 'settings.fairUse.weightMessages', hint: 'settings.fairUse.weightMessagesHint', min: 0, max: 100 },
  { path: ['weights', 'openTickets'], label: 'settings.fairUse.weightOpenTickets', hint: 'settings.fairUse.weightOpenTicketsHint', min: 0, max: 100 },
  { path: ['weights', 'faqAnswered'], label: 'settings.fairUse.weightFaq', hint: 'settings.fairUse.weightFaqHint', min: 0, max: 100 },
  { path: ['weights', 'unreadAnswer'], label: 'settings.fairUse.weightUnread', hint: 'settings.fairUse.weightUnreadHint', min: 0, max: 100 },
  { path: ['penaltyFrom'], label: 'settings.fairUse.penaltyFrom', hint: 'settings.fairUse.penaltyFromHint', min: 1, max: 100 },
];

const read = (draft: Draft, path: string[]) => path.reduce<any>((value, key) => value?.[key], draft) as number | undefined;
/** A share as a percentage, without the float noise of × 100 (0.29 → 29, not 28.999…). */
const asPercent = (share: number | undefined) => (share === undefined ? undefined : Math.round(share * 10_000) / 100);
const placed = (path: string) => [...THRESHOLDS, ...WEIGHTS].some((input) => `fairUse.${input.path.join('.')}` === path);

export const FairUseSection = ({ saved, readOnly, onDirtyChange }: { saved: Draft; readOnly: boolean; onDirtyChange: (name: 'fairUse', dirty: boolean) => void }) => {
  const { t } = useT();
  const api = useHelpdeskApi();
  const { draft, set, dirty, errors, saving, save, reset, fields } = useSection('fairUse', saved, onDirtyChange);
  const settled = useDebounced(draft);
  const impact = useQuery({ queryKey: ['helpdesk', 'settings', 'fair-use', settled], queryFn: () => api.previewFairUse(settled), retry: false });

  const inputs = (list: Input[]) => (
    <Grid.Root gap={5}>
      {list.map((input) => {
        const key = `fairUse.${input.path.join('.')}`;
        const value = read(draft, input.path);
        return (
          <Grid.Item key={key} col={4} s={12} direction="column" alignItems="stretch">
            <NumberField
              name={key}
              label={t(input.label)}
              hint={t(input.hint)}
              value={input.percent ? asPercent(value) : value}
              error={errors[key]}
              disabled={readOnly}
              min={input.min}
              max={input.max}
              onChange={(next) => set(input.path, input.percent && next !== undefined ? next / 100 : next)}
            />
          </Grid.Item>
        );
      })}
    </Grid.Root>
  );

  return (
    <SectionFields.Provider value={fields}>
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Box background="neutral0" hasRadius shadow="tableShadow" padding={5} data-testid="fair-use-impact">
        <Typography variant="delta" tag="p">
          {impact.data
            ? t(dirty ? 'settings.fairUse.impactChanged' : 'settings.fairUse.impact', { count: impact.data.penalizedWith, now: impact.data.penalizedNow })
            : impact.isError
              ? t('settings.fairUse.impactInvalid')
              : t('settings.loading')}
        </Typography>
        {impact.data && (
          <Typography variant="pi" textColor="neutral600">
            {t('settings.fairUse.scored', { count: impact.data.customers })}
          </Typography>
        )}
      </Box>
      <Card title={t('settings.fairUse.thresholds')} description={t('settings.fairUse.thresholdsDescription')}>
        {inputs(THRESHOLDS)}
      </Card>
      <Card title={t('settings.fairUse.weights')} description={t('settings.fairUse.weightsDescription')}>
        {inputs(WEIGHTS)}
      </Card>
      <SaveBar
        label={t('settings.fairUse.save')}
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
