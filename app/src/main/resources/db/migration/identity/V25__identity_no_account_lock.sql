-- Failed sign-ins no longer lock an account (whoever knew a username could lock its owner out):
-- they slow further attempts per username and client address, counted in memory.
ALTER TABLE app_user DROP COLUMN failed_attempts, DROP COLUMN locked_until;
