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
			if id, ok := sel.X.(*ast.Ident); ok && id.Name == "s" && sel.Sel.Name != "finish" && sel.Sel.Name != "newTokenList" { // newTokenList: a reset of state, no walk (scan.go)
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

// gateCond: the condition reads a field bit (fbAll…, p20), the mode, the findings or a
// context's keys, or calls a function other than len.
func gateCond(e ast.Expr) bool {
	ok := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.SelectorExpr:
			switch x.Sel.Name {
			case "fbAll", "fbAll2", "fbAll3", "p20", "m", "fs", "prod", "keys", "zw", "homog": // p20: pass20gate.go
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

// wholeTextCalls: the calls that read or copy every byte of their string
// argument, decoding runes as they go (strings), or allocate a copy of it.
// On a whole field's text they cost as much as a pass: the sixteenth
// pass's gate strings.ContainsAny(text, "–—") decoded every rune and cost
// 10 % of a check. TestNoWholeTextScans forbids them on the text.
var wholeTextCalls = map[string]bool{
	"strings.ContainsAny": true, "strings.IndexAny": true, "strings.LastIndexAny": true,
	"strings.ContainsRune": true, "strings.IndexRune": true,
	"strings.ContainsFunc": true, "strings.IndexFunc": true, "strings.LastIndexFunc": true,
	"strings.ToLower": true, "strings.ToUpper": true, "strings.ToTitle": true, "strings.Title": true,
	"strings.Map": true, "strings.Fields": true, "strings.FieldsFunc": true,
	"strings.Split": true, "strings.SplitN": true, "strings.SplitAfter": true, "strings.SplitAfterN": true,
	"strings.Replace": true, "strings.ReplaceAll": true, "strings.TrimFunc": true,
	"utf8.DecodeRuneInString": true, "utf8.DecodeLastRuneInString": true,
	"utf8.RuneCountInString": true, "utf8.ValidString": true,
	"bytes.ContainsAny": true, "bytes.IndexAny": true, "bytes.ToLower": true, "bytes.Fields": true,
}

// wholeTextAllowed: the functions on a check's path that may read the
// whole text rune by rune, each with the reason a reviewer reads.
var wholeTextAllowed = map[string]string{
	"tokenizeAny": "the tokenizer reads every rune by design; it decodes only the bytes >= 0x80 (ASCII text takes tokenizeASCII)",
	"lowerAll":    "strings.ToLower of the text only when a byte is >= 0x80; ASCII text returns t.low, already built",
}

// TestNoWholeTextScans: no function a check reaches from scanner.detect
// (scan.go) — the passes, their gates and every helper they call — hands
// the field's whole text (s.t.s, s.t.low, a variable or parameter bound
// to one of them) to a call of wholeTextCalls or to the regexp package,
// unless the argument is a bounded slice (text[a:b]) or the function is
// in wholeTextAllowed. A gate that decodes the text (ContainsAny with a
// non-ASCII set, ToLower, IndexFunc) fails here before it is merged;
// what such a gate wants is a byte search (strings.Contains,
// strings.IndexByte) or a field bit (tokfilter.go).
func TestNoWholeTextScans(t *testing.T) {
	fset := gotoken.NewFileSet()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	funcs := map[string]*ast.FuncDecl{} // "Recv.Name" or "Name"
	byName := map[string][]string{}     // method name -> keys
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
			key := fd.Name.Name
			if fd.Recv != nil && len(fd.Recv.List) == 1 {
				key = recvTypeName(fd.Recv.List[0].Type) + "." + key
				byName[fd.Name.Name] = append(byName[fd.Name.Name], key)
			}
			funcs[key] = fd
		}
	}
	if funcs["scanner.detect"] == nil {
		t.Fatal("scanner.detect not found")
	}
	// callees: the package's functions a call may reach (a method call by
	// name reaches every method of that name: an over-approximation).
	callees := func(call *ast.CallExpr) []string {
		switch f := call.Fun.(type) {
		case *ast.Ident:
			if funcs[f.Name] != nil {
				return []string{f.Name}
			}
		case *ast.SelectorExpr:
			if id, ok := f.X.(*ast.Ident); ok && isStdPkg(id.Name) {
				return nil
			}
			return byName[f.Sel.Name]
		}
		return nil
	}
	// tainted[key][param]: the parameter receives a whole text.
	tainted := map[string]map[string]bool{"scanner.detect": {}}
	reached := map[string]bool{}
	var queue []string
	visit := func(k string) {
		if !reached[k] {
			reached[k] = true
			queue = append(queue, k)
		}
	}
	visit("scanner.detect")
	for changed := true; changed; {
		changed = false
		for len(queue) > 0 {
			k := queue[0]
			queue = queue[1:]
			fd := funcs[k]
			whole := wholeNames(fd, tainted[k])
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				for _, c := range callees(call) {
					visit(c)
					params := paramNames(funcs[c])
					for i, a := range call.Args {
						if i < len(params) && params[i] != "" && isWholeText(a, whole) {
							if tainted[c] == nil {
								tainted[c] = map[string]bool{}
							}
							if !tainted[c][params[i]] {
								tainted[c][params[i]] = true
								if reached[c] {
									changed = true
								}
							}
						}
					}
				}
				return true
			})
		}
		if changed {
			for k := range reached {
				queue = append(queue, k)
			}
		}
	}
	if len(reached) < 100 {
		t.Fatalf("only %d functions reached from detect", len(reached))
	}
	used := map[string]bool{}
	for k := range reached {
		fd := funcs[k]
		whole := wholeNames(fd, tainted[k])
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			id, _ := sel.X.(*ast.Ident)
			name := sel.Sel.Name
			if id != nil {
				name = id.Name + "." + name
			}
			bad := ""
			switch {
			case id != nil && id.Name == "regexp":
				bad = name
			case wholeTextCalls[name] || regexpMethod(sel.Sel.Name) && (id == nil || !isStdPkg(id.Name)):
				for _, a := range call.Args {
					if isWholeText(a, whole) {
						bad = name
					}
				}
			}
			if bad == "" {
				return true
			}
			if _, ok := wholeTextAllowed[funcName(k)]; ok {
				used[funcName(k)] = true
				return true
			}
			t.Errorf("%s: %s calls %s on the whole text: every check pays a rune-by-rune read or a copy of the field; search bytes (strings.Contains, strings.IndexByte), test a field bit (tokfilter.go), or pass a bounded slice", fset.Position(call.Pos()), k, bad)
			return true
		})
	}
	for k := range wholeTextAllowed {
		if !used[k] {
			t.Errorf("wholeTextAllowed names %s, which no longer reads the whole text (or is no longer reached from detect)", k)
		}
	}
}

