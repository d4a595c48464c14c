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
// with the tenant's display name only (as the service always checks). And
// the production case: the whole library reviewed, every row scored (the
// clean ones in-sample: a tenant's notices are rendered from the templates
// it reviewed; the leaks never reviewed).
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
	return fmt.Sprintf("%5.3f %5.1f%%", float64(s.caught)/float64(max(s.leaks, 1)), 100*float64(s.flagged)/float64(max(s.clean, 1)))
}

type onboarding struct {
	bare, named, reviewed score
	// whole: every clean row of the tenant reviewed and its proposals
	// approved, then every row scored — the production case, where the
	// reviewed library is the templates every notice is rendered from
	// (in-sample for the clean rows; the leaks were never reviewed)
	whole                score
	namedAll             score // every row, with the display name only
	proposals, cautioned int
	// latent: leaks blocked with no context that pass once the display
	// name is given and the half review's proposals approved — caught
	// before only through the sender's own words (its name, phone,
	// address; helper latent14)
	latent int
	// latentWhole: the same with the whole library reviewed (every row
	// scored)
	latentWhole int
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
		named := &guard.Context{}
		if tn != "" {
			named.Sender = []string{tn}
		}
		// approve reviews the tenant's clean rows that keep(id) selects and
		// returns the context with every proposal without a caution added
		approve := func(keep func(id string) bool, count bool) *guard.Context {
			var lib []Item
			for _, r := range byTenant[tn] {
				if r.Label == "clean" && keep(r.ID) {
					lib = append(lib, r.item())
				}
			}
			libCtx := *named
			libCtx.AllowURLs = []string{"https://portal.example/m/"}
			rep, err := Review(g, &libCtx, lib)
			if err != nil {
				t.Fatal(err)
			}
			out := *named
			for _, p := range rep.Proposals {
				if count && show {
					t.Logf("%s PROPOSAL %q %s %d %v %q", tn, p.Term, p.Kind, p.Notices, p.Rules, p.Caution)
				}
				if count {
					o.proposals++
				}
				if p.Caution != "" {
					if count {
						o.cautioned++
					}
					continue
				}
				out.Terms = append(out.Terms, guard.Term{Text: p.Term, Kind: p.Kind})
			}
			return &out
		}
		reviewed := approve(reviewHalf, true)
		whole := approve(func(string) bool { return true }, false)
		for _, r := range byTenant[tn] {
			bw := check(r, whole)
			o.whole.add(r, bw)
			if r.Label == "leak" && !bw && check(r, nil) {
				o.latentWhole++
				if show {
					t.Logf("%s LATENT-WHOLE %s %q", tn, r.ID, r.Text)
				}
			}
			o.namedAll.add(r, check(r, named))
		}
		for _, r := range byTenant[tn] {
			if r.Label == "clean" && reviewHalf(r.ID) {
				continue
			}
			bare := check(r, nil)
			o.bare.add(r, bare)
			o.named.add(r, check(r, named))
			blocked := check(r, reviewed)
			o.reviewed.add(r, blocked)
			if r.Label == "leak" && bare && !blocked {
				o.latent++
				if show {
					t.Logf("%s LATENT %s %q", tn, r.ID, r.Text)
				}
			}
			if show && blocked == (r.Label == "clean") {
				t.Logf("%s LEFT %s %q", tn, r.ID, r.Text)
			}
		}
	}
	return o
}

