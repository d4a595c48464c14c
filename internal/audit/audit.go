// Package audit defines sealpost's append-only audit events, their per-tenant
// keyed hash chain and the signed checkpoints published outside the database.
//
// Events are written in the same database transaction as the change they record,
// without touching any shared row, so the hot path never serialises on the chain.
// A background chainer (see store.ChainAudit) later assigns each committed event
// the next sequence number of its tenant's chain, in commit order, and computes
//
//	hash = HMAC-SHA256(chainKey(tenant), prev_hash || canonical(event))
//
// where canonical is a length-prefixed encoding of every field, so no two
// different events share an encoding, and chainKey comes from the key source
// (see Keys), never from the database: whoever can only write the database
// cannot recompute a chain after deleting, inserting or reordering events.
// Truncating the newest events is caught by checkpoints (see Checkpoint): the
// chainer periodically signs (tenant, seq, head, time) with an Ed25519 key
// from the same source and appends it to a file outside the database.
//
// Chains written before the keyed format (FormatSHA256, a plain SHA-256 link)
// are re-linked once by store.RelinkAudit. Verify walks a chain and reports
// the first problem. Events never carry PHI: only actor, action and object
// identifiers.
package audit

import (
	"crypto/sha256"
	"encoding/binary"
	"time"
)

// SystemTenant is the chain for events that belong to no tenant (key rotation,
// tenant creation by the operator is recorded in the tenant's own chain).
const SystemTenant = ""

// Actions recorded by the core. Later features add their own.
const (
	ActionTenantCreate    = "tenant.create"
	ActionAPIKeyCreate    = "api_key.create"
	ActionAPIKeyRevoke    = "api_key.revoke"
	ActionRecipientCreate = "recipient.create"
	ActionRecipientUpdate = "recipient.update"
	ActionMessageCreate   = "message.create"
	ActionMessageRevoke   = "message.revoke"
	ActionMessageExpire   = "message.expire" // content shredded by retention or expires_at
	ActionKeysRotate      = "keys.rotate"
	ActionTenantKeysWrap  = "tenant_keys.rotate"
	ActionGuardTerms      = "guard_terms.replace"
	ActionDeliverySent    = "delivery.sent"
	ActionDeliveryBlocked = "delivery.blocked"
	ActionPreferences     = "recipient.preferences"
	ActionConsentGive     = "consent.give"
	ActionConsentWithdraw = "consent.withdraw"
	ActionCategoryPut     = "category.put"
	ActionWebhookCreate   = "webhook.create"
	ActionWebhookDelete   = "webhook.delete"
	ActionTenantSettings  = "tenant.settings"
	ActionUserTokenKeys   = "user_token_keys.put"
	// Patient access.
	ActionAccountEnrol     = "account.enrol"
	ActionFactorEnrol      = "factor.enrol"
	ActionAccountReset     = "account.reset"
	ActionSignIn           = "signin.success"
	ActionSignInFailed     = "signin.failure"
	ActionStepUp           = "stepup.success"
	ActionSignOut          = "signout"
	ActionSignOutAll       = "signout.everywhere"
	ActionSignOutOthers    = "signout.others"
	ActionMessageOpen      = "message.open"
	ActionInboxList        = "inbox.list"
	ActionInboxRead        = "inbox.read"
	ActionInboxUnread      = "inbox.unread"
	ActionInboxArchive     = "inbox.archive"
	ActionAccessDenied     = "access.denied"
	ActionUserTokenRefused = "user_token.refused"
	// ActionWidgetOriginRefused: a user token was sent from a page origin
	// its tenant does not list in widget_origins.
	ActionWidgetOriginRefused = "widget.origin_refused"
	// ActionFormRefused: a hosted-page form posted with a signed-in
	// session lacked its CSRF token or came from another site.
	ActionFormRefused      = "form.refused"
	ActionAttachmentUpload = "attachment.upload"
	ActionAttachmentGet    = "attachment.download"
	ActionPasskeyEnrol     = "passkey.enrol"
	ActionPasskeyRemove    = "passkey.remove"
	// ActionPasskeyRefused: a passkey registration answer that did not
	// verify, or whose ceremony was already finished (a replay).
	ActionPasskeyRefused = "passkey.refused"
	// Self-service recovery (service/recovery.go): a reset link asked for
	// (recorded whether or not the username has an account), a password
	// set through one, an authenticator replaced.
	ActionPasswordResetAsked = "password_reset.requested"
	ActionPasswordReset      = "password_reset.done"
	ActionFactorReplace      = "factor.replace"
	ActionRecoveryCodesNew   = "recovery_codes.replace"
	ActionPasswordChange     = "password.change"
	// ActionEnrolCheckFailed: a wrong date of birth at enrolment.
	ActionEnrolCheckFailed = "enrol.check_failed"
	// ActionActivationIssue: the portal had an activation code made for a
	// recipient (the code itself is never stored or logged).
	ActionActivationIssue = "activation_code.issue"
	// ActionOIDCRefused prefixes a refused sign-in with the portal's
	// OpenID provider: "oidc.refused.<reason>" (state, provider, exchange,
	// token, nonce, claim, no_recipient, stepup_subject, stepup_stale).
	ActionOIDCRefused = "oidc.refused"
	// ActionGuardContext records that a guard check opened a recipient's
	// identity or a message's content to compare against.
	ActionGuardContext = "guard.context_open"
	// Segments and campaigns (internal/campaign): ids only. A campaign's
	// planning ends with ActionCampaignPlan + "." + its status (planned,
	// blocked, failed).
	ActionSegmentCreate        = "segment.create"
	ActionSegmentMembersAdd    = "segment.members_add"
	ActionSegmentMembersRemove = "segment.members_remove"
	ActionCampaignCreate       = "campaign.create"
	ActionCampaignPlan         = "campaign.plan"

	// Patient replies (issue 18): a patient replied; someone (the portal's
	// key, a staff member) read a reply or answered it; retention shredded
	// one; the patient viewed a thread with their own replies in it.
	ActionReplyCreate     = "reply.create"
	ActionReplyOpen       = "reply.open"
	ActionReplyAnswer     = "reply.answer"
	ActionReplyShred      = "reply.shred"
	ActionReplyThreadView = "reply.thread_view"
)

