import { useEffect, useState } from 'react';
import { Button, Checkbox, Field, Flex, SingleSelect, SingleSelectOption, TextInput } from '@strapi/design-system';
import { Cross, Search } from '@strapi/icons';
import { QUEUE_SORTS } from '../../../server/src/domain/tickets/queue-sorts';
import { TICKET_STATUSES, TICKET_TIERS } from '../../../server/src/domain/tickets/statuses';
import type { Assignee } from '../api/types';
import { useT } from '../hooks/useT';
import { changeQueueView, hasFilters, type QueueView } from '../utils/queue-view';

const ANY = '';

interface Props {
  view: QueueView;
  assignees: Assignee[];
  onChange: (view: QueueView) => void;
}

/** A text filter applied on Enter or when the field is left, so each keystroke is no new history entry. */
const TextFilter = ({ label, value, placeholder, onApply, icon }: { label: string; value?: string; placeholder?: string; onApply: (value?: string) => void; icon?: React.ReactNode }) => {
  const [text, setText] = useState(value ?? '');
  useEffect(() => setText(value ?? ''), [value]);
  const apply = () => {
    const next = text.trim() || undefined;
    if (next !== value) onApply(next);
  };
  return (
    <Field.Root width="22rem">
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
    </Field.Root>
  );
};

/** The queue's filters. Each change writes the URL, which is what the page shows. */
export const QueueFilters = ({ view, assignees, onChange }: Props) => {
  const { t } = useT();
  const change = (patch: Partial<QueueView>) => onChange(changeQueueView(view, patch));

  return (
    <Flex gap={4} wrap="wrap" alignItems="flex-end">
      <TextFilter label={t('filters.search')} placeholder={t('filters.searchPlaceholder')} value={view.q} icon={<Search />} onApply={(q) => change({ q })} />
      <Field.Root width="20rem">
        <Field.Label>{t('filters.status')}</Field.Label>
        <SingleSelect value={view.status ?? ANY} onChange={(value) => change({ status: (value || undefined) as QueueView['status'] })}>
          <SingleSelectOption value={ANY}>{t('filters.status.open')}</SingleSelectOption>
          {TICKET_STATUSES.map((status) => (
            <SingleSelectOption key={status} value={status}>
              {t(`status.${status}`)}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      </Field.Root>
      <Field.Root width="16rem">
        <Field.Label>{t('filters.tier')}</Field.Label>
        <SingleSelect value={view.tier ?? ANY} onChange={(value) => change({ tier: (value || undefined) as QueueView['tier'] })}>
          <SingleSelectOption value={ANY}>{t('filters.any')}</SingleSelectOption>
          {TICKET_TIERS.map((tier) => (
            <SingleSelectOption key={tier} value={tier}>
              {t(`tier.${tier}`)}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      </Field.Root>
      <Field.Root width="20rem">
        <Field.Label>{t('filters.assignee')}</Field.Label>
        <SingleSelect value={view.assignee ?? ANY} onChange={(value) => change({ assignee: value ? String(value) : undefined })}>
          <SingleSelectOption value={ANY}>{t('filters.anyone')}</SingleSelectOption>
          <SingleSelectOption value="me">{t('filters.mine')}</SingleSelectOption>
          <SingleSelectOption value="none">{t('filters.unassigned')}</SingleSelectOption>
          {assignees.map((admin) => (
            <SingleSelectOption key={admin.id} value={String(admin.id)}>
              {admin.name}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      </Field.Root>
      <TextFilter label={t('filters.customer')} placeholder={t('filters.customerPlaceholder')} value={view.customer} onApply={(customer) => change({ customer })} />
      <Field.Root width="20rem">
        <Field.Label>{t('filters.sort')}</Field.Label>
        <SingleSelect value={view.sort} onChange={(value) => change({ sort: value as QueueView['sort'] })}>
          {QUEUE_SORTS.map((sort) => (
            <SingleSelectOption key={sort} value={sort}>
              {t(`sort.${sort}`)}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      </Field.Root>
      <Flex paddingBottom={3}>
        <Checkbox checked={Boolean(view.breached)} onCheckedChange={(checked) => change({ breached: checked === true ? true : undefined })}>
          {t('filters.breached')}
        </Checkbox>
      </Flex>
      {hasFilters(view) && (
        <Button
          variant="tertiary"
          startIcon={<Cross />}
          onClick={() => onChange(changeQueueView(view, { status: undefined, tier: undefined, assignee: undefined, breached: undefined, customer: undefined, q: undefined }))}
        >
          {t('filters.clear')}
        </Button>
      )}
    </Flex>
  );
};
