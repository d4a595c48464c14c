package audit

import (
	"bytes"
	"crypto/ed25519"
	"fmt"
	"sort"
)

// Problem kinds a verification reports (Break.Kind, "kind" in JSON).
const (
	// KindGap: a sequence number is missing (an event deleted, chain not
	// recomputed).
	KindGap = "gap"
	// KindLink: an event's previous-hash does not match the event before it.
	KindLink = "link"
	// KindHash: an event's keyed hash does not match its contents and
	// position: it was modified, inserted or moved, or the chain from here on
	// was recomputed without the chain key (after a deletion, say).
	KindHash = "hash"
	// KindTenant: an event of another tenant sits in the chain.
	KindTenant = "tenant"
	// KindTruncated: the chain ends before a signed checkpoint's seq, or
	// before its recorded head (the newest events removed).
	KindTruncated = "truncated"
	// KindCheckpoint: the event at a checkpointed seq has another hash than
	// the checkpoint signed.
	KindCheckpoint = "checkpoint_mismatch"
	// KindSignature: a checkpoint's signature does not verify with the
	// audit public key.
	KindSignature = "checkpoint_signature"
	// KindLegacy: the chain still has unkeyed SHA-256 links (not re-linked:
	// its legacy chain did not verify, or re-linking has not run yet).
	KindLegacy = "legacy_format"
	// KindHead: the recorded head is behind the chain.
	KindHead = "head_mismatch"
)

// Break describes the first place a chain fails verification.
type Break struct {
	TenantID string `json:"-"`
	Seq      int64  `json:"seq"`                // the sequence number expected at the break
	EventID  int64  `json:"event_id,omitempty"` // the row found there (0 if missing)
	Kind     string `json:"kind"`
	Reason   string `json:"detail"`
}

func (b *Break) Error() string {
	return fmt.Sprintf("audit chain of tenant %q breaks at seq %d (event %d): %s: %s", b.TenantID, b.Seq, b.EventID, b.Kind, b.Reason)
}

// Verifier checks one tenant's keyed chain incrementally: feed it events in
// seq order, then call Finish.
type Verifier struct {
	tenant  string
	link    *Linker
	next    int64
	prev    []byte
	cps     map[int64][]Checkpoint
	maxCP   int64
	checked int
}

// NewVerifier starts verifying tenant's chain from its first event with
// link (nil verifies links only, not hashes: for tests of the walk) and the
// tenant's checkpoints whose signatures have been verified.
func NewVerifier(tenant string, link *Linker, cps []Checkpoint) *Verifier {
	v := &Verifier{tenant: tenant, link: link, next: 1, prev: Genesis, cps: map[int64][]Checkpoint{}}
	for _, c := range cps {
		v.cps[c.Seq] = append(v.cps[c.Seq], c)
		v.maxCP = max(v.maxCP, c.Seq)
	}
	return v
}

// Next checks e, the next event of the chain. It returns a *Break on the first
// inconsistency: a gap, a wrong link, a hash that does not match the event's
// contents, or a hash other than a checkpoint signed for its seq.
func (v *Verifier) Next(e Event) *Break {
	switch {
	case e.TenantID != v.tenant:
		return &Break{v.tenant, v.next, e.ID, KindTenant, "event belongs to another tenant"}
	case e.Seq != v.next:
		return &Break{v.tenant, v.next, e.ID, KindGap, fmt.Sprintf("sequence gap: found seq %d", e.Seq)}
	case !bytes.Equal(e.PrevHash, v.prev):
		return &Break{v.tenant, v.next, e.ID, KindLink, "previous-hash link does not match the preceding event"}
	}
	if v.link == nil || !bytes.Equal(v.link.Link(v.prev, e.Seq, e), e.Hash) {
		return &Break{v.tenant, v.next, e.ID, KindHash, "keyed hash does not match the event (modified, inserted, moved, or the chain was recomputed without the key)"}
	}
	for _, c := range v.cps[e.Seq] {
		if !bytes.Equal(c.Head, e.Hash) {
			return &Break{v.tenant, v.next, e.ID, KindCheckpoint, fmt.Sprintf("the checkpoint of %s signed another head for this seq", c.At.Format("2006-01-02T15:04:05Z"))}
		}
		v.checked++
	}
	v.prev = e.Hash
	v.next++
	return nil
}

