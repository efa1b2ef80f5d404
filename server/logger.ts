// pino, configured once: readable lines for a person at a terminal, JSON for machines; secrets redacted either way.
import { pino, type Logger } from 'pino';

export function createLogger(
  level: string,
  pretty = process.stdout.isTTY === true && process.env.LOG_FORMAT !== 'json',
): Logger {
  return pino({
    level,
    redact: ['req.headers.authorization', 'req.headers.cookie', 'password', '*.password'],
    base: { app: 'graph-explorer' },
    ...(pretty
      ? { transport: { target: 'pino-pretty', options: { ignore: 'pid,hostname,app', translateTime: 'HH:MM:ss' } } }
      : {}),
  });
}
