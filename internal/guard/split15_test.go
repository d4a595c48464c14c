package guard

// Honest evaluation (issue 15, item 4). Every source list is split BEFORE
// use into a build part and a held-out part by a keyed hash (splitSeed):
// an entry is held out when FNV-1a(splitSeed|file|entry) mod 4 == 0. The
// guard under evaluation (splitGuard) is built without the held-out
// entries, as if they had never been written; the held-out corpus
// (testdata/guard/split15_heldout.jsonl) is generated from the held-out
// entries and held-out templates only, the development corpus
// (split15_dev.jsonl) from a second quarter of the entries (part 1), which
// the guard evaluated on it (devGuard) also lacks, and the development
// templates. The shipped guard keeps every entry.
//
//	apt-get install wamerican     # proper nouns for clean notices
//	go test ./internal/guard -run TestGenerateSplit -update-split
//
// The split is recorded in testdata/guard/README.md.

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
)

var updateSplit = flag.Bool("update-split", false, "rewrite testdata/guard/split15_{dev,heldout}.jsonl")

const splitSeed = "sealpost-issue15-split-v1"

// splitFiles are the source lists that are split. "wamerican-proper" is
// the capitalised entries of Debian wamerican (proper nouns: places,
// brands, people), used only for clean notices; "templates-*" are the
// notice templates below.
var splitFiles = map[string]bool{
	"medications.txt": true, "conditions.txt": true, "labs_procedures.txt": true, "supplies.txt": true,
	"clinical_es.txt": true, "first_names.txt": true, "last_names.txt": true, "wordnet_medical.txt": true,
	"wordnet_ordinary.txt": true, "devices.txt": true,
}

// splitPart is an entry's part: 0 held out, 1 development-unseen, 2 and 3
// build. Files that are not split are build (2).
func splitPart(file, term string) int {
	if !splitFiles[file] && !strings.HasPrefix(file, "templates-") && file != "wamerican-proper" {
		return 2
	}
	return int(hstr(splitSeed+"|"+file+"|"+strings.ToLower(strings.TrimSpace(term))) % 4)
}

func heldOutTerm(file, term string) bool { return splitPart(file, term) == 0 }

// devUnseenTerm: held out or development-unseen.
func devUnseenTerm(file, term string) bool { return splitPart(file, term) <= 1 }

// splitGuard is the guard under evaluation on the held-out corpus: built
// without the held-out part. devGuard, for the development corpus, is also
// built without the development-unseen part, so the development corpus
// measures generalisation to unseen names too, and is what the guard may be
// tuned against.
func splitGuard(t testing.TB) *Guard { return guardWithout(t, heldOutTerm) }
func devGuard(t testing.TB) *Guard   { return guardWithout(t, devUnseenTerm) }

