-- The schema the mapping expects: ON DELETE CASCADE on orders.customer_id.
CREATE TABLE customers (id BIGINT NOT NULL PRIMARY KEY, email VARCHAR(255));
CREATE TABLE orders (id BIGINT NOT NULL PRIMARY KEY, customer_id BIGINT NOT NULL,
    CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE);
