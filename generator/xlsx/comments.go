package xlsx

import (
	"sort"

	"github.com/xuri/excelize/v2"
)

// excelize moves cells, formulas and ranges when it inserts or removes
// rows, but not the notes (comments) attached to cells. These functions
// move them along.

// shiftComments moves the notes of rows from … ∞ of sheet by k rows (k < 0
// moves them up). Notes are moved nearest-first in the direction of travel
// so that none lands on a cell whose note has not moved yet.
func (a *applier) shiftComments(sheet string, from, k int) error {
	comments, err := a.f.GetComments(sheet)
	if err != nil || len(comments) == 0 {
		return err
	}
	var moving []excelize.Comment
	for _, c := range comments {
		if _, row, err := excelize.CellNameToCoordinates(c.Cell); err == nil && row >= from {
			moving = append(moving, c)
		}
	}
	sort.Slice(moving, func(i, j int) bool {
		_, ri, _ := excelize.CellNameToCoordinates(moving[i].Cell)
		_, rj, _ := excelize.CellNameToCoordinates(moving[j].Cell)
		return (ri > rj) == (k > 0)
	})
	for _, c := range moving {
		if err := a.moveComment(sheet, c, k); err != nil {
			return err
		}
	}
	return nil
}

// moveComment re-attaches one note k rows lower.
func (a *applier) moveComment(sheet string, c excelize.Comment, k int) error {
	col, row, _ := excelize.CellNameToCoordinates(c.Cell)
	if err := a.f.DeleteComment(sheet, c.Cell); err != nil {
		return err
	}
	c.Cell, _ = excelize.CoordinatesToCellName(col, row+k)
	if len(c.Paragraph) > 0 {
		c.Text = ""
	}
	return a.f.AddComment(sheet, c)
}

// dropRowComments deletes the notes of a row about to be removed.
func (a *applier) dropRowComments(sheet string, num int) error {
	comments, err := a.f.GetComments(sheet)
	if err != nil {
		return err
	}
	for _, c := range comments {
		if _, row, err := excelize.CellNameToCoordinates(c.Cell); err == nil && row == num {
			if err := a.f.DeleteComment(sheet, c.Cell); err != nil {
				return err
			}
		}
	}
	return nil
}
