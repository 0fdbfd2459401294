import type { ContentTypeModel } from '../define.js';

/** Help shared by the four "featured" pickers. */
const featured = (label: string, target: string) => ({
  type: 'relation' as const,
  label: `Featured ${label}`,
  help: 'Shown first on the home page, in this order (drag to reorder). Leave all four empty to show the newest.',
  relation: 'manyToMany' as const,
  target,
});

/**
 * The home page and the network's identity, chosen by editors: one entry per language (a Strapi
 * single type). Until it is published the site uses its own defaults.
 */
export const homePage: ContentTypeModel = {
  name: 'home-page',
  pluralName: 'home-pages',
  displayName: 'Home page and identity',
  description: "What the library's home page features, and the network's name, logo, colour and footer.",
  kind: 'setting',
  draftAndPublish: true,
  mainField: 'networkName',
  listColumns: [],
  fields: {
    networkName: {
      type: 'string',
      label: 'Network name',
      help: 'Shown in the header, page titles and sharing cards. Leave empty for "Resource Hub".',
      maxLength: 80,
    },
    leadText: {
      type: 'text',
      label: 'Home page introduction',
      help: 'One or two sentences under the name on the home page. Leave empty for the standard sentence.',
      maxLength: 300,
    },
    featuredGuides: featured('guides', 'guide'),
    featuredToolkits: featured('toolkits', 'toolkit'),
    featuredCitySpotlights: featured('city spotlights', 'city-spotlight'),
    featuredEventReports: featured('event reports', 'event-report'),
    logo: {
      type: 'media',
      label: 'Logo',
      help: 'PNG or WebP, at least 240 pixels wide, on a transparent or white background. SVG is not accepted (it can carry script).',
      allowedTypes: ['images'],
      mimeTypes: ['image/png', 'image/webp'],
      multiple: false,
      localized: false,
    },
    accentColour: {
      type: 'string',
      label: 'Accent colour',
      help: 'As #RRGGBB, e.g. #0B4A6F: the line above the header, buttons and the name. Refused when it is too light to read on white (WCAG AA asks for a contrast of at least 4.5:1).',
      localized: false,
      pattern: { regex: '^#[0-9A-Fa-f]{6}$', hint: 'a # followed by six hexadecimal digits, e.g. #0B4A6F' },
    },
    fundersLine: {
      type: 'text',
      label: 'Funders and supporters',
      help: 'One line at the foot of every page, e.g. "With the support of …". Leave empty for none.',
      maxLength: 300,
    },
    footerLinks: {
      type: 'component',
      label: 'Footer links',
      help: "Links at the foot of every page, after the library's own, e.g. the network's website.",
      component: 'shared.link',
      repeatable: true,
    },
  },
};
