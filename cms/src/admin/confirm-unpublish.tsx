/**
 * Unpublish asks first, and says what it does to the public page: Strapi's own action asks only
 * when the draft has changes, and then only "Are you sure?".
 */
import type { ReactNode } from 'react';
import { Flex, Typography } from '@strapi/design-system';

interface ActionDescription {
  onClick?: () => Promise<unknown> | unknown;
  dialog?: {
    type: string;
    title?: string;
    content?: ReactNode;
    confirmLabel?: string;
    onConfirm?: () => Promise<void> | void;
  };
  [key: string]: unknown;
}

type Action = ((props: never) => ActionDescription | null) & { type?: string; position?: unknown };

const WHAT_HAPPENS =
  'This language version leaves the public site and search within a minute. Its address stays: it will say the document is no longer available, so links to it from other sites do not break. You can publish it again at any time.';

export const confirmUnpublish = (stock: Action): Action => {
  const ConfirmedUnpublish: Action = (props) => {
    const action = stock(props);
    if (!action) return null;
    const explanation = (
      <Typography tag="p" variant="omega">
        {WHAT_HAPPENS}
      </Typography>
    );
    if (action.dialog)
      return {
        ...action,
        dialog: {
          ...action.dialog,
          confirmLabel: 'Unpublish',
          content: (
            <Flex direction="column" alignItems="stretch" gap={4}>
              {explanation}
              {action.dialog.content}
            </Flex>
          ),
        },
      };
    return {
      ...action,
      onClick: undefined,
      dialog: {
        type: 'dialog',
        title: 'Unpublish this document?',
        content: explanation,
        confirmLabel: 'Unpublish',
        onConfirm: async () => {
          await action.onClick?.();
        },
      },
    };
  };
  ConfirmedUnpublish.type = stock.type;
  ConfirmedUnpublish.position = stock.position;
  return ConfirmedUnpublish;
};
