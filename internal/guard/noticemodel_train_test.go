package guard

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"hash/fnv"
	"io"
	"math"
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// The notice model's training (noticemodel.go). GUARD_MODEL_TRAIN=1
// retrains it from the development files (devCorpusPaths("dev*.jsonl"):
// never a held-out, split or unseen file) and rewrites
// vocab/notice_model.bin.gz; TestNoticeModelFrozen retrains from the files
// the model records and fails when the result differs.

const (
	nmEpochs = 5
	nmRate   = 0.5
	nmL2     = 1e-6
	nmSeed   = 7
)

// nmRow is one training row: its features and label.
type nmRow struct {
	feats []uint32
	toks  int // the field's tokens
	leak  bool
	group string
}

// nmFieldFeatures runs g's scanner over one field as CheckPrepared does
// and returns the notice model's features of the tokens it read.
func nmFieldFeatures(g *Guard, text string, html bool, m Mode) ([]uint32, int) {
	s := scannerPool.Get().(*scanner)
	defer scannerPool.Put(s)
	s.dateKeep = false
	s.reset(g, g.empty, m, "text")
	s.run(text, html)
	var fs []uint32
	nmFeatures(s.toks, m == Strict, func(idx uint32, _ int) { fs = append(fs, idx) })
	return fs, len(s.toks)
}

var nmGroupRe = regexp.MustCompile(`^dev(\d+)`)

// nmLoadRows reads the rows of paths (relative to testdata/guard's parent
// as devCorpusPaths gives them) as training rows; group is the pass the
// file belongs to ("dev105" for dev105.jsonl and its probe sets).
func nmLoadRows(t testing.TB, paths []string) []nmRow {
	g := newTestGuard(t) // tokens do not depend on the dictionary
	var rows []nmRow
	for _, p := range paths {
		base := filepath.Base(p)
		gr := base
		if m := nmGroupRe.FindStringSubmatch(base); m != nil {
			gr = m[1]
		}
		for _, it := range loadCorpus(t, p) {
			m, err := ParseMode(it.Mode)
			if err != nil {
				t.Fatal(err)
			}
			text := it.Text
			if len(text) > g.maxField {
				text = text[:g.maxField]
			}
			fs, n := nmFieldFeatures(g, text, it.HTML, m)
			rows = append(rows, nmRow{feats: fs, toks: n, leak: it.Label == "leak", group: gr})
		}
	}
	return rows
}

// nmTrain learns quantised weights from rows (deterministic: fixed order,
// one goroutine).
func nmTrain(rows []nmRow) []int16 {
	w := make([]float64, 1<<nmBits)
	g2 := make([]float64, 1<<nmBits)
	order := rand.New(rand.NewSource(nmSeed)).Perm(len(rows))
	for range nmEpochs {
		for _, i := range order {
			r := rows[i]
			sc := 1 / math.Sqrt(float64(len(r.feats)))
			s := 0.0
			for _, f := range r.feats {
				s += w[f] * sc
			}
			y := 0.0
			if r.leak {
				y = 1
			}
			g := 1/(1+math.Exp(-s)) - y
			for _, f := range r.feats {
				gr := g*sc + nmL2*w[f]
				g2[f] += gr * gr
				w[f] -= nmRate * gr / (math.Sqrt(g2[f]) + 1e-8)
			}
		}
	}
	q := make([]int16, len(w))
	for i, v := range w {
		q[i] = int16(max(-32767, min(32767, math.Round(v*nmScale))))
	}
	return q
}

// nmFileLines: "sha256 path" for each training file (path relative to
// testdata/guard).
func nmFileLines(t testing.TB, paths []string) []string {
	var out []string
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		h := sha256.Sum256(b)
		out = append(out, hex.EncodeToString(h[:])+" "+filepath.Base(p))
	}
	return out
}

