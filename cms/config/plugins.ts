import { hubConfig } from '../src/env';
import { largestFileBytes } from '../src/uploads/limits';
import { storageProvider } from '../src/uploads/storage';

export default () => ({
  'users-permissions': {
    config: {
      jwtSecret: hubConfig().secrets.JWT_SECRET,
      // Readers never sign up: the public API is read-only.
      register: { allowedFields: [] },
    },
  },
  upload: {
    config: {
      ...storageProvider(hubConfig().config.storage),
      sizeLimit: largestFileBytes(hubConfig().config.uploads),
      // The hub checks every upload itself (src/uploads), whole requests at once. Strapi's own
      // type lists would drop a refused file from a request of several and store the rest, with
      // a bare "File type ... is not allowed", before that check sees it; an empty deny list
      // turns them off without Strapi warning, at each upload, that no list is set.
      security: { deniedTypes: [] },
    },
  },
});
