//go:build !unix

package seal

// lockFile is a no-op where flock is not available: the in-process mutex is
// the only protection against concurrent rotation there.
func lockFile(string) (func(), error) { return func() {}, nil }
