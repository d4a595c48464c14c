//go:build !(linux && (amd64 || arm64 || riscv64))

package blob_test

import "errors"

func dropCache(string) error { return errors.New("only on Linux") }
