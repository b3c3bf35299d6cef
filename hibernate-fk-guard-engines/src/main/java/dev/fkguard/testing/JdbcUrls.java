package dev.fkguard.testing;

/** Derives a URL whose default schema is a given one from a server-level (admin) URL. */
final class JdbcUrls {

    private JdbcUrls() {
    }

    static String withSchema(Engine engine, String adminUrl, String schema) {
        int queryStart = adminUrl.indexOf('?');
        String base = queryStart < 0 ? adminUrl : adminUrl.substring(0, queryStart);
        String query = queryStart < 0 ? "" : adminUrl.substring(queryStart + 1);
        if (engine == Engine.POSTGRESQL) {
            // PostgreSQL keeps the database and selects the schema through the search path.
            return base + "?" + (query.isEmpty() ? "" : query + "&") + "currentSchema=" + schema;
        }
        int hostStart = base.indexOf("//");
        int pathStart = base.indexOf('/', hostStart < 0 ? 0 : hostStart + 2);
        String hostPart = pathStart < 0 ? base : base.substring(0, pathStart);
        return hostPart + "/" + schema + (query.isEmpty() ? "" : "?" + query);
    }
}
