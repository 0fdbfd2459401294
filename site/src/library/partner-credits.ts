/**
 * Who a document credits and for what (its "Partners and their roles"), with each partner as
 * the library has it in the document's language: funders for the "With the support of" line,
 * the other roles for the facts list, every role for the partner's own page.
 */
import { PARTNER_ROLES, type PartnerRole, type SharedPartnerRole } from '@resource-hub/content-types';
import type { UiKey } from '../i18n/strings.js';
import type { Library, LibraryDocument, LibraryTerm } from './library-types.js';

/** How each role reads: before the partners in a document's facts, and as a heading on the partner's page. */
export const CREDIT_WORDS: Record<PartnerRole, { fact: UiKey; heading: UiKey }> = {
  funder: { fact: 'fundedBy', heading: 'partnerFunded' },
  'implementing-partner': { fact: 'implementedWith', heading: 'partnerImplemented' },
  host: { fact: 'hostedBy', heading: 'partnerHosted' },
  'co-organiser': { fact: 'coOrganisedBy', heading: 'partnerCoOrganised' },
  partner: { fact: 'partnersInvolved', heading: 'partnerInvolved' },
};

export interface PartnerCredit {
  role: PartnerRole;
  partner: LibraryTerm;
}

const byRole = (a: PartnerCredit, b: PartnerCredit) => PARTNER_ROLES.indexOf(a.role) - PARTNER_ROLES.indexOf(b.role);

/** The document's partners with their roles, in the model's order of roles; a partner no longer in the library is left out. */
export const partnerCredits = (library: Library, doc: LibraryDocument): PartnerCredit[] =>
  ((doc.entry as { partnerRoles?: SharedPartnerRole[] }).partnerRoles ?? [])
    .flatMap(({ role, partner }) => {
      const term = partner ? library.findTerm('partner', doc.locale, partner.documentId) : undefined;
      return term ? [{ role, partner: term }] : [];
    })
    .sort(byRole);

/** Credits grouped by role, each role once, in the model's order. */
export const creditsByRole = (credits: PartnerCredit[]): { role: PartnerRole; partners: LibraryTerm[] }[] =>
  PARTNER_ROLES.map((role) => ({
    role,
    partners: credits.filter((credit) => credit.role === role).map((credit) => credit.partner),
  })).filter((group) => group.partners.length > 0);

/** The roles a partner had in a document (a partner may fund and host the same event). */
export const rolesOf = (library: Library, doc: LibraryDocument, partnerId: string): PartnerRole[] => [
  ...new Set(
    partnerCredits(library, doc)
      .filter((credit) => credit.partner.entry.documentId === partnerId)
      .map((credit) => credit.role),
  ),
];
