-- The application's connections use the role hifazat_app: the embedded server makes it; with an
-- external database its administrator does (docs/operations.md). It may read and write the rows of
-- every table, this one's and those later migrations make, but owns none, so it can neither change a
-- table nor switch off a trigger; modules' migrations take back what it must not do to their tables.
-- Without the role the application connects as the tables' owner and nothing is granted.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'hifazat_app') THEN
        RAISE NOTICE 'There is no role hifazat_app: the application connects as the owner of the tables';
        RETURN;
    END IF;
    IF NOT has_schema_privilege('hifazat_app', current_schema(), 'USAGE') THEN
        EXECUTE format('GRANT USAGE ON SCHEMA %I TO hifazat_app', current_schema());
    END IF;
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO hifazat_app', current_schema());
    EXECUTE format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA %I TO hifazat_app', current_schema());
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO hifazat_app',
                   current_schema());
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO hifazat_app',
                   current_schema());
    IF to_regclass('flyway_schema_history') IS NOT NULL THEN
        REVOKE INSERT, UPDATE, DELETE ON flyway_schema_history FROM hifazat_app;
    END IF;
END $$;
