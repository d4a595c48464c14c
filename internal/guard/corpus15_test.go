package guard

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// corpusFigures runs items through g and returns recall on leaks, the
// share of clean items flagged, and the misses and false positives.
func corpusFigures(t testing.TB, g *Guard, items []corpusItem) (recall, fpRate float64, leaks, cleans int, misses, fps []string) {
	t.Helper()
	var hit, fp int
	for _, it := range items {
		fs, err := it.run(g)
		if err != nil {
			t.Fatalf("%s: %v", it.ID, err)
		}
		switch it.Label {
		case "leak":
			leaks++
			if len(fs) > 0 {
				hit++
			} else {
				misses = append(misses, fmt.Sprintf("%s %q", it.ID, it.Text))
			}
		case "clean":
			cleans++
			if len(fs) > 0 {
				fp++
				var ks []string
				for _, f := range fs {
					ks = append(ks, f.Rule)
				}
				fps = append(fps, fmt.Sprintf("%s %q -> %s", it.ID, it.Text, strings.Join(ks, ",")))
			}
		}
	}
	if leaks > 0 {
		recall = float64(hit) / float64(leaks)
	}
	if cleans > 0 {
		fpRate = float64(fp) / float64(cleans)
	}
	return
}

// showHeldOut reports whether the held-out figures may be printed. They are
// not, unless GUARD_SHOW_HELDOUT=1: a figure seen on every run is a figure
// tuned against. Run once with the flag at the end of a piece of work,
// record the figures, never tune on them (README.md, "Held-out discipline").
func showHeldOut() bool { return os.Getenv("GUARD_SHOW_HELDOUT") == "1" }

// heldOutFloorMsg is what a failed floor on a held-out set says without the
// flag: that it failed, not by how much.
const heldOutFloorMsg = "held-out floor not met; run with GUARD_SHOW_HELDOUT=1 to see the figure"

