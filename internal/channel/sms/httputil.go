package sms

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"time"

	"github.com/sealpost/sealpost/internal/channel"
)

// DefaultTimeout bounds one provider request when none is configured.
const DefaultTimeout = 10 * time.Second

// maxResponse bounds how much of a provider's answer is read.
const maxResponse = 1 << 20

// noRedirectClient copies c (or a zero client) and stops it following
// redirects: a redirected POST would change meaning, and credentials must
// not travel elsewhere.
func noRedirectClient(c *http.Client) *http.Client {
	var cc http.Client
	if c != nil {
		cc = *c
	}
	cc.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	return &cc
}

// checkBaseURL accepts absolute http(s) URLs with a host and no userinfo.
func checkBaseURL(raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Hostname() == "" {
		return nil, errors.New("sms: URL must be an absolute http(s) URL")
	}
	if u.User != nil {
		return nil, errors.New("sms: URL must not contain credentials")
	}
	return u, nil
}

// transportError classifies a failed round trip; the *url.Error wrapper
// (which quotes the URL) is dropped.
func transportError(who string, ctx context.Context, err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	var ne net.Error
	var ve *tls.CertificateVerificationError
	var ua x509.UnknownAuthorityError
	var hn x509.HostnameError
	switch {
	case errors.Is(ctx.Err(), context.DeadlineExceeded), errors.Is(err, context.DeadlineExceeded),
		errors.As(err, &ne) && ne.Timeout():
		return channel.Temporary(who+" timed out", context.DeadlineExceeded)
	case errors.As(err, &ve), errors.As(err, &ua), errors.As(err, &hn):
		return channel.Permanent(who+" tls certificate does not verify", err)
	case errors.Is(ctx.Err(), context.Canceled):
		return channel.Temporary(who+" canceled", context.Canceled)
	default:
		var oe *net.OpError
		var de *net.DNSError
		if !errors.As(err, &oe) && !errors.As(err, &de) {
			err = fmt.Errorf("%T", err)
		}
		return channel.Temporary(who+" connection failed", err)
	}
}

// retryable reports whether an HTTP status is worth retrying.
func retryable(code int) bool {
	return code == http.StatusTooManyRequests || code == http.StatusRequestTimeout || code >= 500
}