func TestNoticeModelFrozen(t *testing.T) {
	if os.Getenv("GUARD_MODEL_TRAIN") != "" {
		paths := devCorpusPaths(t, "dev*.jsonl")
		q := nmTrain(nmLoadRows(t, paths))
		var b bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
		if err := writeNoticeModel(zw, q, nmFileLines(t, paths)); err != nil {
			t.Fatal(err)
		}
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile("vocab/notice_model.bin.gz", b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("trained on %d files; %d bytes", len(paths), b.Len())
		return
	}
	m, err := loadNoticeModel()
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, line := range m.files {
		sum, name, ok := strings.Cut(line, " ")
		if !ok {
			t.Fatalf("bad file line %q", line)
		}
		if strings.Contains(name, "heldout") || strings.Contains(name, "split15") || unseenDevFiles[name] {
			t.Fatalf("the notice model was trained on %s, which is held out or unseen", name)
		}
		p := filepath.Join("../../testdata/guard", name)
		if got := nmFileLines(t, []string{p})[0]; got != sum+" "+name {
			t.Fatalf("%s changed since the notice model was trained: regenerate it (GUARD_MODEL_TRAIN=1 go test ./internal/guard -run TestNoticeModelFrozen) and measure", name)
		}
		paths = append(paths, p)
	}
	if len(paths) < 200 {
		t.Fatalf("the notice model records only %d training files", len(paths))
	}
	q := nmTrain(nmLoadRows(t, paths))
	diff := 0
	for i, v := range q {
		if v != m.w[i] {
			diff++
		}
	}
	if diff > 0 {
		t.Fatalf("retraining from the recorded files differs at %d weights: the model file is not what its files train", diff)
	}
}

// TestNoticeModelCV (GUARD_MODEL_CV=1) prints what the thresholds were
// chosen on: five-fold cross-validation over the development files grouped
// by pass (a pass's blind set and its probe sets fall in one fold), each
// row scored by a model that never saw its pass, beside the rules'
// verdict: what model.notice would add (leaks / clean) and what the drop
// would clear, at a few thresholds. The rules here are the guard's own
// without the model.
func TestNoticeModelCV(t *testing.T) {
	if os.Getenv("GUARD_MODEL_CV") == "" {
		t.Skip("GUARD_MODEL_CV=1 prints the cross-validation of the notice model")
	}
	g := newTestGuard(t)
	m, err := loadNoticeModel()
	if err != nil {
		t.Fatal(err)
	}
	paths := devCorpusPaths(t, "dev*.jsonl")
	rows := nmLoadRows(t, paths)
	var items []corpusItem
	for _, p := range paths {
		items = append(items, loadCorpus(t, p)...)
	}
	// the rules alone: the model's weights zeroed
	g.nm = nil
	_ = m
	type res struct {
		blk, weak bool
		logit     float64
	}
	rs := make([]res, len(rows))
	for i, it := range items {
		fs, err := it.run(g)
		if err != nil {
			t.Fatal(err)
		}
		rs[i].blk = len(fs) > 0
		rs[i].weak = len(fs) > 0 && fieldWeak(fs, fs[0].Field)
	}
	fold := func(gr string) int { h := fnv.New32a(); h.Write([]byte(gr)); return int(h.Sum32() % 5) }
	for k := range 5 {
		var tr []nmRow
		for _, r := range rows {
			if fold(r.group) != k {
				tr = append(tr, r)
			}
		}
		q := nmTrain(tr)
		for i, r := range rows {
			if fold(r.group) == k {
				s := 0.0
				for _, f := range r.feats {
					s += float64(q[f]) / nmScale
				}
				rs[i].logit = s / math.Sqrt(float64(len(r.feats)))
			}
		}
	}
	var b strings.Builder
	var L, C, rl, rc int
	for i, r := range rows {
		if r.leak {
			L++
			if rs[i].blk {
				rl++
			}
		} else {
			C++
			if rs[i].blk {
				rc++
			}
		}
	}
	fmt.Fprintf(&b, "dev CV (%d leaks, %d clean): rules %.3f / %.1f %%\n", L, C, float64(rl)/float64(L), 100*float64(rc)/float64(C))
	logit := func(p float64) float64 { return math.Log(p / (1 - p)) }
	flagged := func(at float64) (al, ac int) {
		for i, r := range rows {
			if !rs[i].blk && rs[i].logit >= at && r.toks >= nmFlagMinToks {
				if r.leak {
					al++
				} else {
					ac++
				}
			}
		}
		return
	}
	cleared := func(at float64) (dl, dc int) {
		for i, r := range rows {
			if rs[i].blk && rs[i].weak && rs[i].logit <= at {
				if r.leak {
					dl++
				} else {
					dc++
				}
			}
		}
		return
	}
	for _, p := range []float64{0.9, 0.95, 0.96, 0.97} {
		al, ac := flagged(logit(p))
		fmt.Fprintf(&b, "model.notice at p >= %.2f (%d+ tokens): +%d leaks, +%d clean\n", p, nmFlagMinToks, al, ac)
	}
	for _, p := range []float64{0.01, 0.0125, 0.015, 0.02, 0.05} {
		dl, dc := cleared(logit(p))
		fmt.Fprintf(&b, "drop at p <= %.4g (weak findings only): -%d leaks, -%d clean\n", p, dl, dc)
	}
	al, ac := flagged(nmFlagAt)
	dl, dc := cleared(nmClearAt)
	fmt.Fprintf(&b, "shipped (nmFlagAt, nmClearAt): model.notice +%d leaks, +%d clean; drop -%d leaks, -%d clean\n", al, ac, dl, dc)
	t.Log(b.String())
	// the shipped thresholds must still pay on rows no model saw the pass
	// of (model22): the finding adds more leaks than clean rows, the drop
	// clears at least five clean rows for each leak
	if al <= ac {
		t.Errorf("model.notice at nmFlagAt adds %d leaks and %d clean rows in cross-validation", al, ac)
	}
	if dc < 5*dl {
		t.Errorf("the drop at nmClearAt clears %d leaks and %d clean rows in cross-validation", dl, dc)
	}
	w := bufio.NewWriter(os.Stderr)
	w.Flush()
}

// writeNoticeModel writes q (quantised weights) and the training files'
// lines in readNoticeModel's format.
func writeNoticeModel(w io.Writer, q []int16, files []string) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "%s\nfiles %d\n", nmMagic, len(files))
	for _, f := range files {
		fmt.Fprintln(bw, f)
	}
	k := 0
	for _, v := range q {
		if v != 0 {
			k++
		}
	}
	fmt.Fprintf(bw, "weights %d\n", k)
	var buf [binary.MaxVarintLen64]byte
	last := 0
	for i, v := range q {
		if v == 0 {
			continue
		}
		bw.Write(buf[:binary.PutUvarint(buf[:], uint64(i-last))])
		bw.Write(buf[:binary.PutVarint(buf[:], int64(v))])
		last = i
	}
	return bw.Flush()
}