// Event is one audit record. Seq, PrevHash and Hash are zero until the event is
// chained.
type Event struct {
	ID         int64     // database row id (insertion order, not chain order)
	TenantID   string    // SystemTenant for operator-level events
	At         time.Time // truncated to microseconds by the store
	Actor      string    // "api_key:<prefix>", "cli:<user>", "system"
	Action     string    // one of the Action constants
	ObjectType string    // "tenant", "api_key", "recipient", "message", "keyset"
	ObjectID   string    // opaque id, never PHI
	Seq        int64     // position in the tenant's chain, from 1
	PrevHash   []byte    // hash of event Seq-1 (32 zero bytes for Seq 1)
	Hash       []byte    // HMAC-SHA256(chainKey, PrevHash || canonical(event))
}

// Genesis is the previous hash of the first event of every chain.
var Genesis = make([]byte, sha256.Size)

// Chain formats, recorded per chain in audit_heads.format.
const (
	// FormatSHA256 is the legacy, unkeyed link: SHA-256(prev || canonical).
	// Anyone with write access to the database can recompute it.
	FormatSHA256 = 1
	// FormatHMAC is the keyed link: HMAC-SHA256(chainKey, prev || canonical).
	FormatHMAC = 2
)

// ComputeHash returns the legacy (FormatSHA256) chain hash of e placed at seq
// after prev. Only the one-time re-link of old chains uses it.
func ComputeHash(prev []byte, seq int64, e Event) []byte {
	h := sha256.New()
	var buf [256]byte
	h.Write(appendLink(buf[:0], "sealpost-audit-v1", prev, seq, e))
	return h.Sum(nil)
}

// appendLink appends prev and the canonical encoding of e at seq to b:
// every string length-prefixed, every number 8 bytes big-endian.
func appendLink(b []byte, label string, prev []byte, seq int64, e Event) []byte {
	b = append(b, prev...)
	field := func(s string) {
		b = binary.BigEndian.AppendUint64(b, uint64(len(s)))
		b = append(b, s...)
	}
	field(label)
	field(e.TenantID)
	b = binary.BigEndian.AppendUint64(b, uint64(seq))
	b = binary.BigEndian.AppendUint64(b, uint64(e.ID))
	b = binary.BigEndian.AppendUint64(b, uint64(e.At.UnixMicro()))
	field(e.Actor)
	field(e.Action)
	field(e.ObjectType)
	field(e.ObjectID)
	return b
}
