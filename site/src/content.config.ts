import { defineCollection } from 'astro:content';
import { recordLoader } from './cms/record-loader.js';
import { strapiLoader } from './cms/strapi-loader.js';

export const collections = {
  guide: defineCollection({ loader: strapiLoader('guide') }),
  toolkit: defineCollection({ loader: strapiLoader('toolkit') }),
  'city-spotlight': defineCollection({ loader: strapiLoader('city-spotlight') }),
  'event-report': defineCollection({ loader: strapiLoader('event-report') }),
  theme: defineCollection({ loader: strapiLoader('theme') }),
  region: defineCollection({ loader: strapiLoader('region') }),
  city: defineCollection({ loader: strapiLoader('city') }),
  partner: defineCollection({ loader: strapiLoader('partner') }),
  'published-address': defineCollection({ loader: recordLoader('published-address') }),
};
