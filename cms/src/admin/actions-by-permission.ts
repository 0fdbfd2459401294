/**
 * Strapi's edit view offers "Edit the model" and "Configure the view" to everyone, though only
 * someone with the Content-Type Builder or the view's configuration permission can use them:
 * editors met a page they may not see. Each now shows only to users who hold its permission.
 */
import { useAuth } from '@strapi/strapi/admin';

type DocumentAction = ((props: { collectionType: string; model: string }) => unknown) & {
  type?: string;
  position?: unknown;
};

const NEEDED: Record<string, (collectionType: string) => string> = {
  'edit-the-model': () => 'plugin::content-type-builder.read',
  'configure-the-view': (collectionType) => `plugin::content-manager.${collectionType}.configure-view`,
};

const onlyWithPermission = (action: DocumentAction, needed: (collectionType: string) => string): DocumentAction => {
  const Guarded: DocumentAction = (props) => {
    const permissions = useAuth('ActionByPermission', (state) => state.permissions);
    const described = action(props);
    return permissions.some((permission) => permission.action === needed(props.collectionType)) ? described : null;
  };
  Guarded.type = action.type;
  Guarded.position = action.position;
  return Guarded;
};

// Strapi types each action's props its own way; all receive the view's collectionType and model.
export const actionsByPermission = <Action extends { type?: string }>(actions: Action[]): Action[] =>
  actions.map((action) => {
    const needed = action.type ? NEEDED[action.type] : undefined;
    return needed ? (onlyWithPermission(action as unknown as DocumentAction, needed) as unknown as Action) : action;
  });
