package store_test

import (
	"testing"

	"github.com/sealpost/sealpost/internal/store"
	"github.com/sealpost/sealpost/internal/store/storetest"
	"github.com/sealpost/sealpost/internal/testdb"
)

func TestContract(t *testing.T) {
	testdb.Each(t, func(t *testing.T, kind string) {
		storetest.Run(t, func(t *testing.T) (*store.Store, *testdb.Raw) {
			st, db := testdb.Open(t, kind)
			return st, testdb.OpenRaw(t, db)
		})
	})
}
