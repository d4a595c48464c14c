package api

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// httpMethods are the OpenAPI path-item members that are operations.
var httpMethods = []string{"get", "put", "post", "delete", "options", "head", "patch", "trace"}

func loadOpenAPI(t *testing.T) map[string]any {
	t.Helper()
	var doc map[string]any
	if err := json.Unmarshal(OpenAPI(), &doc); err != nil {
		t.Fatalf("openapi.json is not valid JSON: %v", err)
	}
	return doc
}

// resolveRef follows a local JSON Pointer reference ("#/a/b") within doc.
func resolveRef(doc map[string]any, ref string) (any, bool) {
	p, ok := strings.CutPrefix(ref, "#")
	if !ok {
		return nil, false
	}
	var cur any = doc
	if p == "" {
		return cur, true
	}
	if !strings.HasPrefix(p, "/") {
		return nil, false
	}
	for _, tok := range strings.Split(p[1:], "/") {
		tok = strings.ReplaceAll(strings.ReplaceAll(tok, "~1", "/"), "~0", "~")
		switch c := cur.(type) {
		case map[string]any:
			v, ok := c[tok]
			if !ok {
				return nil, false
			}
			cur = v
		case []any:
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(c) {
				return nil, false
			}
			cur = c[i]
		default:
			return nil, false
		}
	}
	return cur, true
}

// deref returns v, or what it references if it is a {"$ref": ...} object.
func deref(doc map[string]any, v any) any {
	for range 10 {
		m, ok := v.(map[string]any)
		if !ok {
			return v
		}
		ref, ok := m["$ref"].(string)
		if !ok {
			return v
		}
		if v, ok = resolveRef(doc, ref); !ok {
			return nil
		}
	}
	return v
}

type operation struct {
	method, path string
	item, op     map[string]any
}

func operations(t *testing.T, doc map[string]any) []operation {
	t.Helper()
	paths, ok := doc["paths"].(map[string]any)
	if !ok {
		t.Fatal("openapi.json has no paths object")
	}
	var ops []operation
	for path, v := range paths {
		item, ok := v.(map[string]any)
		if !ok {
			t.Errorf("path %s: not an object", path)
			continue
		}
		for _, m := range httpMethods {
			if o, ok := item[m]; ok {
				op, ok := o.(map[string]any)
				if !ok {
					t.Errorf("%s %s: operation is not an object", strings.ToUpper(m), path)
					continue
				}
				ops = append(ops, operation{strings.ToUpper(m), path, item, op})
			}
		}
	}
	return ops
}

// TestOpenAPIMatchesRoutes fails when a route in Routes() and the embedded
// OpenAPI document disagree, or when the document is not self-consistent.
func TestOpenAPIMatchesRoutes(t *testing.T) {
	doc := loadOpenAPI(t)
	if v, _ := doc["openapi"].(string); !strings.HasPrefix(v, "3.1") {
		t.Errorf("openapi = %q, want 3.1.x", v)
	}

	documented := map[string]bool{}
	for _, op := range operations(t, doc) {
		documented[op.method+" "+op.path] = true
	}
	registered := map[string]bool{}
	for _, r := range Routes() {
		registered[r.Method+" "+r.Pattern] = true
	}
	var missingDoc, missingRoute []string
	for k := range registered {
		if !documented[k] {
			missingDoc = append(missingDoc, k)
		}
	}
	for k := range documented {
		if !registered[k] {
			missingRoute = append(missingRoute, k)
		}
	}
	slices.Sort(missingDoc)
	slices.Sort(missingRoute)
	if len(missingDoc) > 0 {
		t.Errorf("routes registered but not in openapi.json:\n  %s", strings.Join(missingDoc, "\n  "))
	}
	if len(missingRoute) > 0 {
		t.Errorf("operations in openapi.json without a registered route:\n  %s", strings.Join(missingRoute, "\n  "))
	}
}

