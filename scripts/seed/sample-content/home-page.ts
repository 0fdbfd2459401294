/**
 * The sample home page settings. The funders' line is marked as a sample: the support it names is
 * the Fourth Global Summit's (from its report in shared/seeds/), not a statement of the network's funders.
 */
import type { HomePageSeed } from './types.js';

const network = { label: 'Strong Cities Network', url: 'https://strongcitiesnetwork.org' };
// A path on the site, as editors may give one: the site puts its base path in front.

export const homePage: HomePageSeed = {
  featured: ['guide-for-mayors', 'spotlight-sousse', 'summit-2023'],
  locales: {
    en: {
      leadText:
        'Practical knowledge from cities working against hate, extremism and polarisation: guides, toolkits, city spotlights and event reports to read, search and save for offline use.',
      fundersLine:
        'Sample funders’ line, to be set in the CMS: the Fourth Global Summit was made possible with support from the European Union, the Danish Ministry of Foreign Affairs and the U.S. Department of State.',
      footerLinks: [network, { label: 'City spotlights', url: '/city-spotlights/' }],
    },
    fr: {
      leadText:
        'Le savoir pratique des villes qui agissent contre la haine, l’extrémisme et la polarisation : guides, boîtes à outils, portraits de villes et comptes rendus, à lire, rechercher et garder hors ligne.',
      fundersLine:
        'Exemple de mention des bailleurs, à définir dans le CMS : le quatrième Sommet mondial a été rendu possible grâce au soutien de l’Union européenne, du ministère danois des Affaires étrangères et du Département d’État des États-Unis.',
      footerLinks: [network, { label: 'Portraits de villes', url: '/fr/city-spotlights/' }],
    },
    ar: {
      leadText:
        'المعرفة العملية للمدن التي تعمل ضد الكراهية والتطرف والاستقطاب: أدلة وحقائب أدوات وتجارب مدن وتقارير فعاليات، للقراءة والبحث والحفظ للاستخدام دون اتصال.',
      footerLinks: [network],
    },
  },
};
