package docx

import (
	"text/template"

	"jixiao/generator/tmpl"
)

// An executor is what one execution of a template draws on: a template set
// whose functions are bound to a budget handle of its own, pointed at the
// budget of the run it executes for (Budget.Join). A template keeps its
// executors in a pool: executions that overlap take an executor each, so
// they run at once instead of taking turns; one after another reuse the
// same. The first executor binds the parsed set itself; later ones bind a
// clone of it (the parse trees are shared, read only). Only the functions
// the template calls are bound.
type executor struct {
	set    *template.Template
	budget *tmpl.Budget
}

// acquire takes a free executor of t's pool or makes one.
func (t *Template) acquire() (*executor, error) { return t.pool.Acquire(t.newExecutor) }

// release gives ex back to t's pool.
func (t *Template) release(ex *executor) {
	t.pool.Release(ex)
}

// newExecutor binds the functions the template calls, and its escapers, to
// a new budget handle, on the parsed set (first) or a clone of it.
func (t *Template) newExecutor(first bool) (*executor, error) {
	set := t.set
	if !first {
		var err error
		if set, err = t.set.Clone(); err != nil {
			return nil, err
		}
	}
	ex := &executor{set: set, budget: tmpl.NewBudget()}
	funcs := ex.budget.Funcs(t.used)
	ctxs := make([]*escCtx, len(t.ctxs))
	for i, c := range t.ctxs {
		cc := *c
		cc.budget = ex.budget
		ctxs[i] = &cc
	}
	esc := make(template.FuncMap, len(t.escapers)+1)
	esc[escFunc] = defaultCtx.escape
	for name, e := range t.escapers {
		esc[name] = e.make(ctxs, funcs)
	}
	set.Funcs(funcs).Funcs(esc)
	return ex, nil
}