func guardWithout(t testing.TB, f func(file, term string) bool) *Guard {
	t.Helper()
	g, err := New(Options{holdOut: f})
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// Templates: {t} a term (as written), {T} capitalised, {f}/{F}/{FF} a
// first name lower/Title/UPPER, {l}/{L}/{LL} a last name.
var splitTemplates = map[string][]string{
	"medication": {
		"Your {t} refill is ready for pickup.", "Reminder: your {t} prescription expires soon.", "We shipped your {t} today.",
		"{T} 20 mg, 30 tablets: ready at the pharmacy counter.", "Time to reorder {t}? Sign in to request a refill.",
		"Your order of {t} has been delayed.", "Your prior authorization for {t} was approved.", "Don't forget to take your {t} tonight.",
		"Your {t} autoship is scheduled.", "Price update for {t} in your cart.", "Your insurance now covers {t}.",
		"Questions about {t}? Reply to this message.", "{T} is back in stock for you.", "Your pharmacist left a note about {t}.",
		"Your {t} dose was changed by your provider.", "A new coupon is available for {t}.", "Your {t} is out for delivery today.",
		"Your {t} copay is $10.00 this month.", "Switching to generic {t} saves you money.", "Your mail-order {t} has shipped.",
		"Your {t} supply runs out in 5 days.", "We could not fill your {t} order.", "{T} pickup reminder: we close at 9 pm.",
		"Your doctor sent a new {t} prescription.",
	},
	"condition": {
		"Your {t} care plan was updated.", "Join our {t} support group this Thursday.", "New resources for managing {t} are in your portal.",
		"Your {t} screening results are ready.", "Tips for living with {t}: sign in to read more.", "Your {t} follow-up visit is confirmed.",
		"Your doctor added {t} to your chart.", "Your {t} education class starts soon.", "We received your {t} referral.",
		"Your claim for {t} treatment was processed.", "An update on your {t} diagnosis is available.", "Your {t} questionnaire is due.",
		"Living with {t}? Our nurses can help.", "Your {t} program enrollment is complete.", "Your {t} coach sent you a message.",
		"Managing your {t} this winter: sign in.", "Your {t} specialist referral was approved.", "{T} check-in: how are you feeling?",
		"Your {t} medication review is scheduled.", "We updated your {t} history.",
	},
	"lab_test": {
		"Your {t} results are available.", "Your {t} is scheduled for next week.", "Prepare for your {t}: instructions inside.",
		"Your {t} was rescheduled.", "The lab received your {t} order.", "Reminder: fast before your {t}.",
		"Your {t} authorization was approved.", "Your {t} sample was collected.", "Results of your {t} were reviewed by your doctor.",
		"Your {t} appointment is confirmed.", "Your {t} bill is ready.", "Book your {t} online.",
		"Your {t} report has been sent to your doctor.", "Your {t} was cancelled.", "Your {t} kit has shipped.",
		"Please schedule your annual {t}.",
	},
	"supply": {
		"Your {t} has shipped.", "Your {t} order is on its way.", "Time to reorder your {t}.", "Your {t} is back-ordered.",
		"Track your {t} delivery.", "Your {t} rental payment was received.", "Your replacement {t} is ready.",
		"Your insurance approved your {t}.", "Your {t} subscription renews soon.", "We received your {t} return.",
		"Your {t} will be delivered Tuesday.", "Your new {t} is ready for pickup.",
	},
	"es": {
		"Su receta de {t} está lista.", "Su cita de {t} fue confirmada.", "Sus resultados de {t} están disponibles.",
		"Recuerde su {t} mañana.", "Su pedido de {t} fue enviado.", "Información sobre {t} en su portal.",
		"Su tratamiento de {t} fue actualizado.", "Nuevos recursos sobre {t} para usted.", "Su {t} está programada.",
		"Su autorización para {t} fue aprobada.", "Tenemos noticias sobre su {t}.", "Su consulta de {t} fue reprogramada.",
	},
	"name": {
		"Hi {f}, your order has shipped.", "Hello {F}! Your statement is ready.", "Dear {F} {L}, thank you for your payment.",
		"Pickup for {LL}, {FF} at counter 2.", "Order ready for {F} {L}.", "{f}, your package arrives tomorrow.",
		"Hola {F}, su pedido está listo.", "Patient: {L}, {F}", "Good morning {F}, you have a new message.",
		"Thanks {F}! Your payment was received.", "Message for {F} {L}: sign in to read it.", "Hey {f}, a reminder is waiting for you.",
		"{F} {L}, your account was updated.", "Ready for pickup: {LL}, {FF}.", "Estimada {F} {L}: tiene un mensaje nuevo.",
		"Hi {F} {L}, your refund was processed.",
	},
	"clean": {
		"Thanks for shopping at {P}! Your order #{n} has shipped.", "Your {P} gift card balance is ${a}.",
		"New arrivals at {P}: sign in to see them.", "Your package from {P} arrives Tuesday.",
		"Your {P} subscription renews on March {d}.", "{P} store hours change this weekend.",
		"Your {P} order total is ${a}.", "Hola, su pedido de {P} fue enviado.",
		"Gracias por comprar en {P}. Su pedido llegará el {d} de marzo.", "Your {P} rewards points expire soon.",
		"Join us at {P} for our holiday sale.", "Your payment of ${a} to {P} was received. Thank you!",
		"Your invoice #{n} from {P} is due April {d}.", "Free shipping from {P} ends Sunday.",
		"Your {P} order was delivered to the front door.", "Track your {P} package: sign in.",
		"You have a new message. Sign in to read it.", "Co\u00adpay receipt: ${a} paid.", "Your café order is ready.",
		"Your statement for March 2026 is ready.", "Su factura de {P} está disponible.",
		"Tiene un mensaje nuevo de {P}. Inicie sesión para leerlo.", "Your {P} coupon: 20% off your next order.",
		"{P} ships your order within 2 business days.",
	},
}

func splitTemplateSet(group string, heldOut bool) []string {
	var out []string
	for _, t := range splitTemplates[group] {
		if heldOutTerm("templates-"+group, t) == heldOut {
			out = append(out, t)
		}
	}
	return out
}

type splitTerm struct{ text, group, kind string }

// splitSources reads the split vocabulary files and returns the
// development-unseen (part 1) and held-out (part 0) entries by group.
func splitSources(t *testing.T) (build, held map[string][]splitTerm) {
	build, held = map[string][]splitTerm{}, map[string][]splitTerm{}
	for _, f := range []struct{ file, group, kind string }{
		{"medications.txt", "medication", "medication"}, {"conditions.txt", "condition", "condition"},
		{"labs_procedures.txt", "lab_test", "lab_test"}, {"supplies.txt", "supply", "procedure"},
		{"clinical_es.txt", "es", "condition"}, {"first_names.txt", "first", "name"}, {"last_names.txt", "last", "name"},
	} {
		data, err := vocabFS.ReadFile("vocab/" + f.file)
		if err != nil {
			t.Fatal(err)
		}
		kind := f.kind
		for _, line := range strings.Split(string(data), "\n") {
			line = strings.TrimSpace(line)
			if line == "" || line[0] == '#' {
				continue
			}
			if line[0] == '[' {
				kind = strings.Trim(line, "[]")
				continue
			}
			term, flags, _ := strings.Cut(line, "|")
			if strings.Contains(flags, "a") || strings.Contains(flags, "u") { // ambiguous words or capitals-only codes
				continue
			}
			words := []string{strings.TrimSpace(term)}
			if splitByWord[f.file] {
				words = strings.Fields(term)
			}
			for _, w := range words {
				st := splitTerm{w, f.group, kind}
				if strings.Contains(flags, "c") {
					st.text = titleCase(w)
				}
				switch splitPart(f.file, w) {
				case 0:
					held[f.group] = append(held[f.group], st)
				case 1:
					build[f.group] = append(build[f.group], st)
				}
			}
		}
	}
	return build, held
}

func titleCase(s string) string {
	r := []rune(s)
	if len(r) > 0 {
		r[0] = unicode.ToUpper(r[0])
	}
	return string(r)
}

// properNouns reads the capitalised entries of wamerican that are in no
// guard vocabulary (not names, not clinical terms), split like the rest.
func properNouns(t *testing.T, g *Guard) (build, held []string) {
	f, err := os.Open("/usr/share/dict/american-english")
	if err != nil {
		t.Fatalf("apt-get install wamerican: %v", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		w := sc.Text()
		if len(w) < 4 || w[0] < 'A' || w[0] > 'Z' || strings.IndexFunc(w, func(r rune) bool { return r > 'z' || r < 'A' || (r > 'Z' && r < 'a') }) >= 0 {
			continue
		}
		if g.v.words[hstr(strings.ToLower(w))] != nil { // in a built-in vocabulary: name, month, place, drug...
			continue
		}
		if heldOutTerm("wamerican-proper", w) {
			held = append(held, w)
		} else {
			build = append(build, w)
		}
	}
	return build, held
}

func fill(r *rand.Rand, tpl string, term string, first, last string, proper string) string {
	rep := strings.NewReplacer("{t}", term, "{T}", titleCase(term),
		"{f}", strings.ToLower(first), "{F}", titleCase(first), "{FF}", strings.ToUpper(first),
		"{l}", strings.ToLower(last), "{L}", titleCase(last), "{LL}", strings.ToUpper(last),
		"{P}", proper, "{n}", fmt.Sprint(10000+r.IntN(89999)), "{a}", fmt.Sprintf("%d.%02d", 5+r.IntN(200), r.IntN(100)),
		"{d}", fmt.Sprint(1+r.IntN(28)))
	return rep.Replace(tpl)
}

// TestGenerateSplit writes the dev and held-out corpora of the split.
func TestGenerateSplit(t *testing.T) {
	if !*updateSplit {
		t.Skip("run with -update-split")
	}
	full, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	build, held := splitSources(t)
	pBuild, pHeld := properNouns(t, full)
	for _, set := range []struct {
		name    string
		terms   map[string][]splitTerm
		proper  []string
		heldOut bool
		seed    uint64
	}{
		{"dev", build, pBuild, false, 1501},
		{"heldout", held, pHeld, true, 1502},
	} {
		r := rand.New(rand.NewPCG(set.seed, 15))
		var items []corpusItem
		add := func(label, kind, text string) {
			items = append(items, corpusItem{ID: fmt.Sprintf("split15-%s-%s-%04d", set.name, label, len(items)+1), Label: label,
				Kinds: []string{kind}, Mode: "standard", Text: text, Context: &corpusContext{AllowURLs: []string{"https://portal.example/m/"}}})
		}
		for _, group := range []string{"medication", "condition", "lab_test", "supply", "es"} {
			tpls := splitTemplateSet(group, set.heldOut)
			terms := slices.Clone(set.terms[group])
			r.Shuffle(len(terms), func(i, j int) { terms[i], terms[j] = terms[j], terms[i] })
			if len(terms) > 120 {
				terms = terms[:120]
			}
			for _, st := range terms {
				add("leak", st.kind, fill(r, tpls[r.IntN(len(tpls))], st.text, "", "", ""))
			}
		}
		firsts, lasts := set.terms["first"], set.terms["last"]
		tpls := splitTemplateSet("name", set.heldOut)
		for i := 0; i < 120; i++ {
			add("leak", "name", fill(r, tpls[r.IntN(len(tpls))], "", firsts[r.IntN(len(firsts))].text, lasts[r.IntN(len(lasts))].text, ""))
		}
		tpls = splitTemplateSet("clean", set.heldOut)
		for i := 0; i < 400; i++ {
			add("clean", "clean", fill(r, tpls[r.IntN(len(tpls))], "", "", "", set.proper[r.IntN(len(set.proper))]))
		}
		path := "../../testdata/guard/split15_" + set.name + ".jsonl"
		var b strings.Builder
		fmt.Fprintf(&b, "// Issue 15 split corpus (%s), generated by internal/guard/split15_test.go (TestGenerateSplit, seed %d) from the %s part of every source list (split key %q); see testdata/guard/README.md. Do not edit.\n",
			set.name, set.seed, map[bool]string{false: "build", true: "held-out"}[set.heldOut], splitSeed)
		for _, it := range items {
			j, _ := json.Marshal(it)
			b.Write(j)
			b.WriteByte('\n')
		}
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: %d items", path, len(items))
	}
}

// TestSplitGuard: the guard under evaluation really lacks the held-out
// entries, and the shipped guard has them.
func TestSplitGuard(t *testing.T) {
	build, held := splitSources(t)
	if len(held["medication"]) < 50 || len(build["medication"]) < 50 {
		t.Fatalf("split sizes: %d held out, %d build", len(held["medication"]), len(build["medication"]))
	}
	g := splitGuard(t)
	full := newTestGuard(t)
	missing := 0
	for _, st := range held["medication"] {
		if g.v.words[termTokens(st.text)[0]] == nil {
			missing++
		}
		if full.v.words[termTokens(st.text)[0]] == nil {
			t.Errorf("shipped guard lacks %q", st.text)
		}
	}
	if missing < len(held["medication"])/2 {
		t.Errorf("only %d of %d held-out medications are missing from the split guard", missing, len(held["medication"]))
	}
}

// isHeldOutCorpus reports whether a corpus file name is one of the held-out
// sets, whose figures are printed only with GUARD_SHOW_HELDOUT=1.
func isHeldOutCorpus(name string) bool {
	return strings.HasPrefix(name, "split15_heldout") ||
		strings.HasPrefix(name, "split15_wordnet_heldout") ||
		strings.HasPrefix(name, "heldout15")
}

// TestPeerScore prints sealpost's figures on $GUARD_PEER_CORPUS in the
// format of scripts/guard-peer (which runs it beside redact-pii): the
// shipped guard, and for the split corpora also the guard built without the
// corpus's unseen part (the figure to compare).
func TestPeerScore(t *testing.T) {
	path := os.Getenv("GUARD_PEER_CORPUS")
	if path == "" {
		t.Skip("set GUARD_PEER_CORPUS (scripts/guard-peer)")
	}
	items := loadCorpus(t, path)
	if len(items) == 0 {
		t.Fatalf("%s: no items", path)
	}
	name := path[strings.LastIndexByte(path, '/')+1:]
	guards := []struct {
		tool string
		g    *Guard
	}{{"sealpost guard (shipped)", newTestGuard(t)}}
	switch {
	case strings.HasPrefix(name, "split15_heldout"), strings.HasPrefix(name, "split15_wordnet_heldout"):
		guards = append(guards, struct {
			tool string
			g    *Guard
		}{"sealpost guard (w/o held-out part)", splitGuard(t)})
	case strings.HasPrefix(name, "split15_dev"), strings.HasPrefix(name, "split15_wordnet_dev"):
		guards = append(guards, struct {
			tool string
			g    *Guard
		}{"sealpost guard (w/o dev+held-out)", devGuard(t)})
	}
	if isHeldOutCorpus(name) && !showHeldOut() {
		// the peer script runs the held-out sets by default; their figures
		// are printed only on purpose (README.md, "Held-out discipline")
		for _, gg := range guards {
			fmt.Printf("PEER %-22s %-34s held out: set GUARD_SHOW_HELDOUT=1 to print\n", name, gg.tool)
		}
		return
	}
	for _, gg := range guards {
		recall, fp, leaks, cleans, _, _ := corpusFigures(t, gg.g, items)
		fmt.Printf("PEER %-22s %-34s %6d %8.3f %6d %8.1f%%\n", name, gg.tool, leaks, recall, cleans, 100*fp)
	}
}

// TestHeldOutNames checks that every held-out corpus in testdata/guard is
// recognised as held out, so a new one cannot print its figures by default.
func TestHeldOutNames(t *testing.T) {
	paths, err := filepath.Glob("../../testdata/guard/*.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	held := 0
	for _, p := range paths {
		name := filepath.Base(p)
		if strings.Contains(name, "heldout") != isHeldOutCorpus(name) {
			t.Errorf("%s: isHeldOutCorpus = %v", name, isHeldOutCorpus(name))
		}
		if isHeldOutCorpus(name) {
			held++
		}
	}
	if held < 3 {
		t.Errorf("found %d held-out corpora, want at least 3", held)
	}
}
