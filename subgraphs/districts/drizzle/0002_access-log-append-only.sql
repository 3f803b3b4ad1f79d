CREATE FUNCTION "districts".refuse_access_log_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the access log is append-only';
END $$;
--> statement-breakpoint
CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON "districts".access_log
  FOR EACH STATEMENT EXECUTE FUNCTION "districts".refuse_access_log_change();
