package service

import (
	"testing"

	"github.com/sealpost/sealpost/internal/password"
)

// BenchmarkPasswordHash measures one argon2id hash at the service's costs
// (what each enrolment and sign-in spends).
func BenchmarkPasswordHash(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := password.Hash("correct horse battery staple", DefaultPasswordParams); err != nil {
			b.Fatal(err)
		}
	}
}
