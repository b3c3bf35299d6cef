-- hibernate-fk-guard: makes PostgreSQL foreign keys agree with the mapping.
-- Review before running; the guard never runs it itself.
-- Left out: this migration does not run these; each says why.
--   ALTER TABLE invoices ADD CONSTRAINT fk_invoices_billing_customer FOREIGN KEY (billing_customer_id) REFERENCES customers (id);
--     not possible as it stands: needs column invoices.billing_customer_id, which the database does not have: add the column first (the schema migration that creates it).
--   ALTER TABLE stock ADD CONSTRAINT fk_stock_warehouse FOREIGN KEY (warehouse_code, warehouse_region) REFERENCES warehouses (code, region);
--     not possible as it stands: needs a primary or unique key on warehouses (code, region) first: PostgreSQL, H2 and MySQL 8.4 refuse a foreign key to columns that are not unique (references-non-unique-key). Declare the unique key if the values are unique, or reference the primary key.
--   ALTER TABLE user_roles ALTER COLUMN role_id DROP NOT NULL;
--     not possible as it stands: role_id is part of the primary key of user_roles, which never allows NULL.
-- Statements marked 'outside a transaction' must run with auto-commit on.

ALTER TABLE orders DROP CONSTRAINT fk_orders_legacy;

-- builds without blocking writes; must run outside a transaction.
CREATE INDEX CONCURRENTLY idx_orders_customer_id ON orders (customer_id);

-- rows that would make it fail: SELECT c.customer_id FROM orders c LEFT JOIN customers p ON p.id = c.customer_id WHERE c.customer_id IS NOT NULL AND p.id IS NULL;
ALTER TABLE orders ADD CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;

ALTER TABLE user_roles DROP CONSTRAINT fk_user_roles_user, ADD CONSTRAINT fk_user_roles_user FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;

ALTER TABLE orders VALIDATE CONSTRAINT fk_orders_customer;

ALTER TABLE user_roles VALIDATE CONSTRAINT fk_user_roles_user;
