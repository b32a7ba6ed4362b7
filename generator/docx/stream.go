package docx

import (
	"io"
	"sync"
)

// chunkSize is the size of the pieces a pipe hands over; small enough that
// little work remains after the template stops, large enough that handing
// over costs nothing next to compressing.
const chunkSize = 16 << 10

// pipe passes what an executing template writes to a goroutine that writes
// it on (to the deflating zip entry) in chunks, so that running the
// template and compressing its output overlap when there is more than one
// core. Writes never fail; Close waits for the goroutine and returns its
// first error. A pipe must be closed, also after a failed execution.
type pipe struct {
	buf  []byte
	full chan []byte
	free chan []byte
	done chan error
}

// pipeBuffers is how many chunks circulate: one being filled, one being
// written, the rest waiting.
const pipeBuffers = 4

// newPipe starts a pipe writing to dst.
func newPipe(dst io.Writer) *pipe {
	p := &pipe{
		full: make(chan []byte, pipeBuffers),
		free: make(chan []byte, pipeBuffers),
		done: make(chan error, 1),
	}
	for range pipeBuffers - 1 {
		p.free <- getChunk()
	}
	p.buf = getChunk()
	go p.drain(dst)
	return p
}

// chunks recycles chunk buffers between pipes and raw copies.
var chunks = sync.Pool{New: func() any { b := make([]byte, 0, chunkSize); return &b }}

// getChunk returns an empty buffer of chunkSize capacity.
func getChunk() []byte { return (*chunks.Get().(*[]byte))[:0] }

// putChunk gives a buffer from getChunk back.
func putChunk(b []byte) { chunks.Put(&b) }

// Write implements io.Writer.
func (p *pipe) Write(b []byte) (int, error) {
	n := len(b)
	for len(b) > 0 {
		k := copy(p.buf[len(p.buf):cap(p.buf)], b)
		p.buf, b = p.buf[:len(p.buf)+k], b[k:]
		if len(p.buf) == cap(p.buf) {
			p.full <- p.buf
			p.buf = (<-p.free)[:0]
		}
	}
	return n, nil
}

// drain writes every chunk to dst, stopping at the first error but still
// recycling chunks so that Write never blocks for ever.
func (p *pipe) drain(dst io.Writer) {
	var err error
	for c := range p.full {
		if err == nil {
			_, err = dst.Write(c)
		}
		p.free <- c
	}
	p.done <- err
}

// Close hands over the last chunk, waits until everything is written and
// recycles the buffers.
func (p *pipe) Close() error {
	if len(p.buf) > 0 {
		p.full <- p.buf
	} else {
		p.free <- p.buf
	}
	close(p.full)
	err := <-p.done
	for range pipeBuffers {
		putChunk(<-p.free)
	}
	return err
}
