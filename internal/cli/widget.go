package cli

import (
	"flag"
	"fmt"
	"net/url"
	"strings"

	"github.com/sealpost/sealpost/internal/widget"
)

// cmdWidget prints the tag a portal page uses to load the embeddable inbox
// from this release, with its Subresource Integrity hash.
func cmdWidget(args []string, io IO) error {
	fs := flag.NewFlagSet("widget", flag.ContinueOnError)
	fs.SetOutput(io.Stderr)
	base := fs.String("public-url", "https://messages.example.org", "sealpost's public base URL, as the portal's pages reach it")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return exitError{2, "widget takes no arguments"}
	}
	u, err := url.Parse(*base)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return exitError{2, "--public-url must be an http(s) URL"}
	}
	fmt.Fprintf(io.Stdout, "%s\n# integrity %s\n", widget.Snippet(strings.TrimRight(*base, "/")), widget.Integrity())
	return nil
}
