package guard

import (
	"fmt"
	"testing"
)

func TestMixDbg(t *testing.T) {
	g := newTestGuard(t)
	s := scannerPool.Get().(*scanner)
	defer scannerPool.Put(s)
	s.reset(g, g.empty, Standard, "f")
	s.run("Riverside Oakwood Lakeside Downtown Northside Westfield Springfield Cleveland Mayo Lakeview Main Street Memory Care Rahul Priya Keisha Oluwaseun Hiroshi Zanele Siobhan Netflix Amazon Update Reminder Spotify Important Welcome Costco", false)
	for i, tk := range s.toks {
		fmt.Printf("%s w=%v gen=%v flags=%b\n", tk.low, tk.w != nil, s.general(i), s.fl(i))
	}
}
