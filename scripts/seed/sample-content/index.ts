/**
 * The hand-written sample content for the seed. Facts come from the Strong Cities Network
 * documents in shared/seeds/; every sentence is our own.
 */
import { documents } from './documents.js';
import { homePage } from './home-page.js';
import { cities, hubs, partners, regions, themes } from './taxonomies.js';
import type { SampleContent } from './types.js';

export const sampleContent: SampleContent = { themes, regions, cities, partners, hubs, documents, homePage };