// Finish checks the end of the chain: it must reach every checkpoint and the
// recorded head seq.
func (v *Verifier) Finish(headSeq int64) *Break {
	n := v.Count()
	if n < v.maxCP {
		return &Break{v.tenant, n + 1, 0, KindTruncated, fmt.Sprintf("chain ends at seq %d but a signed checkpoint records seq %d (newest events removed)", n, v.maxCP)}
	}
	if n < headSeq {
		return &Break{v.tenant, n + 1, 0, KindTruncated, fmt.Sprintf("chain ends at seq %d but its head records seq %d (events removed)", n, headSeq)}
	}
	if n > headSeq {
		return &Break{v.tenant, headSeq + 1, 0, KindHead, fmt.Sprintf("chain reaches seq %d but its head records seq %d", n, headSeq)}
	}
	return nil
}

// Count is how many events have been verified so far.
func (v *Verifier) Count() int64 { return v.next - 1 }

// Head is the hash of the last verified event.
func (v *Verifier) Head() []byte { return v.prev }

// CheckpointsChecked is how many checkpoints matched so far.
func (v *Verifier) CheckpointsChecked() int { return v.checked }

// LastCheckpoint is the highest checkpointed seq given to the verifier.
func (v *Verifier) LastCheckpoint() int64 { return v.maxCP }

// Report is the result of verifying every chain ("audit verify --json").
type Report struct {
	OK                   bool           `json:"ok"`
	Events               int64          `json:"events"`  // events verified intact, all chains
	Pending              int64          `json:"pending"` // committed meanwhile, not yet chained
	PublicKey            string         `json:"public_key"`
	CheckpointFile       string         `json:"checkpoint_file"`
	Checkpoints          int            `json:"checkpoints"`           // read from the file
	MalformedCheckpoints int            `json:"malformed_checkpoints"` // lines that are not checkpoints
	Tenants              []TenantReport `json:"tenants"`
}

// TenantReport is one chain's verification result.
type TenantReport struct {
	Tenant             string `json:"tenant"` // "" is the system chain
	Format             int    `json:"format"`
	Events             int64  `json:"events"` // verified intact from seq 1
	HeadSeq            int64  `json:"head_seq"`
	CheckpointsChecked int    `json:"checkpoints_checked"`
	LastCheckpointSeq  int64  `json:"last_checkpoint_seq"`
	OK                 bool   `json:"ok"`
	Problem            *Break `json:"problem,omitempty"` // the first problem, lowest seq
}

// FirstBreak is the first problem of the report, tenants in order.
func (r *Report) FirstBreak() *Break {
	for _, t := range r.Tenants {
		if t.Problem != nil {
			return t.Problem
		}
	}
	return nil
}

// SplitCheckpoints groups cps by tenant, keeping those with a valid signature
// by pub, and returns for each tenant the first bad signature (lowest seq).
func SplitCheckpoints(cps []Checkpoint, pub ed25519.PublicKey) (good map[string][]Checkpoint, bad map[string]*Break) {
	good, bad = map[string][]Checkpoint{}, map[string]*Break{}
	sort.SliceStable(cps, func(i, j int) bool { return cps[i].Seq < cps[j].Seq })
	for _, c := range cps {
		if c.Valid(pub) {
			good[c.Tenant] = append(good[c.Tenant], c)
		} else if bad[c.Tenant] == nil {
			bad[c.Tenant] = &Break{TenantID: c.Tenant, Seq: c.Seq, Kind: KindSignature, Reason: "a checkpoint's signature does not verify with the audit public key"}
		}
	}
	return good, bad
}
