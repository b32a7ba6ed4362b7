// Package packtest holds helpers for tests that use template packs.
package packtest

import (
	"io/fs"
	"sync"
)

// CountingFS counts the reads of every file of a pack's FS, so a test can
// show that templates are read once for many units.
type CountingFS struct {
	fs.FS
	mu    sync.Mutex
	reads map[string]int
}

// Counting wraps fsys.
func Counting(fsys fs.FS) *CountingFS { return &CountingFS{FS: fsys, reads: map[string]int{}} }

// Open counts the read and opens name.
func (c *CountingFS) Open(name string) (fs.File, error) {
	c.mu.Lock()
	c.reads[name]++
	c.mu.Unlock()
	return c.FS.Open(name)
}

// Reads is how many times name was opened.
func (c *CountingFS) Reads(name string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.reads[name]
}
