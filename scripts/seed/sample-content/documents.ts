/**
 * All sample documents: event reports, city spotlights, guides and the toolkit. Facts from
 * shared/seeds/ (see each file's header); the wording is ours.
 */
import { eventReports } from './documents-event-reports.js';
import { guidesAndToolkits } from './documents-guides.js';
import { spotlights } from './documents-spotlights.js';
import type { DocSeed } from './types.js';

export const documents: DocSeed[] = [...eventReports, ...spotlights, ...guidesAndToolkits];
