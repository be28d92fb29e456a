import { Box, Button, Field, Flex, NumberInput, TextInput, Typography } from '@strapi/design-system';

/** One titled card of a settings section, with a sentence under the title. */
export const Card = ({ title, description, children, testId }: { title: string; description?: string; children: React.ReactNode; testId?: string }) => (
  <Box tag="section" aria-label={title} data-testid={testId} background="neutral0" hasRadius shadow="tableShadow" paddingTop={5} paddingBottom={5} paddingLeft={6} paddingRight={6}>
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Flex direction="column" alignItems="flex-start" gap={1}>
        <Typography tag="h2" variant="delta">
          {title}
        </Typography>
        {description && (
          <Typography variant="pi" textColor="neutral600">
            {description}
          </Typography>
        )}
      </Flex>
      {children}
    </Flex>
  </Box>
);

export const NumberField = ({
  label,
  hint,
  error,
  value,
  onChange,
  disabled,
  step,
  name,
}: {
  label: string;
  hint?: string;
  error?: string;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  disabled?: boolean;
  step?: number;
  name: string;
}) => (
  <Field.Root name={name} hint={hint} error={error}>
    <Field.Label>{label}</Field.Label>
    <NumberInput value={value} onValueChange={onChange} disabled={disabled} step={step} />
    <Field.Error />
    <Field.Hint />
  </Field.Root>
);

export const TextField = ({
  label,
  hint,
  error,
  value,
  onChange,
  disabled,
  name,
  placeholder,
}: {
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  disabled?: boolean;
  name: string;
  placeholder?: string;
}) => (
  <Field.Root name={name} hint={hint} error={error}>
    <Field.Label>{label}</Field.Label>
    <TextInput value={value} placeholder={placeholder} onChange={(event: React.ChangeEvent<HTMLInputElement>) => onChange(event.target.value)} disabled={disabled} />
    <Field.Error />
    <Field.Hint />
  </Field.Root>
);

/** The Save button of one section, with what keeps it from saving. */
export const SaveBar = ({
  label,
  dirty,
  saving,
  readOnly,
  readOnlyText,
  unsavedText,
  problems,
  onSave,
  onReset,
  resetLabel,
}: {
  label: string;
  dirty: boolean;
  saving: boolean;
  readOnly: boolean;
  readOnlyText: string;
  unsavedText: string;
  problems: string[];
  onSave: () => void;
  onReset: () => void;
  resetLabel: string;
}) => (
  <Flex direction="column" alignItems="stretch" gap={2}>
    {problems.length > 0 && (
      <Box role="alert" background="danger100" padding={3} hasRadius>
        {problems.map((problem) => (
          <Typography key={problem} tag="p" textColor="danger600" variant="pi">
            {problem}
          </Typography>
        ))}
      </Box>
    )}
    {readOnly ? (
      <Typography variant="pi" textColor="neutral600" data-testid="settings-read-only">
        {readOnlyText}
      </Typography>
    ) : (
      <Flex gap={3} justifyContent="flex-end">
        {dirty && (
          <Typography variant="pi" textColor="warning600">
            {unsavedText}
          </Typography>
        )}
        <Button variant="tertiary" disabled={!dirty || saving} onClick={onReset}>
          {resetLabel}
        </Button>
        <Button disabled={!dirty} loading={saving} onClick={onSave}>
          {label}
        </Button>
      </Flex>
    )}
  </Flex>
);
