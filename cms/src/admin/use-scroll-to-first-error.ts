/**
 * When saving or publishing is refused, the first field named in the refusal comes into view:
 * Strapi marks the fields, but a required City far down the form was only a toast that vanished.
 */
import { useEffect } from 'react';
import { useForm } from '@strapi/strapi/admin';

export const useScrollToFirstError = (): void => {
  const errors = useForm('ScrollToFirstError', (form) => form.errors) as Record<string, unknown>;
  const first = Object.keys(errors ?? {})[0];
  useEffect(() => {
    if (!first) return;
    // The first marked field in the form's order, whatever order the refusal named them in.
    const field =
      document.querySelector<HTMLElement>('form [aria-invalid="true"]') ??
      document.querySelector<HTMLElement>(`[name="${CSS.escape(first)}"]`);
    field?.scrollIntoView({ behavior: 'smooth', block: 'center' });
    field?.focus({ preventScroll: true });
  }, [first, errors]);
};
