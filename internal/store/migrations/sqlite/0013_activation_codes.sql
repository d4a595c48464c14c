-- Activation codes (issue 16, identity check at enrolment): a code the portal prints on paper
-- (a statement, a discharge sheet) that enrolment asks for when the tenant's enrol_check is
-- "activation_code". Only a keyed MAC of the code is stored; one code per recipient (a new one
-- replaces it), single use, with an expiry.
CREATE TABLE activation_codes (
    tenant_id    TEXT NOT NULL,
    recipient_id TEXT NOT NULL,
    code_mac     BLOB NOT NULL,
    expires_at   BIGINT NOT NULL,
    created_at   BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, recipient_id)
);
