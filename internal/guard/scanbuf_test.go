package guard

import (
	"reflect"
	"testing"
)

// TestFindingsOutliveScanner: a plain-text field is lower-cased into the
// pooled scanner's buffer (normalizeInto), which the next field overwrites.
// No finding may hold a piece of it: every development row's findings,
// kept while all the other rows are checked (and the buffer rewritten many
// times), must equal the same row's findings checked again.
func TestFindingsOutliveScanner(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	items := devCorpusItems(t, "dev*.jsonl") // held-out files never opened
	if len(items) < 100 {
		t.Fatalf("only %d development rows", len(items))
	}
	kept := make([][]Finding, len(items))
	for i, it := range items {
		fs, err := it.run(g)
		if err != nil {
			t.Fatal(err)
		}
		kept[i] = fs
	}
	n := 0
	for i, it := range items {
		fs, _ := it.run(g)
		if !reflect.DeepEqual(fs, kept[i]) {
			t.Errorf("%s: findings changed after other rows were checked:\n%v\n%v", it.ID, kept[i], fs)
		}
		n += len(fs)
	}
	if n == 0 {
		t.Fatal("no findings at all")
	}
	// two fields of one notice: the first field's findings must survive
	// the second field's pass
	ns := benchNotices(12)
	for _, nt := range ns {
		two := Notice{Fields: []Field{{Name: "a", Text: nt.Fields[1].Text}, {Name: "b", Text: "Dear Maria Lopez, your metformin refill is ready. DOB 03/07/1984."}}}
		one := Notice{Fields: two.Fields[:1]}
		fs2, _ := g.CheckPrepared(two, nil, Strict)
		fs1, _ := g.CheckPrepared(one, nil, Strict)
		var first []Finding
		for _, f := range fs2 {
			if f.Field == "a" {
				first = append(first, f)
			}
		}
		if !reflect.DeepEqual(first, fs1) && !(len(first) == 0 && len(fs1) == 0) {
			t.Errorf("field a's findings differ when a field follows:\n%v\n%v", fs1, first)
		}
	}
}
