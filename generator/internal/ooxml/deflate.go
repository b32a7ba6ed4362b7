package ooxml

import (
	"archive/zip"
	"compress/flate"
	"io"
)

// deflateLevel is the level archive/zip's own Deflate compressor uses, so
// that NewZipWriter writes the same bytes as zip.NewWriter.
const deflateLevel = 5

// idleCompressors keeps compressors between uses. Unlike archive/zip's
// sync.Pool it is not emptied by garbage collection, which in a short run
// happens between almost every two archives: a compressor is some 800 KB,
// most of it touched afresh each time one is made, which costs more than
// deflating a small part.
var idleCompressors = make(chan *flate.Writer, 4)

// NewZipWriter returns a zip.Writer writing to w that takes its Deflate
// compressors from idleCompressors. Its output is byte for byte that of
// zip.NewWriter.
func NewZipWriter(w io.Writer) *zip.Writer {
	zw := zip.NewWriter(w)
	zw.RegisterCompressor(zip.Deflate, newCompressor)
	return zw
}

// newCompressor is a zip.Compressor drawing on idleCompressors.
func newCompressor(w io.Writer) (io.WriteCloser, error) {
	select {
	case fw := <-idleCompressors:
		fw.Reset(w)
		return &compressor{fw: fw}, nil
	default:
		fw, err := flate.NewWriter(w, deflateLevel)
		return &compressor{fw: fw}, err
	}
}

// compressor is a flate.Writer that returns to idleCompressors when it is
// closed.
type compressor struct{ fw *flate.Writer }

// Write implements io.Writer.
func (c *compressor) Write(p []byte) (int, error) {
	return c.fw.Write(p)
}

// Close flushes the compressed data and puts the compressor back.
func (c *compressor) Close() error {
	if c.fw == nil {
		return nil
	}
	err := c.fw.Close()
	select {
	case idleCompressors <- c.fw:
	default:
	}
	c.fw = nil
	return err
}
