package ooxml

import (
	"archive/zip"
	"io"
	"sync"
)

// copyBuffers recycles the buffers Copy and CopyRaw copy through; io.Copy
// would allocate 32 KB for every entry.
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
	_, err = Copy(out, raw)
	return err
}

// CopyChanged writes entry f into w with header h (compressed anew), its
// content passed through change.
func CopyChanged(w *zip.Writer, f *zip.File, h *zip.FileHeader, change func([]byte) []byte) error {
	rc, err := f.Open()
	if err != nil {
		return err
	}
	defer rc.Close()
	src, err := io.ReadAll(rc)
	if err != nil {
		return err
	}
	out, err := w.CreateHeader(h)
	if err != nil {
		return err
	}
	_, err = out.Write(change(src))
	return err
}

// Copy is io.Copy through a recycled buffer.
func Copy(dst io.Writer, src io.Reader) (int64, error) {
	buf := copyBuffers.Get().(*[32 << 10]byte)
	defer copyBuffers.Put(buf)
	return io.CopyBuffer(dst, src, buf[:])
}
