-- The migration forgot ON DELETE CASCADE on orders.customer_id.
-- PostgreSQL indexes no foreign key by itself: the index keeps missing-foreign-key-index quiet.
CREATE TABLE customers (id BIGINT NOT NULL PRIMARY KEY, email VARCHAR(255));
CREATE TABLE orders (id BIGINT NOT NULL PRIMARY KEY, customer_id BIGINT NOT NULL,
    CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id));
CREATE INDEX idx_orders_customer_id ON orders (customer_id);
