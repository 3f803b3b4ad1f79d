-- The access log is append-only: nobody working through the application can edit or remove what
-- it recorded (Personal Information Protection Act access records).
CREATE FUNCTION "ministry".refuse_access_log_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the access log is append-only';
END $$;
--> statement-breakpoint
CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON "ministry".access_log
  FOR EACH STATEMENT EXECUTE FUNCTION "ministry".refuse_access_log_change();
