// The JVM flags the embedded Neo4j runs with: the ones Neo4j 5's own server starts its JVM with (its default
// neo4j.conf, server.jvm.additional), so the local database is not a slower, degraded cousin of a real install.

/**
 * Without the --add-opens lines Neo4j logs "Reflection access to java.nio.DirectByteBuffer is not available, using
 * fallback mode" and its page cache and Bolt buffers take slower paths; without -Xms it warns that the initial heap is
 * unset and the heap grows by collections under load. TLS flags are left out: the local Bolt is loopback-only.
 */
const SERVER_DEFAULTS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+AlwaysPreTouch',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-XX:FlightRecorderOptions=stackdepth=256',
  '-XX:+UnlockDiagnosticVMOptions',
  '-XX:+DebugNonSafepoints',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
];

/** Initial and maximum heap equal, as Neo4j recommends, then the server's own flags. */
export function jvmOptions(heap: string): string[] {
  return [`-Xms${heap}`, `-Xmx${heap}`, ...SERVER_DEFAULTS];
}
