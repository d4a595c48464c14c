package audit

import (
	"testing"
	"time"
)

// BenchmarkLink compares the keyed link with the legacy SHA-256 one, per
// event: the chainer's only CPU cost that changed.
//
//	go test -run '^$' -bench Link ./internal/audit/
func BenchmarkLink(b *testing.B) {
	e := Event{ID: 123456, TenantID: "ten_06h3rf7mjbm6wvg4hqcr6b1tc0", At: time.Now(), Actor: "api_key:sp_abcdefgh", Action: ActionMessageOpen, ObjectType: "message", ObjectID: "msg_06h3rf7mjbm6wvg4hqcr6b1tc0"}
	b.Run("sha256", func(b *testing.B) {
		prev := Genesis
		for i := range b.N {
			prev = ComputeHash(prev, int64(i), e)
		}
	})
	b.Run("hmac", func(b *testing.B) {
		l := testKeys.Linker(e.TenantID)
		prev := Genesis
		for i := range b.N {
			prev = l.Link(prev, int64(i), e)
		}
	})
}
