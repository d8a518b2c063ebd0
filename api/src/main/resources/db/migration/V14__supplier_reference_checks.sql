-- The codes in a supplier profile (municipality, coverage departments, CIIU activities, value chains and links,
-- certifications) are checked against the reference tables once per statement instead of by foreign keys
-- (ADR 0033). A foreign key checks each row on its own and takes a share lock on the reference row it names; a
-- bulk import names the same few departments, chains and certifications in every batch, so two batches stored
-- at once kept locking the same rows (multixacts) — a large part of what an import cost PostgreSQL.
--
-- The guarantee stays the same: a profile never names a code that is not in the reference tables, because
--   1. every INSERT or UPDATE of those tables checks all its new rows in one anti-join (23503 when one is
--      unknown, as a foreign key would), and
--   2. reference rows are never deleted nor re-keyed (R__Reference_data upserts; retired codes are kept), which
--      a trigger on each reference table now enforces, so a code that was there when checked stays there.
-- Requirements keep their foreign keys: they are few and imported one batch at a time.

CREATE FUNCTION reference_rows_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'reference data is kept: % on % is refused (profiles may name its codes)', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'restrict_violation';
END
$$;

-- TG_ARGV: pairs (column of the checked table, reference table whose "code" it names); NULL codes pass.
CREATE FUNCTION reference_codes_exist() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    missing TEXT;
BEGIN
    FOR i IN 0 .. TG_NARGS / 2 - 1 LOOP
        EXECUTE format('SELECT n.%1$I FROM new_rows n WHERE n.%1$I IS NOT NULL AND NOT EXISTS '
                       '(SELECT 1 FROM %2$I r WHERE r.code = n.%1$I) LIMIT 1', TG_ARGV[2 * i], TG_ARGV[2 * i + 1])
            INTO missing;
        IF missing IS NOT NULL THEN
            RAISE EXCEPTION 'insert or update on table "%": % "%" is not present in table "%"',
                TG_TABLE_NAME, TG_ARGV[2 * i], missing, TG_ARGV[2 * i + 1]
                USING ERRCODE = 'foreign_key_violation';
        END IF;
    END LOOP;
    RETURN NULL;
END
$$;

DO $$
DECLARE
    ref TEXT;
BEGIN
    FOREACH ref IN ARRAY ARRAY['department', 'municipality', 'ciiu_activity', 'value_chain', 'value_chain_link',
                               'certification'] LOOP
        EXECUTE format('CREATE TRIGGER %1$s_rows_kept BEFORE DELETE ON %1$I FOR EACH ROW '
                       'EXECUTE FUNCTION reference_rows_kept()', ref);
        EXECUTE format('CREATE TRIGGER %1$s_codes_kept BEFORE UPDATE OF code ON %1$I FOR EACH ROW '
                       'WHEN (OLD.code IS DISTINCT FROM NEW.code) EXECUTE FUNCTION reference_rows_kept()', ref);
        EXECUTE format('CREATE TRIGGER %1$s_kept BEFORE TRUNCATE ON %1$I FOR EACH STATEMENT '
                       'EXECUTE FUNCTION reference_rows_kept()', ref);
    END LOOP;
END
$$;

ALTER TABLE supplier_profile DROP CONSTRAINT supplier_profile_municipality_code_fkey;
ALTER TABLE supplier_coverage DROP CONSTRAINT supplier_coverage_department_code_fkey;
ALTER TABLE supplier_ciiu DROP CONSTRAINT supplier_ciiu_ciiu_code_fkey;
ALTER TABLE supplier_value_chain DROP CONSTRAINT supplier_value_chain_chain_code_fkey;
ALTER TABLE supplier_value_chain DROP CONSTRAINT supplier_value_chain_link_code_fkey;
ALTER TABLE supplier_certification DROP CONSTRAINT supplier_certification_certification_code_fkey;

DO $$
DECLARE
    checked RECORD;
    event TEXT;
BEGIN
    FOR checked IN SELECT * FROM (VALUES
            ('supplier_profile', ARRAY['municipality_code', 'municipality']),
            ('supplier_coverage', ARRAY['department_code', 'department']),
            ('supplier_ciiu', ARRAY['ciiu_code', 'ciiu_activity']),
            ('supplier_value_chain', ARRAY['chain_code', 'value_chain', 'link_code', 'value_chain_link']),
            ('supplier_certification', ARRAY['certification_code', 'certification'])) AS t(tab, args) LOOP
        -- an UPDATE trigger with a transition table must be its own trigger
        FOREACH event IN ARRAY ARRAY['insert', 'update'] LOOP
            EXECUTE format('CREATE TRIGGER %1$s_codes_on_%2$s AFTER %2$s ON %1$I REFERENCING NEW TABLE AS new_rows '
                           'FOR EACH STATEMENT EXECUTE FUNCTION reference_codes_exist(%3$s)', checked.tab, event,
                           (SELECT string_agg(quote_literal(a), ', ') FROM unnest(checked.args) AS a));
        END LOOP;
    END LOOP;
END
$$;