// TestCorpusIssue15 reports the figures of issue 15's corpora: the
// existing corpus, the development sets (dev15.jsonl, dev15b.jsonl — the
// latter was heldout15.jsonl until an earlier session read it while
// tuning) and the held-out sets (heldout15_v2.jsonl, split15_heldout.jsonl,
// split15_wordnet_heldout.jsonl; never tuned against). The held-out sets'
// floors are checked on every run, but their figures are printed only with
// GUARD_SHOW_HELDOUT=1, and their misses never. Run with -v to see the table.
func TestCorpusIssue15(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	split := splitGuard(t) // without the held-out part of every source list (split15_test.go)
	dev := devGuard(t)     // without the held-out and the development-unseen parts
	sets := []struct {
		name  string
		g     *Guard
		items []corpusItem
		show  bool // print misses and false positives (development sets only)
		held  bool // held out: figures only with GUARD_SHOW_HELDOUT=1, misses never
		// regression floors, set under the figures measured when each set
		// was added (docs/benchmarks.md), not tuned to
		minRecall, maxFlagged float64
	}{
		{"existing", g, allCorpus(t), os.Getenv("GUARD_SHOW_DEV") != "", false, 0.99, 0.01},
		{"dev15", g, loadCorpus(t, "../../testdata/guard/dev15.jsonl"), true, false, 0.95, 0.05},
		{"dev15b", g, loadCorpus(t, "../../testdata/guard/dev15b.jsonl"), true, false, 0.95, 0.05},
		{"dev15c", g, loadCorpus(t, "../../testdata/guard/dev15c.jsonl"), true, false, 0.95, 0.02},
		{"dev15d", g, loadCorpus(t, "../../testdata/guard/dev15d.jsonl"), true, false, 0.9, 0.03},
		{"dev15e", g, loadCorpus(t, "../../testdata/guard/dev15e.jsonl"), true, false, 0.95, 0.03},
		// 2026-12-04: MBI-shaped promo and coupon codes (promocode.go)
		{"dev15f", g, loadCorpus(t, "../../testdata/guard/dev15f.jsonl"), true, false, 0.95, 0.03},
		// 2026-12-04: ordinary words that are clinical (ordinary.go)
		{"dev15g", g, loadCorpus(t, "../../testdata/guard/dev15g.jsonl"), true, false, 0.95, 0.03},
		// 2026-12-04: multi-word terms by learned heads and modifiers,
		// lower-case abbreviations (learned.go, abbrev.go)
		{"dev15h", g, loadCorpus(t, "../../testdata/guard/dev15h.jsonl"), true, false, 0.8, 0.03},
		// 2026-12-04: Spanish spellings of medical-dictionary words (dictionary.cognate, dictcognate.go)
		{"dev15i", g, loadCorpus(t, "../../testdata/guard/dev15i.jsonl"), true, false, 0.75, 0.02},
		// 2026-12-04: ordinary clinic, pharmacy and shop wording (clean only)
		{"dev15j", g, loadCorpus(t, "../../testdata/guard/dev15j.jsonl"), true, false, 0, 0.02},
		// 2026-12-04: Spanish notices across every detector (issue 15, fifth pass; lang.go)
		{"dev16es", g, loadCorpus(t, "../../testdata/guard/dev16es.jsonl"), true, false, 0.97, 0.02},
		// 2026-12-04: the probes written while tuning the Spanish pass (optimistic)
		{"dev16es2", g, loadCorpus(t, "../../testdata/guard/dev16es2.jsonl"), true, false, 0.93, 0.1},
		// 2026-12-04 (evening): written blind, like heldout15_v4.jsonl, by
		// another helper; development (misses printed)
		{"dev16", g, loadCorpus(t, "../../testdata/guard/dev16.jsonl"), true, false, 0.95, 0.05},
		// 2026-12-04 (evening): the probes of the dev16 rules (specialty.go,
		// eponym.go, vocative.go, address_au.go and the false positives cut
		// in brandnames.go, loanword.go, refcode.go)
		{"dev16b", g, loadCorpus(t, "../../testdata/guard/dev16b.jsonl"), true, false, 0.95, 0.03},
		// 2026-12-04 (evening): clean-heavy, written blind by a third helper
		{"dev17", g, loadCorpus(t, "../../testdata/guard/dev17.jsonl"), true, false, 0.98, 0.06},
		// 2026-12-04 (evening): announcements of a pharmacy's or clinic's
		// services, clean and made personal (announce.go); not blind.
		// Before announce.go 0.948 / 63.0 %, after 0.948 / 7.4 %
		{"dev17b", g, loadCorpus(t, "../../testdata/guard/dev17b.jsonl"), true, false, 0.94, 0.1},
		// 2026-12-04: ambiguous clinical words after your/su in product, finance
		// and household phrases, and as health information (producthead.go)
		{"dev16p", g, loadCorpus(t, "../../testdata/guard/dev16p.jsonl"), true, false, 0.95, 0.25},
		// 2026-12-04 (evening): the hardest kinds, written blind by a fifth helper
		{"dev18", g, loadCorpus(t, "../../testdata/guard/dev18.jsonl"), true, false, 0.95, 0.02},
		// 2026-12-04 (evening): digits for letters, OTC items that tell,
		// brands beside a pharmacy-benefit cue, mixed-case abbreviations
		// (leet.go, otc.go), by helper OB
		{"dev18b", g, loadCorpus(t, "../../testdata/guard/dev18b.jsonl"), true, false, 0.95, 0.15},
		// 2026-12-04: misspelled drug, condition and procedure names, and
		// typos of ordinary words (dictfuzzy.go)
		{"dev16m", g, loadCorpus(t, "../../testdata/guard/dev16m.jsonl"), true, false, 0.95, 0.31},
		// 2026-12-04 (evening): shop, brand, bank, telecom and place names in
		// Spanish and English notices, and leaks of the same shapes (orgnames.go).
		// Before orgnames.go 1.000 / 22.0 % (+dict 22.8 %), after 1.000 / 6.5 % (+dict 7.3 %)
		{"dev18s", g, loadCorpus(t, "../../testdata/guard/dev18s.jsonl"), true, false, 0.98, 0.09},
		// 2026-12-04 (evening): product, brand and title names in shop
		// notices, and leaks of the same shapes (product.go)
		{"dev17c", g, loadCorpus(t, "../../testdata/guard/dev17c.jsonl"), true, false, 0.98, 0.04},
		// 2026-12-04 (evening): the probes written while tuning product.go
		// (not blind; a regression set)
		{"dev17d", g, loadCorpus(t, "../../testdata/guard/dev17d.jsonl"), true, false, 0.98, 0.08},
		// 2026-12-04 (evening): a billing company's, a medical shop's and a
		// portal's notices, written blind by a sixth helper
		{"dev19", g, loadCorpus(t, "../../testdata/guard/dev19.jsonl"), true, false, 0.93, 0.03},
		// 2026-12-04: measurements (vital signs, lab values) and vaccinations
		// of the recipient, and their look-alikes (vitals.go); not blind.
		// Before vitals.go 0.642 / 10.7 %, after 1.000 / 3.6 %
		{"dev18v", g, loadCorpus(t, "../../testdata/guard/dev18v.jsonl"), true, false, 0.95, 0.06},
		// 2026-12-04 (evening): supplements and hygiene products, Title Case
		// care places, "Name - your …" and general announcements (helper
		// MIX; not blind). Before 0.711 / 39.1 % (+dict 41.3 %), after
		// 0.974 / 0.0 % (both; "Zanele - your package" left: dashname.go)
		{"dev19m", g, loadCorpus(t, "../../testdata/guard/dev19m.jsonl"), true, false, 0.95, 0.03},
		// 2026-12-04 (evening): the long tail, written blind by a seventh helper
		{"dev20", g, loadCorpus(t, "../../testdata/guard/dev20.jsonl"), true, false, 0.93, 0.03},
		// 2026-12-04 (evening): the probes of the dev20 rules (jsonvalue.go,
		// lookalike.go, initialcap.go, htmlhidden.go, greetintl.go,
		// address_eu.go), by helper D20; not blind.
		// Before 0.630 / 7.7 % (+dict 0.704 / 7.7 %), after 0.981 / 3.8 % (+dict 1.000 / 3.8 %)
		{"dev20b", g, loadCorpus(t, "../../testdata/guard/dev20b.jsonl"), true, false, 0.93, 0.06},
		// 2026-12-04 (evening): helper D19's probes of dev19's families
		// (imaging and care-unit abbreviations, recalled home devices,
		// identifiers in parentheses, informal greetings, closures); not
		// blind. Before 0.463 / 18.0 %, after 0.981 / 4.0 % (the same with
		// the dictionary)
		{"dev19b", g, loadCorpus(t, "../../testdata/guard/dev19b.jsonl"), true, false, 0.95, 0.06},
		// 2026-12-04 (evening): helper RED's red team of the suppressions
		// (announce, product, producthead, everyday, orgnames, placename,
		// closure, cardcue, refcode, lang, dictfuzzy, vitals); not blind.
		// Before redteam.go 0.740 / 2.6 % (first 100 / 39 rows), after
		// 0.963 / 2.3 % of 107 / 44 (the same with the dictionary)
		{"dev20r", g, loadCorpus(t, "../../testdata/guard/dev20r.jsonl"), true, false, 0.95, 0.03},
		// 2026-12-04 (evening): tenants' everyday notices, clean-heavy, written
		// blind by a ninth helper
		{"dev21", g, loadCorpus(t, "../../testdata/guard/dev21.jsonl"), true, false, 0.95, 0.02},
		// 2026-12-04 (evening): set B's kinds again, written blind by a tenth
		// helper after the fifth pass had merged
		{"dev22", g, loadCorpus(t, "../../testdata/guard/dev22.jsonl"), true, false, 0.97, 0.02},
		// 2026-12-04 (evening): adversarial but realistic, written blind by an
		// eleventh helper after the fifth pass had merged
		{"dev23", g, loadCorpus(t, "../../testdata/guard/dev23.jsonl"), true, false, 0.97, 0.02},
		// 2026-12-04 (evening): clean-heavy like heldout15_v5.jsonl's brief,
		// written blind by a twelfth helper after the fifth pass had merged
		{"dev24", g, loadCorpus(t, "../../testdata/guard/dev24.jsonl"), true, false, 0.97, 0.02},
		// written blind on the night of 2026-12-04 (next session): clean-heavy,
		// and the long tail; tuned against
		{"dev25", g, loadCorpus(t, "../../testdata/guard/dev25.jsonl"), true, false, 0, 1},
		{"dev26", g, loadCorpus(t, "../../testdata/guard/dev26.jsonl"), true, false, 0, 1},
		// written blind at 19:06 UTC the same night, scored on arrival after
		// the first merges of the night (f675665); then tuned against
		{"dev27", g, loadCorpus(t, "../../testdata/guard/dev27.jsonl"), true, false, 0, 1},
		{"dev28", g, loadCorpus(t, "../../testdata/guard/dev28.jsonl"), true, false, 0, 1},
		// written blind at 19:45 UTC the same night and kept unseen until the
		// night's last merge (7525bcd): the finished guard on text it never saw
		{"dev29", g, loadCorpus(t, "../../testdata/guard/dev29.jsonl"), true, false, 0, 1},
		// helper D29B's probes of dev29's brand false positives and the same
		// names in personal frames (not blind)
		{"dev29b", g, loadCorpus(t, "../../testdata/guard/dev29b.jsonl"), true, false, 0, 1},
		// helper d29c's probe set: ID cards with a subscriber or member number
		{"dev29c", g, loadCorpus(t, "../../testdata/guard/dev29c.jsonl"), true, false, 0, 1},
		// Spanish only, written blind at 19:49 UTC the same night; tuned against
		{"dev30", g, loadCorpus(t, "../../testdata/guard/dev30.jsonl"), true, false, 0, 1},
		// clean-heavy, written blind at 20:20 UTC the same night, scored on
		// arrival after the night's merges; tuned against
		{"dev31", g, loadCorpus(t, "../../testdata/guard/dev31.jsonl"), true, false, 0, 1},
		{"dev32", g, loadCorpus(t, "../../testdata/guard/dev32.jsonl"), true, false, 0, 1},
		// seventh pass: written blind on 2026-12-04 at about 21:37 UTC (set B's
		// hardest kinds) and 21:34 UTC (all Spanish) by helper agents
		{"dev34", g, loadCorpus(t, "../../testdata/guard/dev34.jsonl"), true, false, 0, 1},
		{"dev35", g, loadCorpus(t, "../../testdata/guard/dev35.jsonl"), true, false, 0, 1},
		// written blind at about 21:35 UTC the same night as six new kinds of
		// tenant's template authors (hearing aids, optical, dental billing,
		// maternity shop, sports nutrition, home-care staffing), clean-heavy
		{"dev33", g, loadCorpus(t, "../../testdata/guard/dev33.jsonl"), true, false, 0, 1},
		// written blind at about 22:02 UTC the same night: six more kinds of
		// tenant (dev38, clean-heavy) and hospital and clinic patient portals
		// (dev39)
		{"dev38", g, loadCorpus(t, "../../testdata/guard/dev38.jsonl"), true, false, 0, 1},
		{"dev39", g, loadCorpus(t, "../../testdata/guard/dev39.jsonl"), true, false, 0, 1},
		// written blind at about 22:13 UTC the same night: five Spanish-speaking
		// tenants' template libraries
		{"dev42", g, loadCorpus(t, "../../testdata/guard/dev42.jsonl"), true, false, 0, 1},
		// written blind at about 22:14 UTC the same night: six more tenants'
		// template libraries (pharmacy chain, diabetic-supply mail order,
		// telehealth, dental chain, supplement shop, billing company)
		{"dev41", g, loadCorpus(t, "../../testdata/guard/dev41.jsonl"), true, false, 0, 1},
		// written blind at about 22:41 UTC the same night, after most of the
		// pass's merges: set B's kinds leaked the way template variables leak
		// them, and risky-looking clean notices
		{"dev45", g, loadCorpus(t, "../../testdata/guard/dev45.jsonl"), true, false, 0, 1},
		// written blind at about 22:42 UTC the same night: six more tenants'
		// template libraries, after most of the pass's merges
		{"dev44", g, loadCorpus(t, "../../testdata/guard/dev44.jsonl"), true, false, 0, 1},
		// written blind at about 21:37 UTC, before any change of the pass, and
		// kept unseen until the pass's last merge: the finished guard on text
		// it never saw
		{"dev36", g, loadCorpus(t, "../../testdata/guard/dev36.jsonl"), true, false, 0, 1},
		// written blind at about 23:48 UTC after the pass's last merge: the
		// finished guard on five more tenants' template libraries
		{"dev50", g, loadCorpus(t, "../../testdata/guard/dev50.jsonl"), true, false, 0, 1},
		// dev51: written blind on 2026-12-05 at 00:07 UTC (eighth pass): six tenants' template libraries
		{"dev51", g, loadCorpus(t, "../../testdata/guard/dev51.jsonl"), true, false, 0, 1},
		// dev52: written blind on 2026-12-05 at 00:08 UTC (eighth pass): five tenants' template libraries
		{"dev52", g, loadCorpus(t, "../../testdata/guard/dev52.jsonl"), true, false, 0, 1},
		// dev56: written blind on 2026-12-05 at 00:52 UTC (eighth pass): set B's hardest kinds, leak-heavy
		{"dev56", g, loadCorpus(t, "../../testdata/guard/dev56.jsonl"), true, false, 0, 1},
		// dev58: written blind on 2026-12-05 at 01:25 UTC (eighth pass): leaks inside six tenants' everyday templates
		{"dev58", g, loadCorpus(t, "../../testdata/guard/dev58.jsonl"), true, false, 0, 1},
		// dev61g: helper GEN9's probes (not blind) of clinical words found by their form (combining forms, affixes, compounds) in a personal or health frame, and clean look-alikes sharing their letters; scored with the shipped guard and (dev61g-dev) with devGuard, which lacks parts 0 and 1 of every list
		{"dev61g", g, loadCorpus(t, "../../testdata/guard/dev61g.jsonl"), true, false, 0, 1},
		{"dev61g-dev", dev, loadCorpus(t, "../../testdata/guard/dev61g.jsonl"), true, false, 0, 1},
		// dev54: written blind on 2026-12-05 at 00:12 UTC (eighth pass), kept unseen until after the last merge: seven tenants' template libraries
		{"dev54", g, loadCorpus(t, "../../testdata/guard/dev54.jsonl"), true, false, 0, 1},
		// dev59: written blind on 2026-12-05 at 03:10 UTC (ninth pass, before any change): seven tenants' template libraries
		{"dev59", g, loadCorpus(t, "../../testdata/guard/dev59.jsonl"), true, false, 0, 1},
		// dev60: written blind on 2026-12-05 at 03:10 UTC (ninth pass), kept unseen until after the last merge: seven tenants' template libraries
		{"dev60", g, loadCorpus(t, "../../testdata/guard/dev60.jsonl"), true, false, 0, 1},
		// dev63: written blind on 2026-12-05 at 05:35 UTC (tenth pass, before any change): seven tenants' template libraries
		{"dev63", g, loadCorpus(t, "../../testdata/guard/dev63.jsonl"), true, false, 0, 1},
		// dev64: written blind on 2026-12-05 at about 05:37 UTC (tenth pass), kept unseen until after the pass's last quality merge: seven tenants' template libraries
		{"dev64", g, loadCorpus(t, "../../testdata/guard/dev64.jsonl"), true, false, 0, 1},
		// dev68: written blind on 2026-12-05 at 08:23 UTC (eleventh pass, before any change); rows name their tenant
		{"dev68", g, loadCorpus(t, "../../testdata/guard/dev68.jsonl"), true, false, 0, 1},
		// dev69: written blind on 2026-12-05 at about 08:25 UTC (eleventh pass), kept unseen until after the pass's last merge (`26a3821`): the arrival check; rows name their tenant
		{"dev69", g, loadCorpus(t, "../../testdata/guard/dev69.jsonl"), true, false, 0, 1},
		// dev73r: written by hand by fix helper RECALL12 on 2026-12-05 at about 11:18 UTC (not blind), before its change: leet symbols, spaced clinical phrases, honorific + given name, drug classes in instructions, strict condition abbreviations
		{"dev73r", g, loadCorpus(t, "../../testdata/guard/dev73r.jsonl"), true, false, 0, 1},
		// dev73p: written by hand by helper PHONE12 on 2026-12-05 (not blind): the sender's own number (footers, a line named by its function, our number, llámenos/por WhatsApp al) and the reader's or a person's number in the same shapes
		{"dev73p", g, loadCorpus(t, "../../testdata/guard/dev73p.jsonl"), true, false, 0, 1},
		// dev73b: written by hand by fix helper BRAND12 on 2026-12-05 (not blind): coined pharmacy-benefit brands "<Brand> Rx" in a sender slot, drug, misspelled, unknown and surname words before "Rx", webhook thread ids "thr_…"
		{"dev73b", g, loadCorpus(t, "../../testdata/guard/dev73b.jsonl"), true, false, 0, 1},
		// dev71: written blind on 2026-12-05 at about 11:13 UTC (twelfth pass, before any change); rows name their tenant
		{"dev71", g, loadCorpus(t, "../../testdata/guard/dev71.jsonl"), true, false, 0, 1},
		// dev74: written blind on 2026-12-05 at 11:30 UTC (twelfth pass, before any merge), leak-heavy; rows name their tenant
		{"dev74", g, loadCorpus(t, "../../testdata/guard/dev74.jsonl"), true, false, 0, 1},
		{"dev76", g, loadCorpus(t, "../../testdata/guard/dev76.jsonl"), true, false, 0, 1},
		{"dev75", g, loadCorpus(t, "../../testdata/guard/dev75.jsonl"), true, false, 0, 1},
		// dev79: written blind on 2026-12-05 at about 16:40 UTC (fourteenth pass) and kept unseen until after the pass's quality merges: the arrival check; rows name their tenant
		{"dev79", g, loadCorpus(t, "../../testdata/guard/dev79.jsonl"), true, false, 0, 1},
		// dev88: written blind on 2026-12-05 at about 22:10 UTC (sixteenth pass, before any change); rows name their tenant
		{"dev88", g, loadCorpus(t, "../../testdata/guard/dev88.jsonl"), true, false, 0, 1},
		// dev91r: written by fix helper recall16 on 2026-12-05 (sixteenth pass), NOT blind: probe set for dev88's
		// misses (trial drug/placebo/visit, cord clamping, cord-blood TNC, spaced blood type, ARFID, vaporizer part, SNS) and clean look-alikes
		{"dev91r", g, loadCorpus(t, "../../testdata/guard/dev91r.jsonl"), true, false, 0, 1},
		// dev94r: written by fix helper recall2b on 2026-12-05 at about 23:05 UTC (sixteenth pass, round two), NOT blind: probe set for dev89's
		// two misses (spaced-out condition after "your", pelvic-floor therapy terms) and availability-frame holes (a condition's rental, a programme starting for the reader) with clean look-alikes
		{"dev94r", g, loadCorpus(t, "../../testdata/guard/dev94r.jsonl"), true, false, 0, 1},
		// dev91p: written by hand by fix helper pub16 on 2026-12-05 at about 22:15 UTC (not blind): public talks, seminars, classes, closures, awareness-week events, support groups, study recruitment, priced packages and the sender's programme (clean), and the reader's own care in the same frames (leak)
		{"dev91p", g, loadCorpus(t, "../../testdata/guard/dev91p.jsonl"), true, false, 0, 1},
		// dev94p: written by hand by fix helper pub2b on 2026-12-05 at about 23:10 UTC (not blind): public Q&As and talks open to all, open houses, a referral offer, a population vaccination campaign, newsletters, policies, the sender's phone lines, holiday closures, voseo offers (clean), and the reader's own care in the same frames (leak)
		{"dev94p", g, loadCorpus(t, "../../testdata/guard/dev94p.jsonl"), true, false, 0, 1},
		// dev89: written blind on 2026-12-05 at about 22:05 UTC (sixteenth pass) and kept unseen until after the pass's first round of merges: the arrival check; rows name their tenant
		{"dev89", g, loadCorpus(t, "../../testdata/guard/dev89.jsonl"), true, false, 0, 1},
		// dev92: written blind on 2026-12-05 at about 22:10 UTC (sixteenth pass) and kept unseen until after the pass's second round of merges: the second arrival check; rows name their tenant
		{"dev92", g, loadCorpus(t, "../../testdata/guard/dev92.jsonl"), true, false, 0, 1},
		// dev95: written blind on 2026-12-06 at about 01:05 UTC (seventeenth pass, before any change) and tuned on in that pass; rows name their tenant
		{"dev95", g, loadCorpus(t, "../../testdata/guard/dev95.jsonl"), true, false, 0, 1},
		// dev97t: written by hand by fix helper tied17 on 2026-12-06 (not blind): the reader's own identity (Prepare's identity values) or greeting inside wording a drop clears as the sender's or the public's (staff news, a public event, a named place, the sender's name, a sign-off), and clean rows of those drops' genuine shapes with another reader's identity in context, goods runs, everyday goods, a one-name brand
		{"dev97t", g, loadCorpus(t, "../../testdata/guard/dev97t.jsonl"), true, false, 0, 1},
		// dev98s: written by hand by fix helper staff17 on 2026-12-06 (not blind): the sender's staff news (an appointment, a welcome with credentials and a fellowship phrase, a Top Doctor award, a director speaking at a society's meeting), English and Spanish, beside leaks of the same frames tied to the reader's care
		{"dev98s", g, loadCorpus(t, "../../testdata/guard/dev98s.jsonl"), true, false, 0, 1},
		// dev98b: written by hand by fix helper brand17 on 2026-12-06 at about 01:05 UTC (not blind), before any code change: the sender's own name naming a specialty ("Cedar Point Urology", "Westfield Urology & Men's Health", "Urología del Valle") as the sender (news, policy update, referral offer, closure, branch address, possessive office, header) and leaks of the same frames with one reader's care; a lower-case "its". Arrival 0.958 / 85.2 % (dict the same), after brandslot.go and funcabbrev.go 0.958 / 0.0 % (dict the same)
		{"dev98b", g, loadCorpus(t, "../../testdata/guard/dev98b.jsonl"), true, false, 0, 1},
		// dev97x: written by hand by fix helper red17 on 2026-12-06 (not blind): red-team probes of the sixteenth pass's drops (staffsent, staffpost, senderrole, policytail, pubevent, closeddept, supportwho, ownline, brandtown, webhookid, dictprefix, esadj, announce_slot): one reader's PHI dressed in the shape each drop clears as the sender's or public wording, and genuine notices of the same shapes. Arrival 0.728 / 11.6 % (both dictionary modes); after red17's staffserved.go, srperson.go, policyone.go, closedslot.go, webhookheld.go (and cueend.go's given name after "!") 0.924 / 9.3 % (both modes)
		{"dev97x", g, loadCorpus(t, "../../testdata/guard/dev97x.jsonl"), true, false, 0, 1},
		// dev97g: written by hand by fix helper gaps17 on 2026-12-06 (not blind): a care programme starting for the reader, a child's well visit or screening slot, a supply arrival for the reader's order, spelled-out words with an accent, an ordinary-word given name as a header before "your", a numbered dose of the reader's series, with clean look-alikes
		{"dev97g", g, loadCorpus(t, "../../testdata/guard/dev97g.jsonl"), true, false, 0, 1},
		// dev98p: written by hand by fix helper pub17 on 2026-12-06 at about 01:10 UTC (not blind): public health fairs, free vaccines for all members, Ask-Me-Anything sessions, caregiver workshops and webinars open to the public, a health agency's vaccine recommendation for an age group, school vaccine clinics for all students and staff, hiring open houses (clean), and the reader's own care in the same frames (leak)
		{"dev98p", g, loadCorpus(t, "../../testdata/guard/dev98p.jsonl"), true, false, 0, 1},
		// dev98m: written by hand by fix helper misc17 on 2026-12-06 (not blind): the misc family of dev95 in fresh wording (a reader's symptom in a second-person strict marketing question, a condition abbreviation after "your next ... consult", a relative's summary mailed to a French street address, a Spanish delivery of a plasma-derived brand) and clean delivery closure dates, the sender's staff lines with a phone, "paid its portion" billing, return policies for dispensed medicines. Arrival 0.586 / 17.1 %, after misc17's fixes (symptomq.go, headerclosure.go, staffline.go, lowerabbrev.go, dispensedclass.go, address_fr.go, imagingword.go, vocab/biologics.txt) 1.000 / 0.0 % (both dictionary modes)
		{"dev98m", g, loadCorpus(t, "../../testdata/guard/dev98m.jsonl"), true, false, 0, 1},
		// dev96: written blind on 2026-12-06 at about 01:05 UTC (seventeenth pass, before any change) and kept unseen until after the pass's first round of merges: its arrival check; rows name their tenant
		{"dev96", g, loadCorpus(t, "../../testdata/guard/dev96.jsonl"), true, false, 0, 1},
		// dev99s: written by hand by fix helper staff17b on 2026-12-06 (not blind): the sender's staff news (a clinician who now sees patients on a day at the sender's clinic, a completed specialist training with "Well done, X!", a slash role with credentials, years of service, retirements), English and Spanish, beside leaks of the same frames tied to the reader's care or naming the reader as the one who completed a programme
		{"dev99s", g, loadCorpus(t, "../../testdata/guard/dev99s.jsonl"), true, false, 0, 1},
		// dev99x: written by hand by fix helper red17b on 2026-12-06 at about 01:37 UTC (not blind), before any code change: red-team probes of the seventeenth pass's drops and narrowings (brandslot, staffappoint, staffsent's credentials, staffserved, policyone, closedslot, webhookheld, srperson): a person plus a specialty as a brand in a sender slot, a condition abbreviation in a credentials list, a third person's possessive in a staff talk, a household a nurse is assigned to, one patient's policy date after "our"/"this", a closed consult that moves, webhook ids with a lower-case or trailing record label or a day-first birth date; clean rows of the genuine shapes. Arrival 0.257 / 3.2 % (dict the same); after brandperson.go, credheld.go, talktopic.go and the widened staffserved/policyone/closedslot/webhookheld 0.971 / 3.2 % (dict the same)
		{"dev99x", g, loadCorpus(t, "../../testdata/guard/dev99x.jsonl"), true, false, 0, 1},
		// dev99h: written by hand by fix helper head17 on 2026-12-06 at about 01:50 UTC (not blind), before any code change: ordinary notices headed by the sender's own trade name "<Brand> <clinical word> [<business noun>]" with no context.sender, and leaks of the same frames with one reader's care. Arrival 1.000 / 40.6 % (13 of 32 clean flagged; dict the same), after clinhead.go 1.000 / 9.4 % (dict the same)
		{"dev99h", g, loadCorpus(t, "../../testdata/guard/dev99h.jsonl"), true, false, 0, 1},
		// dev99p: written by hand by fix helper place17 on 2026-12-06 at about 01:55 UTC (not blind), before any code change: the sender's public operations with no tenant context (an open evening on a health topic, a free injury-prevention clinic for coaches with a date and address, a site or satellite clinic opening late for snow named by its address, new hours at an address, a pharmacy counter's hours, a car park closed for resurfacing, a lift out of service, a mobile unit's stop, a sponsored sports day; English and Spanish) and leaks of the same frames with one reader's address, date, slot or care. Arrival 1.000 / 58.3 % (dict 62.5 %), after siteop.go 1.000 / 4.2 % (both modes)
		{"dev99p", g, loadCorpus(t, "../../testdata/guard/dev99p.jsonl"), true, false, 0, 1},
		// dev99r: written by hand by fix helper recall17b on 2026-12-06 (not blind): the recall family of dev96 in fresh shapes (a measurement with units tied to the reader, British lab abbreviations, prosthetic and orthotic parts and services, imaging result categories incl. webhook payloads, a relapse in a quit programme; English and Spanish) and clean look-alikes (public CO checks, general targets, lab logistics, liner newsletters, workshop marketing, public imaging education). Arrival 0.733 / 40.0 % (dict 0.733 / 35.0 %), after recall17b's fixes (readermeasure.go, prosthetic.go, imagingfind.go, resultcat.go, quitslip.go, tradeframe.go, vocab/uklabs.txt) 1.000 / 35.0 % (dict 1.000 / 30.0 %)
		{"dev99r", g, loadCorpus(t, "../../testdata/guard/dev99r.jsonl"), true, false, 0, 1},
		// dev99: written blind on 2026-12-06 at about 01:30 UTC (seventeenth pass, during round one) and kept unseen until after the pass's second round of merges: its second arrival check; not tuned on; rows name their tenant
		{"dev99", g, loadCorpus(t, "../../testdata/guard/dev99.jsonl"), true, false, 0, 1},
		// dev99c: written by hand by fix helper red17c on 2026-12-06 at about 02:25 UTC (not blind): red team of pubcampaign.go, a reader's PHI or a health-by-association message in a public campaign's shapes (leak) and genuine public campaigns (clean), standard and strict, English and Spanish
		{"dev99c", g, loadCorpus(t, "../../testdata/guard/dev99c.jsonl"), true, false, 0, 1},
		// dev100: written blind on 2026-12-06 at about 03:40 UTC (eighteenth pass, before any change): tuned on in the pass's first round; rows name their tenant
		{"dev100", g, loadCorpus(t, "../../testdata/guard/dev100.jsonl"), true, false, 0, 1},
		// dev100a: written by hand by fix helper red18a on 2026-12-06 at about 03:40 UTC (not blind), before any code change: red-team probes of clinhead.go (a medicine or the reader's most sensitive care as the clinical word of a trade-name header), headerclosure.go (one reader's or a third person's delivery in the stop clause) and staffline.go (a third person's care staff, a single visit, the reader's care after the availability phrase); clean rows of the genuine shapes. Arrival 0.057 / 8.8 % (dict the same); after oneinshape.go (clinhead, headerclosure and staffline narrowed) 1.000 / 5.9 % (dict the same)
		{"dev100a", g, loadCorpus(t, "../../testdata/guard/dev100a.jsonl"), true, false, 0, 1},
		// dev100g: written by hand by fix helper gaps18 on 2026-12-06 (not blind): a surgery named with a count word tied to a person, a Spanish saint abbreviation heading the reader's result, Spanish marketing to people who take a drug, a programme named by a condition in a public offer, British lab logistics, a brand header before a patient surname
		{"dev100g", g, loadCorpus(t, "../../testdata/guard/dev100g.jsonl"), true, false, 0, 1},
		// dev100b: written by hand by fix helper red18b on 2026-12-06 at about 04:05 UTC (not blind), before any code change: red team of siteop.go (a header that is the reader's delivery, transport, refill or dispensing service; a bare address as a van's stop; deliveries to an address), staffmilestone.go (a staff member's own condition in "N years with <condition>", a health adjective on the role, a training field running on into a personal clause, webhook payloads) and populationWithHealth (a population narrowed by a health adjective, "who had", "diagnosed with", "que padecen", "mujeres con"), and clean rows of the genuine shapes
		{"dev100b", g, loadCorpus(t, "../../testdata/guard/dev100b.jsonl"), true, false, 0, 1},
		// dev100h: written by hand by fix helper head18 on 2026-12-06 at about 03:50 UTC (not blind), before any code change: ordinary notices headed by the sender's own trade name "<Brand> <condition> & <service>" ("&", "and", "y") with no context.sender, and leaks of the same frames with one reader's care, an adjective in place of the brand. Arrival 1.000 / 65.7 % (dict the same), after condjoin.go 1.000 / 11.4 % (dict the same)
		{"dev100h", g, loadCorpus(t, "../../testdata/guard/dev100h.jsonl"), true, false, 0, 1},
		// dev100p: written by hand by fix helper pub18 on 2026-12-06 at about 03:45 UTC (not blind), before any code change: free public health talks with a quoted topic, awareness months, screening days and vaccine recommendations for whole populations, free entry, welcome groups (clean), and the reader's own care, a population narrowed by a condition or drug, a named person, a personal date or result in the same frames (leak)
		{"dev100p", g, loadCorpus(t, "../../testdata/guard/dev100p.jsonl"), true, false, 0, 1},
		// dev100s: written by hand by fix helper staff18 on 2026-12-06 (not blind): the sender's staff news (a retiring clinician thanked "for your years of <service>", a pharmacist or nurse practitioner welcomed with PharmD, BCACP, FNP-C after a role, a Spanish welcome of a Dra. with a hyphenated specialty who "atenderá <días>", a mastectomy fitter with CFm, two staff welcomed with CCLS), English and Spanish, beside leaks of the same frames tied to the reader's care, greeting the reader or naming a patient
		{"dev100s", g, loadCorpus(t, "../../testdata/guard/dev100s.jsonl"), true, false, 0, 1},
		// dev100r: written by hand by fix helper recall18 on 2026-12-06 (not blind): dev100's recall family in fresh shapes (a cognitive test or score against the reader's baseline, the reader's breast form with size and side, a purchase of a breast-form brand, a care worker on the way to see a named person, a dotted or spaced lab abbreviation with a value; English and Spanish) and clean look-alikes. Arrival 0.118 / 0.0 % (dict 0.147 / 0.0 %), after recall18's fixes (cogbaseline.go, breastform.go, carevisit.go, spacedlabdot.go) 1.000 / 0.0 % (dict the same)
		{"dev100r", g, loadCorpus(t, "../../testdata/guard/dev100r.jsonl"), true, false, 0, 1},
		// dev100d: written by hand by fix helper site18 on 2026-12-06 (not blind), before any code change: the sender's own operations from dev100's fam-site rows (a policy for everyone from a date on, a department not operating on a holiday, a programme's deadline with an incentive, an opt-out line's phone after "by calling", a curbside pickup at the sender's address, a webhook's account id "cta_…") and leaks of the same frames tied to the reader, a relative or a named person. Arrival 1.000 / 72.0 % (dict the same), after senderops.go 1.000 / 12.0 % (dict 16.0 %)
		{"dev100d", g, loadCorpus(t, "../../testdata/guard/dev100d.jsonl"), true, false, 0, 1},
		// dev101: written blind on 2026-12-06 at about 03:40 UTC (eighteenth pass, before any change) and kept unseen until after the pass's first round of merges: arrival check one, then tuned on in round two; rows name their tenant
		{"dev101", g, loadCorpus(t, "../../testdata/guard/dev101.jsonl"), true, false, 0, 1},
		// dev101n: written by hand by fix helper name18 on 2026-12-06 at about 04:30 UTC (not blind), before any code change: ordinary notices from a sender whose own name holds capitalised words in no word list (a Spanish "Hospital"/"Policlínica"/"Sanatorio" name, an English brand ending in a camel-case care word such as "QuickCare", "UrgentCare", "CityHealth") in the sender's slots, and leaks of the same frames with a person's name (a patient after for/para/de, a greeting, a person heading the notice). Arrival 1.000 / 82.1 % (dict the same), after sendercorp.go 1.000 / 3.6 % (dict the same)
		{"dev101n", g, loadCorpus(t, "../../testdata/guard/dev101n.jsonl"), true, false, 0, 1},
		// dev101x: written by hand by fix helper red18c on 2026-12-06 at about 04:30 UTC (not blind), before any code change: red-team probes of the eighteenth pass's drops (condjoin, senderops, pubopen, staffapposit, labsample; surnameslot look-alikes): a clinic name of the reader's care at a body line's opening or as a subject, one person's rule date, a child's idle consult, the reader's number after "stop calling", a booked procedure behind a free event noun, a patient joined to a staff apposition, a relative's or a bed's lab samples; clean rows of the genuine shapes. Arrival 0.581 / 0.0 % (dict the same); after narrow18c.go 1.000 / 0.0 % (dict the same)
		{"dev101x", g, loadCorpus(t, "../../testdata/guard/dev101x.jsonl"), true, false, 0, 1},
		// dev101p: written by hand by fix helper pub18b on 2026-12-06 at about 04:25 UTC (not blind), before any code change: dev101 fam2-pub shapes in other tenants (public vaccine days open to all with a call to bring the family, a clinician welcomed with a specialty or to a surgical team, an awareness week with a free webinar, a free public talk by a named doctor, a vaccine clinic at a store for an age range) and leaks of the same frames tied to the reader, a named person or a population narrowed by health. Arrival 1.000 / 66.7 % (dict the same), after pubday.go and staffvisit.go 1.000 / 40.0 % (dict the same)
		{"dev101p", g, loadCorpus(t, "../../testdata/guard/dev101p.jsonl"), true, false, 0, 1},
		// dev101o: written by hand by fix helper ortho18 on 2026-12-06 at about 04:25 UTC (not blind), before any code change: a "<Brand> Scoliosis & Orthotics" trade name in staff news and visitor policy, the sender's own retirement, closure and arrival-policy dates, a webhook's opaque "user_id"; leaks of the reader's condition, supply, visit date and a username that is a person's name or email. Arrival 1.000 / 66.7 % (dict the same); after orthoops.go 1.000 / 19.0 % (dict the same)
		{"dev101o", g, loadCorpus(t, "../../testdata/guard/dev101o.jsonl"), true, false, 0, 1},
		// dev101r: written by hand by fix helper recall18b on 2026-12-06 (not blind), before any code change: dev101's recall family in fresh shapes (the reader's enteral supplies and formula by product and count, the reader's low or high lab values with a feed change, proxy access naming a relative in lower case, a spinal curve in degrees, a feeding-tube button kit with its French size, a baby's hearing screen result; English and Spanish) and clean look-alikes. Arrival 0.560 / 12.0 % (dict 0.560 / 16.0 %), after recallfam18b.go and its vocabulary 1.000 / 12.0 % (dict 1.000 / 16.0 %)
		{"dev101r", g, loadCorpus(t, "../../testdata/guard/dev101r.jsonl"), true, false, 0, 1},
		// dev102: written blind on 2026-12-06 at about 03:40 UTC (eighteenth pass, before any change) and kept unseen until after the pass's second round of merges: arrival check two; not tuned on; rows name their tenant
		{"dev102", g, loadCorpus(t, "../../testdata/guard/dev102.jsonl"), true, false, 0, 1},
		// dev102x: written by hand by fix helper red18d on 2026-12-06 at about 05:05 UTC (not blind), before any code change: red-team probes of sendercorp, orthoops, pubday and staffvisit (a person in an organisation run, a patient or the reader's home in a staff slot, the reader's supply or one visit in a rule, a record number in a webhook user id, a narrowed population in a vaccine clinic); clean rows of the genuine shapes. Arrival 0.750 / 0.0 % (dict the same); after red18d's narrowing 0.929 / 0.0 % (dict the same)
		{"dev102x", g, loadCorpus(t, "../../testdata/guard/dev102x.jsonl"), true, false, 0, 1},
		// dev103: written blind on 2026-12-06 at about 06:30 UTC (nineteenth pass, before any change); tuned on in the pass's first round; rows name their tenant
		{"dev103", g, loadCorpus(t, "../../testdata/guard/dev103.jsonl"), true, false, 0, 1},
		// dev104: written blind on 2026-12-06 at about 06:30 UTC (nineteenth pass, before any change) and kept unseen (rows unprinted) until after the pass's first round: arrival check; rows name their tenant
		{"dev104", g, loadCorpus(t, "../../testdata/guard/dev104.jsonl"), true, false, 0, 1},
		// dev102w: written by hand by fix helper hook19 on 2026-12-06 at about 06:35 UTC (not blind), before any code change: webhook payloads whose user, account, handle, login, member or patient field holds a person's handle (a listed name joined by _ . - or camel case, with or without a year; a condition abbreviation beside pt/pat/pos/pac); clean rows: opaque ids, service names, event names and keys. Arrival 0.524 / 32.3 % (dict the same); after hook19's webhookhandle.go 1.000 / 12.9 % (dict the same)
		{"dev102w", g, loadCorpus(t, "../../testdata/guard/dev102w.jsonl"), true, false, 0, 1},
		// dev103m: written by hand by fix helper miss19 on 2026-12-06 at about 06:50 UTC (not blind), before any code change, from dev103 fam-miss19: procedure and device abbreviations tied to the reader (ESWL, PCNL, URS, ICD, PPM, CRT-D, ILR, PEG; DAI, LEOC), a fertility beta/hCG result, Spanish national identity numbers after a dotted cue (C.I., D.N.I., R.U.T., C.U.R.P., D.U.I.); clean look-alikes (ICD-10 billing, beta software, C.I. without a number, order numbers). Arrival 0.405 / 0.0 % (dict the same); after miss19's readerabbr.go 1.000 / 3.3 % (dict the same)
		{"dev103m", g, loadCorpus(t, "../../testdata/guard/dev103m.jsonl"), true, false, 0, 1},
		// dev103d: written by hand by fix helper date19 on 2026-12-06 at about 06:45 UTC (not blind), before any code change: the sender's own operations' dates without tenant context (a policy's start, an automatic reorder, a device sign-in, an office move's last day, an appointment confirmation at the sender's address, a webhook's send stamp) and leaks dressed in those shapes (the reader's procedure, drug, test, a person, a birth date, a discharge, a claim's service dates). Arrival 1.000 / 37.1 % (dict the same); after date19's senderopdate.go 1.000 / 14.3 % (dict the same)
		{"dev103d", g, loadCorpus(t, "../../testdata/guard/dev103d.jsonl"), true, false, 0, 1},
		// dev103s: written by hand by fix helper pub19 on 2026-12-06 at about 06:50 UTC (not blind), before any code change: the sender's new clinician with a specialty and public awareness days, info sessions and classes open to everyone (clean), leaks dressed in those shapes (a clinician tied to the reader, the reader's attendance tied to a condition, a narrowed population, a person's name in an event name). Arrival 0.971 / 51.4 % (dict the same); after pub19's change 1.000 / 8.6 % (dict the same)
		{"dev103s", g, loadCorpus(t, "../../testdata/guard/dev103s.jsonl"), true, false, 0, 1},
		// dev103p: written by hand by fix helper phone19 on 2026-12-06 at about 06:55 UTC (not blind), before any code change: the sender's own phone with no tenant context ("Call <Sender> at", "Save our number! <Sender>: <phone>", a closing "Call <phone>." in the sender's voice, "por WhatsApp al +595 …", "Llame a <Sender> al …") and leaks in the same shapes (a person, a relative, a personal line, the sender calling the reader, the reader's number on file). Arrival 1.000 / 82.9 % (dict the same)
		{"dev103p", g, loadCorpus(t, "../../testdata/guard/dev103p.jsonl"), true, false, 0, 1},
		// dev102y: written by hand by red team red19a on 2026-12-06 at about 07:00 UTC (not blind), before any code change: red-team probes of sendername, senderhead, clinhead, siteop, caresignal and announce (a listed surname before a word of ongoing care, a care place on a statement's later line, a status or callback header naming a procedure, a person's awareness day, a vaccine day in a treatment unit); clean rows of the genuine shapes. Arrival 0.062 / 0.0 % (dict the same); after red19a's narrowing 0.979 / 0.0 % (dict the same)
		{"dev102y", g, loadCorpus(t, "../../testdata/guard/dev102y.jsonl"), true, false, 0, 1},
		// dev102g: written by hand by fix helper gaps19 on 2026-12-06 at about 06:50 UTC (not blind), before any code change: leaks left open by the last pass (Spanish multi-word conditions in no vocabulary, a population defined by a past condition, the reader's membership of a programme or group named by a condition, a relative's name in lower case after the relative's record, a spinal curve or breast form with no spine or breast word); clean rows of the genuine shapes. Arrival 0.527 / 5.4 % (dict the same); after gaps19.go and the Spanish conditions 0.964 / 5.4 % (dict the same)
		{"dev102g", g, loadCorpus(t, "../../testdata/guard/dev102g.jsonl"), true, false, 0, 1},
		// dev104m: written by hand by fix helper miss19b on 2026-12-06 at about 08:10 UTC (not blind), before any code change, from dev104 fam-miss19b: allergy immunotherapy as the reader's treatment (sublingual drops, tablets, shots, extract vials, SLIT/SCIT; gotas sublinguales), an SSN's last digits spelled with separators, a dental extraction dated for the reader, aligners of a numbered phase/stage, returning an event/Holter monitor; clean look-alikes (allergy-season tips, product drops, renovation phases, a loaner tablet, a public seguro social mention). Arrival 0.478 / 0.0 % (dict the same); after miss19b's readertreat.go 1.000 / 0.0 % (dict the same)
		{"dev104m", g, loadCorpus(t, "../../testdata/guard/dev104m.jsonl"), true, false, 0, 1},
		// dev103x: written by hand by red team red19b on 2026-12-06 at about 08:10 UTC (not blind), before any code change: red-team probes of senderopdate, staffjoinorg, pubevslot and phonevoice (the reader's care date in a policy sentence, a reorder of the reader's supply, a clinician joining a person, a person or the reader's condition in a free event's topic, presenter or day name, a person's number after "Call <word> at" or "Save our number! <run>:"); clean rows of the genuine shapes. Arrival 0.844 / 0.0 % (dict the same); after red19b's narrowing 0.875 / 0.0 % (dict the same)
		{"dev103x", g, loadCorpus(t, "../../testdata/guard/dev103x.jsonl"), true, false, 0, 1},
		// dev104w: written by hand by fix helper hook19b on 2026-12-06 at about 08:10 UTC (not blind), before any code change: webhook payloads to the tenant's own systems with the system's record ids (appt_id, thread_id, subscription_id, order_id, shift_id, cita_id) and scheduling timestamps (clean), and leaks in the same shapes with a person or clinical field (patient_id, member_id, mrn, dob, fecha_nacimiento, paciente_id, a name, a procedure, drug, department). Arrival 1.000 / 85.0 % (dict the same); after hook19b's webhookrecord.go 1.000 / 5.0 % (dict the same)
		{"dev104w", g, loadCorpus(t, "../../testdata/guard/dev104w.jsonl"), true, false, 0, 1},
		// dev105: written blind on 2026-12-06 at about 09:05 UTC (twentieth pass, before any rule change); tuned on in the pass's first round (0.970 / 19.6 % -> 0.990 / 7.2 %); rows name their tenant
		{"dev105", g, loadCorpus(t, "../../testdata/guard/dev105.jsonl"), true, false, 0, 1},
		// dev106: written blind on 2026-12-06 at about 09:05 UTC (twentieth pass, before any rule change) and kept unseen (rows unprinted) until after the pass's first round: arrival check at 10:20 UTC (0.910 / 8.0 %, dict 0.930 / 8.0 %: unchanged from the base), then tuned on in round two (0.960 / 2.8 %); rows name their tenant
		{"dev106", g, loadCorpus(t, "../../testdata/guard/dev106.jsonl"), true, false, 0, 1},
		// dev104x: written by hand by red team red20 on 2026-12-06 at about 09:35 UTC (not blind), before any code change: red-team probes of webhookrecord, webhookhandle, cueopen and senderopdate (a webhook of record ids and a timestamp whose event, queue or note names care or a surname, a record id holding a birth date or a clinical record number; a handle under an unlisted person key; a surname opening the sentence after a lower-case cue before a joiner or a lower-case given name; an operation date a later sentence ties to the reader, or a surname in its sentence); clean rows of the genuine shapes. Arrival 0.000 / 0.0 % (dict the same); after red20's narrowing of the four 0.952 / 0.0 % (dict the same)
		{"dev104x", g, loadCorpus(t, "../../testdata/guard/dev104x.jsonl"), true, false, 0, 1},
		// dev105g: written by hand by fix helper gaps20 on 2026-12-06 at about 09:25 UTC (not blind), before any code change, from dev105 fam miss20 (a hair-loss patient's crown and hairline progress photos; a baby named with its cord blood unit) and the shapes the last pass left open (a care team named by a surname, a lower-case person's condition in a public event, a name as a number's label, a surname hospice as the sender header, SSN digits as words, soft hyphens, a pump's users, leet, the reader's visit date, the reader as an implant patient); clean look-alikes. Arrival 0.421 / 3.2 % (dict the same); after gaps20's gaps20.go 0.816 / 3.2 % (dict the same)
		{"dev105g", g, loadCorpus(t, "../../testdata/guard/dev105g.jsonl"), true, false, 0, 1},
		// dev105s: written by hand on 2026-12-06 at about 09:28 UTC by fix helper snd20 (not blind), before any code change: a one-word or camel-case sender's name in a sender's slot (clean) and listed drugs / the reader's care in the same slots (leak)
		{"dev105s", g, loadCorpus(t, "../../testdata/guard/dev105s.jsonl"), true, false, 0, 1},
		// dev105t: written by hand by fix helper staff20 on 2026-12-06 at about 09:25 UTC (not blind), before any code change: clean notices about the sender itself (a sender named after a saint, its staff news, divisions, sites and webhook agency name, public campaigns open to all, a results-ready notice with no result; English and Spanish) and leaks dressed in those shapes (the reader's own vaccine, result or division visit, a person tied to the reader's care, a saint's name as a patient's name, a named result). Arrival 1.000 / 64.0 % (dict the same)
		{"dev105t", g, loadCorpus(t, "../../testdata/guard/dev105t.jsonl"), true, false, 0, 1},
		// dev105o: written by hand by fix helper ops20 on 2026-12-06 at about 09:25 UTC (not blind), before any code change, from dev105's fam ops20: the sender's own operations (a public drive's or fair's date, a free screening day at all locations, a public Q&A, a shipment's estimated arrival, terms of service changing, an Ecuadorian invoice number 001-002-000045871 in prose and a webhook, the sender's 24-hour emergency address and phone) and leaks of the same shapes (the reader's surgery, screening or donation date, a birth date, a member or claim number, a patient's address and phone). Arrival 1.000 / 45.0 % (dict the same); after ops20's opsdrive.go, senderopship.go, ecinvoice.go 1.000 / 10.0 % (dict the same)
		{"dev105o", g, loadCorpus(t, "../../testdata/guard/dev105o.jsonl"), true, false, 0, 1},
		// dev106f: written by hand by fix helper fpa on 2026-12-06 at about 10:25 UTC (not blind), before any code change, from dev106's fam fpA: the sender's own programme and schedule, product-class policies for everyone, a public webinar topic, staff credentials (clean) and leaks of the same shapes (the reader's cardiac rehab after a heart attack, the reader's supplies order or prescription, a clinician tied to the reader); English and Spanish. Arrival 1.000 / 77.8 % (dict the same); after senderprog.go 1.000 / 16.7 % (dict the same)
		{"dev106f", g, loadCorpus(t, "../../testdata/guard/dev106f.jsonl"), true, false, 0, 1},
		// dev106c: written by hand by fix helper missa on 2026-12-06 at about 10:25 UTC (not blind), before any code change, from dev106 fam missA: the reader's care in therapy and rehab wording (an instrumental swallow study and its finding, a diet texture ordered for the reader, a hand procedure or condition and its exercises, therapy measurements) and clean look-alikes (a service list, a public hand-health class, a recipe's thickened sauce, a tendon gliding video open to all). Arrival 0.450 / 25.0 % (dict the same); after missa's swallow-study, diet-texture and hand-surgery vocabulary 0.950 / 30.0 % (dict the same)
		{"dev106c", g, loadCorpus(t, "../../testdata/guard/dev106c.jsonl"), true, false, 0, 1},
		// dev106o: written by hand by fix helper missb on 2026-12-06 at about 10:30 UTC (not blind), before any code change, from dev106's fam missB: digits for letters inside clinical words, a clinical word spelled with hyphens, a phone with every digit spaced, a Costa Rican landmark address of a home visit, strict marketing by association with pumping, and clean look-alikes (codes, COVID-19, B12, K9, 4x4, Wi-Fi, i-Phone, a store's own landmark address, pumping gas or iron)
		{"dev106o", g, loadCorpus(t, "../../testdata/guard/dev106o.jsonl"), true, false, 0, 1},
		// dev106w: written by hand by fix helper fpb on 2026-12-06 at about 10:25 UTC (not blind), before any code change, from dev106's fam fpB: the sender's service modes (teletherapy, telerehab, teledentistry), a Costa Rican electronic invoice number FE-NNNNNNNN, a pharmacy's home-delivery area, a public campaign's webhook title, staff news welcoming a dentist to a location, an office closing and its visits moving; and leaks of the same shapes. Arrival 0.929 / 22.2 % (dict the same)
		{"dev106w", g, loadCorpus(t, "../../testdata/guard/dev106w.jsonl"), true, false, 0, 1},
		// dev107: written blind on 2026-12-06 at about 12:05 UTC (twenty-first pass, before any rule change); tuned on in the pass; rows name their tenant
		{"dev107", g, loadCorpus(t, "../../testdata/guard/dev107.jsonl"), true, false, 0, 1},
		// dev108: written blind on 2026-12-06 at about 12:05 UTC (twenty-first pass, before any rule change) and kept unseen (rows unprinted, not in the notice model's training) until after the pass's first round (the notice model, the learned-list freeze): arrival check at 12:35 UTC 0.920 / 8.8 % (dict the same), unchanged from the base; then tuned on in round two
		{"dev108", g, loadCorpus(t, "../../testdata/guard/dev108.jsonl"), true, false, 0, 1},
		// dev107x: written by hand by fix helper r107 on 2026-12-06 at about 12:30 UTC (not blind), before any code change, from dev107's false positives and misses: webhook invoice, order and appointment codes read as a ZIP or phone and the booked date under a bare date key, the sender's new street after "atendemos en", job ads for clinical staff, a chain's "any <Brand> clinic", a team's accreditation, an oral food challenge and a perforated eardrum; leaks of the same shapes (a patient, phone, birth date, record prefix or test in the payload, a home visit, a reader's nurse or test). Arrival 0.733 / 73.3 % (dict the same); after r107's rules 0.933 / 0.0 % (dict the same)
		{"dev107x", g, loadCorpus(t, "../../testdata/guard/dev107x.jsonl"), true, false, 0, 1},
		// dev108r: written by hand by red-team helper redm on 2026-12-06 at about 12:40 UTC (not blind, knowing the notice model's drop), before any code change: the reader's condition, drug, procedure or test inside closure, hours, staff-news, award, billing, newsletter and event wording (English, Spanish, webhooks) and clean look-alikes of the same wording. Arrival 0.902 / 40.0 % (dict the same; the rules alone 1.000); after the drop's addressed-finding narrowing (noticemodel.go) 1.000 / 40.0 % (dict the same)
		{"dev108r", g, loadCorpus(t, "../../testdata/guard/dev108r.jsonl"), true, false, 0, 1},
		// dev108x: written by hand by fix helper fix108 on 2026-12-06 at about 12:40 UTC (not blind), before any code change, from dev108's rows: a clinical record's label (Dx, Diagnosis, Diagnóstico, Rx, Hx, Impression, Assessment, Indication, Motivo de consulta) and a colon before the reader's condition or care, visible and hidden, cannabis card and order leaks, a Spanish cardiac procedure; clean look-alikes (a brand ending in Rx, a label before a status word, Spanish document numbers after N.°, a city after 'en todo'). Arrival 0.625 / 20.0 % (dict the same); after fix108's mechanisms 1.000 / 0.0 % (dict the same)
		{"dev108x", g, loadCorpus(t, "../../testdata/guard/dev108x.jsonl"), true, false, 0, 1},
		// dev109: written blind on 2026-12-06 at about 13:35 UTC (twenty-first pass, after the pass's rules and the notice model): the arrival check of the whole pass on new libraries (dev109, dev110, dev111 without the dictionary: base 0.990 / 12.0 %, 0.980 / 13.6 %, 1.000 / 10.0 % -> final 0.990 / 11.2 %, 0.980 / 12.8 %, 1.000 / 8.4 %; with it: 1.000 / 12.0 %, 0.980 / 14.0 %, 1.000 / 11.2 % -> 1.000 / 11.2 %, 0.980 / 13.2 %, 1.000 / 9.2 %); not in the notice model's training; rows name their tenant
		{"dev109", g, loadCorpus(t, "../../testdata/guard/dev109.jsonl"), true, false, 0, 1},
		// dev110: written blind on 2026-12-06 at about 13:35 UTC (twenty-first pass, after the pass's rules and the notice model): the arrival check of the whole pass on new libraries (dev109, dev110, dev111 without the dictionary: base 0.990 / 12.0 %, 0.980 / 13.6 %, 1.000 / 10.0 % -> final 0.990 / 11.2 %, 0.980 / 12.8 %, 1.000 / 8.4 %; with it: 1.000 / 12.0 %, 0.980 / 14.0 %, 1.000 / 11.2 % -> 1.000 / 11.2 %, 0.980 / 13.2 %, 1.000 / 9.2 %); not in the notice model's training; rows name their tenant
		{"dev110", g, loadCorpus(t, "../../testdata/guard/dev110.jsonl"), true, false, 0, 1},
		// dev111: written blind on 2026-12-06 at about 13:35 UTC (twenty-first pass, after the pass's rules and the notice model): the arrival check of the whole pass on new libraries (dev109, dev110, dev111 without the dictionary: base 0.990 / 12.0 %, 0.980 / 13.6 %, 1.000 / 10.0 % -> final 0.990 / 11.2 %, 0.980 / 12.8 %, 1.000 / 8.4 %; with it: 1.000 / 12.0 %, 0.980 / 14.0 %, 1.000 / 11.2 % -> 1.000 / 11.2 %, 0.980 / 13.2 %, 1.000 / 9.2 %); not in the notice model's training; rows name their tenant
		{"dev111", g, loadCorpus(t, "../../testdata/guard/dev111.jsonl"), true, false, 0, 1},
		// dev112: written blind on 2026-12-06 at about 14:20 UTC (twenty-second pass, before any change); tuned on in the pass; rows name their tenant
		{"dev112", g, loadCorpus(t, "../../testdata/guard/dev112.jsonl"), true, false, 0, 1},
		// dev113: written blind on 2026-12-06 at about 14:20 UTC (twenty-second pass, before any change): the arrival check of round one (base and after round one measured before any use), then tuned on in round two; rows name their tenant
		{"dev113", g, loadCorpus(t, "../../testdata/guard/dev113.jsonl"), true, false, 0, 1},
		// dev114: written blind on 2026-12-06 at about 15:25 UTC (twenty-second pass, after round one had merged): the arrival check of the whole pass on a new library (measured at the pass's base, after round one and at the end before any use); not in the notice model's training; rows name their tenant
		{"dev114", g, loadCorpus(t, "../../testdata/guard/dev114.jsonl"), true, false, 0, 1},
		// dev116: written blind on 2026-12-06 at about 16:35 UTC (twenty-third pass, before any change): tuned on in round one
		// dev115: written blind on 2026-12-06 at about 16:35 UTC (twenty-third pass, before any change), kept unseen to the end of the pass (its arrival check: 0.920 / 10.4 % at the base and at the end, both dictionary modes), then registered
		{"dev115", g, loadCorpus(t, "../../testdata/guard/dev115.jsonl"), true, false, 0, 1},
		{"dev116", g, loadCorpus(t, "../../testdata/guard/dev116.jsonl"), true, false, 0, 1},
		// dev117: written blind on 2026-12-06 at about 19:10 UTC (twenty-fourth pass, before any change): tuned on in round one
		{"dev117", g, loadCorpus(t, "../../testdata/guard/dev117.jsonl"), true, false, 0, 1},
		// dev118: written blind on 2026-12-06 at about 19:10 UTC (twenty-fourth pass, before any change), kept unseen to the end of the pass (its arrival check: 0.960 / 5.2 % at the base and at the end, both dictionary modes), then registered
		{"dev118", g, loadCorpus(t, "../../testdata/guard/dev118.jsonl"), true, false, 0, 1},
		// dev117g: written by hand by red team red24b on 2026-12-06 at about 20:07 UTC (not blind), before any code change: leaks of one reader's condition or procedure shaped to fall in gencover.go's slots (a plan covering "all"/"annual" care of "the member", an organisation named after a person and a disease, a population followed by one member, Spanish periods and annual cover, webhook JSON) and clean look-alikes. Arrival 32/38 leaks through at cf818288 (2/38 at its first parent), 0/13 clean flagged at cf818288 (12/13 at its parent); after red24b's gcrole.go 2/38 through, 0/13 flagged, both modes
		{"dev117g", g, loadCorpus(t, "../../testdata/guard/dev117g.jsonl"), true, false, 0, 1},
		// dev112x: written by hand by fix helper r112 on 2026-12-06 (not blind), before its rules, from dev112's miss families: lice found on or infesting a person (English and Spanish), pediculicide brands, Spanish orthoses and hearing aids of the reader; clean look-alikes (public lice advice, sports knee pads, headphones, a shop's range); then, added with their rules, text hidden in base64, a group in general with lice, the reader's dates of service. Arrival 0.250 / 18.8 % (dict 0.312 / 18.8 %) on the first 32 rows; after r112's rules 1.000 / 11.5 % both modes
		{"dev112x", g, loadCorpus(t, "../../testdata/guard/dev112x.jsonl"), true, false, 0, 1},
		// dev109x: written by hand by fix helper r109 on 2026-12-06 at about 14:50 UTC (not blind), before any code change, from dev109-dev111's false positives: staff roles no role list held and academic titles, clean and leaks dressed like them
		{"dev109x", g, loadCorpus(t, "../../testdata/guard/dev109x.jsonl"), true, false, 0, 1},
		// dev113r: written by hand by fix helper red22 on 2026-12-06 at about 15:08 UTC (not blind), before any code change: red team of the pass's new clearing rules (event dates, staff roles, deposits and F invoices, billing policy, webhook user ids, the sender's number, lice in a group, PT after a clock time, the notice model's drop), leaks dressed like their shapes and clean look-alikes. Arrival 0.560 / 8.0 % both modes; after red22's narrowing 0.960 / 8.0 %
		{"dev113r", g, loadCorpus(t, "../../testdata/guard/dev113r.jsonl"), true, false, 0, 1},
		// dev113m: written by hand by fix helper r113m on 2026-12-06 at about 15:28 UTC (not blind), before its rules, from dev113's miss families: the reader's medical or work-incapacity leave (English and Spanish) and a Spanish orthosis of the reader with a fitting word or a collar's type; clean look-alikes (unsubscribing, a leave policy or balance, a shop's range, a gift); then, before their rules, a symptom as the reason of a call or visit after a label a clinician's advice to go to urgent care, the reader's areola tattoo and Spanish care after a post-/pos- procedure. Arrival 0.200 / 33.3 % both modes on the first 30 rows; after r113m's rules 0.939 / 20.0 % (dict 0.939 / 25.7 %, FP rows all older than the rules)
		{"dev113m", g, loadCorpus(t, "../../testdata/guard/dev113m.jsonl"), true, false, 0, 1},
		// dev113f: written by hand by fix helper r113f on 2026-12-06 at about 15:35 UTC (not blind), before its rules, from dev113's false positives: an allied-health trade word opening the sender's header before one family name, a nurse title before a service word (Nurse Line); clean rows of each shape and leaks dressed like them, English and Spanish. Arrival 1.000 / 63.6 % (dictionary 1.000 / 68.2 %); after practicehead.go and nurseline.go 1.000 / 9.1 % both modes (21 leaks / 22 clean); then 5 clean and 5 leaks of a third family (a lice word in the sender's capitalised name, 'Nit Knockers'), left unfixed: 1.000 / 25.9 % both modes
		{"dev113f", g, loadCorpus(t, "../../testdata/guard/dev113f.jsonl"), true, false, 0, 1},
		// dev114r: written by hand by fix helper redm22 on 2026-12-06 (not blind), before any code change: red team of the retrained notice model's drop (one reader's care padded with holiday-hours or newsletter wording without your/tu/su or "you requested": a named relative's care, a bare article, passive forms, "for you", Spanish le/usted forms, a list ending with one reader's item) and clean look-alikes (a shop's range, public campaigns). Arrival 0.364 / 12.5 % both modes (the rules alone 1.000 / 62.5 %: the drop clears 14 of 22 leaks, leak-001 004 005 006 008 010 012 014 015 016 017 019 021 022); after redm22's narrowing (noticemodel.go nmKin, nmReady) 1.000 / 12.5 % both modes
		{"dev114r", g, loadCorpus(t, "../../testdata/guard/dev114r.jsonl"), true, false, 0, 1},
		// dev115d: written by hand by fix helper red23 on 2026-12-06 (not blind), at main 1e03ec5b before any code change: red team of the notice model's drop (noticemodel.go applyNoticeModel and its narrowings nmAddr, nmYou, nmKin, nmReady): 40 leaks (one reader's drug, result, procedure or supply padded with holiday-hours, newsletter, policy, billing or programme wording, with no your/tu/su, relative or ready word near it: passives with filled/shipped/renewed/authorized/surtida/enviadas, "on hold", "due", "this account", "Dear patient", "for you" without an act, "Usted tiene", subject line and body, lists, webhook bodies; 14 Spanish) and 20 clean look-alikes (a shop's range, public campaigns, hours and policy notices). Arrival 0.000 / 0.0 % (the drop clears all 40 leaks and 18 of 20 clean rows; the rules alone 1.000 / 90.0 %)
		{"dev115d", g, loadCorpus(t, "../../testdata/guard/dev115d.jsonl"), true, false, 0, 1},
		// dev116d: written by hand by fix helper red23b on 2026-12-06 (not blind), at main d5ce5269 before any code change: red team of the notice model's drop with the sentence reading (nmwhose.go): 40 leaks (one reader's drug, result, procedure, device or condition inside holiday-hours, newsletter or policy wording: a range cue such as we/our/team/any/law in the reader's own sentence with a one-reader verb outside nmOne — sent, prepared, will mail, out of stock, received the approval, noted, must inform; an organisation-looking capitalised name holding the care — HIV Care Clinic, Methadone Treatment Clinic, Breast Cancer Surgery Center, Clínica de VIH y Hepatitis; a header before a colon — Suboxone Induction Visit, Control de Embarazo de Alto Riesgo; title-case fields, a misspelled or unknown brand, webhook bodies; 8 Spanish) and 20 clean look-alikes. Arrival (no dictionary): the drop clears 30 of 40 leaks and 13 of 20 clean rows
		{"dev116d", g, loadCorpus(t, "../../testdata/guard/dev116d.jsonl"), true, false, 0, 1},
		// dev116r: written by hand by fix helper red23c on 2026-12-06 (not blind), at main a7b332b4 before any code change: red team of h-r116f's clearing rules (staffaudience, orgshopheads, senderaddrlabel, addrdatefrag, pubaudience, greettime): 30 leaks (a listed-less name after Parafarmacia/Droguería/Perfumería, a reader's flat after "lo atenderemos en" or "Dirección:", a narrowed audience after "for all … residents at/now/during", a name inside "evening … callbacks", a therapy session after "Te presentamos a") and 15 clean look-alikes. Arrival (no dictionary): 30 of 30 leaks through, 25 of them through only since the merge
		{"dev116r", g, loadCorpus(t, "../../testdata/guard/dev116r.jsonl"), true, false, 0, 1},
		// dev116s: written by hand by fix helper red23d on 2026-12-06 (not blind), at main cb0daf80 before any code change: red team of schedday.go: 25 leaks (a short confirmation of one reader's test, admission, discharge, procedure, session or slot, then the sender's place + a schedule verb on that date; 11 Spanish) and 10 clean look-alikes. Arrival (no dictionary): 25 of 25 leaks get through
		{"dev116s", g, loadCorpus(t, "../../testdata/guard/dev116s.jsonl"), true, false, 0, 1},
		// dev117n: written by hand by fix helper red24a on 2026-12-06 (not blind), at main aa0bf1b0 before any code change: red team of h-r117n's clearing rule (ownstaff117.go): 37 leaks (a person beside advocate/asesora/ejecutivo/concierge/teammate/CEO/director with a stay, a fall, a birth, a death, a leave or plan membership in the same or the next sentence, a reader's stay or discharge in the next sentence, a case name before ", your advocate", 3 webhook bodies; 14 Spanish) and 12 clean look-alikes. Arrival (no dictionary): 37 of 37 leaks through, 33 of them only since the merge (4 pass at its first parent d4b83e0c); 0 of 12 clean rows flagged (12 of 12 at the parent)
		{"dev117n", g, loadCorpus(t, "../../testdata/guard/dev117n.jsonl"), true, false, 0, 1},
		// dev117p: written by hand by fix helper red24c on 2026-12-06 (not blind), at main 53143fb8 before any code change: red team of h-r117d's clearing rules (policy117.go's greeting head and claim class, lawacronym.go, jrsuffix.go): 37 leaks (one reader's claim after "Estimado asegurado:", a name after "signed COBRA", a Lima street after "Carlos Jr.", webhook bodies) and 12 clean look-alikes. Arrival (no dictionary): 14 of 37 leaks through, all 14 only since the merge
		{"dev117p", g, loadCorpus(t, "../../testdata/guard/dev117p.jsonl"), true, false, 0, 1},
		// dev82: written blind on 2026-12-05 at about 19:15 UTC (fifteenth pass, before any change); rows name their tenant
		{"dev82", g, loadCorpus(t, "../../testdata/guard/dev82.jsonl"), true, false, 0, 1},
		// dev85: written blind on 2026-12-05 at about 20:05 UTC (fifteenth pass) and kept unseen until after the pass's second round of merges: the second arrival check; rows name their tenant
		{"dev85", g, loadCorpus(t, "../../testdata/guard/dev85.jsonl"), true, false, 0, 1},
		// dev83: written blind on 2026-12-05 at about 19:10 UTC (fifteenth pass) and kept unseen until after the pass's first quality merges: the arrival check; rows name their tenant
		{"dev83", g, loadCorpus(t, "../../testdata/guard/dev83.jsonl"), true, false, 0, 1},
		// dev84r: helper recall15's probes of dev82's misses and false positives (organisms in a result, aftercare, orthodontic work, programme values, profession words, a join URL, a policy's effective date), with clean look-alikes; tuned on
		{"dev84r", g, loadCorpus(t, "../../testdata/guard/dev84r.jsonl"), true, false, 0, 1},
		// dev86r: written by hand by fix helper recall2 on 2026-12-05 (not blind): dev83's misses (vision-correction marketing aimed at the reader, eye pressure in mmHg, dialysis sessions, home-dialysis supplies) and false positives (webhook references, Peruvian 01 numbers after Spanish call-to cues, language names), with leak and clean look-alikes; tuned on
		{"dev86r", g, loadCorpus(t, "../../testdata/guard/dev86r.jsonl"), true, false, 0, 1},
		// dev80s: written by hand by fix helper staff14 on 2026-12-05 (not blind): the sender's staff, speakers and contacts (credentials on anniversaries, welcomes with a service pleasantry, a home town, a titled clinician's specialty, an event's RSVP contact, a Q&A host, a Spanish honorific nickname, a gift-card brand) and leaks of the same shapes about the reader's care
		{"dev80s", g, loadCorpus(t, "../../testdata/guard/dev80s.jsonl"), true, false, 0, 1},
		// dev84s: written by hand by fix helper staff15 on 2026-12-05 (not blind): the sender's staff news with no tenant context (dev82's fam-staff rows: a welcome with a role and a credential, "Meet X, our new <role>", a provider tier, an anniversary, a director named, a conference talk, fellowship training, a certified role joining, a Spanish role that "atiende", "Say ¡hola! to <first name>") and leaks of the same shapes about the reader's care
		{"dev84s", g, loadCorpus(t, "../../testdata/guard/dev84s.jsonl"), true, false, 0, 1},
		// dev86s: written by hand by fix helper staff2 on 2026-12-05 (not blind): the sender's staff news with no tenant context (dev83's fam-staff rows: Spanish welcomes with a specialty, retirements, anniversaries, network news naming a practice, a certified role leading a lab, a team "led by" a credentialed person, "named X of the Year", "who specializes in") and leaks of the same shapes about the reader's care
		{"dev86s", g, loadCorpus(t, "../../testdata/guard/dev86s.jsonl"), true, false, 0, 1},
		// dev91s: written by hand by fix helper staff16 on 2026-12-05 (not blind): the sender's staff news with post-nominal credentials after the name and no tenant context (dev88's fam-staff rows: welcomes, congratulations on a certification, an exam or an election, "joins as", "now leads", "board-certified", "Meet X, CPhT — our new lead") and leaks of the same shapes naming the reader's care
		{"dev91s", g, loadCorpus(t, "../../testdata/guard/dev91s.jsonl"), true, false, 0, 1},
		// dev94s: written by hand by fix helper staff2b on 2026-12-05 (not blind): the sender's staff news with no tenant context (dev89's fam-staff shapes: a credential list, a title or a staff role beside welcome, join, congratulate, named, promoted, retire, celebrate, meet, earn, lead; a lead on leave with a cover) and leaks of the same shapes naming the reader's care or a person's own diagnosis
		{"dev94s", g, loadCorpus(t, "../../testdata/guard/dev94s.jsonl"), true, false, 0, 1},
		// dev94o: written by hand by fix helper sender2b on 2026-12-05 at about 23:15 UTC (not blind), before any code change: the sender's own short name with no context.sender in a sender's role (header, owner of an app, branches, portal or team, the party of a call or visit, the party that never asks for bank details; then the sender's news and the issuer of a statement or place of a visit named after a common ailment) and leaks of the same shapes (a person's name in the slot, the reader's care beside the sender's name)
		{"dev94o", g, loadCorpus(t, "../../testdata/guard/dev94o.jsonl"), true, false, 0, 1},
		// dev78: written blind on 2026-12-05 at about 16:40 UTC (fourteenth pass, before any change); rows name their tenant
		{"dev78", g, loadCorpus(t, "../../testdata/guard/dev78.jsonl"), true, false, 0, 1},
		// dev80r: written by hand by fix helper recall14 on 2026-12-05 (not blind): pregnancy and maternity care of the reader, ED treatment by abbreviation or a bedroom frame, sexual-health devices, a dose change, named clinical scores with values, dementia behaviours, and clean look-alikes
		{"dev80r", g, loadCorpus(t, "../../testdata/guard/dev80r.jsonl"), true, false, 0, 1},
		{"dev77x", g, loadCorpus(t, "../../testdata/guard/dev77x.jsonl"), true, false, 0, 1},
		// dev80x: written by hand by fix helper red14 on 2026-12-05 (not blind): dev77x's remaining misses in varied wording, English and Spanish, and clean look-alikes
		{"dev80x", g, loadCorpus(t, "../../testdata/guard/dev80x.jsonl"), true, false, 0, 1},
		// dev81x: written by hand by red-team helper red14b on 2026-12-05 (not blind): leaks hidden in the shapes the fourteenth pass's suppressions clear (staffintro.go, orgspecialty.go, ownpremises.go, listingaddr.go, goodsarrive.go) and clean notices its new findings may block (maternity.go, sexhealth.go, dosechange.go, clinscore.go, dementiabehav.go)
		{"dev81x", g, loadCorpus(t, "../../testdata/guard/dev81x.jsonl"), true, false, 0, 1},
		// dev87x: written by hand by red-team helper red15 on 2026-12-05 (not blind): leaks hidden in the shapes the fifteenth pass's suppressions clear (saintorg.go saintHead, hometrade.go, branchhead.go, stafftopic.go, publicoffer.go, ownrole.go, eventname.go, policydate.go) and clean notices its new findings may block (organism.go, aftercare.go, jsonprogram.go, dental.go orthoTerms)
		{"dev87x", g, loadCorpus(t, "../../testdata/guard/dev87x.jsonl"), true, false, 0, 1},
		// dev90x: written by hand by red-team helper red16 on 2026-12-05 (not blind): one reader's care slot dressed as an announcement to everyone (audience words, walk-ins, free offers, public events; English and Spanish, standard and strict) for the announcement rules (announce*.go, publicoffer.go, publicnotice.go, publicdate.go, publiccueday.go), and genuinely public notices in the same shapes. Arrival 0.225 / 0.0 %, after announce_slot.go 0.944 / 0.0 % (both dictionary modes)
		{"dev90x", g, loadCorpus(t, "../../testdata/guard/dev90x.jsonl"), true, false, 0, 1},
		// dev91m: written by hand by fix helper misc16 on 2026-12-05 (not blind): dev88's clean notices flagged with no tenant context (the sender's phone after "call us" or a line named with its hours, webhook payloads with typed opaque ids, a location slug and delivery timestamps, a branch name in a receipt, a Spanish prefixed admission word beside a DPI) and leaks of the reader's number, identifiers, dates, name and DPI in the same frames
		{"dev91m", g, loadCorpus(t, "../../testdata/guard/dev91m.jsonl"), true, false, 0, 1},
		// dev93x: written by hand by fix helper red16b on 2026-12-05 (not blind): dev87x's remaining misses in fresh wording (a reader's name with a place-head surname or a saint-prefixed name as a header, home-care headers, "our <role>" sentences about the reader's session, staff intros setting up the reader's care, walk-in slots, new supplies, a webhook care event) and clean branch/place headers, hiring notes, programme keys
		{"dev93x", g, loadCorpus(t, "../../testdata/guard/dev93x.jsonl"), true, false, 0, 1},
		// dev77r: written by hand by fix helper recall13 on 2026-12-05 (not blind): wound and injury care, monitoring-device health events, drug-screen results and substances (disguised too), "<Condition> Rx" brands, and clean look-alikes
		{"dev77r", g, loadCorpus(t, "../../testdata/guard/dev77r.jsonl"), true, false, 0, 1},
		// dev77s: written by hand by helper staff13 on 2026-12-05 (not blind): the sender's staff news (job-title modifiers, role nouns by their form, Spanish introductions, a talk's quoted title, a titled talk host, a contact's or courier's notice) and leaks of the same shapes. Arrival 0.929 / 22.2 % (dict the same)
		{"dev77s", g, loadCorpus(t, "../../testdata/guard/dev77s.jsonl"), true, false, 0, 1},
		{"dev77d", g, loadCorpus(t, "../../testdata/guard/dev77d.jsonl"), true, false, 0, 1},
		// dev77p: written by hand (not blind) on 2026-12-05 at about 14:11 UTC by fix helper place13 before any code: the sender's own number or site with no tenant context, and the reader's in the same shapes
		{"dev77p", g, loadCorpus(t, "../../testdata/guard/dev77p.jsonl"), true, false, 0, 1},
		// dev80p: written by hand (not blind) on 2026-12-05 at about 16:43 UTC by fix helper sender14 before any code: the sender's own phone, site, public dates and organisation name with no tenant context, and the reader's in look-alike shapes
		{"dev80p", g, loadCorpus(t, "../../testdata/guard/dev80p.jsonl"), true, false, 0, 1},
		// dev81l: written by hand (not blind) on 2026-12-05 at about 17:45 UTC by fix helper latent14 before any code: leaks caught before only through the sender's own name (a lens prescription, post-/pre- treatment abbreviations, ambulance service levels, a spine level with a procedure abbreviation, the sender's line said to be the reader's), each written with the sender's name or phone, and clean look-alikes
		{"dev81l", g, loadCorpus(t, "../../testdata/guard/dev81l.jsonl"), true, false, 0, 1},
		// dev81g: written by hand (not blind) on 2026-12-05 at about 18:30 UTC by fix helper sign14 before any code: the sender's signature block after a valediction with an administrative job title (clean) and look-alike leaks (a clinical title on a letter about the reader's care, a patient or family word, a reader named in the body, a second name, no valediction)
		{"dev81g", g, loadCorpus(t, "../../testdata/guard/dev81g.jsonl"), true, false, 0, 1},
		// dev84o: written by hand (not blind) on 2026-12-05 at about 19:15 UTC by fix helper org15 before any code: the sender's own organisation name with no tenant context (a saint-prefixed institution header, a home-health agency header before its trade words, the brand and a branch place as a header label) and look-alike leaks
		{"dev84o", g, loadCorpus(t, "../../testdata/guard/dev84o.jsonl"), true, false, 0, 1},
		// dev84p: written by hand (not blind) on 2026-12-05 at about 19:15 UTC by fix helper pub15 before any code: offers, services and news addressed to everyone (an audience of everyone, a price per unit or a discount on a service, the sender's own new service, a team's accreditation, "injectables") and leaks in look-alike shapes (the reader's own treatment or condition, a dose, a result, condition-targeted marketing)
		{"dev84p", g, loadCorpus(t, "../../testdata/guard/dev84p.jsonl"), true, false, 0, 1},
		// dev86o: written by hand (not blind) on 2026-12-05 at about 20:10 UTC by fix helper org2 before any code: the sender's own name as a brand plus care-type words heading a notice with no care of the reader, the sender's branches and premises' addresses, and look-alike leaks
		{"dev86o", g, loadCorpus(t, "../../testdata/guard/dev86o.jsonl"), true, false, 0, 1},
		// dev86p: written by hand (not blind) on 2026-12-05 at about 20:10 UTC by fix helper pub2 before any code: fam2-pub of dev83 (awareness months, public talks and screenings, packages and prices, the sender's goods and services, surveys, webinars, policies, holidays, an app rating) and leaks in look-alike shapes (the reader's own condition, screening result or order, condition-targeted marketing)
		{"dev86p", g, loadCorpus(t, "../../testdata/guard/dev86p.jsonl"), true, false, 0, 1},
		// dev72: written blind on 2026-12-05 at about 11:13 UTC (twelfth pass), kept unseen until after the pass's last quality merge (`b57bbbb`): the arrival check; rows name their tenant
		{"dev72", g, loadCorpus(t, "../../testdata/guard/dev72.jsonl"), true, false, 0, 1},
		// dev73x: written by hand (not blind) by red-team helper RED12 on 2026-12-05 at about 13:06 UTC after reading ownnumber.go, rxbrand.go and typedid.go: leaks inside the three suppressions' slots and the clean rows they were written for
		{"dev73x", g, loadCorpus(t, "../../testdata/guard/dev73x.jsonl"), true, false, 0, 1},
		// dev73e: written by fix helper recall12e on 2026-12-05 at about 12:40 UTC, not blind: dev72 recall families (bariatric, rehab scores, imaging findings, occupational physicals, aesthetics, urology tests, Spanish C/ addresses) and clean look-alikes
		{"dev73e", g, loadCorpus(t, "../../testdata/guard/dev73e.jsonl"), true, false, 0, 1},
		// dev73o: probe set written by hand (not blind) by helper recall12d on 2026-12-05 at 12:38 UTC: disguised clinical words with no reader's possessive before them, and clean look-alikes
		{"dev73o", g, loadCorpus(t, "../../testdata/guard/dev73o.jsonl"), true, false, 0, 1},
		// dev73m: written by hand (not blind) on 2026-12-05 at about 11:45 UTC by fix helper RECALL12B from dev74's misses: lab verdicts, Spanish lab names, device-named tests, ambulatory monitors, colloquial surgery, strict gender-affirming marketing, home oxygen
		{"dev73m", g, loadCorpus(t, "../../testdata/guard/dev73m.jsonl"), true, false, 0, 1},
		// dev73t: written by hand (not blind) on 2026-12-05 by fix helper RECALL12C from dev74's text-speak abbreviation misses
		{"dev73t", g, loadCorpus(t, "../../testdata/guard/dev73t.jsonl"), true, false, 0, 1},
		// dev70e: written by hand by helper EVT11 on 2026-12-05 (not blind): the sender's public events, openings, closures and workshops on a date, and the same shapes made the reader's
		{"dev70e", g, loadCorpus(t, "../../testdata/guard/dev70e.jsonl"), true, false, 0, 1},
		// dev70x: written by hand by helper RED11 on 2026-12-05 (not blind): red-team probes of phonecta.go, sender terms / nextSentenceCut, kindental.go, laborstay.go, sealants and the new learned stop words, with the clean rows they exist for
		{"dev70x", g, loadCorpus(t, "../../testdata/guard/dev70x.jsonl"), true, false, 0, 1},
		// dev70r: written by hand by helper REC11 on 2026-12-05 (not blind): dev68's missed families and look-alikes
		{"dev70r", g, loadCorpus(t, "../../testdata/guard/dev70r.jsonl"), true, false, 0, 1},
		// dev70p: written by hand by helper PHONE11 on 2026-12-05 (not blind): the sender's phone offered in a call to action, and the reader's or a relative's number in the same shapes
		{"dev70p", g, loadCorpus(t, "../../testdata/guard/dev70p.jsonl"), true, false, 0, 1},
		// dev70h: written by hand by helper HEAD11 (not blind): a lone given name in a notice's header slot
		{"dev70h", g, loadCorpus(t, "../../testdata/guard/dev70h.jsonl"), true, false, 0, 1},
		// dev65s: fix helper SEND10's probes of the sender's own name, written by hand on 2026-12-05 at 05:45 UTC knowing the rules (not blind), before any change
		{"dev65s", g, loadCorpus(t, "../../testdata/guard/dev65s.jsonl"), true, false, 0, 1},
		// dev65d: written by fix helper DATE10 on 2026-12-05 (not blind): the sender's own events, closures, changes and account dates against the reader's care on a date
		{"dev65d", g, loadCorpus(t, "../../testdata/guard/dev65d.jsonl"), true, false, 0, 1},
		// dev65m: written by hand by helper MISS10 on 2026-12-05 at 05:39 UTC, not blind: unlisted drug brands with regimen words, specialists as the reader's, dotted/leet clinical words, the reader's room/bed, strict "because you rented <equipment>"
		{"dev65m", g, loadCorpus(t, "../../testdata/guard/dev65m.jsonl"), true, false, 0, 1},
		// dev66m: written by hand by helper MISC10 on 2026-12-05 at 06:40 UTC, not blind: the sender's news sentence, shop products, public events, a JSON thread id, "salón de actos", and the reader's versions of each
		{"dev66m", g, loadCorpus(t, "../../testdata/guard/dev66m.jsonl"), true, false, 0, 1},
		// dev67f: written by hand by helper FP10B on 2026-12-05 at about 07:10 UTC, not blind: the sender's phone lines and the sender's name holding a person's name and a care-service noun (dev64), and the reader's versions of each
		{"dev67f", g, loadCorpus(t, "../../testdata/guard/dev67f.jsonl"), true, false, 0, 1},
		// dev67m: written by hand by helper MISS10B on 2026-12-05 at 07:05 UTC, not blind: test results with a verdict, pathology wording, a child's school condition, CPAP settings, low iron after donations, and clean look-alikes
		{"dev67m", g, loadCorpus(t, "../../testdata/guard/dev67m.jsonl"), true, false, 0, 1},
		// dev62m: helper MISC9B's probes (not blind), written by hand before any change: dev59/dev52/dev50 clean rows blocked for a care sender's name, a care team, open events' dates, a clinic closure, employer screenings, a prescription upload request, with the reader's leaks of the same shapes
		{"dev62m", g, loadCorpus(t, "../../testdata/guard/dev62m.jsonl"), true, false, 0, 1},
		// dev61d: helper DATE9's probes (not blind): the sender's observances, lab name, policies, lines, fundraisers, mobile-unit visits, activation codes, order cases, request codes, store addresses, telehealth words
		{"dev61d", g, loadCorpus(t, "../../testdata/guard/dev61d.jsonl"), true, false, 0, 1},
		// dev61s: written by hand by helper STAFF9 on 2026-12-05 at 03:09 UTC, not blind: sender staff, brands and departments beside dev54
		{"dev61s", g, loadCorpus(t, "../../testdata/guard/dev61s.jsonl"), true, false, 0, 1},
		// dev62s: written by hand by helper STAFF9B on 2026-12-05 at 04:10 UTC, not blind: sender staff with credentials, meet/say hello, founders, couriers beside dev59/dev52
		{"dev62s", g, loadCorpus(t, "../../testdata/guard/dev62s.jsonl"), true, false, 0, 1},
		// dev65t: written by hand by helper STAFF10 on 2026-12-05 at 05:38 UTC, not blind: clinicians' schedules, welcomes, roles and credentials, honourees, places named after people beside dev60/dev63
		{"dev65t", g, loadCorpus(t, "../../testdata/guard/dev65t.jsonl"), true, false, 0, 1},
		// dev61c: fix helper CONTACT9's probes (not blind), written by hand before any change: the sender's own phones, branch addresses, dates and reference codes, with the reader's leaks of the same shapes
		{"dev61c", g, loadCorpus(t, "../../testdata/guard/dev61c.jsonl"), true, false, 0, 1},
		// dev65c: fix helper CODES10's probes (not blind), written by hand before any change: the sender's own business codes, call-to-action and hours phones, footer and visit addresses, with the reader's leaks of the same shapes
		{"dev65c", g, loadCorpus(t, "../../testdata/guard/dev65c.jsonl"), true, false, 0, 1},
		// dev66r: red-team helper RED10's probes (not blind), written by hand on 2026-12-05 at about 06:45 UTC before any change: leaks aimed at the tenth pass's suppressions (sender header/branch/short form, own-notice dates, staff frames, named places, business codes, offered phones, visit/footer addresses, tenant JSON slugs) and clean rows of their shapes
		{"dev66r", g, loadCorpus(t, "../../testdata/guard/dev66r.jsonl"), true, false, 0, 1},
		// dev66a: fix helper APP10's probes (not blind), written by hand before any change: a tenant whose brand is one given name (a teletherapy app "Theo") as plan, department, invoice, "New in X", a JSON title over a generic body, with the reader's leaks of the same shapes
		{"dev66a", g, loadCorpus(t, "../../testdata/guard/dev66a.jsonl"), true, false, 0, 1},
		{"dev53i", g, loadCorpus(t, "../../testdata/guard/dev53i.jsonl"), true, false, 0, 1},
		// helper MISS2's probes of hearing and behavioral-health abbreviations, lower-case names after thanks, a relative treated in a care unit, therapeutic formulas, injuries and health-plan card IDs (dev53x, not blind)
		{"dev53x", g, loadCorpus(t, "../../testdata/guard/dev53x.jsonl"), true, false, 0, 1},
		// dev53m: fix helper MISC2's probes of dev51/dev52's saints in institution names, sender+department heads, role mailboxes, invoice/case/confirmation codes, with patient twins (not blind)
		{"dev53m", g, loadCorpus(t, "../../testdata/guard/dev53m.jsonl"), true, false, 0, 1},
		// dev53s: STAFF (h-staff3) probes for the structural staff-news cut, not blind
		{"dev53s", g, loadCorpus(t, "../../testdata/guard/dev53s.jsonl"), true, false, 0, 1},
		// dev55s: STAFF2 (h-staff4) probes for roles before the name, "from our office", congratulations greetings and open events, not blind
		{"dev55s", g, loadCorpus(t, "../../testdata/guard/dev55s.jsonl"), true, false, 0, 1},
		// helper ADDR's probes of the sender's own addresses in new tenants' shapes beside readers' and patients' addresses in the same sentences (dev53a, not blind)
		{"dev53a", g, loadCorpus(t, "../../testdata/guard/dev53a.jsonl"), true, false, 0, 1},
		// fix helper ADDR2's probes of the sender's facility parts, amenities, pickups and business names before its addresses, with red-team leaks (dev55a, not blind)
		{"dev55a", g, loadCorpus(t, "../../testdata/guard/dev55a.jsonl"), true, false, 0, 1},
		// fix helper PLACE's probes of the sender's facility and public events (openings, expansions, tours, galas, volunteer shops, awareness walks) beside the reader's care (dev57p, not blind)
		{"dev57p", g, loadCorpus(t, "../../testdata/guard/dev57p.jsonl"), true, false, 0, 1},
		// dev61n: fix helper SENDER9's probes of the sender's own name read from the notice's structure (signature prefixes, business-noun runs, "&" runs, the sender's verbs, the name repeated) beside the reader's care, greeting names and titled clinicians (not blind)
		{"dev61n", g, loadCorpus(t, "../../testdata/guard/dev61n.jsonl"), true, false, 0, 1},
		// dev62r: red-team helper RED9's probes (not blind) of the ninth pass's sender-identity cuts: the reader's name, phone, address, MRN, care dates and stay in each cut's slot, with clean twins
		{"dev62r", g, loadCorpus(t, "../../testdata/guard/dev62r.jsonl"), true, false, 0, 1},
		// fix helper GOODS2's probes of shop notices naming brands, products and shops in product slots, with red-team leaks (dev57g, not blind)
		{"dev57g", g, loadCorpus(t, "../../testdata/guard/dev57g.jsonl"), true, false, 0, 1},
		// fix helper TYPO's probes of ordinary words misspelled in shop notices, with misspelled drugs and conditions as leaks (dev57t, not blind)
		{"dev57t", g, loadCorpus(t, "../../testdata/guard/dev57t.jsonl"), true, false, 0, 1},
		// dev61m: fix helper MISS9's probes of dev54's misses by family (Spanish record cues, fertility services, a misspelled word in a multi-word term, orthoses and prostheses) with clean look-alikes (not blind)
		{"dev61m", g, loadCorpus(t, "../../testdata/guard/dev61m.jsonl"), true, false, 0, 1},
		// dev61b: fix helper MISS9B's probes of dev59's misses by family (an event key or sentence beside the reader's address, spaced clinical abbreviations, lab values with units, what the reader wears or still feels in marketing, programmes named by a body part or clinical domain) with clean look-alikes (not blind)
		{"dev61b", g, loadCorpus(t, "../../testdata/guard/dev61b.jsonl"), true, false, 0, 1},
		// helper DATES's probes of the notice-level care gate of untied dates: the sender's own dates of new tenants and leaks with no care noun (dev53d, not blind)
		{"dev53d", g, loadCorpus(t, "../../testdata/guard/dev53d.jsonl"), true, false, 0, 1},
		// fix helper MISS3's probes of dose/form evidence, CPAP supplies, scooters, care dates and identifiers named after them (dev57x, not blind)
		{"dev57x", g, loadCorpus(t, "../../testdata/guard/dev57x.jsonl"), true, false, 0, 1},
		// dev57r: red team RED6 (h-red6), leaks written knowing the rules into the slots of the structural suppressions (care signal, care facility/staff, weak cues, staff frames, sender places, business nouns, order prefixes, saints, nature clinics, brands, commerce codes, lots, shops, price runs, kin holidays, -style, name cities), with clean twins (not blind)
		{"dev57r", g, loadCorpus(t, "../../testdata/guard/dev57r.jsonl"), true, false, 0, 1},
		// helper DATES2 (h-dates4): care words of the sender's facility or event (visiting hours, family council, wellness workshop, pet clinic, a gala's "see you") and the sender's lab/department beside the reader's care (dev55d, not blind)
		{"dev55d", g, loadCorpus(t, "../../testdata/guard/dev55d.jsonl"), true, false, 0, 1},
		// helper ADDR44's probes of the sender's remittance boxes, moves, openings and footers beside the reader's addresses (dev46a, not blind)
		{"dev46a", g, loadCorpus(t, "../../testdata/guard/dev46a.jsonl"), true, false, 0, 1},
		// helper DATE44's probes of the sender's names holding a care word, facility and membership nouns and card charges beside the reader's lab visits (dev46d, not blind)
		{"dev46d", g, loadCorpus(t, "../../testdata/guard/dev46d.jsonl"), true, false, 0, 1},
		// helper RENT44's probes of B2B equipment rentals to facilities and events beside the reader's own rentals (dev46r, not blind)
		{"dev46r", g, loadCorpus(t, "../../testdata/guard/dev46r.jsonl"), true, false, 0, 1},
		// helper DATES2's probes of the sender's Spanish events, sales, closures, deadlines and Latin American addresses beside the reader's care (dev43d, not blind)
		{"dev43d", g, loadCorpus(t, "../../testdata/guard/dev43d.jsonl"), true, false, 0, 1},
		// helper DATES5's probes of a hospital named in community notices, "come see", "our lab", customer service and shift leads beside the reader's care (dev47d, not blind)
		{"dev47d", g, loadCorpus(t, "../../testdata/guard/dev47d.jsonl"), true, false, 0, 1},
		// helper DEVANN's probes of dev33's product-line announcements, in-ear monitors, electrolyte drinks, strict screenings, Spanish dry eyes and dental billing (not blind); before 0.723 / 35.0 %, after 0.938 / 6.2 % with a red-team round (both)
		{"dev37v", g, loadCorpus(t, "../../testdata/guard/dev37v.jsonl"), true, false, 0, 1},
		// helper PORTAL's probes of patient-portal wording (dev40p, not blind)
		{"dev40p", g, loadCorpus(t, "../../testdata/guard/dev40p.jsonl"), true, false, 0, 1},
		// helper RED2's red team of the session's newer false-positive cuts (sender dates and addresses, codes, remit boxes, system keys, staff roles, product lines), not blind
		{"dev43r", g, loadCorpus(t, "../../testdata/guard/dev43r.jsonl"), true, false, 0, 1},
		// helper ORGFP's probes of dev38's organisation false positives (codes, remit-to PO boxes, job ads, dealers, showrooms, new sites, scrubs orders) with personal twins (not blind)
		{"dev40o", g, loadCorpus(t, "../../testdata/guard/dev40o.jsonl"), true, false, 0, 1},
		// MISC2 probes (dev41/dev42 mailboxes, conditions, invoices, announcements, brand words)
		{"dev43m", g, loadCorpus(t, "../../testdata/guard/dev43m.jsonl"), true, false, 0, 1},
		// MISC3 probes (dev45 lower-case greeting names, hyphen-spelled A1C, sale runs, M.D. titles, returns addresses, receipt numbers, JSON item names) with personal twins (not blind)
		{"dev46m", g, loadCorpus(t, "../../testdata/guard/dev46m.jsonl"), true, false, 0, 1},
		// helper STAFF2's probes of dev41/dev42's staff-news false positives (titled clinicians, awards, provider lists, auction celebrities, holidays and storms) with reader-tied twins (not blind)
		{"dev43t", g, loadCorpus(t, "../../testdata/guard/dev43t.jsonl"), true, false, 0, 1},
		// helper STAFF3's probes of dev45's third-person staff news (podcasts, boards, spotlights, schedules, awards, quotes, headline JSON) with reader-tied twins (not blind)
		{"dev46t", g, loadCorpus(t, "../../testdata/guard/dev46t.jsonl"), true, false, 0, 1},
		// helper NAMES5's probes of dev33–dev45's remaining staff names (<Sender>'s new <Role>, promoted to, joins as, title-case Patient in a job title, coordinated names) with reader-tied twins (not blind)
		{"dev47n", g, loadCorpus(t, "../../testdata/guard/dev47n.jsonl"), true, false, 0, 1},
		// dev49r: RED4 red-team leaks in the slots of the last name/goods cuts (third-person news, roles, goods/branch runs, ids, cocktails, shops)
		{"dev49r", g, loadCorpus(t, "../../testdata/guard/dev49r.jsonl"), true, false, 0, 1},
		// dev48c: T36C probes for dev36's lower-case vocatives after thanks/ok/heads up, "for last, first" orders, a relative's care unit
		{"dev48c", g, loadCorpus(t, "../../testdata/guard/dev48c.jsonl"), true, false, 0, 1},
		// helper T36B's probes of dev36's sender moves, public events and awareness days, care sites opening and statement ids with reader-tied twins (not blind)
		{"dev48b", g, loadCorpus(t, "../../testdata/guard/dev48b.jsonl"), true, false, 0, 1},
		// dev48a: T36A probes for dev36 identifier-in-product-word, cocktail and shop-suffix traps, with person-tied twins.
		{"dev48a", g, loadCorpus(t, "../../testdata/guard/dev48a.jsonl"), true, false, 0, 1},
		// dev49d: red team RED5, leaks written knowing the rules in the slots of the sender's facility dates, moves, sites, returns, statement periods, public walks, bulk supply, kin care and receipt numbers, with clean twins (not blind)
		{"dev49d", g, loadCorpus(t, "../../testdata/guard/dev49d.jsonl"), true, false, 0, 1},
		// dev53r: red team RED (h-red5), leaks written knowing the rules into the slots of the name, goods, branch, sender-date/site, shop-code, kin-care and welcome-back cuts, with clean twins (not blind)
		{"dev53r", g, loadCorpus(t, "../../testdata/guard/dev53r.jsonl"), true, false, 0, 1},
		// dev53q: red team RED (h-red5), second wave after dev53r's first tightenings: care recipients in the staff frame, unlisted names in goods/branch/footer slots, service dates, codes (not blind)
		{"dev53q", g, loadCorpus(t, "../../testdata/guard/dev53q.jsonl"), true, false, 0, 1},
		// helper MEDIA's probes of dev34/dev35's media-title, product-model, zodiac and Spanish business-title false positives
		{"dev37m", g, loadCorpus(t, "../../testdata/guard/dev37m.jsonl"), true, false, 0, 1},
		// helper BIZ's probes of dev34/dev35 shop false positives and leak look-alikes (not blind)
		{"dev37b", g, loadCorpus(t, "../../testdata/guard/dev37b.jsonl"), true, false, 0, 1},
		// helper RED's red team of the seventh pass's cuts: leaks written into each cut's slot (not blind)
		{"dev40r", g, loadCorpus(t, "../../testdata/guard/dev40r.jsonl"), true, false, 0, 1},
		// helper BRANCH's probes of dev41/dev42's branch, site, venue and product false positives with personal twins (not blind)
		{"dev43b", g, loadCorpus(t, "../../testdata/guard/dev43b.jsonl"), true, false, 0, 1},
		// helper REC4's probes of strict service announcements, prenatal goods, bare and Mexican phones, payer policy numbers (not blind)
		{"dev43c", g, loadCorpus(t, "../../testdata/guard/dev43c.jsonl"), true, false, 0, 1},
		// helper RED3's red team of the latest cuts (staff news, branch runs, sender tags, receipts, chain names, handles, Spanish thanks, role mailboxes, "Estimado paciente"), not blind
		{"dev44r", g, loadCorpus(t, "../../testdata/guard/dev44r.jsonl"), true, false, 0, 1},
		// helper REC34's probes of dev34's 14 misses with clean look-alikes (not blind)
		{"dev37r", g, loadCorpus(t, "../../testdata/guard/dev37r.jsonl"), true, false, 0, 1},
		// dev37s: helper REC35's probes of dev35's misses (Spanish symptoms, SpO2, Mexican addresses, vanity phones, lactancia), not blind
		{"dev37s", g, loadCorpus(t, "../../testdata/guard/dev37s.jsonl"), true, false, 0, 1},
		// helper GOODS's probes of goods runs (product runs of unlisted brands) and leaks of the same shapes (not blind)
		{"dev37p", g, loadCorpus(t, "../../testdata/guard/dev37p.jsonl"), true, false, 0, 1},
		// helper DATES's probes of dev33's sender dates and addresses beside the reader's (not blind)
		{"dev37d", g, loadCorpus(t, "../../testdata/guard/dev37d.jsonl"), true, false, 0, 1},
		// helper F32C's probes of dev32's abbreviation look-alikes and the same
		// abbreviations in clinical frames (not blind)
		{"dev32c", g, loadCorpus(t, "../../testdata/guard/dev32c.jsonl"), true, false, 0, 1},
		// helper M32's probes of dev31/dev32's misses (recipient addresses
		// with "Dr", bare ZIPs after "delivery to", LAST, FIRST before a dash,
		// names after a thanks phrase, short invoice codes beside a visit cue,
		// "-friendly" conditions, ICU stays) and clean look-alikes; not blind.
		{"dev32m", g, loadCorpus(t, "../../testdata/guard/dev32m.jsonl"), true, false, 0, 1},
		// helper APPROVE: brand notices passing once the tenant approves the brand as a phrase; names, clinical words and ids of the same tenant stay blocked
		{"dev37a", g, loadCorpus(t, "../../testdata/guard/dev37a.jsonl"), true, false, 0, 1},
		{"dev32b", g, loadCorpus(t, "../../testdata/guard/dev32b.jsonl"), true, false, 0, 1},
		// helper D29A's probes of system times under JSON keys (dev29), and person
		// dates under dob/birth/appointment keys (not blind)
		{"dev29a", g, loadCorpus(t, "../../testdata/guard/dev29a.jsonl"), true, false, 0, 1},
		// 2026-12-04 (night): helper AN2's probes of dev27/dev28's announcements
		// of the sender's own places and services, public events, seasons and
		// loyalty-point dates, and the same shapes made personal (not blind).
		// Before 0.967 / 55.0 % (+dict 0.983 / 56.7 %), after 0.967 / 1.7 % (+dict
		// 0.983 / 3.3 %); with a red-team round (r2, 10 leaks) and "can help you
		// choose X" no longer a frame: 0.971 / 5.0 % (+dict 0.986 / 6.7 %); with
		// round r3 (6 leaks, a season as a header only): 0.974 / 5.0 % (+dict
		// 0.987 / 6.7 %)
		{"dev28a", g, loadCorpus(t, "../../testdata/guard/dev28a.jsonl"), true, false, 0.95, 0.08},
		// helper F31A's probes of dev31/dev32's clinic-operations
		// announcements and business dates, and the same shapes made
		// personal; not blind. Before 0.980 / 72.0 % (both), after 0.983 /
		// 2.0 % (both; with round r2, 10 leaks)
		{"dev32a", g, loadCorpus(t, "../../testdata/guard/dev32a.jsonl"), true, false, 0.95, 0.08},
		// helper ES's probes of dev30's misses and false positives (Spanish
		// supplies, greeting names, PO boxes, spelled drugs, clitic
		// imperatives, announcements) and the same shapes made personal; not
		// blind. Before 0.720 / 12.0 % (+dict 0.720 / 14.0 %), after 1.000 / 2.0 % (both)
		{"dev30e", g, loadCorpus(t, "../../testdata/guard/dev30e.jsonl"), true, false, 0.97, 0.06},
		// 2026-12-04 (evening): helper GAP's probes of the gaps and false
		// positives found the session before (infusion, hospice care, sexual
		// health clinics, everyday foot/skin/eye conditions, names after
		// "your", "tía", a drug take-back day, brands named like people,
		// typos of ordinary words); not blind. Before 0.578 / 46.2 % (+dict
		// 0.622 / 46.2 %), after 1.000 / 3.8 % (both)
		{"dev26g", g, loadCorpus(t, "../../testdata/guard/dev26g.jsonl"), true, false, 0.97, 0.06},
		// 2026-12-04 (night): helper ANN's probes of dev25/dev26's announcement,
		// code, plan-date and mailbox false positives and the same shapes made
		// personal (not blind). Before any change 1.000 / 76.0 %, after 1.000 / 2.3 % (four rounds)
		{"dev26a", g, loadCorpus(t, "../../testdata/guard/dev26a.jsonl"), true, false, 0.97, 0.03},
		// 2026-12-04 (night): helper DVC's probes of dev26's device, name and
		// care-role misses (devicebrand.go, greetname.go, carerole.go); not
		// blind. Before 0.652 / 6.0 %, after 1.000 / 4.0 % (the same with the
		// dictionary)
		{"dev26d", g, loadCorpus(t, "../../testdata/guard/dev26d.jsonl"), true, false, 0.97, 0.06},
		// helper GAPS's probes of the last session's recall gaps (names after brands, subject names, ZIPs, Spanish plurals, retainers, detox, own shot in strict) and look-alikes; not blind.
		// Before 0.613 / 20.0 %, after 0.968 / 8.6 % (both)
		{"dev37g", g, loadCorpus(t, "../../testdata/guard/dev37g.jsonl"), true, false, 0, 1},
		// helper STAFF's probes of the sender's staff, guest and author news (our new <role> X, welcomes <role> X, X, RD) and reader-side look-alikes; not blind.
		// Before 1.000 / 100.0 %, after (staffrole.go) 1.000 / 5.8 % (both)
		{"dev37t", g, loadCorpus(t, "../../testdata/guard/dev37t.jsonl"), true, false, 0, 1},
		// 2026-12-04 (evening): helper RED's red team of dev26g's suppressions
		// (typo, personbrand, shopname, publicday, kinship, infusion) and of
		// namepair; not blind. Before 0.545 / 0.0 % (+dict 0.568 / 0.0 %),
		// after 0.875 / 0.0 % (+dict 0.898 / 0.0 %)
		{"dev26r", g, loadCorpus(t, "../../testdata/guard/dev26r.jsonl"), true, false, 0.85, 0.02},
		// 2026-12-04 (night): helper FPB's probes of brand and title names in
		// shop notices (honorific brands, consumer brands, possessive shop
		// names, quoted titles) and leaks of the same shapes; written before
		// brandlist.go (rounds 2-4 against its drafts), not blind.
		// Before 1.000 / 51.9 % (+dict 52.8 %), after 1.000 / 0.0 % (both)
		{"dev26b", g, loadCorpus(t, "../../testdata/guard/dev26b.jsonl"), true, false, 0.98, 0.03},
		// 2026-12-04 (night): helper MS2's probes of dev27/dev28's misses
		// (prefixed invoice/claim/account codes, dental work, addiction care
		// places, weight changes, PT/OT/SLP visits, prior auth misspellings,
		// names opening a subject, inpatient units) and clean look-alikes;
		// written before the rules, not blind. Figures: testdata/guard/README.md
		{"dev28m", g, loadCorpus(t, "../../testdata/guard/dev28m.jsonl"), true, false, 0, 1},
		// helper BR2: brand, product-line and media-title probes (brandline.go), not blind.
		// Before 0.950 / 20.0 % (+dict 20.0 %), after 0.975 / 0.0 % (both)
		{"dev28b", g, loadCorpus(t, "../../testdata/guard/dev28b.jsonl"), true, false, 0.97, 0.02},
		// 2026-12-04 (night): helper RED2's red team of the night's
		// suppressions (brandlist, announce_public, publicdate, ordercode,
		// shopid, prepword, sunblock, consumer, greetname, carerole); not
		// blind. Before 0.692 / 7.1 %, after 0.942 / 2.4 % (the same with
		// the dictionary)
		{"dev28r", g, loadCorpus(t, "../../testdata/guard/dev28r.jsonl"), true, false, 0.92, 0.03},
		// helper RED3: red team of the suppressions merged from h-br2, h-an2
		// and h-ms2 (product lines, media and colon titles, comma-list brands,
		// sender frames, loyalty dates, MS2's exemptions); not blind.
		// Before 0.635 / 0.0 % (+dict the same), after 0.865 / 0.0 % (both)
		{"dev28s", g, loadCorpus(t, "../../testdata/guard/dev28s.jsonl"), true, false, 0, 1},
		// written fresh on 2026-12-03 and committed alone before tuning
		// (testdata/guard/README.md); aggregate only, never its misses
		{"heldout-v2", g, loadCorpus(t, "../../testdata/guard/heldout15_v2.jsonl"), false, true, 0, 1},
		// written fresh on 2026-12-04 by another session's lead, committed alone
		// before that session merged any guard change; aggregate only
		{"heldout-v3", g, loadCorpus(t, "../../testdata/guard/heldout15_v3.jsonl"), false, true, 0, 1},
		// written blind on 2026-12-04 (evening) by a helper with no access to
		// the guard, its lists or corpora; committed alone; aggregate only
		{"heldout-v4", g, loadCorpus(t, "../../testdata/guard/heldout15_v4.jsonl"), false, true, 0, 1},
		// clean-heavy, written blind the same evening by a fourth helper;
		// committed alone; aggregate only
		{"heldout-v5", g, loadCorpus(t, "../../testdata/guard/heldout15_v5.jsonl"), false, true, 0, 1},
		// written blind at 17:40 UTC the same evening by an eighth helper, after
		// most of that session's rules had landed; committed alone, never
		// tuned against; aggregate only
		{"heldout-v6", g, loadCorpus(t, "../../testdata/guard/heldout15_v6.jsonl"), false, true, 0, 1},
		// written blind at 19:03 UTC on the night of 2026-12-04 by a helper of
		// the next session, committed alone before any change of that session;
		// aggregate only
		{"heldout-v7", g, loadCorpus(t, "../../testdata/guard/heldout15_v7.jsonl"), false, true, 0, 1},
		// written blind at 19:51 UTC the same night, after most of that
		// session's merges; committed alone; aggregate only
		{"heldout-v8", g, loadCorpus(t, "../../testdata/guard/heldout15_v8.jsonl"), false, true, 0, 1},
		// written blind at 21:38 UTC on 2026-12-04 by a helper of the seventh
		// pass, committed alone before any change of that pass; aggregate only
		{"heldout-v9", g, loadCorpus(t, "../../testdata/guard/heldout15_v9.jsonl"), false, true, 0, 1},
		// written blind at 22:02 UTC the same night, after the pass's first
		// merges; committed alone, scored on the base too; aggregate only
		{"heldout-v10", g, loadCorpus(t, "../../testdata/guard/heldout15_v10.jsonl"), false, true, 0, 1},
		// written blind at 22:28 UTC the same night, after most of the pass's
		// merges; committed alone, scored on the base too; aggregate only
		{"heldout-v11", g, loadCorpus(t, "../../testdata/guard/heldout15_v11.jsonl"), false, true, 0, 1},
		// written blind on 2026-12-05 at 00:07 UTC (eighth pass), before any
		// change of that pass; committed alone; aggregate only
		{"heldout-v12", g, loadCorpus(t, "../../testdata/guard/heldout15_v12.jsonl"), false, true, 0, 1},
		// written blind on 2026-12-05 at 00:16 UTC (eighth pass), before any
		// change of that pass; committed alone; aggregate only
		{"heldout-v13", g, loadCorpus(t, "../../testdata/guard/heldout15_v13.jsonl"), false, true, 0, 1},
		// heldout-v14: written blind on 2026-12-05 at 03:11 UTC (ninth pass, before any change); never read, never tuned against
		{"heldout-v14", g, loadCorpus(t, "../../testdata/guard/heldout15_v14.jsonl"), false, true, 0, 1},
		// heldout-v15: written blind on 2026-12-05 at 05:40 UTC (tenth pass, before any change); never read, never tuned against
		{"heldout-v15", g, loadCorpus(t, "../../testdata/guard/heldout15_v15.jsonl"), false, true, 0, 1},
		// heldout-v16: written blind on 2026-12-05 at 08:24 UTC (eleventh pass, before any change); never read, never tuned against; rows name their tenant
		{"heldout-v16", g, loadCorpus(t, "../../testdata/guard/heldout15_v16.jsonl"), false, true, 0, 1},
		// heldout-v17: written blind on 2026-12-05 at 11:13 UTC (twelfth pass, before any change); never read, never tuned against; rows name their tenant
		{"heldout-v17", g, loadCorpus(t, "../../testdata/guard/heldout15_v17.jsonl"), false, true, 0, 1},
		// heldout-v18: written blind on 2026-12-05 at 14:05 UTC (thirteenth pass, before any change); never read, never tuned against; rows name their tenant
		{"heldout-v18", g, loadCorpus(t, "../../testdata/guard/heldout15_v18.jsonl"), false, true, 0, 1},
		// heldout-v19: written blind on 2026-12-05 at about 16:40 UTC (fourteenth pass, before any change); never read, never tuned against; rows name their tenant
		{"heldout-v19", g, loadCorpus(t, "../../testdata/guard/heldout15_v19.jsonl"), false, true, 0, 1},
		// heldout-v20: written blind on 2026-12-05 at about 19:15 UTC (fifteenth pass, before any change); never read, never tuned against; rows name their tenant
		{"heldout-v20", g, loadCorpus(t, "../../testdata/guard/heldout15_v20.jsonl"), false, true, 0, 1},
		// heldout-v21: written blind on 2026-12-05 at about 22:10 UTC (sixteenth pass, before any change); never read, never tuned against; rows name their tenant
		{"heldout-v21", g, loadCorpus(t, "../../testdata/guard/heldout15_v21.jsonl"), false, true, 0, 1},
		// heldout-v22: written blind on 2026-12-06 at about 01:05 UTC (seventeenth pass, before any change); never read, never tuned against; rows name their tenant
		{"heldout-v22", g, loadCorpus(t, "../../testdata/guard/heldout15_v22.jsonl"), false, true, 0, 1},
		// heldout-v23: written blind on 2026-12-06 at about 03:40 UTC (eighteenth pass, before any change); never read, never tuned against; rows name their tenant
		{"heldout-v23", g, loadCorpus(t, "../../testdata/guard/heldout15_v23.jsonl"), false, true, 0, 1},
		// heldout-v24: written blind on 2026-12-06 at about 06:30 UTC (nineteenth pass, before any change); never read, never tuned against; rows name their tenant
		{"heldout-v24", g, loadCorpus(t, "../../testdata/guard/heldout15_v24.jsonl"), false, true, 0, 1},
		// heldout-v25: written blind on 2026-12-06 at about 09:05 UTC (twentieth pass, before any change of the pass but the shape freeze); never read, never tuned against; rows name their tenant
		{"heldout-v25", g, loadCorpus(t, "../../testdata/guard/heldout15_v25.jsonl"), false, true, 0, 1},
		// heldout-v26: written blind on 2026-12-06 at about 12:05 UTC (twenty-first pass, before any change); never read, never tuned against; rows name their tenant
		{"heldout-v26", g, loadCorpus(t, "../../testdata/guard/heldout15_v26.jsonl"), false, true, 0, 1},
		// heldout-v27: written blind on 2026-12-06 at about 14:20 UTC (twenty-second pass, before any change); never read, never tuned against; rows name their tenant
		{"heldout-v27", g, loadCorpus(t, "../../testdata/guard/heldout15_v27.jsonl"), false, true, 0, 1},
		// heldout-v28: written blind on 2026-12-06 at about 16:35 UTC (twenty-third pass, before any change); never read, never tuned against; rows name their tenant
		{"heldout-v28", g, loadCorpus(t, "../../testdata/guard/heldout15_v28.jsonl"), false, true, 0, 1},
		// heldout-v29: written blind on 2026-12-06 at about 19:10 UTC (twenty-fourth pass, before any change); never read, never tuned against; rows name their tenant
		{"heldout-v29", g, loadCorpus(t, "../../testdata/guard/heldout15_v29.jsonl"), false, true, 0, 1},
		{"split-dev", dev, loadCorpus(t, "../../testdata/guard/split15_dev.jsonl"), os.Getenv("GUARD_SHOW_DEV") != "", false, 0.65, 0.02},
		{"split-held", split, loadCorpus(t, "../../testdata/guard/split15_heldout.jsonl"), false, true, 0.6, 0.02},
		// third pass: WordNet medical nouns, split like the rest (split15_wordnet_test.go)
		{"wn-dev", dev, loadCorpus(t, "../../testdata/guard/split15_wordnet_dev.jsonl"), os.Getenv("GUARD_SHOW_DEV") != "", false, 0.5, 0.02},
		{"wn-held", split, loadCorpus(t, "../../testdata/guard/split15_wordnet_heldout.jsonl"), false, true, 0.5, 0.02},
	}
	// with the operator's medical dictionary (sysvocab.go), when the test
	// environment names one (SEALPOST_GUARD_DICTIONARY, scripts/test): the
	// same sets scored again, "+dict" rows; the rows above keep their
	// meaning (no dictionary)
	if dicts := testDictionaries(t, false); dicts != nil {
		gD, err := New(Options{MedicalDictionaries: dicts})
		if err != nil {
			t.Fatal(err)
		}
		splitD := guardWithoutDict(t, heldOutTerm, dicts)
		devD := guardWithoutDict(t, devUnseenTerm, dicts)
		base := len(sets)
		for _, s := range sets[:base] {
			s.name += "+dict"
			switch s.g {
			case g:
				s.g = gD
			case split:
				s.g = splitD
			case dev:
				s.g = devD
			}
			sets = append(sets, s)
		}
	} else {
		t.Log("no +dict rows: SEALPOST_GUARD_DICTIONARY is not set (scripts/test sets it)")
	}
	showHeld := showHeldOut()
	var b strings.Builder
	fmt.Fprintf(&b, "\n%-16s %6s %8s %6s %9s\n", "set", "leaks", "recall", "clean", "flagged")
	for _, s := range sets {
		if len(s.items) == 0 {
			t.Fatalf("%s: empty", s.name)
		}
		recall, fpRate, leaks, cleans, misses, fps := corpusFigures(t, s.g, s.items)
		hide := s.held && !showHeld
		if hide {
			fmt.Fprintf(&b, "%-16s %6d %8s %6d %9s  (held out: GUARD_SHOW_HELDOUT=1)\n", s.name, leaks, "-", cleans, "-")
		} else {
			fmt.Fprintf(&b, "%-16s %6d %8.3f %6d %8.1f%%\n", s.name, leaks, recall, cleans, 100*fpRate)
		}
		if recall < s.minRecall || fpRate > s.maxFlagged {
			if hide {
				t.Errorf("%s: %s", s.name, heldOutFloorMsg)
			} else {
				t.Errorf("%s: recall %.3f (floor %.2f), clean flagged %.3f (ceiling %.2f)", s.name, recall, s.minRecall, fpRate, s.maxFlagged)
			}
		}
		if s.show && !s.held {
			for _, m := range misses {
				t.Logf("%s MISS %s", s.name, m)
			}
			for _, f := range fps {
				t.Logf("%s FP   %s", s.name, f)
			}
		}
	}
	t.Log(b.String())
}
