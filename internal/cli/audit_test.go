package cli_test

import (
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/audit"
	"github.com/sealpost/sealpost/internal/testdb"
)

// auditLog is a tenant with a checkpointed audit chain, and the means to
// tamper with it as someone with write access to the database would.
type auditLog struct {
	t      *testing.T
	r      run
	raw    *testdb.Raw
	tenant string
	dir    string // the data directory (checkpoint file)
}

// Actions of the events newAuditLog writes after the tenant's creation
// (tenant.create, api_key.create): seq 3 … 12. The forgery deletes the
// message.open at seq 6 and the attachment.download at seq 9.
var auditActions = []string{
	audit.ActionRecipientCreate, audit.ActionMessageCreate, audit.ActionDeliverySent,
	audit.ActionMessageOpen, audit.ActionInboxRead, audit.ActionAttachmentUpload,
	audit.ActionAttachmentGet, audit.ActionMessageCreate, audit.ActionMessageOpen, audit.ActionSignOut,
}

func newAuditLog(t *testing.T, kind string) *auditLog {
	r, db := newRun(t, kind)
	code, out, errs := r.do("", "tenant", "create", "acme", "--json")
	if code != 0 {
		t.Fatal(errs)
	}
	var created map[string]string
	if err := json.Unmarshal([]byte(out), &created); err != nil {
		t.Fatal(err)
	}
	l := &auditLog{t: t, r: r, raw: testdb.OpenRaw(t, db), tenant: created["tenant_id"], dir: r.args[1]}
	for i, a := range auditActions {
		l.raw.Exec(`INSERT INTO audit_events (tenant_id, at, actor, action, object_type, object_id) VALUES ($1, $2, 'user:rcp_1', $3, 'message', $4)`,
			l.tenant, time.Now().UnixMicro(), a, "msg_"+string(rune('a'+i)))
	}
	if code, out, errs := r.do("", "audit", "checkpoint"); code != 0 || !strings.Contains(out, "checkpoints written") {
		t.Fatalf("audit checkpoint: %d %s %s", code, out, errs)
	}
	if n := l.raw.Int(`SELECT seq FROM audit_heads WHERE tenant_id = $1`, l.tenant); n != 12 {
		t.Fatalf("head seq %d, want 12", n)
	}
	return l
}

// verify runs "audit verify --json" and returns the exit code and the
// acme tenant's report.
func (l *auditLog) verify(extra ...string) (int, audit.Report, audit.TenantReport) {
	l.t.Helper()
	code, out, errs := l.r.do("", append([]string{"audit", "verify", "--json"}, extra...)...)
	var rep audit.Report
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		l.t.Fatalf("audit verify --json printed %q (%s): %v", out, errs, err)
	}
	for _, tr := range rep.Tenants {
		if tr.Tenant == l.tenant {
			return code, rep, tr
		}
	}
	l.t.Fatalf("no report for the tenant: %s", out)
	return 0, rep, audit.TenantReport{}
}

type chainRow struct {
	id   int64
	ev   audit.Event
	prev []byte
}

// rows reads the tenant's chained events in seq order (gaps skipped).
func (l *auditLog) rows() []chainRow {
	var out []chainRow
	last := l.raw.Int(`SELECT COALESCE(MAX(seq), 0) FROM audit_events WHERE tenant_id = $1`, l.tenant)
	for seq := int64(1); seq <= last; seq++ {
		var c chainRow
		var at int64
		err := l.raw.QueryRow(`SELECT id, at, actor, action, object_type, object_id, prev_hash, hash FROM audit_events WHERE tenant_id = $1 AND seq = $2`, l.tenant, seq).
			Scan(&c.id, &at, &c.ev.Actor, &c.ev.Action, &c.ev.ObjectType, &c.ev.ObjectID, &c.prev, &c.ev.Hash)
		if err != nil {
			continue
		}
		c.ev.ID, c.ev.TenantID, c.ev.At, c.ev.Seq = c.id, l.tenant, time.UnixMicro(at), seq
		out = append(out, c)
	}
	return out
}

// relink renumbers the tenant's chain from seq from on (keeping its order)
// and recomputes its links with link, then records the new head: what an
// intruder does to hide a change.
func (l *auditLog) relink(from int64, link func(prev []byte, seq int64, e audit.Event) []byte) {
	rows := l.rows()
	l.raw.Exec(`UPDATE audit_events SET seq = -seq WHERE tenant_id = $1 AND seq >= $2`, l.tenant, from)
	prev, seq := audit.Genesis, from
	for _, r := range rows {
		if r.ev.Seq < from {
			prev = r.ev.Hash
			continue
		}
		e := r.ev
		e.Seq = seq
		h := link(prev, seq, e)
		l.raw.Exec(`UPDATE audit_events SET seq = $1, prev_hash = $2, hash = $3 WHERE id = $4`, seq, prev, h, r.id)
		prev = h
		seq++
	}
	l.raw.Exec(`UPDATE audit_heads SET seq = $1, hash = $2 WHERE tenant_id = $3`, seq-1, prev, l.tenant)
}

