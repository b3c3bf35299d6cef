CREATE TABLE customer (
    id BIGINT NOT NULL PRIMARY KEY,
    display_name VARCHAR(255)
);

CREATE TABLE purchase_order (
    id BIGINT NOT NULL PRIMARY KEY,
    order_number VARCHAR(255),
    customer_id BIGINT NOT NULL,
    -- Drift planted on purpose: the mapping says @OnDelete(CASCADE), this key refuses the delete.
    CONSTRAINT fk_purchase_order_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
);

CREATE INDEX ix_purchase_order_customer ON purchase_order (customer_id);
