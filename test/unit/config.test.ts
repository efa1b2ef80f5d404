// Configuration: defaults, and a failure that names the setting.
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../server/config.ts';

describe('parseConfig', () => {
  it('has defaults that run the explorer locally', () => {
    const c = parseConfig({});
    expect(c.PORT).toBe(3000);
    expect(c.NEO4J_URI).toBeUndefined();
    expect(c.QUERY_TIMEOUT_MS).toBe(5000);
    expect(c.TRUST_PROXY).toBe(0);
    expect(parseConfig({ CONSOLE_MAX_ESTIMATED_ROWS: '1e9' }).CONSOLE_MAX_ESTIMATED_ROWS).toBe(1_000_000_000);
  });

  it('accepts routing URIs for clusters and Aura', () => {
    expect(parseConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io' }).NEO4J_URI).toBe(
      'neo4j+s://abc.databases.neo4j.io',
    );
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ NEO4J_URI: 'http://localhost:7474' }, 'NEO4J_URI: must be a neo4j://'],
    [{ QUERY_TIMEOUT_MS: '5' }, 'QUERY_TIMEOUT_MS'],
    [{ SEED_ON_START: 'maybe' }, 'SEED_ON_START'],
    // Express's `true` would trust any client's X-Forwarded-For: only a number of hops is accepted.
    [{ TRUST_PROXY: 'true' }, 'TRUST_PROXY: must be a whole number from 0 to 10'],
    [{ CONSOLE_MAX_HOPS: '0' }, 'CONSOLE_MAX_HOPS'],
  ])('%o fails naming %s', (env, name) => {
    expect(() => parseConfig(env)).toThrow(ConfigError);
    expect(() => parseConfig(env)).toThrow(name);
  });
});
