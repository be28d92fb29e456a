import { useContext, useEffect, useState } from 'react';
import { Box, Button, Field, Flex, Grid, IconButton, Link, NumberInput, TextInput, Typography } from '@strapi/design-system';
import { ExternalLink, Plus, Trash } from '@strapi/icons';
import type { HelpdeskSettings } from '../../api/types';
import { useT } from '../../hooks/useT';
import { centsToDisplay, displayToCents, errorAt, unplacedErrors } from '../../utils/settings';
import { Card, NumberField, numberProblem, SaveBar, SectionFields, useFieldProblem } from './fields';
import { useSection } from './useSection';

type Draft = HelpdeskSettings['credits'];
const INCIDENT_CLASSES = '/admin/content-manager/collection-types/plugin::helpdesk.incident-class';
/** The server's bounds of each number (server/src/settings/schema.ts). */
const BOUNDS = { freeDays: { min: 0, max: 3650 }, minutesPerCredit: { min: 1, max: 24 * 60 }, minimumCharge: { min: 1, max: 100 } } as const;
const placed = (path: string) => /^credits\.(freeDays|minutesPerCredit|minimumCharge|priorityFeeCents|packs\.\d+\.)/.test(path);

/** Stripe's least charge, as the server checks it. */
const MIN_PRICE_CENTS = 50;

/**
 * A price typed in the currency's units ("12.50"), kept in cents. What is not an amount (empty,
 * negative, more than two decimals) is shown at the field and keeps the section from saving.
 */
