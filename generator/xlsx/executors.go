package xlsx

import (
	"sync"
	"text/template"

	"jixiao/generator/tmpl"
)

// An executor is what one execution of a template draws on: the cells'
// name space with its functions bound to a budget handle of its own,
// pointed at the budget of the run it executes for (Budget.Join), and the
// state that receives the cells' output, bound as the engine's own
// functions. A template keeps its executors in a pool: executions that
// overlap take an executor each, so they run at once instead of taking
// turns; one after another reuse the same. The first executor binds the
// parsed name space itself; later ones bind a clone of it (the parse trees
// are shared, read only). Only the functions the cells call are bound.
type executor struct {
	ns     *template.Template
	budget *tmpl.Budget
	st     *state
}

// executors is the pool of a template's executors.
type executors struct {
	mu   sync.Mutex
	free []*executor
	made int
}

// acquire takes a free executor or makes one.
func (t *Template) acquire() (*executor, error) {
	t.pool.mu.Lock()
	if n := len(t.pool.free); n > 0 {
		ex := t.pool.free[n-1]
		t.pool.free = t.pool.free[:n-1]
		t.pool.mu.Unlock()
		return ex, nil
	}
	first := t.pool.made == 0
	t.pool.made++
	t.pool.mu.Unlock()
	return t.newExecutor(first)
}

// release gives ex back to the pool.
func (t *Template) release(ex *executor) {
	ex.st.items, ex.st.budget = nil, nil
	t.pool.mu.Lock()
	t.pool.free = append(t.pool.free, ex)
	t.pool.mu.Unlock()
}

// newExecutor binds the functions the cells call and the engine's own to
// a new budget handle and state, on the parsed name space (first) or a
// clone of it.
func (t *Template) newExecutor(first bool) (*executor, error) {
	ns := t.ns
	if !first {
		var err error
		if ns, err = t.ns.Clone(); err != nil {
			return nil, err
		}
	}
	ex := &executor{ns: ns, budget: tmpl.NewBudget(), st: &state{}}
	ns.Funcs(ex.budget.Funcs(t.used)).Funcs(template.FuncMap{fnValue: ex.st.value, fnItem: ex.st.item})
	return ex, nil
}

// evaluator starts an execution of t with data within budget b.
func (ex *executor) evaluator(t *Template, data any, b *tmpl.Budget) *evaluator {
	ex.budget.Join(b)
	ex.st.budget = b
	return &evaluator{t: t, ns: ex.ns, st: ex.st, data: data}
}
