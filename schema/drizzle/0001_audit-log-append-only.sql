CREATE FUNCTION "registry".refuse_audit_log_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit log is append-only';
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON "registry".audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION "registry".refuse_audit_log_change();
