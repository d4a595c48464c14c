package guard

import "testing"

// TestSoAddrSpansMatchesWalk: soInAddrSpans (siteopaddr.go) answers as
// soInAddress does for every token of every view, over the raw findings
// of Check plus address findings laid over each token, in other fields
// and of other kinds (helper slow2, 2026-12-06).
func TestSoAddrSpansMatchesWalk(t *testing.T) {
	g := fuzzG(t)
	texts := []string{
		"Our mobile screening unit will be at 12 Tamarind Close, Ashby on Monday.",
		"Oakfield Renal Unit: Due to heavy snow, the Ashby satellite unit, 27 Station Road will open at noon tomorrow.",
		"Dear Maria Lopez, DOB 03/07/1984, MRN: 00451234. Your visit at 14 Ferry Lane is confirmed.",
		"Emergencias atendidas las 24 horas en Av. Reforma 222, Ciudad de México.",
		"Xorblat Xorblat Xorblat Xorblat. The van will be at 14 Ferry Lane.",
		"",
	}
	for _, text := range texts {
		n := Notice{Fields: []Field{{Name: "body", Text: text}, {Name: "subject", Text: "Clinic open at 5 Mill Road"}}}
		found, err := g.Check(n, nil, Standard)
		if err != nil {
			t.Fatal(err)
		}
		sc, views, ok := g.annTakeViews(n)
		if !ok {
			annPutViews(sc, views)
			t.Fatalf("%q: no views", text)
		}
		for vi := range views {
			v := &views[vi]
			field := n.Fields[v.field].Name
			outs := [][]Finding{found, nil}
			for k := range v.toks {
				a, b := v.t.orig(int(v.toks[k].s), int(v.toks[k].e))
				o := append([]Finding(nil), found...)
				o = append(o,
					Finding{Field: field, Kind: KindAddress, Start: a, End: b},
					Finding{Field: field, Kind: KindName, Start: 0, End: len(text) + 50},
					Finding{Field: "other", Kind: KindAddress, Start: 0, End: len(text) + 50},
					Finding{Field: field, Kind: KindAddress, Start: a + 1, End: b})
				outs = append(outs, o)
			}
			for _, out := range outs {
				spans := soAddrSpans(nil, out, field)
				for k := range v.toks {
					if got, want := soInAddrSpans(v, spans, k), soInAddress(v, out, field, k); got != want {
						t.Errorf("%q field %s token %d: spans %v, walk %v", text, field, k, got, want)
					}
				}
			}
		}
		annPutViews(sc, views)
	}
}