const PriceField = ({ name, label, ariaLabel, hint, cents, error, disabled, onChange, currency }: { name: string; label?: string; ariaLabel?: string; hint?: string; cents: number; error?: string; disabled: boolean; onChange: (cents: number) => void; currency: string }) => {
  const { t, locale } = useT();
  const { revision } = useContext(SectionFields);
  const [text, setText] = useState(() => centsToDisplay(cents, locale));
  useEffect(() => {
    if (displayToCents(text) !== cents) setText(centsToDisplay(cents, locale));
    // Only an outside change (a reset, a save) rewrites what is typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cents]);
  useEffect(() => {
    setText(centsToDisplay(cents, locale));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [revision]);
  const typed = displayToCents(text);
  const problem = disabled
    ? null
    : typed === null
      ? t('settings.money.notAnAmount')
      : typed < MIN_PRICE_CENTS
        ? t('settings.money.tooSmall', { min: `${centsToDisplay(MIN_PRICE_CENTS, locale)} ${currency}` })
        : null;
  useFieldProblem(name, problem);
  return (
    <Field.Root name={name} hint={hint} error={problem ?? error}>
      {label && <Field.Label>{label}</Field.Label>}
      <TextInput
        aria-label={label ? undefined : ariaLabel}
        value={text}
        disabled={disabled}
        inputMode="decimal"
        endAction={<Typography textColor="neutral500">{currency}</Typography>}
        onChange={(event: React.ChangeEvent<HTMLInputElement>) => {
          setText(event.target.value);
          const next = displayToCents(event.target.value);
          if (next !== null) onChange(next);
        }}
      />
      <Field.Error />
      <Field.Hint />
    </Field.Root>
  );
};

/** A pack's credits: a whole number of at least one, checked as the server checks it. */
const PackCredits = ({ name, label, value, error, disabled, onChange }: { name: string; label: string; value: number | undefined; error?: string; disabled: boolean; onChange: (value: number | undefined) => void }) => {
  const { t } = useT();
  const problem = disabled ? null : numberProblem(value, { min: 1, max: 10_000 }, t);
  useFieldProblem(name, problem);
  return (
    <Field.Root name={name} error={problem ?? error}>
      <NumberInput aria-label={label} value={value} disabled={disabled} onValueChange={onChange} />
      <Field.Error />
    </Field.Root>
  );
};

export const MoneySection = ({ saved, readOnly, currency, onDirtyChange }: { saved: Draft; readOnly: boolean; currency: string; onDirtyChange: (name: 'credits', dirty: boolean) => void }) => {
  const { t } = useT();
  const { draft, set, dirty, errors, saving, save, reset, fields } = useSection('credits', saved, onDirtyChange);
  const number = (key: 'freeDays' | 'minutesPerCredit' | 'minimumCharge') => (
    <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
      <NumberField
        name={`credits.${key}`}
        label={t(`settings.money.${key}`)}
        hint={t(`settings.money.${key}Hint`)}
        value={draft[key]}
        error={errors[`credits.${key}`]}
        disabled={readOnly}
        min={BOUNDS[key].min}
        max={BOUNDS[key].max}
        onChange={(value) => set([key], value)}
      />
    </Grid.Item>
  );
  return (
    <SectionFields.Provider value={fields}>
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Card title={t('settings.money.prices')} description={t('settings.money.pricesDescription')}>
        <Grid.Root gap={5}>
          <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
            <PriceField
              name="credits.priorityFeeCents"
              label={t('settings.money.priorityFee')}
              hint={t('settings.money.priorityFeeHint')}
              cents={draft.priorityFeeCents}
              currency={currency}
              error={errors['credits.priorityFeeCents']}
              disabled={readOnly}
              onChange={(cents) => set(['priorityFeeCents'], cents)}
            />
          </Grid.Item>
          {number('freeDays')}
          {number('minutesPerCredit')}
          {number('minimumCharge')}
        </Grid.Root>
      </Card>
      <Card title={t('settings.money.packs')} description={t('settings.money.packsDescription')} testId="credit-packs">
        <Flex direction="column" alignItems="stretch" gap={3}>
          <Flex gap={3}>
            {(['packId', 'packCredits', 'packPrice'] as const).map((key) => (
              <Box key={key} width={key === 'packId' ? '16rem' : '12rem'}>
                <Typography variant="sigma" textColor="neutral600">
                  {t(`settings.money.${key}`)}
                </Typography>
              </Box>
            ))}
          </Flex>
          {draft.packs.map((pack, index) => {
            const path = `credits.packs.${index}`;
            return (
              <Flex key={index} gap={3} alignItems="flex-start" data-testid="credit-pack">
                <Box width="16rem">
                  <Field.Root name={`${path}.id`} error={errorAt(errors, `${path}.id`)}>
                    <TextInput aria-label={`${t('settings.money.packId')} ${index + 1}`} value={pack.id} disabled={readOnly} onChange={(event: React.ChangeEvent<HTMLInputElement>) => set(['packs', index, 'id'], event.target.value)} />
                    <Field.Error />
                  </Field.Root>
                </Box>
                <Box width="12rem">
                  <PackCredits
                    name={`${path}.credits`}
                    label={`${t('settings.money.packCredits')} ${index + 1}`}
                    value={pack.credits}
                    error={errorAt(errors, `${path}.credits`)}
                    disabled={readOnly}
                    onChange={(value) => set(['packs', index, 'credits'], value)}
                  />
                </Box>
                <Box width="12rem">
                  <PriceField name={`${path}.priceCents`} ariaLabel={`${t('settings.money.packPrice')} ${index + 1}`} cents={pack.priceCents} currency={currency} error={errorAt(errors, `${path}.priceCents`)} disabled={readOnly} onChange={(cents) => set(['packs', index, 'priceCents'], cents)} />
                </Box>
                {!readOnly && (
                  <IconButton label={t('settings.money.removePack', { id: pack.id })} variant="ghost" onClick={() => set(['packs'], draft.packs.filter((_, i) => i !== index))}>
                    <Trash />
                  </IconButton>
                )}
              </Flex>
            );
          })}
          {errors['credits.packs'] && <Typography textColor="danger600">{errors['credits.packs']}</Typography>}
          {!readOnly && draft.packs.length < 10 && (
            <Flex>
              <Button variant="tertiary" startIcon={<Plus />} onClick={() => set(['packs'], [...draft.packs, { id: `pack-${draft.packs.length + 1}`, credits: 10, priceCents: 10000 }])}>
                {t('settings.money.addPack')}
              </Button>
            </Flex>
          )}
        </Flex>
      </Card>
      <Card title={t('settings.money.incidentClasses')} description={t('settings.money.incidentClassesDescription')}>
        <Flex>
          <Link href={INCIDENT_CLASSES} endIcon={<ExternalLink />}>
            {t('settings.money.openIncidentClasses')}
          </Link>
        </Flex>
      </Card>
      <SaveBar
        label={t('settings.money.save')}
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
