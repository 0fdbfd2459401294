import { hubConfig } from '../src/env';
import { requestBodyBytes } from '../src/uploads/limits';

export default () => {
  const { uploads } = hubConfig().config;
  return [
    'strapi::logger',
    'strapi::errors',
    'strapi::security',
    'strapi::cors',
    'strapi::poweredBy',
    'strapi::query',
    'global::published-only',
    // Strapi takes no function here, only a path, which it resolves inside the compiled cms/dist.
    { resolve: './src/uploads/explain-body-limit', config: uploads },
    // formidable's maxFileSize counts every file of a request together (see requestBodyBytes).
    { name: 'strapi::body', config: { formidable: { maxFileSize: requestBodyBytes(uploads) } } },
    'strapi::session',
    'strapi::favicon',
    'strapi::public',
  ];
};
