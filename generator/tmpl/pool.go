package tmpl

import "sync"

// A Pool keeps the executors of one parsed template: what one execution
// draws on (a set whose functions are bound to a budget handle of its
// own). Executions that overlap take an executor each, so they run at
// once instead of taking turns; one after another reuse the same. The zero
// Pool is empty and ready to use.
type Pool[E any] struct {
	mu   sync.Mutex
	free []E
	made int
}

// Acquire takes a free executor or makes one with make; first is true for
// the first executor the pool makes, which may bind the parsed set itself
// (later ones bind a clone of it).
func (p *Pool[E]) Acquire(make func(first bool) (E, error)) (E, error) {
	p.mu.Lock()
	if n := len(p.free); n > 0 {
		e := p.free[n-1]
		p.free = p.free[:n-1]
		p.mu.Unlock()
		return e, nil
	}
	first := p.made == 0
	p.made++
	p.mu.Unlock()
	return make(first)
}

// Release gives e back to the pool.
func (p *Pool[E]) Release(e E) {
	p.mu.Lock()
	p.free = append(p.free, e)
	p.mu.Unlock()
}