func (l *auditLog) deleteSeq(seqs ...int64) {
	for _, s := range seqs {
		if l.raw.Exec(`DELETE FROM audit_events WHERE tenant_id = $1 AND seq = $2`, l.tenant, s) != 1 {
			l.t.Fatalf("no event at seq %d", s)
		}
	}
}

func wrongKey(t *testing.T) *audit.Keys {
	var b [32]byte
	rand.Read(b[:])
	k, err := audit.NewKeys(b[:])
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func wantProblem(t *testing.T, code int, tr audit.TenantReport, kind string, seq int64) {
	t.Helper()
	if code != 1 || tr.OK || tr.Problem == nil || tr.Problem.Kind != kind || tr.Problem.Seq != seq {
		t.Fatalf("exit %d, report %+v problem %+v; want kind %s at seq %d", code, tr, tr.Problem, kind, seq)
	}
}

// TestAuditForgeryDetected is the forgery the security review did against
// the unkeyed chain: delete a message.open and an attachment.download event,
// recompute the chain from there (with plain SHA-256, or with a guessed key),
// fix up the head. Verify fails, naming the first gap.
func TestAuditForgeryDetected(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		for name, link := range map[string]func(tenant string) func([]byte, int64, audit.Event) []byte{
			"sha256":    func(string) func([]byte, int64, audit.Event) []byte { return audit.ComputeHash },
			"wrong key": func(tenant string) func([]byte, int64, audit.Event) []byte { return wrongKey(t).Linker(tenant).Link },
		} {
			t.Run(name, func(t *testing.T) {
				l := newAuditLog(t, kind)
				if code, rep, tr := l.verify(); code != 0 || !rep.OK || !tr.OK || tr.Events != 12 || tr.CheckpointsChecked != 1 || tr.LastCheckpointSeq != 12 {
					t.Fatalf("intact log: exit %d %+v", code, tr)
				}
				rows := l.rows()
				if rows[5].ev.Action != audit.ActionMessageOpen || rows[8].ev.Action != audit.ActionAttachmentGet {
					t.Fatalf("fixture: %s %s", rows[5].ev.Action, rows[8].ev.Action)
				}
				l.deleteSeq(6, 9)
				l.relink(6, link(l.tenant))
				code, _, tr := l.verify()
				wantProblem(t, code, tr, audit.KindHash, 6)
				if tr.Events != 5 {
					t.Fatalf("intact events %d, want 5", tr.Events)
				}
				// Even without the checkpoint file the keyed links catch it.
				code, _, tr = l.verify("--audit-checkpoints", filepath.Join(t.TempDir(), "none.jsonl"))
				wantProblem(t, code, tr, audit.KindHash, 6)
				// The human form names it too.
				if code, _, errs := l.r.do("", "audit", "verify"); code != 1 || !strings.Contains(errs, "BROKEN") || !strings.Contains(errs, "seq 6") {
					t.Fatalf("text verify: %d %s", code, errs)
				}
			})
		}
	})
}

// TestAuditInsertionReorderingDetected: an event added in the middle, or two
// events swapped, break the keyed chain where it happened.
func TestAuditInsertionReorderingDetected(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		t.Run("insertion", func(t *testing.T) {
			l := newAuditLog(t, kind)
			l.raw.Exec(`UPDATE audit_events SET seq = -seq - 1 WHERE tenant_id = $1 AND seq >= 6`, l.tenant)
			l.raw.Exec(`UPDATE audit_events SET seq = -seq WHERE tenant_id = $1 AND seq < 0`, l.tenant)
			rows := l.rows() // seq 1..5
			e := audit.Event{TenantID: l.tenant, At: time.Now(), Actor: "user:rcp_1", Action: audit.ActionSignIn, ObjectType: "recipient", ObjectID: "rcp_1"}
			l.raw.Exec(`INSERT INTO audit_events (tenant_id, at, actor, action, object_type, object_id, seq, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, 6, $7, $8)`,
				l.tenant, e.At.UnixMicro(), e.Actor, e.Action, e.ObjectType, e.ObjectID, rows[4].ev.Hash, audit.ComputeHash(rows[4].ev.Hash, 6, e))
			l.raw.Exec(`UPDATE audit_heads SET seq = 13 WHERE tenant_id = $1`, l.tenant)
			code, _, tr := l.verify()
			wantProblem(t, code, tr, audit.KindHash, 6)
		})
		t.Run("reordering", func(t *testing.T) {
			l := newAuditLog(t, kind)
			l.raw.Exec(`UPDATE audit_events SET seq = -1 WHERE tenant_id = $1 AND seq = 4`, l.tenant)
			l.raw.Exec(`UPDATE audit_events SET seq = 4 WHERE tenant_id = $1 AND seq = 7`, l.tenant)
			l.raw.Exec(`UPDATE audit_events SET seq = 7 WHERE tenant_id = $1 AND seq = -1`, l.tenant)
			code, _, tr := l.verify()
			if code != 1 || tr.Problem == nil || tr.Problem.Seq != 4 {
				t.Fatalf("swapped: exit %d %+v", code, tr.Problem)
			}
			// Swapped and re-linked without the key: still caught at 4.
			l.relink(4, audit.ComputeHash)
			code, _, tr = l.verify()
			wantProblem(t, code, tr, audit.KindHash, 4)
		})
	})
}

