import { corsConfig } from '../src/cross-origin';
import { hubConfig } from '../src/env';
import { requestBodyBytes } from '../src/uploads/limits';
import { mediaOrigin } from '../src/uploads/storage';

export default () => {
  const { uploads, storage, corsOrigins } = hubConfig().config;
  const media = mediaOrigin(storage);
  return [
    'strapi::logger',
    'strapi::errors',
    // With media on a bucket, the admin panel shows its thumbnails from there.
    media
      ? {
          name: 'strapi::security',
          config: {
            contentSecurityPolicy: {
              useDefaults: true,
              directives: {
                'img-src': ["'self'", 'data:', 'blob:', media],
                'media-src': ["'self'", 'data:', 'blob:', media],
              },
            },
          },
        }
      : 'strapi::security',
    { name: 'strapi::cors', config: corsConfig(corsOrigins) },
    'strapi::poweredBy',
    'strapi::query',
    // Strapi takes no function here, only a path, which it resolves inside the compiled cms/dist.
    { resolve: './src/uploads/explain-body-limit', config: uploads },
    // formidable's maxFileSize counts every file of a request together (see requestBodyBytes).
    { name: 'strapi::body', config: { formidable: { maxFileSize: requestBodyBytes(uploads) } } },
    { resolve: './src/uploads/remove-temporary-files' },
    'strapi::session',
    'strapi::favicon',
    'strapi::public',
  ];
};
