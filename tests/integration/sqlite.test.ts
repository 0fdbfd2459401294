import { describe } from 'vitest';
import { cmsSuite } from './cms-suite.js';

describe('CMS on SQLite (the embedded default)', () => cmsSuite('sqlite'));
