CREATE FUNCTION "gwanak".refuse_access_log_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the access log is append-only';
END $$;
--> statement-breakpoint
CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON "gwanak".access_log
  FOR EACH STATEMENT EXECUTE FUNCTION "gwanak".refuse_access_log_change();
