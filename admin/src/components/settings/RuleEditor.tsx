import { Flex, Field, SingleSelect, SingleSelectOption, Box } from '@strapi/design-system';
import type { TargetRule } from '../../api/types';
import { useT } from '../../hooks/useT';
import { NumberField } from './fields';

const KINDS = ['sameDayCutoff', 'workingMinutes', 'businessDays'] as const;
const NONE = 'none';

const fresh = (kind: TargetRule['kind']): TargetRule =>
  kind === 'sameDayCutoff' ? { kind, cutoffMinutesBeforeClose: 60 } : kind === 'workingMinutes' ? { kind, minutes: 240 } : { kind, days: 2 };

/** One target: its kind and its number (cut-off minutes, working minutes or business days). */
export const RuleEditor = ({
  label,
  rule,
  optional,
  prefix,
  errors,
  disabled,
  onChange,
}: {
  label: string;
  rule: TargetRule | null;
  optional?: boolean;
  prefix: string;
  errors: Record<string, string>;
  disabled: boolean;
  onChange: (rule: TargetRule | null) => void;
}) => {
  const { t } = useT();
  return (
    <Flex gap={4} alignItems="flex-start">
      <Box width="30rem">
        <Field.Root name={`${prefix}.kind`} error={errors[`${prefix}.kind`]} hint={rule ? t(`settings.rule.hint.${rule.kind}`) : t('settings.rule.hint.none')}>
          <Field.Label>{label}</Field.Label>
          <SingleSelect
            value={rule?.kind ?? NONE}
            disabled={disabled}
            onChange={(value: string | number) => onChange(value === NONE ? null : fresh(value as TargetRule['kind']))}
          >
            {optional && <SingleSelectOption value={NONE}>{t('settings.rule.kind.none')}</SingleSelectOption>}
            {KINDS.map((kind) => (
              <SingleSelectOption key={kind} value={kind}>
                {t(`settings.rule.kind.${kind}`)}
              </SingleSelectOption>
            ))}
          </SingleSelect>
          <Field.Hint />
          <Field.Error />
        </Field.Root>
      </Box>
      <Box width="20rem">
        {rule?.kind === 'sameDayCutoff' && (
          <NumberField
            name={`${prefix}.cutoffMinutesBeforeClose`}
            label={t('settings.rule.cutoff')}
            value={rule.cutoffMinutesBeforeClose}
            error={errors[`${prefix}.cutoffMinutesBeforeClose`]}
            disabled={disabled}
            min={0}
            max={24 * 60}
            onChange={(value) => onChange({ ...rule, cutoffMinutesBeforeClose: value as number })}
          />
        )}
        {rule?.kind === 'workingMinutes' && (
          <NumberField
            name={`${prefix}.minutes`}
            label={t('settings.rule.minutes')}
            value={rule.minutes}
            error={errors[`${prefix}.minutes`]}
            disabled={disabled}
            min={1}
            max={100_000}
            onChange={(value) => onChange({ ...rule, minutes: value as number })}
          />
        )}
        {rule?.kind === 'businessDays' && (
          <NumberField
            name={`${prefix}.days`}
            label={t('settings.rule.days')}
            value={rule.days}
            error={errors[`${prefix}.days`]}
            disabled={disabled}
            min={1}
            max={365}
            onChange={(value) => onChange({ ...rule, days: value as number })}
          />
        )}
      </Box>
    </Flex>
  );
};
