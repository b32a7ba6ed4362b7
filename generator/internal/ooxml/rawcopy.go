package ooxml

import (
	"archive/zip"
	"io"
	"sync"
)

// copyBuffers recycles the buffers CopyRaw copies through; io.Copy would
// allocate 32 KB for every entry.
var copyBuffers = sync.Pool{New: func() any { return new([32 << 10]byte) }}

// CopyRaw copies entry f into w with header h without decompressing it,
// as zip.Writer.Copy does with f's own header.
func CopyRaw(w *zip.Writer, f *zip.File, h *zip.FileHeader) error {
	raw, err := f.OpenRaw()
	if err != nil {
		return err
	}
	out, err := w.CreateRaw(h)
	if err != nil {
		return err
	}
	buf := copyBuffers.Get().(*[32 << 10]byte)
	defer copyBuffers.Put(buf)
	_, err = io.CopyBuffer(out, raw, buf[:])
	return err
}
