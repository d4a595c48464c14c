package store_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/sealpost/sealpost/internal/audit"
	"github.com/sealpost/sealpost/internal/testdb"
)

// BenchmarkChainAudit measures the audit chainer alone: each round commits
// 5,000 events over 20 tenants (untimed), then chains them (timed) with
// ChainAllAudit, as the background loop does. Reports chained events/s.
//
//	go test -run '^$' -bench ChainAudit -benchtime 20x ./internal/store/
func BenchmarkChainAudit(b *testing.B) {
	for _, kind := range []string{"sqlite", "postgres"} {
		b.Run(kind, func(b *testing.B) {
			if kind == "postgres" {
				testdb.Connect(b)
			}
			st, _ := testdb.Open(b, kind)
			ctx := context.Background()
			const perRound, tenants = 5000, 20
			evs := make([]audit.Event, 0, 500)
			total := 0
			b.ResetTimer()
			for range b.N {
				b.StopTimer()
				for i := range perRound {
					evs = append(evs, audit.Event{TenantID: fmt.Sprintf("ten_%02d", i%tenants), Actor: "api_key:sp_bench", Action: audit.ActionMessageOpen, ObjectType: "message", ObjectID: fmt.Sprintf("msg_%08d", total+i)})
					if len(evs) == cap(evs) {
						if err := st.AppendAudit(ctx, evs...); err != nil {
							b.Fatal(err)
						}
						evs = evs[:0]
					}
				}
				b.StartTimer()
				n, err := st.ChainAllAudit(ctx)
				if err != nil || n != perRound {
					b.Fatalf("chained %d: %v", n, err)
				}
				total += n
			}
			b.ReportMetric(float64(total)/b.Elapsed().Seconds(), "events/s")
		})
	}
}
