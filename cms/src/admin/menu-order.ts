/**
 * The Content Manager's menu as editors use it: the document types first, in the model's order,
 * then the taxonomies and the settings, so it opens on a document type rather than on City. Strapi sorts the menu
 * and picks the first entry by title, so each title becomes a message id that sorts in this order
 * (and keeps the type's name, for the menu's search), translated back to the type's name.
 */
import { model } from '../generated-model';

const ORDER = [...model.documentTypes, ...model.taxonomies, ...model.settings];
const displayNames = model.displayNames as Record<string, string>;

const menuTitle = (uid: string) => `hub.menu.${String(ORDER.indexOf(uid)).padStart(2, '0')} ${displayNames[uid]}`;

export const menuTranslations: Record<string, string> = Object.fromEntries(
  ORDER.map((uid) => [menuTitle(uid), displayNames[uid]!]),
);

interface Link {
  uid: string;
  title: string;
}

const retitle = (links: Link[]) =>
  links.map((link) => (ORDER.includes(link.uid) ? { ...link, title: menuTitle(link.uid) } : link));

export const orderCollectionTypes = ({ ctLinks, models }: { ctLinks: Link[]; models: unknown }) => ({
  models,
  ctLinks: retitle(ctLinks),
});

export const orderSingleTypes = ({ stLinks, models }: { stLinks: Link[]; models: unknown }) => ({
  models,
  stLinks: retitle(stLinks),
});
