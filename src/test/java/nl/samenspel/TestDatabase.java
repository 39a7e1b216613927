package nl.samenspel;

import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Which database the integration tests run on. On a developer machine without PostgreSQL the
 * PostgreSQL run is skipped with a reason; in CI (CI=true) it is never skipped, so a missing
 * database fails the build instead of passing silently.
 */
public final class TestDatabase implements ExecutionCondition {

    static boolean isPostgres() {
        return "postgres".equals(System.getProperty("samenspel.test.database"));
    }

    static boolean isCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    public static final class Profielen implements ActiveProfilesResolver {
        @Override
        public String[] resolve(Class<?> testClass) {
            return new String[] {isPostgres() ? "postgres" : "test"};
        }
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!isPostgres() || isCi()) {
            return ConditionEvaluationResult.enabled("database: " + (isPostgres() ? "PostgreSQL" : "H2"));
        }
        String url = System.getProperty("spring.datasource.url");
        try (var verbinding = DriverManager.getConnection(url, System.getProperty("spring.datasource.username"),
                System.getProperty("spring.datasource.password"))) {
            return ConditionEvaluationResult.enabled("PostgreSQL bereikbaar op " + url);
        } catch (SQLException e) {
            return ConditionEvaluationResult.disabled("PostgreSQL niet bereikbaar op " + url
                    + " (start het met: sudo bash .ci/postgres); CI draait deze tests altijd.");
        }
    }
}
