CREATE TABLE customers (
    id BIGINT NOT NULL PRIMARY KEY,
    name VARCHAR(255)
);

-- Drift planted on purpose: the mapping says @OnDelete(CASCADE), this key refuses the delete.
CREATE TABLE purchase_orders (
    id BIGINT NOT NULL PRIMARY KEY,
    customer_id BIGINT NOT NULL,
    CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id)
);

CREATE INDEX ix_orders_customer ON purchase_orders (customer_id);
