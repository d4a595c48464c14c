package guard

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"path/filepath"
	"strings"
	"testing"
)

// corePasses: the passes detect calls that read every field's tokens by
// design, so no test on the field can skip them; each says why. A pass
// added to detect is not one of them: it returns at once, before its
// first walk over the tokens, when the field cannot hold what it looks
// for (a field-level start-word bit, tokfilter.go, or a byte test of the
// text, the mode, the findings so far). TestDetectPassesAreGated holds
// the list shut: the fourteenth pass's latent-miss scans cost 10 % of the
// instructions per check until each had its bit.
var corePasses = map[string]string{
	"markChefBy":     "\"Sakura Sushi by Kenji:\": reads only the field's first three tokens",
	"scanAddrs":      "emails, URLs and addresses: byte scans of the whole text",
	"markMoney":      "amounts: every digit token, already tested by class in the walk",
	"markProducts":   "product noun phrases: its per-token lead test is inlined (prodLeadMay)",
	"markBrands":     "listed brand names: its per-token test is the brand bit",
	"markNamedGoods": "goods named after a person: a capitalised-token test per token",
	"scanWords":      "the vocabulary pass: every word is looked up",
	"scanNumbers":    "phones, identifiers and dates: every digit token",
	"scanVitals":     "measurements: every digit token and the vaccination words",
	"scanShapes":     "word shapes: computes s.tp, read by the later passes",
	"scanFrames":     "words in no vocabulary: every token is tested (suspiciousMay)",
	"scanSplitRuns":  "a clinical word cut in pieces: a gap test per token",
	"scanCompose":    "clinical heads, doses, greetings: the composite pass",
	"scanSpanish":    "Spanish frames: a sentence-start test per token",
	"scanFifth":      "specialties, care places, names: per-token class tests on s.tp",
	"scanIDPrefix":   "an identifier's prefix: a digit-after test per token",
	"scanDisguised":  "a clinical word disguised letter by letter: any token may start one",
	"scanVanity":     "phone numbers in letters: a three-digit token test",
	"scanTail":       "JSON values, look-alike letters, sentence-opening words",
}

// TestDetectPassesAreGated: every pass detect calls (scan.go) either is
// one of corePasses or, before its first loop, has an early return whose
// condition reads something cheaper than a walk: a field-level bit
// (s.fbAll, s.fbAll2, s.fbAll3), the mode, the findings so far, or a call
// (a byte search of the text, s.spanish(), …) — not only the token
// count. A new scan thus comes with its start words' filter from its first
// commit, or names itself here with a reason a reviewer reads.
func TestDetectPassesAreGated(t *testing.T) {
	fset := gotoken.NewFileSet()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	methods := map[string]*ast.FuncDecl{}
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
			if !ok || fd.Recv == nil || len(fd.Recv.List) != 1 {
				continue
			}
			if st, ok := fd.Recv.List[0].Type.(*ast.StarExpr); ok {
				if id, ok := st.X.(*ast.Ident); ok && id.Name == "scanner" {
					methods[fd.Name.Name] = fd
				}
			}
		}
	}
	detect := methods["detect"]
	if detect == nil {
		t.Fatal("scanner.detect not found")
	}
	var passes []string
	for _, st := range detect.Body.List {
		es, ok := st.(*ast.ExprStmt)
		if !ok {
			continue
		}
		call, ok := es.X.(*ast.CallExpr)
		if !ok || len(call.Args) != 0 {
			continue
		}
		if sel, ok := call.Fun.(*ast.SelectorExpr); ok {
			if id, ok := sel.X.(*ast.Ident); ok && id.Name == "s" && sel.Sel.Name != "finish" {
				passes = append(passes, sel.Sel.Name)
			}
		}
	}
	if len(passes) < 40 {
		t.Fatalf("only %d passes found in detect", len(passes))
	}
	seen := map[string]bool{}
	for _, p := range passes {
		seen[p] = true
		fd := methods[p]
		if fd == nil {
			t.Errorf("pass %s: no scanner method", p)
			continue
		}
		gated := gatedBeforeLoop(fd.Body.List)
		_, core := corePasses[p]
		switch {
		case core && gated:
			t.Errorf("%s returns early on a cheap test: take it out of corePasses", p)
		case !core && !gated:
			t.Errorf("%s walks the tokens of every field: give it a start-word bit (tokfilter.go) or another cheap early return before its first loop", p)
		}
	}
	for p := range corePasses {
		if !seen[p] {
			t.Errorf("corePasses names %s, which detect no longer calls", p)
		}
	}
}

// gatedBeforeLoop: an if statement whose body returns, whose condition
// reads a cheap test (gateCond), before the first for or range statement.
func gatedBeforeLoop(body []ast.Stmt) bool {
	for _, st := range body {
		switch x := st.(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			return false
		case *ast.IfStmt:
			if returns(x.Body) && gateCond(x.Cond) {
				return true
			}
		}
	}
	return false
}

func returns(b *ast.BlockStmt) bool {
	if len(b.List) == 0 {
		return false
	}
	_, ok := b.List[len(b.List)-1].(*ast.ReturnStmt)
	return ok
}

// gateCond: the condition reads a field bit, the mode, the findings or a
// context's keys, or calls a function other than len.
func gateCond(e ast.Expr) bool {
	ok := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.SelectorExpr:
			switch x.Sel.Name {
			case "fbAll", "fbAll2", "fbAll3", "m", "fs", "prod", "keys", "zw", "homog":
				ok = true
			}
		case *ast.CallExpr:
			if id, isID := x.Fun.(*ast.Ident); !isID || id.Name != "len" {
				ok = true
			}
		}
		return !ok
	})
	return ok
}
