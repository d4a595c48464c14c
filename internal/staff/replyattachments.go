package staff

import (
	"context"

	"github.com/sealpost/sealpost/internal/service"
)

// OpenReplyAttachment streams an attachment of a reply of one of the staff
// member's pools (anything else is KindNotFound, a refusal of an existing
// reply audited), the download audited as "staff:<id>"
// (service.OpenReplyAttachment).
func (s *Service) OpenReplyAttachment(ctx context.Context, p Principal, replyID, id string) (service.Download, error) {
	if _, err := s.reply(ctx, p, replyID); err != nil {
		return service.Download{}, err
	}
	return s.svc.OpenReplyAttachment(ctx, p.TenantID, replyID, id, p.Actor())
}
