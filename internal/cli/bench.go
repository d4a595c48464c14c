package cli

import (
	"context"
	"errors"
	"io"
)

func cmdBench(ctx context.Context, args []string, w IO) error {
	_ = io.Discard
	return errors.New("bench: not built yet")
}
