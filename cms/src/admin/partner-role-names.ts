/**
 * The roles of "Partners and their roles" by name, not code (shared.partner-role): Strapi labels
 * a choice with the message whose id is its value.
 */
export const partnerRoleTranslations: Record<string, string> = {
  funder: 'Funder',
  'implementing-partner': 'Implementing partner',
  host: 'Host',
  'co-organiser': 'Co-organiser',
  partner: 'Partner (role not stated)',
};