// TestAuditTruncationNeedsCheckpoint: dropping the newest events and moving
// the head back leaves a valid keyed chain; only the signed checkpoint,
// outside the database, shows that it used to be longer.
func TestAuditTruncationNeedsCheckpoint(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		l := newAuditLog(t, kind)
		rows := l.rows()
		l.deleteSeq(11, 12)
		l.raw.Exec(`UPDATE audit_heads SET seq = 10, hash = $1 WHERE tenant_id = $2`, rows[9].ev.Hash, l.tenant)
		code, _, tr := l.verify()
		wantProblem(t, code, tr, audit.KindTruncated, 11)
		// Without the checkpoint file, nothing in the database gives it away.
		code, _, tr = l.verify("--audit-checkpoints", filepath.Join(t.TempDir(), "none.jsonl"))
		if code != 0 || !tr.OK || tr.Events != 10 {
			t.Fatalf("without checkpoints: exit %d %+v", code, tr)
		}
		// Deleting the whole chain, head included, is a truncation to 0.
		l.raw.Exec(`DELETE FROM audit_events WHERE tenant_id = $1`, l.tenant)
		l.raw.Exec(`DELETE FROM audit_heads WHERE tenant_id = $1`, l.tenant)
		code, _, tr = l.verify()
		wantProblem(t, code, tr, audit.KindTruncated, 1)
	})
}

// TestAuditCheckpointSignature: a checkpoint altered in the file (or signed
// by another key) is reported; an auditor can check signatures with the
// printed public key alone.
func TestAuditCheckpointSignature(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		l := newAuditLog(t, kind)
		code, out, _ := l.r.do("", "audit", "pubkey", "--json")
		var pk map[string]string
		if code != 0 || json.Unmarshal([]byte(out), &pk) != nil || pk["public_key"] == "" {
			t.Fatalf("pubkey: %d %q", code, out)
		}
		if code, _, tr := l.verify("--pubkey", pk["public_key"]); code != 0 || !tr.OK {
			t.Fatalf("with the printed key: %d %+v", code, tr)
		}
		other := wrongKey(t)
		forged := other.Sign(l.tenant, 12, l.rows()[11].ev.Hash, time.Now())
		if code, _, tr := l.verify("--pubkey", pkBase64(other)); code != 1 || tr.Problem == nil || tr.Problem.Kind != audit.KindSignature {
			t.Fatalf("another key: %d %+v", code, tr)
		}
		path := filepath.Join(l.dir, "audit-checkpoints.jsonl")
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		var cp audit.Checkpoint
		if err := json.Unmarshal([]byte(strings.Split(string(b), "\n")[0]), &cp); err != nil {
			t.Fatal(err)
		}
		cp.At = cp.At.Add(-time.Hour) // backdated
		line, _ := json.Marshal(cp)
		fline, _ := json.Marshal(forged)
		if err := os.WriteFile(path, append(append(line, '\n'), append(fline, '\n')...), 0o600); err != nil {
			t.Fatal(err)
		}
		code, _, tr := l.verify()
		wantProblem(t, code, tr, audit.KindSignature, 12)
		if tr.CheckpointsChecked != 0 {
			t.Fatalf("a badly signed checkpoint was counted: %+v", tr)
		}
	})
}

func pkBase64(k *audit.Keys) string {
	return base64.StdEncoding.EncodeToString(k.PublicKey())
}

// TestAuditDowngradeRefused: marking a keyed chain as legacy to recompute it
// with SHA-256 does not get it re-linked (it has checkpoints), and verify
// reports it.
func TestAuditDowngradeRefused(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		l := newAuditLog(t, kind)
		l.deleteSeq(6, 9)
		l.relink(1, audit.ComputeHash)
		l.raw.Exec(`UPDATE audit_heads SET format = 1, relinked_seq = 0 WHERE tenant_id = $1`, l.tenant)
		code, _, tr := l.verify()
		wantProblem(t, code, tr, audit.KindLegacy, 1)
		if code, _, _ := l.r.do("", "audit", "checkpoint"); code != 1 {
			t.Fatal("checkpoint of a downgraded chain")
		}
		if f := l.raw.Int(`SELECT format FROM audit_heads WHERE tenant_id = $1`, l.tenant); f != 1 {
			t.Fatal("downgraded chain re-linked with the key")
		}
	})
}
