package guardreview

import (
	"bufio"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/sealpost/sealpost/internal/guard"
)

// The onboarding measurement: what a tenant's review of its own library
// does to the notices the guard blocks, measured on the blind template
// libraries whose rows name their tenant (testdata/guard/README.md).
//
// Per tenant, its clean rows are split in two by a hash of their ids: the
// first half is the library the tenant reviews; it approves every proposal
// without a caution (a careless tenant: it reads none of them). Scored on
// the other half of its clean rows (what the approvals do to notices the
// review never saw) and on all its leaks (what they let through). Beside
// it: the same rows with no context (as TestCorpusIssue15 scores them) and
// with the tenant's display name only (as the service always checks).
type row struct {
	ID      string `json:"id"`
	Label   string `json:"label"`
	Mode    string `json:"mode"`
	Tenant  string `json:"tenant"`
	Text    string `json:"text"`
	Context struct {
		AllowURLs []string `json:"allow_urls"`
	} `json:"context"`
}

func loadRows(t *testing.T, path string) []row {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows []row
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if l == "" || strings.HasPrefix(l, "//") {
			continue
		}
		var r row
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if r.Tenant == "" {
			t.Fatalf("%s: row %s names no tenant", path, r.ID)
		}
		rows = append(rows, r)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return rows
}

func (r row) mode() guard.Mode {
	if r.Mode == "strict" {
		return guard.Strict
	}
	return guard.Standard
}

func (r row) item() Item {
	return Item{Notice: guard.Notice{Fields: []guard.Field{{Name: "text", Text: r.Text}}}, Mode: r.mode()}
}

// reviewHalf: the clean row is in the half the tenant reviews.
func reviewHalf(id string) bool {
	h := fnv.New32a()
	h.Write([]byte(id))
	return h.Sum32()%2 == 0
}

// score counts a reading of the rows: leaks caught, clean rows of the
// evaluation half flagged.
type score struct{ leaks, caught, clean, flagged int }

func (s *score) add(r row, blocked bool) {
	if r.Label == "leak" {
		s.leaks++
		if blocked {
			s.caught++
		}
		return
	}
	s.clean++
	if blocked {
		s.flagged++
	}
}

func (s score) String() string {
	return fmt.Sprintf("%6.3f %7.1f%%", float64(s.caught)/float64(max(s.leaks, 1)), 100*float64(s.flagged)/float64(max(s.clean, 1)))
}

type onboarding struct {
	bare, named, reviewed score
	proposals, cautioned  int
}

func measureOnboarding(t *testing.T, g *guard.Guard, rows []row, show bool) onboarding {
	t.Helper()
	var o onboarding
	byTenant := map[string][]row{}
	var tenants []string
	for _, r := range rows {
		if byTenant[r.Tenant] == nil {
			tenants = append(tenants, r.Tenant)
		}
		byTenant[r.Tenant] = append(byTenant[r.Tenant], r)
	}
	sort.Strings(tenants)
	check := func(r row, gc *guard.Context) bool {
		c := guard.Context{}
		if gc != nil {
			c = *gc
		}
		c.AllowURLs = append(append([]string(nil), c.AllowURLs...), r.Context.AllowURLs...)
		fs, err := g.Check(r.item().Notice, &c, r.mode())
		if err != nil {
			t.Fatal(err)
		}
		return len(fs) > 0
	}
	for _, tn := range tenants {
		named := &guard.Context{Sender: []string{tn}}
		var lib []Item
		for _, r := range byTenant[tn] {
			if r.Label == "clean" && reviewHalf(r.ID) {
				it := r.item()
				lib = append(lib, it)
			}
		}
		libCtx := *named
		libCtx.AllowURLs = []string{"https://portal.example/m/"}
		rep, err := Review(g, &libCtx, lib)
		if err != nil {
			t.Fatal(err)
		}
		reviewed := *named
		for _, p := range rep.Proposals {
			if show {
				t.Logf("%s PROPOSAL %q %s %d %v %q", tn, p.Term, p.Kind, p.Notices, p.Rules, p.Caution)
			}
			o.proposals++
			if p.Caution != "" {
				o.cautioned++
				continue
			}
			reviewed.Terms = append(reviewed.Terms, guard.Term{Text: p.Term, Kind: p.Kind})
		}
		for _, r := range byTenant[tn] {
			if r.Label == "clean" && reviewHalf(r.ID) {
				continue
			}
			o.bare.add(r, check(r, nil))
			o.named.add(r, check(r, named))
			blocked := check(r, &reviewed)
			o.reviewed.add(r, blocked)
			if show && blocked == (r.Label == "clean") {
				t.Logf("%s LEFT %s %q", tn, r.ID, r.Text)
			}
		}
	}
	return o
}

func testGuard(t *testing.T) *guard.Guard {
	t.Helper()
	var dicts []string
	if d := os.Getenv("SEALPOST_GUARD_DICTIONARY"); d != "" {
		dicts = strings.Split(d, ",")
	}
	g, err := guard.New(guard.Options{MedicalDictionaries: dicts})
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// TestOnboardingReview scores the onboarding flow on the libraries whose
// rows name their tenant. The held-out library is scored in aggregate only
// and only with GUARD_SHOW_HELDOUT=1 (never tuned against).
func TestOnboardingReview(t *testing.T) {
	g := testGuard(t)
	sets := []struct {
		name, file string
		held       bool
	}{
		{"dev68", "dev68.jsonl", false},
		{"heldout-v16", "heldout15_v16.jsonl", true},
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\n%-12s %-24s %-24s %-24s %s\n", "set", "no context", "display name", "+ reviewed half approved", "proposals (cautioned)")
	for _, s := range sets {
		if s.held && os.Getenv("GUARD_SHOW_HELDOUT") == "" {
			fmt.Fprintf(&b, "%-12s (held out: GUARD_SHOW_HELDOUT=1)\n", s.name)
			continue
		}
		// GUARD_SHOW_DEV=1: a development set's proposals, and the rows
		// still wrong after approval
		o := measureOnboarding(t, g, loadRows(t, "../../testdata/guard/"+s.file), !s.held && os.Getenv("GUARD_SHOW_DEV") != "")
		fmt.Fprintf(&b, "%-12s %-24s %-24s %-24s %d (%d)\n", s.name, o.bare, o.named, o.reviewed, o.proposals, o.cautioned)
		if o.reviewed.leaks != o.bare.leaks || o.reviewed.leaks == 0 {
			t.Fatalf("%s: %d leaks scored, want %d", s.name, o.reviewed.leaks, o.bare.leaks)
		}
		// approving what the review proposes must not open the tenant's
		// notices to its patients' data: at most one leak in a hundred
		// lost against the display name alone
		if lost := o.named.caught - o.reviewed.caught; 100*lost > o.reviewed.leaks {
			t.Errorf("%s: approving the proposals lets %d more leaks through", s.name, lost)
		}
		if o.reviewed.flagged > o.named.flagged {
			t.Errorf("%s: approving the proposals flags more clean notices (%d > %d)", s.name, o.reviewed.flagged, o.named.flagged)
		}
	}
	t.Log(b.String())
}