func TestOpenAPIOperations(t *testing.T) {
	doc := loadOpenAPI(t)
	schemes := map[string]any{}
	if c, ok := doc["components"].(map[string]any); ok {
		schemes, _ = c["securitySchemes"].(map[string]any)
	}
	auth := map[string]bool{}
	for _, r := range Routes() {
		auth[r.Method+" "+r.Pattern] = r.Auth != AccessPublic
	}
	seenID := map[string]string{}
	paramRE := regexp.MustCompile(`\{([^{}]+)\}`)
	for _, op := range operations(t, doc) {
		name := op.method + " " + op.path

		id, _ := op.op["operationId"].(string)
		switch {
		case id == "":
			t.Errorf("%s: no operationId", name)
		case seenID[id] != "":
			t.Errorf("%s: operationId %q already used by %s", name, id, seenID[id])
		default:
			seenID[id] = name
		}

		if resp, _ := op.op["responses"].(map[string]any); len(resp) == 0 {
			t.Errorf("%s: no responses", name)
		}

		if strings.HasPrefix(op.path, "/v1/") || auth[name] {
			sec, _ := op.op["security"].([]any)
			if len(sec) == 0 {
				t.Errorf("%s: no security requirement", name)
			}
			for _, s := range sec {
				req, _ := s.(map[string]any)
				if len(req) == 0 {
					t.Errorf("%s: empty security requirement (that allows anonymous calls)", name)
				}
				for k := range req {
					if _, ok := schemes[k]; !ok {
						t.Errorf("%s: security scheme %q is not in components.securitySchemes", name, k)
					}
				}
			}
		}

		// Path parameters: declared on the path item or the operation.
		declared := map[string]bool{}
		for _, src := range []any{op.item["parameters"], op.op["parameters"]} {
			list, _ := src.([]any)
			for _, p := range list {
				pm, ok := deref(doc, p).(map[string]any)
				if !ok {
					t.Errorf("%s: a parameter does not resolve to an object", name)
					continue
				}
				if pm["in"] == "path" {
					n, _ := pm["name"].(string)
					declared[n] = true
					if pm["required"] != true {
						t.Errorf("%s: path parameter %q must be required", name, n)
					}
				}
			}
		}
		inPattern := map[string]bool{}
		for _, m := range paramRE.FindAllStringSubmatch(op.path, -1) {
			n := strings.TrimSuffix(m[1], "...")
			inPattern[n] = true
			if !declared[n] {
				t.Errorf("%s: path parameter %q is not declared", name, n)
			}
		}
		for n := range declared {
			if !inPattern[n] {
				t.Errorf("%s: declares path parameter %q that is not in the path", name, n)
			}
		}
	}
}

// TestOpenAPIRefsResolve checks that every $ref points inside the document.
func TestOpenAPIRefsResolve(t *testing.T) {
	doc := loadOpenAPI(t)
	n := 0
	var walk func(at string, v any)
	walk = func(at string, v any) {
		switch x := v.(type) {
		case map[string]any:
			if r, ok := x["$ref"]; ok {
				n++
				s, _ := r.(string)
				if _, ok := resolveRef(doc, s); !ok {
					t.Errorf("%s: $ref %q does not resolve within the document", at, s)
				}
			}
			for k, c := range x {
				walk(at+"/"+k, c)
			}
		case []any:
			for i, c := range x {
				walk(at+"/"+strconv.Itoa(i), c)
			}
		}
	}
	walk("#", doc)
	if n == 0 {
		t.Error("no $ref found; is the document empty?")
	}
}

// TestOpenAPIProblemTypes checks that the Problem schema lists exactly the
// problem types problem.go defines.
func TestOpenAPIProblemTypes(t *testing.T) {
	doc := loadOpenAPI(t)
	v, ok := resolveRef(doc, "#/components/schemas/Problem/properties/type/enum")
	if !ok {
		t.Fatal("components.schemas.Problem.properties.type.enum is missing")
	}
	var got []string
	for _, e := range v.([]any) {
		s, _ := e.(string)
		got = append(got, s)
	}
	want := problemConstants(t)
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("Problem.type enum = %v\nwant the constants of problem.go: %v", got, want)
	}
}

// problemConstants reads problem.go and returns the values of its Problem*
// constants, sorted. Reading the source keeps the list from drifting.
func problemConstants(t *testing.T) []string {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), "problem.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.CONST {
			continue
		}
		for _, s := range g.Specs {
			vs := s.(*ast.ValueSpec)
			for i, n := range vs.Names {
				if !strings.HasPrefix(n.Name, "Problem") || i >= len(vs.Values) {
					continue
				}
				lit, ok := vs.Values[i].(*ast.BasicLit)
				if !ok || lit.Kind != token.STRING {
					t.Fatalf("%s is not a string literal", n.Name)
				}
				v, err := strconv.Unquote(lit.Value)
				if err != nil {
					t.Fatal(err)
				}
				out = append(out, v)
			}
		}
	}
	if len(out) == 0 {
		t.Fatal("no Problem* constants found in problem.go")
	}
	slices.Sort(out)
	return out
}

// TestProblemTypesDocumented checks that docs/problems.md lists every problem
// type, and that each type has a title for problem answers.
func TestProblemTypesDocumented(t *testing.T) {
	md, err := os.ReadFile("../../docs/problems.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, typ := range problemConstants(t) {
		if !strings.Contains(string(md), "`"+typ+"`") {
			t.Errorf("docs/problems.md does not list %s", typ)
		}
		if titles[typ] == "" {
			t.Errorf("problem.go: %s has no title", typ)
		}
	}
}
