import { formats, winston } from '@strapi/logger';
import { hubConfig } from '../src/env';

// Quiet by default: no line per HTTP request (Strapi's default level logs them all).
export default () => ({
  level: hubConfig().config.logLevel,
  format: formats.prettyPrint({ timestamps: 'HH:mm:ss' }),
  transports: [new winston.transports.Console()],
});
