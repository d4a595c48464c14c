package guard

// supportwho.go: who a support group is for (issue 15, sixteenth pass,
// dev88's fam-pub, helper pub16). compose.go's clinicalHeadAfter reads a
// content word right before "support group" as a clinical subject
// ("Tourette's support group"); dev88's "Caregiver support group meets the
// second Wednesday of every month" was flagged on "Caregiver". A word naming
// the people the group is for — caregivers, family, parents, spouses,
// siblings, peers — names no condition: supportWho clears it before
// "support" only. "Alzheimer caregiver support group" keeps "Alzheimer",
// "your caregiver support group for your husband's dementia" keeps
// "dementia", and "caregiver" before any other head ("caregiver care plan")
// is read as before. Test `TestSupportWho`.

// supportWhoWords: who a support group is for
var supportWhoWords = wordSetTab("caregiver caregivers carer carers family families parent parents spouse spouses " +
	"sibling siblings peer peers dad dads mom moms grandparent grandparents")

// supportWho reports whether token i names who the support group at head
// token k is for.
func (s *scanner) supportWho(i, k int) bool {
	return s.toks[k].low == "support" && supportWhoWords.get(s.toks[i].h)
}
