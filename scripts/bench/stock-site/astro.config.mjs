// The stock site the bench compares the library with: Astro 5's defaults. The bench builds a copy
// of this folder in a temporary one, where Vite's cache stays too.
import { defineConfig } from 'astro/config';

export default defineConfig({ vite: { cacheDir: './.vite' } });
