package audit

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"
)

var testKeys = func() *Keys {
	s := sha256.Sum256([]byte("audit package test secret"))
	k, err := NewKeys(s[:])
	if err != nil {
		panic(err)
	}
	return k
}()

func chain(n int) []Event {
	prev := Genesis
	l := testKeys.Linker("ten_a")
	var out []Event
	for i := 1; i <= n; i++ {
		e := Event{ID: int64(100 + i), TenantID: "ten_a", At: time.UnixMicro(int64(i) * 1000), Actor: "api_key:sp_x", Action: ActionMessageCreate, ObjectType: "message", ObjectID: "msg_" + string(rune('a'+i))}
		e.Seq, e.PrevHash = int64(i), prev
		e.Hash = l.Link(prev, e.Seq, e)
		prev = e.Hash
		out = append(out, e)
	}
	return out
}

func verify(evs []Event, cps ...Checkpoint) *Break {
	v := NewVerifier("ten_a", testKeys.Linker("ten_a"), cps)
	for _, e := range evs {
		if b := v.Next(e); b != nil {
			return b
		}
	}
	return v.Finish(v.Count())
}

func TestVerifier(t *testing.T) {
	if b := verify(chain(5)); b != nil {
		t.Fatal(b)
	}
	for name, mut := range map[string]func([]Event) []Event{
		"modified actor":  func(e []Event) []Event { e[2].Actor = "x"; return e },
		"modified time":   func(e []Event) []Event { e[2].At = e[2].At.Add(time.Microsecond); return e },
		"removed":         func(e []Event) []Event { return append(e[:2], e[3:]...) },
		"swapped":         func(e []Event) []Event { e[1], e[2] = e[2], e[1]; return e },
		"relinked":        func(e []Event) []Event { e[2].PrevHash = Genesis; return e },
		"other tenant":    func(e []Event) []Event { e[2].TenantID = "ten_b"; return e },
		"renumbered hash": func(e []Event) []Event { e[2].Seq = 9; return e },
	} {
		b := verify(mut(chain(5)))
		if b == nil {
			t.Errorf("%s: not detected", name)
		} else if b.Seq > 3 {
			t.Errorf("%s: detected late, at %d", name, b.Seq)
		}
	}
}

// TestUnkeyedRecomputationFails: a chain recomputed after a deletion, with
// the legacy SHA-256 link or with another key, does not verify.
func TestUnkeyedRecomputationFails(t *testing.T) {
	evs := chain(5)
	evs = append(evs[:2], evs[3:]...)
	s := sha256.Sum256([]byte("a guess"))
	wrong, _ := NewKeys(s[:])
	for name, link := range map[string]func(prev []byte, seq int64, e Event) []byte{
		"sha256":    ComputeHash,
		"wrong key": wrong.Linker("ten_a").Link,
	} {
		prev := Genesis
		for i := range evs {
			evs[i].Seq, evs[i].PrevHash = int64(i+1), prev
			evs[i].Hash = link(prev, evs[i].Seq, evs[i])
			prev = evs[i].Hash
		}
		if b := verify(evs); b == nil || b.Seq != 1 || b.Kind != KindHash {
			t.Errorf("%s: break %v, want a hash break at seq 1", name, b)
		}
	}
}

func TestCheckpointCatchesTruncation(t *testing.T) {
	evs := chain(5)
	cp := testKeys.Sign("ten_a", 5, evs[4].Hash, time.Now())
	if !cp.Valid(testKeys.PublicKey()) {
		t.Fatal("own signature does not verify")
	}
	if b := verify(evs, cp); b != nil {
		t.Fatal(b)
	}
	if b := verify(evs[:3], cp); b == nil || b.Kind != KindTruncated || b.Seq != 4 {
		t.Fatalf("truncation: %v", b)
	}
	bad := cp
	bad.Seq = 4
	if bad.Valid(testKeys.PublicKey()) {
		t.Fatal("altered checkpoint verifies")
	}
	_, badSigs := SplitCheckpoints([]Checkpoint{cp, bad}, testKeys.PublicKey())
	if b := badSigs["ten_a"]; b == nil || b.Kind != KindSignature || b.Seq != 4 {
		t.Fatalf("bad signature: %v", b)
	}
}

func TestCheckpointFileRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "cp.jsonl")
	f, err := OpenCheckpointFile(path)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 1, 2, 3, 4, 5, 6789, time.UTC)
	c := NewCheckpointer(testKeys, f, CheckpointOptions{Every: 3, Interval: time.Hour, Now: func() time.Time { return now }})
	h := func(seq int64) Head {
		return Head{Tenant: "ten_a", Seq: seq, Hash: bytes.Repeat([]byte{byte(seq)}, 32), Format: FormatHMAC}
	}
	c.Observe(h(1))
	if n, _ := c.Flush(t.Context(), false); n != 1 { // never checkpointed: due at once
		t.Fatalf("first flush wrote %d", n)
	}
	c.Observe(h(3))
	if n, _ := c.Flush(t.Context(), false); n != 0 {
		t.Fatalf("2 events, 0 s later: wrote %d", n)
	}
	c.Observe(h(4), Head{Tenant: "ten_old", Seq: 9, Hash: Genesis, Format: FormatSHA256})
	if n, _ := c.Flush(t.Context(), false); n != 1 {
		t.Fatalf("3 events: wrote %d", n)
	}
	c.Observe(h(5))
	now = now.Add(time.Hour)
	if n, _ := c.Flush(t.Context(), false); n != 1 {
		t.Fatalf("an interval later: wrote %d", n)
	}
	f.Close()
	cps, malformed, err := ReadCheckpoints(path)
	if err != nil || malformed != 0 || len(cps) != 3 || cps[2].Seq != 5 || !cps[2].Valid(testKeys.PublicKey()) || !bytes.Equal(cps[2].Head, h(5).Hash) {
		t.Fatalf("read back: %+v %d %v", cps, malformed, err)
	}
	c2 := NewCheckpointer(testKeys, nil, CheckpointOptions{})
	c2.Load(cps)
	if !c2.Checkpointed("ten_a") || c2.Checkpointed("ten_old") {
		t.Fatal("load")
	}
}

func TestHashIsUnambiguous(t *testing.T) {
	a := Event{TenantID: "ab", Actor: "c"}
	b := Event{TenantID: "a", Actor: "bc"}
	if string(ComputeHash(Genesis, 1, a)) == string(ComputeHash(Genesis, 1, b)) {
		t.Fatal("field boundaries are not part of the hash")
	}
	l := testKeys.Linker("")
	if string(l.Link(Genesis, 1, a)) == string(l.Link(Genesis, 1, b)) {
		t.Fatal("field boundaries are not part of the keyed hash")
	}
}

// TestLegacyHashUnchanged: the legacy link is computed exactly as releases
// before keyed chains did (the vector is theirs), or no old chain would
// verify for its re-link.
func TestLegacyHashUnchanged(t *testing.T) {
	e := Event{ID: 42, TenantID: "ten_x", At: time.UnixMicro(1700000000123456), Actor: "cli:root", Action: "tenant.create", ObjectType: "tenant", ObjectID: "ten_x"}
	if got := hex.EncodeToString(ComputeHash(Genesis, 7, e)); got != "8b8e5b43e48aa4c201c96f4c9ccfc646ade8b2eb22d3a2bbbd0361291214a983" {
		t.Fatal(got)
	}
}

// TestCheckpointWebhook: with a webhook URL, each batch written to the file
// is also posted as a JSON array.
func TestCheckpointWebhook(t *testing.T) {
	got := make(chan []Checkpoint, 1)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var cps []Checkpoint
		if r.Method != http.MethodPost || r.Header.Get("Content-Type") != "application/json" || json.NewDecoder(r.Body).Decode(&cps) != nil {
			w.WriteHeader(400)
			return
		}
		got <- cps
	}))
	defer srv.Close()
	f, err := OpenCheckpointFile(filepath.Join(t.TempDir(), "cp.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	c := NewCheckpointer(testKeys, f, CheckpointOptions{WebhookURL: srv.URL})
	c.Observe(Head{Tenant: "ten_a", Seq: 3, Hash: Genesis, Format: FormatHMAC})
	if n, err := c.Flush(t.Context(), false); n != 1 || err != nil {
		t.Fatalf("flush: %d %v", n, err)
	}
	cps := <-got
	if len(cps) != 1 || cps[0].Seq != 3 || !cps[0].Valid(testKeys.PublicKey()) {
		t.Fatalf("posted %+v", cps)
	}
}
