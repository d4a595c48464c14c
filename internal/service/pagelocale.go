package service

import "context"

// PageLocale is the language and time zone the hosted pages use for a
// recipient (as the portal registered them); "" and "" when the recipient
// cannot be read, so the pages fall back to the browser's language and UTC.
func (s *Service) PageLocale(ctx context.Context, tenantID, recipientID string) (locale, timeZone string) {
	if tenantID == "" || recipientID == "" {
		return "", ""
	}
	r, err := s.st.GetRecipientByID(ctx, tenantID, recipientID)
	if err != nil {
		return "", ""
	}
	return r.Locale, r.TimeZone
}
