package nl.samenspel;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A scratch schema for testing one migration on data in the old shape: migrate up to the version before,
 * insert rows, migrate on, and look. On H2 (in memory) or, in the PostgreSQL run, in a schema of its own
 * in the test database; closing drops the schema, because other tests read information_schema.
 */
public final class Migratieschema implements AutoCloseable {

    private final String schema;
    private final Connection con;

    private Migratieschema(String schema, Connection con) {
        this.schema = schema;
        this.con = con;
    }

    public static Migratieschema open(String schema) throws SQLException {
        Connection con = DriverManager.getConnection(url(schema), gebruiker(), wachtwoord());
        Migratieschema scratch = new Migratieschema(schema, con);
        scratch.voer("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        scratch.voer("CREATE SCHEMA " + schema);
        scratch.voer(TestDatabase.isPostgres() ? "SET search_path TO " + schema : "SET SCHEMA " + schema);
        return scratch;
    }

    /** Migrates up to and including this version, on the schema's own connection (one session, one schema), with the database's own folder as the application does. */
    public void migreerTot(String versie) {
        Flyway.configure().dataSource(new SingleConnectionDataSource(con, true)).schemas(schema).outOfOrder(true)
                .locations("classpath:db/migration", "classpath:db/vendor/" + (postgres() ? "postgresql" : "h2")).target(versie).load().migrate();
    }

    public boolean postgres() {
        return TestDatabase.isPostgres();
    }

    public void voer(String sql) throws SQLException {
        try (var opdracht = con.createStatement()) {
            opdracht.execute(sql);
        }
    }

    /** The first column of every row, as text. */
    public List<String> lijst(String sql) throws SQLException {
        List<String> rijen = new ArrayList<>();
        try (var opdracht = con.createStatement(); var uitslag = opdracht.executeQuery(sql)) {
            while (uitslag.next()) {
                rijen.add(uitslag.getString(1));
            }
        }
        return rijen;
    }

    @Override
    public void close() throws SQLException {
        try {
            voer("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } finally {
            con.close();
        }
    }

    private static String url(String schema) {
        return TestDatabase.isPostgres() ? System.getProperty("spring.datasource.url")
                : "jdbc:h2:mem:" + schema + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    }

    private static String gebruiker() {
        return TestDatabase.isPostgres() ? System.getProperty("spring.datasource.username") : "sa";
    }

    private static String wachtwoord() {
        return TestDatabase.isPostgres() ? System.getProperty("spring.datasource.password") : "";
    }
}
