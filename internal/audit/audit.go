// Package audit defines sealpost's append-only audit events and their per-tenant
// SHA-256 hash chain.
//
// Events are written in the same database transaction as the change they record,
// without touching any shared row, so the hot path never serialises on the chain.
// A background chainer (see store.ChainAudit) later assigns each committed event
// the next sequence number of its tenant's chain, in commit order, and computes
//
//	hash = SHA-256(prev_hash || canonical(event))
//
// where canonical is a length-prefixed encoding of every field, so no two
// different events share an encoding. Verify walks a chain and reports the first
// break. Events never carry PHI: only actor, action and object identifiers.
package audit

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
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
	// Patient access.
	ActionAccountEnrol     = "account.enrol"
	ActionFactorEnrol      = "factor.enrol"
	ActionAccountReset     = "account.reset"
	ActionSignIn           = "signin.success"
	ActionSignInFailed     = "signin.failure"
	ActionStepUp           = "stepup.success"
	ActionSignOut          = "signout"
	ActionSignOutAll       = "signout.everywhere"
	ActionMessageOpen      = "message.open"
	ActionInboxList        = "inbox.list"
	ActionInboxRead        = "inbox.read"
	ActionInboxUnread      = "inbox.unread"
	ActionInboxArchive     = "inbox.archive"
	ActionAccessDenied     = "access.denied"
	ActionAttachmentUpload = "attachment.upload"
	ActionAttachmentGet    = "attachment.download"
	ActionPasskeyEnrol     = "passkey.enrol"
	// ActionGuardContext records that a guard check opened a recipient's
	// identity or a message's content to compare against.
	ActionGuardContext = "guard.context_open"
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
	Hash       []byte    // SHA-256(PrevHash || canonical(event))
}

// Genesis is the previous hash of the first event of every chain.
var Genesis = make([]byte, sha256.Size)

// ComputeHash returns the chain hash of e placed at seq after prev.
func ComputeHash(prev []byte, seq int64, e Event) []byte {
	h := sha256.New()
	h.Write(prev)
	var buf [8]byte
	field := func(s string) {
		binary.BigEndian.PutUint64(buf[:], uint64(len(s)))
		h.Write(buf[:])
		h.Write([]byte(s))
	}
	num := func(n int64) {
		binary.BigEndian.PutUint64(buf[:], uint64(n))
		h.Write(buf[:])
	}
	field("sealpost-audit-v1")
	field(e.TenantID)
	num(seq)
	num(e.ID)
	num(e.At.UnixMicro())
	field(e.Actor)
	field(e.Action)
	field(e.ObjectType)
	field(e.ObjectID)
	return h.Sum(nil)
}

// Break describes the first place a chain fails verification.
type Break struct {
	TenantID string
	Seq      int64 // the sequence number expected at the break
	EventID  int64 // the row found there (0 if missing)
	Reason   string
}

func (b *Break) Error() string {
	return fmt.Sprintf("audit chain of tenant %q breaks at seq %d (event %d): %s", b.TenantID, b.Seq, b.EventID, b.Reason)
}

// Verifier checks one tenant's chain incrementally: feed it events in seq order.
type Verifier struct {
	tenant string
	next   int64
	prev   []byte
}

// NewVerifier starts verifying the chain of tenant from its first event.
func NewVerifier(tenant string) *Verifier {
	return &Verifier{tenant: tenant, next: 1, prev: Genesis}
}

// Next checks e, the next event of the chain. It returns a *Break on the first
// inconsistency: a gap or reordering, a wrong link, or a hash that does not match
// the event's contents.
func (v *Verifier) Next(e Event) *Break {
	switch {
	case e.TenantID != v.tenant:
		return &Break{v.tenant, v.next, e.ID, "event belongs to another tenant"}
	case e.Seq != v.next:
		return &Break{v.tenant, v.next, e.ID, fmt.Sprintf("sequence gap: found seq %d", e.Seq)}
	case !bytes.Equal(e.PrevHash, v.prev):
		return &Break{v.tenant, v.next, e.ID, "previous-hash link does not match the preceding event"}
	}
	want := ComputeHash(v.prev, e.Seq, e)
	if !bytes.Equal(want, e.Hash) {
		return &Break{v.tenant, v.next, e.ID, "hash does not match the event's contents (modified)"}
	}
	v.prev = e.Hash
	v.next++
	return nil
}

// Count is how many events have been verified so far.
func (v *Verifier) Count() int64 { return v.next - 1 }

// Head is the hash of the last verified event.
func (v *Verifier) Head() []byte { return v.prev }
