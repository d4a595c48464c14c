//go:build linux && (amd64 || arm64 || riscv64)

package blob_test

import (
	"os"
	"syscall"
)

// dropCache asks the kernel to drop the cached pages of a file
// (posix_fadvise POSIX_FADV_DONTNEED), so the next read comes from disk. The
// file must be clean (fsynced), which a committed blob is.
func dropCache(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	const fadvDontNeed = 4 // POSIX_FADV_DONTNEED
	if _, _, errno := syscall.Syscall6(syscall.SYS_FADVISE64, f.Fd(), 0, 0, fadvDontNeed, 0, 0); errno != 0 {
		return errno
	}
	return nil
}
