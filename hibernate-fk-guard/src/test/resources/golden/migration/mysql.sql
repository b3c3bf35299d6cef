-- hibernate-fk-guard: makes MySQL foreign keys agree with the mapping.
-- Review before running; the guard never runs it itself.
-- Left out: this migration does not run these; each says why.
--   ALTER TABLE order_items MODIFY COLUMN product_id INT NULL;
--     not needed: would narrow order_items.product_id from BIGINT to INT: INT holds a smaller range than BIGINT. The column already holds every value of INT, so every key of the column it references fits; run this only to make the types alike, after checking that every stored value fits.

ALTER TABLE orders DROP FOREIGN KEY fk_stale;

-- rebuilds the table (copies every row) under a lock; plan it for a quiet moment.
ALTER TABLE products ENGINE=InnoDB;

ALTER TABLE order_items MODIFY COLUMN note BIGINT NULL;

-- may lose data: values above the signed range of BIGINT do not fit; check the values first.
ALTER TABLE orders MODIFY COLUMN customer_id BIGINT NOT NULL;

CREATE INDEX ix_order_items_order ON order_items (order_id);

-- MySQL and MariaDB refuse to drop and add a constraint of the same name in one statement: the key is missing between these two statements.
ALTER TABLE order_items DROP FOREIGN KEY fk_items_order;

-- InnoDB supports ON DELETE/UPDATE CASCADE, SET NULL, RESTRICT and NO ACTION (checked at once, like RESTRICT); it refuses SET DEFAULT. The table must use ENGINE=InnoDB.
ALTER TABLE order_items ADD CONSTRAINT fk_items_order FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE;

-- rows that would make it fail: SELECT c.customer_id FROM orders c LEFT JOIN customers p ON p.id = c.customer_id WHERE c.customer_id IS NOT NULL AND p.id IS NULL;
-- InnoDB supports ON DELETE/UPDATE CASCADE, SET NULL, RESTRICT and NO ACTION (checked at once, like RESTRICT); it refuses SET DEFAULT. The table must use ENGINE=InnoDB.
ALTER TABLE orders ADD CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id);
