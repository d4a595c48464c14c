package storetest

import (
	"fmt"
	"sort"
	"testing"
	"time"

	"github.com/sealpost/sealpost/internal/store"
	"github.com/sealpost/sealpost/internal/testdb"
)

// testRecipientInbox: the metadata-only listing pages newest first (ties on
// the creation time broken by id) without gaps or repeats, lists revoked
// messages with their state, reads no sealed column, and holds only the
// recipient's messages of the tenant.
func testRecipientInbox(t *testing.T, st *store.Store, raw *testdb.Raw) {
	a, b := mkTenant(t, st, "a"), mkTenant(t, st, "b")
	r, other, foreign := mkRecipient(t, st, a, "p-1"), mkRecipient(t, st, a, "p-2"), mkRecipient(t, st, b, "p-1")
	base := time.Now().Truncate(time.Microsecond)
	var ms []store.NewMessage
	for i := 0; i < 6; i++ {
		m := newMessage(a, r, "")
		m.Message.CreatedAt = base.Add(time.Duration(i/3) * time.Second) // three messages share each time
		ms = append(ms, m)
	}
	ms = append(ms, newMessage(a, other, ""), newMessage(b, foreign, ""))
	_, err := st.CreateMessages(ctx, ms)
	must(t, err)
	must(t, st.RevokeMessage(ctx, a, ms[4].Message.ID, "test"))

	want := append([]store.NewMessage(nil), ms[:6]...)
	sort.Slice(want, func(i, j int) bool {
		x, y := want[i].Message, want[j].Message
		if !x.CreatedAt.Equal(y.CreatedAt) {
			return x.CreatedAt.After(y.CreatedAt)
		}
		return x.ID > y.ID
	})
	for _, limit := range []int{1, 2, 4, 10} {
		var got []string
		var after *store.InboxPage
		for pages := 0; pages < 10; pages++ {
			items, err := st.RecipientInbox(ctx, a, r.ID, after, limit)
			must(t, err)
			for _, it := range items {
				m := it.Message
				if m.Subject != nil || m.Body != nil || m.NoticeVars != nil || m.Correlation != nil {
					t.Fatalf("a sealed field was read: %+v", m)
				}
				if m.TenantID != a || m.RecipientID != r.ID {
					t.Fatalf("someone else's message: %s", m.ID)
				}
				if (m.ID == ms[4].Message.ID) != (m.Status == store.StatusRevoked) || (m.Status == store.StatusRevoked) != (m.RevokedAt != nil) {
					t.Fatalf("message %s: status %q revoked at %v", m.ID, m.Status, m.RevokedAt)
				}
				got = append(got, m.ID)
			}
			if len(items) < limit {
				break
			}
			last := items[len(items)-1].Message
			after = &store.InboxPage{CreatedAt: last.CreatedAt, ID: last.ID}
		}
		var wantIDs []string
		for _, m := range want {
			wantIDs = append(wantIDs, m.Message.ID)
		}
		if fmt.Sprint(got) != fmt.Sprint(wantIDs) {
			t.Fatalf("limit %d: listed\n%v\nwant\n%v", limit, got, wantIDs)
		}
	}
	if items, err := st.RecipientInbox(ctx, b, r.ID, nil, 10); err != nil || len(items) != 0 {
		t.Fatalf("tenant b lists a's recipient: %d items, %v", len(items), err)
	}
}
