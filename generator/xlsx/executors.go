package xlsx

import (
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

// acquire takes a free executor of t's pool or makes one.
func (t *Template) acquire() (*executor, error) { return t.pool.Acquire(t.newExecutor) }

// release gives ex back to t's pool.
func (t *Template) release(ex *executor) {
	ex.st.items, ex.st.budget = nil, nil
	t.pool.Release(ex)
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
