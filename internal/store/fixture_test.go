package store_test

import (
	"bytes"
	"context"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/ids"
	"github.com/sealpost/sealpost/internal/store"
)

// newTenant creates a tenant with an API key and returns its id.
func newTenant(t *testing.T, st *store.Store, name string) string {
	t.Helper()
	id := ids.New(ids.Tenant)
	if err := st.CreateTenant(context.Background(), store.Tenant{ID: id, Name: name, KEK: []byte("kek"), MAC: []byte("mac")},
		store.APIKey{Prefix: "sp_" + ids.Token(10)[:10], TenantID: id, SecretHash: bytes.Repeat([]byte{1}, 32)}, "test"); err != nil {
		t.Fatal(err)
	}
	return id
}

// newRecipient creates a recipient of tenant with an email address and a
// phone number; its wrapped data key is "wrapped-r".
func newRecipient(t *testing.T, st *store.Store, tenant string) store.Recipient {
	t.Helper()
	r := store.Recipient{TenantID: tenant, ID: ids.New(ids.Recipient), ExternalIndex: "p-1", Locale: "en", TimeZone: "UTC", HasEmail: true, HasPhone: true, Contact: []byte("c")}
	if err := st.CreateRecipient(context.Background(), r, []byte("wrapped-r"), "test"); err != nil {
		t.Fatal(err)
	}
	return r
}

// testMessage is a message of tenant for recipientID with one delivery per
// channel and a link; its wrapped data key is "wrapped-" + its id.
func testMessage(tenant, recipientID string, channels ...string) store.NewMessage {
	id := ids.New(ids.Message)
	m := store.NewMessage{
		Message: store.Message{TenantID: tenant, ID: id, RecipientID: recipientID, Category: "test_result", Sensitivity: "phi", Urgency: "normal", Subject: []byte("s"), Body: []byte("b")},
		DataKey: []byte("wrapped-" + id),
		Link:    store.Link{TokenHash: []byte(ids.Token(32)), TenantID: tenant, MessageID: id, RecipientID: recipientID, ExpiresAt: time.Now().Add(time.Hour)},
		Actor:   "test",
	}
	for _, ch := range channels {
		m.Deliveries = append(m.Deliveries, store.Delivery{TenantID: tenant, ID: ids.New(ids.Delivery), MessageID: id, Channel: ch})
	}
	return m
}
