package dev.fkguard.example;

import java.io.PrintStream;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import java.util.ServiceLoader;
import org.hibernate.SessionFactory;
import org.hibernate.integrator.spi.Integrator;

/**
 * Starts Hibernate on the shop and lets hibernate-fk-guard check it. By default against an in-memory H2
 * database whose schema drifts from the mapping on purpose, so the guard has something to report.
 */
public final class ShopApplication {

    public static final int EXIT_OK = 0;
    public static final int EXIT_GUARD_REFUSED = 1;
    public static final int EXIT_ERROR = 2;

    private static final String JBOSS_LOGGING_PROVIDER = "org.jboss.logging.provider";

    private ShopApplication() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** The whole application; returns the exit code instead of exiting, so tests can run it in-process. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        ShopOptions options;
        try {
            options = ShopOptions.parse(Arrays.asList(args));
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.println();
            err.print(ShopOptions.USAGE);
            return EXIT_ERROR;
        }
        if (options.help()) {
            out.print(ShopOptions.USAGE);
            return EXIT_OK;
        }
        routeHibernateLoggingToSlf4j();
        printHeader(options, out);
        try {
            return options.usesEmbeddedDatabase() ? runOnEmbeddedShop(options, out) : runOnExternal(options, out);
        } catch (RuntimeException | SQLException e) {
            Optional<Throwable> refusal = FailureMessages.guardFailure(e);
            if (refusal.isPresent()) {
                err.println(refusal.get().getMessage());
                out.println("Startup refused by hibernate-fk-guard (mode fail). Exit code " + EXIT_GUARD_REFUSED + ".");
                return EXIT_GUARD_REFUSED;
            }
            err.println("error: " + FailureMessages.messageChain(e));
            return EXIT_ERROR;
        }
    }

    private static int runOnEmbeddedShop(ShopOptions options, PrintStream out) throws SQLException {
        try (EmbeddedShopDatabase database = EmbeddedShopDatabase.create()) {
            out.println("Created the in-memory H2 shop from " + EmbeddedShopDatabase.SCHEMA_SCRIPT + ".");
            return startHibernate(database.connectionSettings(), options, out);
        }
    }

    private static int runOnExternal(ShopOptions options, PrintStream out) {
        if (options.initSchema()) {
            out.println("--init-schema: Hibernate drops and recreates the shop tables (hbm2ddl.auto=create).");
        }
        return startHibernate(ConnectionSettings.from(options), options, out);
    }

    private static int startHibernate(ConnectionSettings connection, ShopOptions options, PrintStream out) {
        try (SessionFactory sessionFactory =
                     ShopSessionFactory.build(connection, options.mode(), options.initSchema(),
                             options.reportDir())) {
            int entities = sessionFactory.getMetamodel().getEntities().size();
            out.println("Hibernate started: " + entities + " entities mapped.");
        }
        out.println(switch (options.mode()) {
            case WARN -> "Done. Any drift the guard found is listed above (mode warn: reported, startup allowed).";
            case FAIL -> "Done. The guard found nothing that refuses startup.";
            case OFF -> "Done. The guard was off (mode off): nothing was checked.";
        });
        return EXIT_OK;
    }

    private static void printHeader(ShopOptions options, PrintStream out) {
        out.println("=== hibernate-fk-guard example shop ===");
        out.println("database: " + options.jdbcUrl().orElse(EmbeddedShopDatabase.URL + " (drifted on purpose)"));
        String missingGuard = " (NOTE: no dev.fkguard Integrator on the classpath, nothing will be checked)";
        out.println("guard:    mode " + options.mode().settingValue() + (guardInstalled() ? "" : missingGuard));
        options.reportDir().ifPresent(dir -> out.println("reports:  " + dir.toAbsolutePath()));
    }

    private static boolean guardInstalled() {
        return ServiceLoader.load(Integrator.class, ShopApplication.class.getClassLoader()).stream()
                .anyMatch(provider -> provider.type().getName().startsWith("dev.fkguard."));
    }

    /**
     * jboss-logging (Hibernate's logging facade) only picks SLF4J on its own when Logback is present; the
     * example uses slf4j-simple, so say it explicitly, unless the user chose a provider.
     */
    private static void routeHibernateLoggingToSlf4j() {
        if (System.getProperty(JBOSS_LOGGING_PROVIDER) == null) {
            System.setProperty(JBOSS_LOGGING_PROVIDER, "slf4j");
        }
    }
}