// tenantOf is the first tenant whose name (or, with lead, the name's first
// two words) the text holds; "" when none.
func tenantOf(text string, tenants []string, lead bool) string {
	for _, n := range tenants {
		key := n
		if w := strings.Fields(n); lead && len(w) > 2 {
			key = w[0] + " " + w[1]
		}
		if strings.Contains(text, key) {
			return n
		}
	}
	return ""
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
		// tenants: for sets written before rows named their tenant, the
		// display names of the set's header; a row is a tenant's when it
		// holds the name, or (lead) the name's first two words — as
		// guard's TestSenderContextTenants assigns them. Rows of none are
		// one library without a display name.
		tenants []string
		lead    bool
	}{
		{"dev68", "dev68.jsonl", false, nil, false},
		{"dev69", "dev69.jsonl", false, nil, false},
		{"dev71", "dev71.jsonl", false, nil, false},
		{"dev74", "dev74.jsonl", false, nil, false},
		{"dev72", "dev72.jsonl", false, nil, false},
		{"dev75", "dev75.jsonl", false, nil, false},
		{"dev76", "dev76.jsonl", false, nil, false},
		{"dev78", "dev78.jsonl", false, nil, false},
		{"dev79", "dev79.jsonl", false, nil, false},
		{"dev82", "dev82.jsonl", false, nil, false},
		{"dev83", "dev83.jsonl", false, nil, false},
		{"dev85", "dev85.jsonl", false, nil, false},
		{"dev88", "dev88.jsonl", false, nil, false},
		{"dev89", "dev89.jsonl", false, nil, false},
		{"dev92", "dev92.jsonl", false, nil, false},
		{"dev99c", "dev99c.jsonl", false, nil, false},
		{"dev99s", "dev99s.jsonl", false, nil, false},
		{"dev100s", "dev100s.jsonl", false, nil, false},
		{"dev99x", "dev99x.jsonl", false, nil, false},
		{"dev100a", "dev100a.jsonl", false, nil, false},
		{"dev100b", "dev100b.jsonl", false, nil, false},
		{"dev100p", "dev100p.jsonl", false, nil, false},
		{"dev101p", "dev101p.jsonl", false, nil, false},
		{"dev99h", "dev99h.jsonl", false, nil, false},
		{"dev100h", "dev100h.jsonl", false, nil, false},
		{"dev99p", "dev99p.jsonl", false, nil, false},
		{"dev99r", "dev99r.jsonl", false, nil, false},
		{"dev100g", "dev100g.jsonl", false, nil, false},
		{"dev100r", "dev100r.jsonl", false, nil, false},
		{"dev100d", "dev100d.jsonl", false, nil, false},
		{"dev101n", "dev101n.jsonl", false, nil, false},
		{"dev101x", "dev101x.jsonl", false, nil, false},
		{"dev102x", "dev102x.jsonl", false, nil, false},
		{"dev102y", "dev102y.jsonl", false, nil, false},
		{"dev101o", "dev101o.jsonl", false, nil, false},
		{"dev101r", "dev101r.jsonl", false, nil, false},
		{"dev98s", "dev98s.jsonl", false, nil, false},
		{"dev98b", "dev98b.jsonl", false, nil, false},
		{"dev98p", "dev98p.jsonl", false, nil, false},
		{"dev98m", "dev98m.jsonl", false, nil, false},
		{"dev95", "dev95.jsonl", false, nil, false},
		{"dev96", "dev96.jsonl", false, nil, false},
		{"dev99", "dev99.jsonl", false, nil, false},
		{"dev100", "dev100.jsonl", false, nil, false},
		{"dev101", "dev101.jsonl", false, nil, false},
		{"dev102", "dev102.jsonl", false, nil, false},
		{"dev104m", "dev104m.jsonl", false, nil, false},
		{"dev103x", "dev103x.jsonl", false, nil, false},
		{"dev104w", "dev104w.jsonl", false, nil, false},
		{"dev103m", "dev103m.jsonl", false, nil, false},
		{"dev103d", "dev103d.jsonl", false, nil, false},
		{"dev103s", "dev103s.jsonl", false, nil, false},
		{"dev103p", "dev103p.jsonl", false, nil, false},
		{"dev103", "dev103.jsonl", false, nil, false},
		{"dev104", "dev104.jsonl", false, nil, false},
		{"dev105", "dev105.jsonl", false, nil, false},
		{"dev106", "dev106.jsonl", false, nil, false},
		{"dev107", "dev107.jsonl", false, nil, false},
		{"dev109", "dev109.jsonl", false, nil, false},
		{"dev110", "dev110.jsonl", false, nil, false},
		{"dev111", "dev111.jsonl", false, nil, false},
		{"dev112", "dev112.jsonl", false, nil, false},
		{"dev113", "dev113.jsonl", false, nil, false},
		{"dev114", "dev114.jsonl", false, nil, false},
		{"dev115", "dev115.jsonl", false, nil, false},
		{"dev116", "dev116.jsonl", false, nil, false},
		{"dev117", "dev117.jsonl", false, nil, false},
		{"dev118", "dev118.jsonl", false, nil, false},
		{"dev117g", "dev117g.jsonl", false, nil, false},
		{"dev112x", "dev112x.jsonl", false, nil, false},
		{"dev109x", "dev109x.jsonl", false, nil, false},
		{"dev113r", "dev113r.jsonl", false, nil, false},
		{"dev114r", "dev114r.jsonl", false, nil, false},
		{"dev115d", "dev115d.jsonl", false, nil, false},
		{"dev116d", "dev116d.jsonl", false, nil, false},
		{"dev116r", "dev116r.jsonl", false, nil, false},
		{"dev117n", "dev117n.jsonl", false, nil, false},
		{"dev116s", "dev116s.jsonl", false, nil, false},
		{"dev117p", "dev117p.jsonl", false, nil, false},
		{"dev113m", "dev113m.jsonl", false, nil, false},
		{"dev113f", "dev113f.jsonl", false, nil, false},
		{"dev108x", "dev108x.jsonl", false, nil, false},
		{"dev108", "dev108.jsonl", false, nil, false},
		{"dev107x", "dev107x.jsonl", false, nil, false},
		{"dev108r", "dev108r.jsonl", false, nil, false},
		{"dev104x", "dev104x.jsonl", false, nil, false},
		{"dev105g", "dev105g.jsonl", false, nil, false},
		{"dev102w", "dev102w.jsonl", false, nil, false},
		{"dev102g", "dev102g.jsonl", false, nil, false},
		{"dev105s", "dev105s.jsonl", false, nil, false},
		{"dev105t", "dev105t.jsonl", false, nil, false},
		{"dev97t", "dev97t.jsonl", false, nil, false},
		{"dev97x", "dev97x.jsonl", false, nil, false},
		{"dev97g", "dev97g.jsonl", false, nil, false},
		{"dev105o", "dev105o.jsonl", false, nil, false},
		{"dev106f", "dev106f.jsonl", false, nil, false},
		{"dev106c", "dev106c.jsonl", false, nil, false},
		{"dev106o", "dev106o.jsonl", false, nil, false},
		{"dev106w", "dev106w.jsonl", false, nil, false},
		{"dev91r", "dev91r.jsonl", false, nil, false},
		{"dev94r", "dev94r.jsonl", false, nil, false},
		{"dev91m", "dev91m.jsonl", false, nil, false},
		{"dev91p", "dev91p.jsonl", false, nil, false},
		{"dev94p", "dev94p.jsonl", false, nil, false},
		{"dev84o", "dev84o.jsonl", false, nil, false},
		{"dev84s", "dev84s.jsonl", false, nil, false},
		{"dev86s", "dev86s.jsonl", false, nil, false},
		{"dev91s", "dev91s.jsonl", false, nil, false},
		{"dev94s", "dev94s.jsonl", false, nil, false},
		{"dev94o", "dev94o.jsonl", false, nil, false},
		{"dev84p", "dev84p.jsonl", false, nil, false},
		{"dev86p", "dev86p.jsonl", false, nil, false},
		{"dev84r", "dev84r.jsonl", false, nil, false},
		{"dev86r", "dev86r.jsonl", false, nil, false},
		{"dev86o", "dev86o.jsonl", false, nil, false},
		{"dev87x", "dev87x.jsonl", false, nil, false},
		{"dev90x", "dev90x.jsonl", false, nil, false},
		{"dev93x", "dev93x.jsonl", false, nil, false},
		{"dev64", "dev64.jsonl", false, []string{"Riverbend Blood & Plasma Center", "Marisol Grant Home Health Nursing",
			"Okafor Dermatology & Skin Shop", "QuietNight Sleep Supply", "Whitfield & Rao Urology Group",
			"Eastgate High School-Based Health Center", "Farmacias Benítez"}, true},
		{"dev63", "dev63.jsonl", false, []string{"Hartwell Cardiology Associates", "Rosalind Street Clinic",
			"Tidewater Wound & Hyperbaric Center", "Greenleaf Vitamin Co.", "St. Agnes Hospital Foundation",
			"Delgado Chiropractic & Spine", "Clínicas Ferreyra"}, true},
		{"dev60", "dev60.jsonl", false, []string{"Theo", "Beaumont Dental & Orthodontics", "CareAxis Medical Rentals",
			"Jenner Travel Clinic", "Hartley Women's Health", "St. Agnes Gift Shop & The Healing Bean Cafe", "Grupo Ferrer Salud"}, false},
		{"dev59", "dev59.jsonl", false, []string{"Hartwell Children's Clinic", "Moreno & Blake Physical Therapy",
			"Clearline Infusion Pharmacy", "Iris Optical & Eye Care", "GlucoPath Direct", "NowCare Urgent Care", "Farmacias Santa Lucía"}, false},
		{"heldout-v16", "heldout15_v16.jsonl", true, nil, false},
		{"heldout-v17", "heldout15_v17.jsonl", true, nil, false},
		{"heldout-v18", "heldout15_v18.jsonl", true, nil, false},
		{"heldout-v19", "heldout15_v19.jsonl", true, nil, false},
		{"heldout-v20", "heldout15_v20.jsonl", true, nil, false},
		{"heldout-v21", "heldout15_v21.jsonl", true, nil, false},
		{"heldout-v22", "heldout15_v22.jsonl", true, nil, false},
		{"heldout-v23", "heldout15_v23.jsonl", true, nil, false},
		{"heldout-v24", "heldout15_v24.jsonl", true, nil, false},
		{"heldout-v25", "heldout15_v25.jsonl", true, nil, false},
		{"heldout-v26", "heldout15_v26.jsonl", true, nil, false},
		{"heldout-v27", "heldout15_v27.jsonl", true, nil, false},
		{"heldout-v28", "heldout15_v28.jsonl", true, nil, false},
		{"heldout-v29", "heldout15_v29.jsonl", true, nil, false},
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\n%-12s %-50s | %-33s | %s\n", "", "leaks, and the clean rows the half review never saw", "all rows", "")
	fmt.Fprintf(&b, "%-12s %-16s %-16s %-16s | %-16s %-16s | %s\n", "set", "no context", "display name", "+ half reviewed", "display name", "+ all reviewed", "proposals (cautioned), latent misses (half, whole)")
	for _, s := range sets {
		if s.held && os.Getenv("GUARD_SHOW_HELDOUT") == "" {
			fmt.Fprintf(&b, "%-12s (held out: GUARD_SHOW_HELDOUT=1)\n", s.name)
			continue
		}
		// GUARD_SHOW_DEV=1: a development set's proposals, and the rows
		// still wrong after approval
		rows := loadRows(t, "../../testdata/guard/"+s.file)
		for i := range rows {
			if len(s.tenants) > 0 {
				rows[i].Tenant = tenantOf(rows[i].Text, s.tenants, s.lead)
			} else if rows[i].Tenant == "" {
				t.Fatalf("%s: row %s names no tenant", s.name, rows[i].ID)
			}
		}
		o := measureOnboarding(t, g, rows, !s.held && os.Getenv("GUARD_SHOW_DEV") != "")
		fmt.Fprintf(&b, "%-12s %-16s %-16s %-16s | %-16s %-16s | %d (%d), %d %d\n", s.name, o.bare, o.named, o.reviewed, o.namedAll, o.whole, o.proposals, o.cautioned, o.latent, o.latentWhole)
		// a development leak caught with no context must stay caught once
		// the tenant's name is given and its review approved: a latent miss
		// (caught only through the sender's own words) fails, listed with
		// GUARD_SHOW_DEV=1 as LATENT (helper latent14)
		if !s.held && o.latent+o.latentWhole > 0 {
			t.Errorf("%s: %d (half review) and %d (whole review) leaks caught with no context pass once the tenant's name is given and its review approved (GUARD_SHOW_DEV=1 lists them as LATENT, LATENT-WHOLE)", s.name, o.latent, o.latentWhole)
		}
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
		if o.whole.leaks != o.bare.leaks || 100*(o.namedAll.caught-o.whole.caught) > o.whole.leaks {
			t.Errorf("%s: approving the whole library's proposals lets %d more leaks through", s.name, o.namedAll.caught-o.whole.caught)
		}
	}
	t.Log(b.String())
}
