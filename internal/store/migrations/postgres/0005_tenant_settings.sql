-- Tenant settings (JSON): display name, public base URL of end-user links, mobile deep-link
-- template. Not PHI.
ALTER TABLE tenants ADD COLUMN settings TEXT NOT NULL DEFAULT '{}';
