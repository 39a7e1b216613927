package nl.samenspel.shared;

import java.io.Reader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * {@code COPY ... FROM STDIN} through the PostgreSQL driver's CopyManager, for bulk writes that
 * multi-row INSERTs make slow. Found by reflection: the driver is a runtime dependency only, and
 * on H2 callers keep their INSERTs. Runs on the given connection, so inside its transaction.
 */
public final class PostgresKopie {

    private static volatile Method copyApi;
    private static volatile Method copyIn;
    private static volatile Class<?> pgConnection;

    private PostgresKopie() {
    }

    public static boolean kan(Connection verbinding) throws SQLException {
        return "PostgreSQL".equalsIgnoreCase(verbinding.getMetaData().getDatabaseProductName());
    }

    /** Returns the number of rows copied. */
    public static long in(Connection verbinding, String copy, Reader gegevens) throws SQLException {
        try {
            if (copyIn == null) {
                synchronized (PostgresKopie.class) {
                    pgConnection = Class.forName("org.postgresql.PGConnection");
                    copyApi = pgConnection.getMethod("getCopyAPI");
                    copyIn = Class.forName("org.postgresql.copy.CopyManager").getMethod("copyIn", String.class, Reader.class);
                }
            }
            Object manager = copyApi.invoke(verbinding.unwrap(pgConnection));
            return (Long) copyIn.invoke(manager, copy, gegevens);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new IllegalStateException("COPY mislukt: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("De PostgreSQL-driver biedt geen COPY: " + e, e);
        }
    }

    /** A value as a CSV field for {@code COPY ... (FORMAT csv)}: null stays empty and unquoted, text is quoted. */
    public static void veld(StringBuilder regel, String tekst) {
        if (tekst == null) {
            return;
        }
        regel.append('"').append(tekst.replace("\"", "\"\"")).append('"');
    }
}
