==> V7__fkguard.sql
-- hibernate-fk-guard: makes PostgreSQL foreign keys agree with the mapping.
-- Review before running; the guard never runs it itself.
-- Left out: this migration does not run these; each says why.
--   ALTER TABLE order_items ALTER COLUMN product_id TYPE INTEGER;
--     not needed: would narrow order_items.product_id from BIGINT to INTEGER: INTEGER holds a smaller range than BIGINT. The column already holds every value of INTEGER, so every key of the column it references fits; run this only to make the types alike, after checking that every stored value fits.

ALTER TABLE orders DROP CONSTRAINT fk_stale;

ALTER TABLE order_items ALTER COLUMN note DROP NOT NULL;

ALTER TABLE orders ALTER COLUMN customer_id TYPE BIGINT;

-- blocks writes to order_items while it builds: Flyway's default transactional lock makes CREATE INDEX CONCURRENTLY wait forever. For a large table that must stay writable, build it CONCURRENTLY by hand, or in a file of its own with executeInTransaction=false and Flyway's postgresql.transactional.lock=false.
CREATE INDEX ix_order_items_order ON order_items (order_id);

ALTER TABLE order_items DROP CONSTRAINT fk_items_order, ADD CONSTRAINT fk_items_order FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE NOT VALID;

-- rows that would make it fail: SELECT c.customer_id FROM orders c LEFT JOIN customers p ON p.id = c.customer_id WHERE c.customer_id IS NOT NULL AND p.id IS NULL;
ALTER TABLE orders ADD CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;

ALTER TABLE order_items VALIDATE CONSTRAINT fk_items_order;

ALTER TABLE orders VALIDATE CONSTRAINT fk_orders_customer;

-- checks every existing row; fails on orphans.
ALTER TABLE order_items VALIDATE CONSTRAINT fk_items_product;
