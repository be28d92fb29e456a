import { useEffect, useState } from 'react';
import { Button, Checkbox, Field, Flex, SingleSelect, SingleSelectOption, TextInput } from '@strapi/design-system';
import { Cross, Search } from '@strapi/icons';
import { QUEUE_SORTS } from '../../../server/src/domain/tickets/queue-sorts';
import { TICKET_STATUSES, TICKET_TIERS } from '../../../server/src/domain/tickets/statuses';
import type { Assignee } from '../api/types';
import { useT } from '../hooks/useT';
import { changeQueueView, DUE_SOON_MINUTES, hasFilters, withoutFilters, type QueueView } from '../utils/queue-view';

const ANY = '';

interface Props {
  view: QueueView;
  assignees: Assignee[];
  onChange: (view: QueueView) => void;
}

/** A text filter applied on Enter or when the field is left, so each keystroke is no new history entry. */
export const TextFilter = ({
  label,
  value,
  placeholder,
  onApply,
  icon,
  error,
}: {
  label: string;
  value?: string;
  placeholder?: string;
  onApply: (value?: string) => void;
  icon?: React.ReactNode;
  error?: string;
}) => {
  const [text, setText] = useState(value ?? '');
  useEffect(() => setText(value ?? ''), [value]);
  const apply = () => {
    const next = text.trim() || undefined;
    if (next !== value) onApply(next);
  };
  return (
    <Field.Root width="22rem" error={error}>
      <Field.Label>{label}</Field.Label>
      <TextInput
        type="search"
        value={text}
        placeholder={placeholder}
        startAction={icon}
        onChange={(event: React.ChangeEvent<HTMLInputElement>) => setText(event.target.value)}
        onBlur={apply}
        onKeyDown={(event: React.KeyboardEvent<HTMLInputElement>) => {
          if (event.key === 'Enter') apply();
        }}
      />
      <Field.Error />
    </Field.Root>
  );
};

/** A labelled menu of a few values, `ANY` standing for "no filter". */
export const SelectFilter = ({ label, width, value, options, onChange }: { label: string; width: string; value: string; options: Array<[string, string]>; onChange: (value: string) => void }) => (
  <Field.Root width={width}>
    <Field.Label>{label}</Field.Label>
    <SingleSelect value={value} onChange={(next) => onChange(String(next))}>
      {options.map(([optionValue, optionLabel]) => (
        <SingleSelectOption key={optionValue} value={optionValue}>
          {optionLabel}
        </SingleSelectOption>
      ))}
    </SingleSelect>
  </Field.Root>
);

/** The queue's filters. Each change writes the URL, which is what the page shows. */
export const QueueFilters = ({ view, assignees, onChange }: Props) => {
  const { t } = useT();
  const change = (patch: Partial<QueueView>) => onChange(changeQueueView(view, patch));

  return (
    <Flex gap={4} wrap="wrap" alignItems="flex-end">
      <TextFilter label={t('filters.search')} placeholder={t('filters.searchPlaceholder')} value={view.q} icon={<Search />} onApply={(q) => change({ q })} />
      <SelectFilter
        label={t('filters.status')}
        width="20rem"
        value={view.status ?? ANY}
        options={[[ANY, t('filters.status.open')], ...TICKET_STATUSES.map((status): [string, string] => [status, t(`status.${status}`)])]}
        onChange={(value) => change({ status: (value || undefined) as QueueView['status'] })}
      />
      <SelectFilter
        label={t('filters.tier')}
        width="16rem"
        value={view.tier ?? ANY}
        options={[[ANY, t('filters.any')], ...TICKET_TIERS.map((tier): [string, string] => [tier, t(`tier.${tier}`)])]}
        onChange={(value) => change({ tier: (value || undefined) as QueueView['tier'] })}
      />
      <SelectFilter
        label={t('filters.assignee')}
        width="20rem"
        value={view.assignee ?? ANY}
        options={[
          [ANY, t('filters.anyone')],
          ['me', t('filters.mine')],
          ['none', t('filters.unassigned')],
          ...assignees.map((admin): [string, string] => [String(admin.id), admin.name]),
        ]}
        onChange={(value) => change({ assignee: value || undefined })}
      />
      <TextFilter label={t('filters.customer')} placeholder={t('filters.customerPlaceholder')} value={view.customer} onApply={(customer) => change({ customer })} />
      <SelectFilter
        label={t('filters.sort')}
        width="20rem"
        value={view.sort}
        options={QUEUE_SORTS.map((sort): [string, string] => [sort, t(`sort.${sort}`)])}
        onChange={(value) => change({ sort: value as QueueView['sort'] })}
      />
      <Flex paddingBottom={3}>
        <Checkbox checked={Boolean(view.breached)} onCheckedChange={(checked) => change({ breached: checked === true ? true : undefined })}>
          {t('filters.breached')}
        </Checkbox>
      </Flex>
      <Flex paddingBottom={3}>
        <Checkbox
          checked={Boolean(view.dueWithin)}
          onCheckedChange={(checked) => change({ dueWithin: checked === true ? DUE_SOON_MINUTES : undefined })}
        >
          {t('filters.dueWithin', { minutes: view.dueWithin ?? DUE_SOON_MINUTES })}
        </Checkbox>
      </Flex>
      {hasFilters(view) && (
        <Button
          variant="tertiary"
          startIcon={<Cross />}
          onClick={() => onChange(withoutFilters(view))}
        >
          {t('filters.clear')}
        </Button>
      )}
    </Flex>
  );
};
