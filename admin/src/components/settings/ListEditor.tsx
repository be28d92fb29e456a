import { Button, Field, Flex, IconButton, TextInput, Typography } from '@strapi/design-system';
import { Plus, Trash } from '@strapi/icons';
import { errorAt } from '../../utils/settings';

/** A short list of one-line values (dates), each with its own error from the server. */
export const ListEditor = ({
  title,
  hint,
  addLabel,
  removeLabel,
  emptyText,
  values,
  pathOf,
  errors,
  disabled,
  placeholder = '2026-12-31',
  onChange,
}: {
  title: string;
  hint: string;
  addLabel: string;
  removeLabel: string;
  emptyText: string;
  values: string[];
  pathOf: (index: number) => string;
  errors: Record<string, string>;
  disabled: boolean;
  placeholder?: string;
  onChange: (values: string[]) => void;
}) => (
  <Flex direction="column" alignItems="stretch" gap={2}>
    <Typography variant="pi" fontWeight="bold">
      {title}
    </Typography>
    <Typography variant="pi" textColor="neutral600">
      {hint}
    </Typography>
    {values.length === 0 && <Typography textColor="neutral500">{emptyText}</Typography>}
    {values.map((value, index) => (
      <Flex key={index} gap={2} alignItems="flex-start">
        <Field.Root name={pathOf(index)} error={errorAt(errors, pathOf(index))} style={{ flex: 1 }}>
          <TextInput
            aria-label={`${title} ${index + 1}`}
            size="S"
            value={value}
            placeholder={placeholder}
            disabled={disabled}
            onChange={(event: React.ChangeEvent<HTMLInputElement>) => onChange(values.map((known, i) => (i === index ? event.target.value : known)))}
          />
          <Field.Error />
        </Field.Root>
        {!disabled && (
          <IconButton label={`${removeLabel} ${value}`} variant="ghost" onClick={() => onChange(values.filter((_, i) => i !== index))}>
            <Trash />
          </IconButton>
        )}
      </Flex>
    ))}
    {!disabled && (
      <Flex>
        <Button variant="tertiary" size="S" startIcon={<Plus />} onClick={() => onChange([...values, ''])}>
          {addLabel}
        </Button>
      </Flex>
    )}
  </Flex>
);
