import { hubConfig } from '../src/env';

export default () => {
  const { database } = hubConfig().config;
  if (database.client === 'postgres') {
    return {
      connection: {
        client: 'postgres',
        connection: { connectionString: database.connectionString, schema: database.schema },
        pool: { min: 0, max: 10 },
      },
    };
  }
  return {
    connection: {
      client: 'sqlite',
      connection: { filename: database.filename },
      useNullAsDefault: true,
    },
  };
};
