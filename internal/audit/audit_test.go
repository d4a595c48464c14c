package audit

import (
	"testing"
	"time"
)

func chain(n int) []Event {
	prev := Genesis
	var out []Event
	for i := 1; i <= n; i++ {
		e := Event{ID: int64(100 + i), TenantID: "ten_a", At: time.UnixMicro(int64(i) * 1000), Actor: "api_key:sp_x", Action: ActionMessageCreate, ObjectType: "message", ObjectID: "msg_" + string(rune('a'+i))}
		e.Seq, e.PrevHash = int64(i), prev
		e.Hash = ComputeHash(prev, e.Seq, e)
		prev = e.Hash
		out = append(out, e)
	}
	return out
}

func verify(evs []Event) *Break {
	v := NewVerifier("ten_a")
	for _, e := range evs {
		if b := v.Next(e); b != nil {
			return b
		}
	}
	return nil
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

func TestHashIsUnambiguous(t *testing.T) {
	a := Event{TenantID: "ab", Actor: "c"}
	b := Event{TenantID: "a", Actor: "bc"}
	if string(ComputeHash(Genesis, 1, a)) == string(ComputeHash(Genesis, 1, b)) {
		t.Fatal("field boundaries are not part of the hash")
	}
}
