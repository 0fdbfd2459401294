export * from './model/index.js';
export * from './generated/index.js';
export * from './runtime/strapi-shapes.js';
export * from './runtime/validate-entry.js';
export * from './runtime/populate.js';
export * from './runtime/strapi-query.js';
