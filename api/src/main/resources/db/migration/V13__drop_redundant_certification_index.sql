-- supplier_certification_once (organization_id, certification_code) serves every lookup by organization that
-- supplier_certification_org_idx (organization_id) did; keeping both cost an import one more index entry per
-- certification row.
DROP INDEX IF EXISTS supplier_certification_org_idx;
