package guard

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// TestDumpFindings writes every finding on every development corpus, byte
// for byte, to the file named by GUARD_DUMP_FINDINGS, so that a change
// meant to keep behaviour (a speed-up) can be checked by comparing two
// dumps:
//
//	GUARD_DUMP_FINDINGS=/tmp/before.txt go test ./internal/guard -run TestDumpFindings -count=1
//
// Every testdata/guard/*.jsonl file is run except the held-out ones, whose
// names contain "heldout"; they are skipped by name and never opened. Each
// row is run in its mode with the default Guard, the development Guard of
// the split sets, and (if /usr/share/hunspell/en_med_glut.dic or
// SEALPOST_GUARD_DICTIONARY is there) the Guard with the medical dictionary;
// then the benchmark's notices, with and without its context, in both modes.
func TestDumpFindings(t *testing.T) {
	out := os.Getenv("GUARD_DUMP_FINDINGS")
	if out == "" {
		t.Skip("set GUARD_DUMP_FINDINGS=<file>")
	}
	files := devCorpusPaths(t, "*.jsonl") // held-out files never opened
	type guardCase struct {
		name string
		g    *Guard
	}
	plain, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	guards := []guardCase{{"plain", plain}, {"dev", devGuard(t)}}
	dict := testDictionaries(t, false)
	if dict == nil {
		if _, err := os.Stat("/usr/share/hunspell/en_med_glut.dic"); err == nil {
			dict = []string{"/usr/share/hunspell/en_med_glut.dic"}
		}
	}
	if dict != nil {
		gd, err := New(Options{MedicalDictionaries: dict})
		if err != nil {
			t.Fatal(err)
		}
		guards = append(guards, guardCase{"dict", gd})
	} else {
		t.Log("no medical dictionary: the dump has no dictionary findings")
	}
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w := bufio.NewWriter(f)
	n := 0
	for _, gc := range guards {
		for _, p := range files {
			for _, it := range loadCorpus(t, p) {
				fs, err := it.run(gc.g)
				fmt.Fprintf(w, "%s %s %s err=%v n=%d\n", gc.name, filepath.Base(p), it.ID, err, len(fs))
				for _, x := range fs {
					fmt.Fprintf(w, "\t%s %s %s [%d,%d) %.6f %q %q\n", x.Field, x.Kind, x.Rule, x.Start, x.End, x.Confidence, x.Reason, x.Fix)
					n++
				}
			}
		}
	}
	// the benchmark's notices, with its context and without any
	bc := benchContext()
	for _, gc := range guards {
		pc := gc.g.Prepare(bc)
		for i, nt := range benchNotices(600) {
			for _, m := range []Mode{Standard, Strict} {
				for ci, p := range []*Prepared{pc, nil} {
					fs, err := gc.g.CheckPrepared(nt, p, m)
					fmt.Fprintf(w, "%s bench %d mode=%v ctx=%d err=%v n=%d\n", gc.name, i, m, ci, err, len(fs))
					for _, x := range fs {
						fmt.Fprintf(w, "\t%s %s %s [%d,%d) %.6f %q %q\n", x.Field, x.Kind, x.Rule, x.Start, x.End, x.Confidence, x.Reason, x.Fix)
						n++
					}
				}
			}
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d findings over %d files and %d guards written to %s", n, len(files), len(guards), out)
}
