import { createContext, useContext, useEffect } from 'react';
import { Box, Button, Field, Flex, NumberInput, TextInput, Typography } from '@strapi/design-system';
import { useT } from '../../hooks/useT';

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

/**
 * What a section's inputs tell it about values they cannot hand over (an empty or negative number,
 * an amount that is none): the section refuses to save while any is reported, and `revision`
 * changes when the section is reset or saved, so inputs that keep their own text start again.
 */
export interface SectionFieldsValue {
  report: (path: string, problem: string | null) => void;
  revision: number;
}
export const SectionFields = createContext<SectionFieldsValue>({ report: () => undefined, revision: 0 });

/** Reports the input's problem to its section while it lasts. */
export function useFieldProblem(path: string, problem: string | null) {
  const { report } = useContext(SectionFields);
  useEffect(() => {
    report(path, problem);
  }, [report, path, problem]);
  useEffect(() => () => report(path, null), [report, path]);
}

/** Why a number cannot be saved, or null: the same bounds the server checks, said at the field. */
export function numberProblem(value: number | undefined, bounds: { min?: number; max?: number; whole?: boolean }, t: ReturnType<typeof useT>['t']): string | null {
  if (value === undefined || value === null || Number.isNaN(value)) return t('settings.number.required');
  if ((bounds.whole ?? true) && !Number.isInteger(value)) return t('settings.number.whole');
  if (bounds.min !== undefined && value < bounds.min) return t('settings.number.min', { min: bounds.min });
  if (bounds.max !== undefined && value > bounds.max) return t('settings.number.max', { max: bounds.max });
  return null;
}

export const NumberField = ({
  label,
  hint,
  error,
  value,
  onChange,
  disabled,
  step,
  name,
  min,
  max,
  whole,
}: {
  label: string;
  hint?: string;
  error?: string;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  disabled?: boolean;
  step?: number;
  name: string;
  min?: number;
  max?: number;
  /** Whole numbers only (the default). */
  whole?: boolean;
}) => {
  const { t } = useT();
  const problem = disabled ? null : numberProblem(value, { min, max, whole }, t);
  useFieldProblem(name, problem);
  return (
    <Field.Root name={name} hint={hint} error={problem ?? error}>
      <Field.Label>{label}</Field.Label>
      <NumberInput value={value} onValueChange={onChange} disabled={disabled} step={step} />
      <Field.Error />
      <Field.Hint />
    </Field.Root>
  );
};

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
