-- The customer's number in the creditor's books: batch imports send customers by it (created or
-- updated), so it identifies one customer. Customers registered one by one may have none.
alter table customer add column customer_number varchar(64);
create unique index customer_number_idx on customer (customer_number);
