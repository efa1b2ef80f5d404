// pino, configured once; secrets are redacted wherever they might appear.
import { pino, type Logger } from 'pino';

export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: ['req.headers.authorization', 'req.headers.cookie', 'password', '*.password'],
    base: { app: 'graph-explorer' },
  });
}
