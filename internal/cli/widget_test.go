package cli_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/sealpost/sealpost/internal/cli"
	"github.com/sealpost/sealpost/internal/widget"
)

func TestWidgetCommand(t *testing.T) {
	var out, errb bytes.Buffer
	if code := cli.Run(context.Background(), []string{"widget", "--public-url", "https://msg.clinic.example/"}, cli.IO{Stdout: &out, Stderr: &errb}); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	want := `<script src="https://msg.clinic.example/widget/v1/sealpost-inbox.js" integrity="` + widget.Integrity() + `" crossorigin="anonymous" defer></script>`
	if !strings.Contains(out.String(), want) {
		t.Fatalf("printed %q, want %q", out.String(), want)
	}
	if code := cli.Run(context.Background(), []string{"widget", "--public-url", "javascript:alert(1)"}, cli.IO{Stdout: &out, Stderr: &errb}); code != 2 {
		t.Fatalf("bad URL: exit %d", code)
	}
}
