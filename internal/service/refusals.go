package service

import (
	"context"

	"github.com/sealpost/sealpost/internal/audit"
)

// FormRefused records that a signed-in recipient's session was used for a
// page form the edge refused (no or a wrong CSRF token, another site's
// origin): a sign of a cross-site attempt against that person. Anonymous
// refusals are not recorded (anyone could grow the log with them).
func (s *Service) FormRefused(ctx context.Context, ses Session) error {
	if ses.RecipientID == "" {
		return nil
	}
	return s.st.AppendAudit(ctx, s.event(ses, audit.ActionFormRefused, "recipient", ses.RecipientID))
}
