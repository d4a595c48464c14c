package guard

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// dropsNotAsking: the functions that filter findings and need not ask
// readerTied (readertied.go), each with its reason. Everything else that
// filters findings asks it, directly or through a function that does.
var dropsNotAsking = map[string]string{
	"reset":        "clears the findings of the last field before the next: no finding is judged",
	"detect":       "clears the findings of the last pass before the next: no finding is judged",
	"dropApproved": "tenant-approved phrases: the tenant's explicit word (context findings stay, ctx)",
	"finish":       "the Template drop (the tenant's explicit word; context findings stay, ctx) and the merge of a finding inside a longer one of the same kind",
}

// TestDropsAskReaderTied: every function of the package that removes
// findings — a name starting with "drop" over findings, or a cut of a
// finding slice (s.fs[:k], fs[:k], out[:0] where fs and out are a
// function's []ifind or []Finding, or any slice named fs or out) — calls
// readerTied or anyReaderTied, or a function of the package that does
// (followed to any depth), or is named in dropsNotAsking. A drop written
// by one helper thus cannot clear another helper's reader-tied finding
// without saying why here.
func TestDropsAskReaderTied(t *testing.T) {
	fset := gotoken.NewFileSet()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	calls := map[string]map[string]bool{} // function name -> names it calls
	var sites []string
	isFindSlice := func(e ast.Expr) bool {
		at, ok := e.(*ast.ArrayType)
		if !ok || at.Len != nil {
			return false
		}
		id, ok := at.Elt.(*ast.Ident)
		return ok && (id.Name == "ifind" || id.Name == "Finding")
	}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		af, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range af.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			name := fd.Name.Name
			cs := calls[name]
			if cs == nil {
				cs = map[string]bool{}
				calls[name] = cs
			}
			slices := map[string]bool{"fs": true, "out": true}
			typed := false
			for _, fl := range []*ast.FieldList{fd.Type.Params, fd.Type.Results} {
				if fl == nil {
					continue
				}
				for _, p := range fl.List {
					if isFindSlice(p.Type) {
						typed = true
						for _, n := range p.Names {
							slices[n.Name] = true
						}
					}
				}
			}
			cut, usesFS := false, false
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				switch x := n.(type) {
				case *ast.CallExpr:
					switch fn := x.Fun.(type) {
					case *ast.Ident:
						cs[fn.Name] = true
					case *ast.SelectorExpr:
						cs[fn.Sel.Name] = true
					}
				case *ast.SelectorExpr:
					if x.Sel.Name == "fs" {
						usesFS = true
					}
				case *ast.SliceExpr:
					if x.Low != nil || x.High == nil {
						break
					}
					switch v := x.X.(type) {
					case *ast.Ident:
						cut = cut || slices[v.Name]
					case *ast.SelectorExpr:
						cut = cut || v.Sel.Name == "fs"
					}
				}
				return true
			})
			if cut || strings.HasPrefix(name, "drop") && (typed || usesFS) {
				sites = append(sites, name)
			}
		}
	}
	asks := map[string]bool{"readerTied": true, "anyReaderTied": true}
	for changed := true; changed; {
		changed = false
		for name, cs := range calls {
			if asks[name] {
				continue
			}
			for c := range cs {
				if asks[c] {
					asks[name], changed = true, true
					break
				}
			}
		}
	}
	sort.Strings(sites)
	seen := map[string]bool{}
	for _, name := range sites {
		seen[name] = true
		if _, ok := dropsNotAsking[name]; ok {
			continue
		}
		if !asks[name] {
			t.Errorf("%s removes findings without asking readerTied (readertied.go): ask it, or name it in dropsNotAsking with a reason", name)
		}
	}
	for name := range dropsNotAsking {
		if !seen[name] {
			t.Errorf("dropsNotAsking names %s, which removes no findings: take it out", name)
		}
	}
	for _, must := range []string{"dropEveryday", "dropGoodsRun", "dropOwnRole", "dropSenderName", "dropAppBrand", "dropEsFixed",
		"dropStaffNews", "dropStaffRoles", "dropStaffSentences", "dropAnnouncements", "dropPublicOffers", "dropNamedPlaces", "dropSignoff"} {
		if !seen[must] {
			t.Errorf("%s is not read as a drop site: the test's reading of the source has gone stale", must)
		}
	}
}

