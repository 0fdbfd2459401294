/**
 * Strapi's long-text input with a count of the characters used out of the field's maximum
 * ("212 of 300 characters"), so an editor trims a summary while writing it, not after a refusal.
 * Registered for every long text (app.tsx); fields without a maximum look as before.
 */
import { forwardRef, type ReactNode } from 'react';
import { Field, Flex, Textarea, Typography, useComposedRefs } from '@strapi/design-system';
import { useField, useFocusInputField } from '@strapi/strapi/admin';

interface CountedTextareaProps {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  labelAction?: ReactNode;
  required?: boolean;
  disabled?: boolean;
  placeholder?: string;
  attribute?: { maxLength?: number };
}

export const CountedTextarea = forwardRef<HTMLTextAreaElement, CountedTextareaProps>(
  ({ name, label, hint, labelAction, required, disabled, placeholder, attribute }, ref) => {
    const field = useField<string>(name);
    const composedRefs = useComposedRefs(ref, useFocusInputField<HTMLTextAreaElement>(name));
    const max = attribute?.maxLength;
    const used = (field.value ?? '').length;
    return (
      <Field.Root error={field.error} name={name} hint={hint} required={required}>
        <Field.Label action={labelAction}>{label}</Field.Label>
        <Textarea
          ref={composedRefs}
          onChange={field.onChange}
          value={field.value ?? ''}
          disabled={disabled}
          placeholder={placeholder}
        />
        {max !== undefined && (
          <Flex justifyContent="flex-end">
            <Typography
              variant="pi"
              fontWeight={used > max ? 'bold' : undefined}
              textColor={used > max ? 'danger600' : 'neutral600'}
              data-testid={`character-count-${name}`}
            >
              {`${used.toLocaleString('en')} of ${max.toLocaleString('en')} characters`}
              {used > max ? `: ${(used - max).toLocaleString('en')} too many` : ''}
            </Typography>
          </Flex>
        )}
        <Field.Hint />
        <Field.Error />
      </Field.Root>
    );
  },
);
