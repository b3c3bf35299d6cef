package dev.fkguard.testing;

/** A usable database server for one engine: hands out fresh schemas and stops the server when closed. */
interface ServerHandle extends AutoCloseable {

    /** A one-line description for the log, e.g. "embedded MySQL 8.0.31 on port 41234". */
    String description();

    TestDatabase createDatabase();

    /** Frees what {@link #createDatabase()} made, best effort; called when the test invocation ends. */
    void release(TestDatabase database);

    @Override
    void close();
}
