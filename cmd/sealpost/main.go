// Command sealpost runs and operates the sealpost service. See README.md.
package main

import (
	"context"
	"os"

	"github.com/sealpost/sealpost/internal/cli"
)

func main() {
	cli.TuneGC()
	os.Exit(cli.Run(context.Background(), os.Args[1:], cli.IO{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr}))
}
