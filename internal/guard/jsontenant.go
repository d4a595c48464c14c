package guard

import "strings"

// jsontenant.go: a word of the tenant's or branch's slug under a JSON key
// (issue 15, tenth pass, helper CODES10, dev63/dev65c, 2026-12-05).
//
// Webhook payloads name their sender by a slug: {"evento":"pago.acreditado",
// "tenant":"clinicas-ferreyra", …}, {"sede":"palermo", …}. A word of the
// slug in no vocabulary ("ferreyra", "palermo") was reported by frame.go's
// last resort as a lower-case unknown word (frame.unknown). jsonTenantValue
// skips it when it is part of the whole string value of a key naming the
// tenant or its site — tenant, tenant_id, tenant_slug, org, organization,
// clinic, sede, sucursal, branch, site — the value's words joined by "-" or
// "_" only. Every other key ("paciente", "nombre", "location", "address")
// and the same word in running text stay as they were. Accepted risk: a
// person's name written as a tenant's slug passes. Cost: only for a word
// frame.unknown is about to report.

var jsonTenantKeys = wordSetTab("tenant org organization clinic sede sucursal branch site")

// jsonTenantValue: token i is a word of the string value of a tenant or
// site key.
func (s *scanner) jsonTenantValue(i int) bool {
	a, _, ok := s.jsonSlugValue(i)
	if !ok {
		return false
	}
	k := a - 1
	switch s.toks[k].low {
	case "id", "slug", "key":
		if k > 0 && s.gap(k) == "_" {
			k--
		}
	}
	return jsonTenantKeys.get(s.toks[k].h) && strings.HasSuffix(s.gap(k), `"`)
}

// jsonSlugValue: token i is a word of a JSON string value that is one
// slug (words joined by '-' or '_', nothing else), whose tokens are a..e;
// false when the value holds anything else. Shared by jsonTenantValue and
// webhookid.go's jsonSiteTown.
func (s *scanner) jsonSlugValue(i int) (a, e int, ok bool) {
	a = i
	for a > 0 && (s.gap(a) == "-" || s.gap(a) == "_") {
		a--
	}
	if a == 0 || strings.ReplaceAll(s.gap(a), " ", "") != `":"` {
		return 0, 0, false
	}
	e = i
	for e+1 < len(s.toks) && (s.gap(e+1) == "-" || s.gap(e+1) == "_") {
		e++
	}
	if e+1 < len(s.toks) && !strings.HasPrefix(s.gap(e+1), `"`) {
		return 0, 0, false
	}
	return a, e, true
}