// TestReaderTied: the bit is set where a finding is made, and the drops
// keep it: the reader's own name (an identity value) in wording the staff,
// public and sender drops clear; a greeting addressing the reader is tied,
// a staff welcome's name is not; the same drops' shapes with another
// reader's identity pass.
func TestReaderTied(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range []string{"compose.staff_care_follow", "compose.our_care_role", "compose.home_care_act", "compose.relative_care", "compose.dose_change", "compose.av_tx", "clinical.symptom"} {
		if !readerTiedRule(r) {
			t.Errorf("readerTiedRule(%q) = false", r)
		}
	}
	for _, r := range []string{"name.greeting", "name.full", "compose.vocative", "clinical.condition"} {
		if readerTiedRule(r) {
			t.Errorf("readerTiedRule(%q) = true", r)
		}
	}
	cases := []struct {
		text, id string
		leak     bool
	}{
		{"Please welcome Sunniva Haugland, DNP, our new director of nursing at the Millbrook campus.", "Sunniva Haugland", true},
		{"Please welcome Sunniva Haugland, DNP, our new director of nursing at the Millbrook campus.", "Wendeline Prasad", false},
		{"Team update: Oskar Lindqvist, PT, has been named clinic lead for our Riverside location.", "Oskar Lindqvist", true},
		{"Team update: Oskar Lindqvist, PT, has been named clinic lead for our Riverside location.", "Amara Nwosu", false},
		{"Congratulations to Dr. Amara Nwosu on 15 years with Pinecrest Family Medicine!", "Amara Nwosu", true},
		{"Congratulations to Dr. Amara Nwosu on 15 years with Pinecrest Family Medicine!", "Oskar Lindqvist", false},
		{"Damos la bienvenida a Rocío Villalba, RN, nuestra nueva coordinadora de admisiones.", "Rocío Villalba", true},
		{"Damos la bienvenida a Rocío Villalba, RN, nuestra nueva coordinadora de admisiones.", "Itzel Carranza", false},
		{"Quispe Family Pharmacy: we close early on Friday for inventory. Thank you!", "Marta Ccori", false},
	}
	for _, c := range cases {
		fs, err := g.Check(Notice{Fields: []Field{{Name: "text", Text: c.text}}}, &Context{Identity: []string{c.id}}, Standard)
		if err != nil {
			t.Fatal(err)
		}
		if got := len(fs) > 0; got != c.leak {
			t.Errorf("%q (identity %q): flagged %v, want %v (%v)", c.text, c.id, got, c.leak, fs)
		}
	}
	// the bit on the findings themselves
	tied := func(text string, c *Context, rule string) (found, isTied bool) {
		fs, _ := g.Check(Notice{Fields: []Field{{Name: "text", Text: text}}}, c, Standard)
		for _, f := range fs {
			if f.Rule == rule {
				found, isTied = true, isTied || f.readerTied()
			}
		}
		return
	}
	if found, ok := tied("Hi Marisol, your order has shipped.", nil, "name.greeting"); !found || !ok {
		t.Errorf("'Hi <name>': found %v, tied %v; want both", found, ok)
	}
	if found, ok := tied("Dear Benedikt, the office is closed Monday.", nil, "name.greeting"); !found || !ok {
		t.Errorf("'Dear <name>': found %v, tied %v; want both", found, ok)
	}
	if found, ok := tied("Hi Marisol, please welcome Cyrus Abernathy, our new night nurse. Your visit is Monday.", nil, "name.greeting"); !found || !ok {
		t.Errorf("'Hi <name>' beside a welcome: found %v, tied %v; want both", found, ok)
	}
	if found, ok := tied("Meet Harold Mbeki at our front desk.", &Context{Identity: []string{"Harold Mbeki"}}, "context.identity"); !found || !ok {
		t.Errorf("identity match: found %v, tied %v; want both", found, ok)
	}
	var s scanner
	s.reset(g, g.empty, Standard, "text")
	s.run("Please welcome Dr. Marisol Vega to our team. Your visit is Monday.", false)
	for _, f := range s.fs {
		if f.rule == "name.greeting" && f.tied {
			t.Errorf("'welcome <name>' is tied: the sender's staff, not the reader")
		}
	}
}
