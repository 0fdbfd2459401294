import { hubConfig } from '../src/env';

export default () => ({
  'users-permissions': {
    config: {
      jwtSecret: hubConfig().secrets.JWT_SECRET,
      // Readers never sign up: the public API is read-only.
      register: { allowedFields: [] },
    },
  },
});