func funcName(key string) string {
	if i := strings.IndexByte(key, '.'); i >= 0 {
		return key[i+1:]
	}
	return key
}

func recvTypeName(e ast.Expr) string {
	if st, ok := e.(*ast.StarExpr); ok {
		e = st.X
	}
	if ix, ok := e.(*ast.IndexExpr); ok {
		e = ix.X
	}
	if id, ok := e.(*ast.Ident); ok {
		return id.Name
	}
	return "?"
}

func isStdPkg(name string) bool {
	switch name {
	case "strings", "utf8", "unicode", "bytes", "strconv", "slices", "sort", "fmt", "errors", "math", "bits", "sync", "regexp", "maps", "cmp", "html", "json", "base64", "hex", "url", "norm":
		return true
	}
	return false
}

// regexpMethod: a *regexp.Regexp method that reads a string.
func regexpMethod(m string) bool {
	for _, p := range []string{"MatchString", "FindString", "FindAllString", "ReplaceAllString", "FindStringIndex", "FindAllStringIndex", "FindStringSubmatch", "FindAllStringSubmatch"} {
		if strings.HasPrefix(m, p) {
			return true
		}
	}
	return false
}

// paramNames: the function's parameter names in call order ("" for an
// unnamed one or one of a type other than string).
func paramNames(fd *ast.FuncDecl) []string {
	var out []string
	for _, f := range fd.Type.Params.List {
		str := false
		if id, ok := f.Type.(*ast.Ident); ok && id.Name == "string" {
			str = true
		}
		if len(f.Names) == 0 {
			out = append(out, "")
		}
		for _, n := range f.Names {
			if str {
				out = append(out, n.Name)
			} else {
				out = append(out, "")
			}
		}
	}
	return out
}

// wholeNames: the names in fd bound to a field's whole text: its tainted
// parameters and the variables assigned a whole text (x := s.t.s).
func wholeNames(fd *ast.FuncDecl, params map[string]bool) map[string]bool {
	whole := map[string]bool{}
	for p := range params {
		whole[p] = true
	}
	// an ntext (normalize.go) received as receiver or parameter: its s
	// and low are a whole text
	fields := fd.Type.Params.List
	if fd.Recv != nil {
		fields = append(append([]*ast.Field(nil), fd.Recv.List...), fields...)
	}
	for _, f := range fields {
		if recvTypeName(f.Type) == "ntext" {
			for _, n := range f.Names {
				whole["ntext:"+n.Name] = true
			}
		}
	}
	for again := true; again; {
		again = false
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			as, ok := n.(*ast.AssignStmt)
			if !ok || len(as.Lhs) != len(as.Rhs) {
				return true
			}
			for i, l := range as.Lhs {
				if id, ok := l.(*ast.Ident); ok && !whole[id.Name] && isWholeText(as.Rhs[i], whole) {
					whole[id.Name] = true
					again = true
				}
			}
			return true
		})
	}
	return whole
}

// isWholeText: e is a field's whole text, or its tail from an offset
// (text[i:], unbounded): x.t.s, x.t.low, t.s of an ntext t, or a name
// bound to one.
func isWholeText(e ast.Expr, whole map[string]bool) bool {
	for {
		p, ok := e.(*ast.ParenExpr)
		if !ok {
			break
		}
		e = p.X
	}
	switch x := e.(type) {
	case *ast.Ident:
		return whole[x.Name]
	case *ast.SelectorExpr:
		if x.Sel.Name != "s" && x.Sel.Name != "low" {
			return false
		}
		switch in := x.X.(type) {
		case *ast.SelectorExpr:
			return in.Sel.Name == "t"
		case *ast.Ident:
			return whole["ntext:"+in.Name]
		}
	case *ast.SliceExpr:
		return x.High == nil && isWholeText(x.X, whole)
	}
	return false
}

// TestHasSub: hasSub is strings.Contains for the gates that use it.
func TestHasSub(t *testing.T) {
	texts := []string{"", "You have a new message", "Hi, our nurse", ",,, our", "Our", "Home  Home Care", "x, ", ", "}
	for _, x := range texts {
		for _, sub := range []string{", ", "Our ", "Home ", ", our ", "o"} {
			if got, want := hasSub(x, sub), strings.Contains(x, sub); got != want {
				t.Errorf("hasSub(%q, %q) = %v, want %v", x, sub, got, want)
			}
		}
	}
}
