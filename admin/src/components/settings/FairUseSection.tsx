import { Box, Grid, Flex, Typography } from '@strapi/design-system';
import { useQuery } from '@tanstack/react-query';
import type { HelpdeskSettings } from '../../api/types';
import { useHelpdeskApi } from '../../hooks/useHelpdeskApi';
import { useT, type MessageKey } from '../../hooks/useT';
import { unplacedErrors } from '../../utils/settings';
import { useDebounced } from './HolidayPreview';
import { Card, NumberField, SaveBar } from './fields';
import { useSection } from './useSection';

type Draft = HelpdeskSettings['fairUse'];
interface Input {
  path: string[];
  label: MessageKey;
  hint: MessageKey;
  /** Shown as a percentage, kept as a share. */
  percent?: boolean;
}

const THRESHOLDS: Input[] = [
  { path: ['windowHours'], label: 'settings.fairUse.windowHours', hint: 'settings.fairUse.windowHoursHint' },
  { path: ['thresholds', 'messages'], label: 'settings.fairUse.messages', hint: 'settings.fairUse.messagesHint' },
  { path: ['thresholds', 'openTickets'], label: 'settings.fairUse.openTickets', hint: 'settings.fairUse.openTicketsHint' },
  { path: ['thresholds', 'faqAnsweredShare'], label: 'settings.fairUse.faqShare', hint: 'settings.fairUse.faqShareHint', percent: true },
  { path: ['recentTickets'], label: 'settings.fairUse.recentTickets', hint: 'settings.fairUse.recentTicketsHint' },
];
const WEIGHTS: Input[] = [
  { path: ['weights', 'messages'], label: 'settings.fairUse.weightMessages', hint: 'settings.fairUse.weightMessagesHint' },
  { path: ['weights', 'openTickets'], label: 'settings.fairUse.weightOpenTickets', hint: 'settings.fairUse.weightOpenTicketsHint' },
  { path: ['weights', 'faqAnswered'], label: 'settings.fairUse.weightFaq', hint: 'settings.fairUse.weightFaqHint' },
  { path: ['weights', 'unreadAnswer'], label: 'settings.fairUse.weightUnread', hint: 'settings.fairUse.weightUnreadHint' },
  { path: ['penaltyFrom'], label: 'settings.fairUse.penaltyFrom', hint: 'settings.fairUse.penaltyFromHint' },
];

const read = (draft: Draft, path: string[]) => path.reduce<any>((value, key) => value?.[key], draft) as number;
const placed = (path: string) => [...THRESHOLDS, ...WEIGHTS].some((input) => `fairUse.${input.path.join('.')}` === path);

export const FairUseSection = ({ saved, readOnly, onDirtyChange }: { saved: Draft; readOnly: boolean; onDirtyChange: (name: 'fairUse', dirty: boolean) => void }) => {
  const { t } = useT();
  const api = useHelpdeskApi();
  const { draft, set, dirty, errors, saving, save, reset } = useSection('fairUse', saved, onDirtyChange);
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
              value={input.percent ? Math.round(value * 100) : value}
              error={errors[key]}
              disabled={readOnly}
              onChange={(next) => set(input.path, input.percent ? (next ?? 0) / 100 : next ?? 0)}
            />
          </Grid.Item>
        );
      })}
    </Grid.Root>
  );

  return (
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
  );
};
