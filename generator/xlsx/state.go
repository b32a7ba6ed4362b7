package xlsx

import (
	"errors"
	"fmt"

	"jixiao/generator/tmpl"
)

// errTooManyItems stops a row loop longer than tmpl.MaxItems.
var errTooManyItems = fmt.Errorf("循环超过 %d 项的上限", tmpl.MaxItems)

// item is what one cell produced for one item: its text and, for a cell
// that is one value tag, the value itself.
type item struct {
	text  []byte
	value any
	typed bool
}

// state receives the output of one cell execution. It is the io.Writer the
// cell writes to, and its methods are bound as fnValue and fnItem, so one
// state belongs to one Execute.
type state struct {
	items  []item
	budget *tmpl.Budget // the run's, charged for every byte written
}

// reset prepares for the next cell; a cell outside a row loop has exactly
// one item, a loop cell starts with none and fnItem adds them.
func (s *state) reset(loop bool) {
	s.items = nil
	if !loop {
		s.items = []item{{}}
	}
}

// Write implements io.Writer, failing once the budget is spent.
func (s *state) Write(p []byte) (int, error) {
	if err := s.budget.Bytes(int64(len(p))); err != nil {
		return 0, err
	}
	if n := len(s.items); n > 0 {
		s.items[n-1].text = append(s.items[n-1].text, p...)
	}
	return len(p), nil
}

// value is fnValue: it keeps v as the current item's value.
func (s *state) value(v any) string {
	if n := len(s.items); n > 0 {
		s.items[n-1].value, s.items[n-1].typed = v, true
	}
	return ""
}

// item is fnItem: it starts the next item of a row loop.
func (s *state) item() (string, error) {
	if len(s.items) >= tmpl.MaxItems {
		return "", errTooManyItems
	}
	s.items = append(s.items, item{})
	return "", nil
}

// limitMessage explains the errors that come from the engine's own limits,
// or returns "".
func limitMessage(err error) string {
	if errors.Is(err, errTooManyItems) {
		return errTooManyItems.Error()
	}
	return ""
}
