-- Korean keyword search over titles and employer names uses trigram indexes.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
