-- PHI inside email (issue 17, item 2): how each email delivery's text was protected.
-- protection: '' (not an email, or from before this migration), 'requiretls' (the message's
-- content went with RFC 8689 REQUIRETLS), or 'notice_only' (the ordinary PHI-free notice; the
-- attempt's reason says why).
ALTER TABLE deliveries ADD COLUMN protection TEXT NOT NULL DEFAULT '';
