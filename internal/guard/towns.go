package guard

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"slices"
)

// Towns (issue 15, thirteenth pass): the names of the towns and cities of
// the United States, Canada and the Spanish-speaking countries, from the
// GeoNames gazetteer (vocab/towns.txt.gz; provenance and licence in
// vocab/README.md). A tenant names its branches after their towns ("our
// Buda clinic", "the new Leander clinic", "Wayfarer's San Francisco
// clinic"), and no list of the guard's own can hold them all; the
// gazetteer does. It is used only where a place is expected (a branch's
// name before "clinic", branchplace.go; a place's frame, townrun.go) and
// never makes a clinical word ordinary: a word of the clinical lists never
// reaches those tests.
//
// Shared by all Guards (loaded with the general word lists): the top 32
// bits of the hash of each folded name ("san francisco"), sorted.

// loadTowns reads vocab/towns.txt.gz into sorted fingerprints.
func loadTowns() ([]uint32, error) {
	f, err := generalFS.Open("vocab/towns.txt.gz")
	if err != nil {
		return nil, fmt.Errorf("guard: vocabulary towns.txt.gz: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("guard: vocabulary towns.txt.gz: %w", err)
	}
	out := make([]uint32, 0, 48000)
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		if w := sc.Text(); w != "" {
			out = append(out, uint32(hstr(w)>>32))
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("guard: vocabulary towns.txt.gz: %w", err)
	}
	slices.Sort(out)
	return slices.Compact(out), nil
}

// town: h is the hash of a town's folded name.
func (g *general) town(h uint64) bool {
	_, ok := slices.BinarySearch(g.towns, uint32(h>>32))
	return ok
}
