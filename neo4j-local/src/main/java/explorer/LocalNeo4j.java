// Embedded Neo4j Community with its Bolt connector, bound to loopback only: the project's database where no NEO4J_URI is set.
package explorer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

public final class LocalNeo4j {
  private LocalNeo4j() {}

  public static void main(String[] args) throws Exception {
    Path home = Path.of(arg(args, "--home", ".neo4j/data")).toAbsolutePath();
    int port = Integer.parseInt(arg(args, "--port", "7687"));
    Path conf = Path.of(arg(args, "--conf", "neo4j-local/neo4j.conf")).toAbsolutePath();
    boolean watchStdin = hasFlag(args, "--exit-on-stdin-close");
    // The password travels in the environment so it never shows in `ps`.
    String password = System.getenv("NEO4J_PASSWORD");
    if (password == null || password.length() < 8) {
      fail(2, "NEO4J_PASSWORD must be set to at least 8 characters");
    }

    // LOAD CSV may only see this folder, and we keep it empty.
    Path importDir = home.resolve("import");
    Files.createDirectories(importDir);

    DatabaseManagementService dbms;
    try {
      dbms = new DatabaseManagementServiceBuilder(home)
          .loadPropertiesFromFile(conf)
          .setConfig(GraphDatabaseSettings.auth_enabled, true)
          .setConfig(GraphDatabaseSettings.load_csv_file_url_root, importDir)
          .setConfig(BoltConnector.enabled, true)
          .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
          .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
          .setConfig(HttpConnector.enabled, false)
          .setConfig(HttpsConnector.enabled, false)
          // Netty's default quiet period (5 s, waited twice) made every stop take ~11 s after the store had already
          // closed cleanly; by then no connection is left to wait for. Neo4j's own test harness sets it to 0 too.
          .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
          .build();
    } catch (RuntimeException e) {
      fail(3, "could not start Neo4j: " + rootMessage(e));
      return;
    }

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("NEO4J_STOPPING");
      dbms.shutdown();
      stopped.countDown();
    }, "neo4j-shutdown"));

    // Bolt binds lazily inside build(); a taken port surfaces on the first use of the system database.
    try {
      setPassword(dbms, password);
      dbms.database("neo4j").executeTransactionally("RETURN 1");
    } catch (RuntimeException e) {
      fail(3, "Neo4j started but is not usable: " + rootMessage(e));
    }

    System.out.println("NEO4J_READY bolt://127.0.0.1:" + port);
    System.out.flush();

    if (watchStdin) {
      // When the Node parent dies its pipe closes: do not outlive it.
      Thread watcher = new Thread(() -> {
        try (InputStream in = System.in) {
          while (in.read() != -1) { /* ignore input */ }
        } catch (IOException ignored) {
          // treat like EOF
        }
        System.exit(0);
      }, "stdin-watcher");
      watcher.setDaemon(true);
      watcher.start();
    }
    stopped.await();
  }

  /** Applies the password from .env on every start, so editing .env is how one changes it. */
  private static void setPassword(DatabaseManagementService dbms, String password) {
    try {
      dbms.database("system").executeTransactionally(
          "ALTER USER neo4j SET PLAINTEXT PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
    } catch (RuntimeException e) {
      // Neo4j refuses to "change" a password to itself: that means it is already right.
      if (!rootMessage(e).contains("cannot be the same")) throw e;
    }
  }

  private static String arg(String[] args, String name, String fallback) {
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals(name)) return args[i + 1];
    }
    return fallback;
  }

  private static boolean hasFlag(String[] args, String name) {
    for (String a : args) if (a.equals(name)) return true;
    return false;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) t = t.getCause();
    return t.getClass().getSimpleName() + ": " + t.getMessage();
  }

  private static void fail(int code, String message) {
    System.err.println("NEO4J_FAILED " + message);
    System.err.flush();
    Runtime.getRuntime().halt(code);
  }
}
