package dev.fkguard.tenants;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A connection that counts the round trips made through it: every statement executed, and every metadata call that
 * returns rows (a fallback reader would query the server for those).
 */
final class CountingConnection {

    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate",
            "executeBatch", "executeLargeBatch");

    private final AtomicInteger roundTrips = new AtomicInteger();
    private final Connection connection;

    CountingConnection(Connection target) {
        this.connection = proxy(Connection.class, target, (method, result) -> {
            if (result instanceof Statement statement) {
                return proxy(statementType(statement), statement, (m, r) -> {
                    if (EXECUTIONS.contains(m.getName())) {
                        roundTrips.incrementAndGet();
                    }
                    return r;
                });
            }
            if (result instanceof DatabaseMetaData meta) {
                return proxy(DatabaseMetaData.class, meta, (m, r) -> {
                    if (r instanceof java.sql.ResultSet) {
                        roundTrips.incrementAndGet();
                    }
                    return r;
                });
            }
            return result;
        });
    }

    Connection connection() {
        return connection;
    }

    int roundTrips() {
        return roundTrips.get();
    }

    private interface After {
        Object apply(Method method, Object result) throws Exception;
    }

    private static Class<? extends Statement> statementType(Statement statement) {
        if (statement instanceof java.sql.CallableStatement) {
            return java.sql.CallableStatement.class;
        }
        return statement instanceof java.sql.PreparedStatement ? java.sql.PreparedStatement.class : Statement.class;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<? extends T> type, T target, After after) {
        InvocationHandler handler = (p, method, args) -> {
            if (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) {
                return method.invoke(target, args);
            }
            try {
                return after.apply(method, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (T) Proxy.newProxyInstance(CountingConnection.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
