package guard

import (
	"path/filepath"
	"strings"
	"testing"
)

// srMayOld is srMay as it stood before helper SPEED10B read srMayThird in
// the same pass: srMayThird first, then the role-word pass (with
// staffjob.go's role nouns by their form and "reach").
func srMayOld(n Notice) bool {
	for _, f := range n.Fields {
		if f.HTML {
			continue
		}
		if srMayThird(f.Text) {
			return true
		}
		h, in, ws := uint64(fnvOffset), false, 0
		for i := 0; i <= len(f.Text); i++ {
			c := byte(' ')
			if i < len(f.Text) {
				c = f.Text[i]
			}
			switch {
			case c >= 0x80:
				return true
			case c >= 'A' && c <= 'Z':
				c += 'a' - 'A'
				fallthrough
			case c >= 'a' && c <= 'z':
				if !in {
					ws = i
				}
				h ^= uint64(c)
				h *= fnvPrime
				in = true
			default:
				if in && srMayBits.may(h) && (srRoles.get(h) || srCreds.get(h) || srMember.get(h) || srAward.get(h) || srMoreMay.get(h)) {
					return true
				}
				if in && (srJobAgentText(f.Text[ws:i], h) || srJobMay.get(h)) { // staffjob.go
					return true
				}
				h, in = fnvOffset, false
			}
		}
	}
	return false
}

// TestSrMayFused: srMay's one pass answers as srMayThird and the role-word
// pass did, on every development row (held-out sets are not read) and on
// each row's sentences alone.
func TestSrMayFused(t *testing.T) {
	paths, _ := filepath.Glob("../../testdata/guard/dev*.jsonl")
	rows := 0
	for _, p := range paths {
		if strings.Contains(p, "heldout") {
			continue
		}
		for _, it := range loadCorpus(t, p) {
			texts := append([]string{it.Text}, strings.Split(it.Text, ". ")...)
			for _, tx := range texts {
				n := Notice{Fields: []Field{{Name: "text", Text: tx}, {Name: "subject", Text: "Meet Dr. Ann Lee"}}}
				for _, m := range []Notice{{Fields: n.Fields[:1]}, n} {
					rows++
					if got, want := srMay(m), srMayOld(m); got != want {
						t.Fatalf("srMay(%q) = %v, the two passes %v", tx, got, want)
					}
				}
			}
		}
	}
	if rows == 0 {
		t.Skip("no development rows")
	}
}
