// Package webui is the local web page of `jixiao serve`: a form generated
// from the pack's facts schema (the one `check` validates against, the
// rubric's 评定 section included), a score panel refreshed as the clerk
// types, saving that changes only the edited lines of the facts file, and
// the package's documents to download.
//
// The server keeps the one facts file being edited. Every change is a
// yamledit patch of its text followed by a full evaluation (the same
// evaluate.Run as check, score and build), so the page shows the very
// messages of `check`, each linked to its field. The page itself is plain
// HTML, CSS and JavaScript embedded in the binary: nothing is fetched from
// elsewhere, so it works on an intranet without internet access.
//
// The finance bureau's section (Bureau) takes many units' facts files at
// once — uploaded, or a folder of the working folder — and builds them with
// package batch as `jixiao batch` does (the pack's templates parsed once,
// units in parallel, a failing unit reported without stopping the others),
// in a temporary folder of its own that the next batch and Close remove;
// the page follows its progress and offers the 汇总 workbook and a zip of
// every unit's folder for download.
//
// The server is meant for loopback: it accepts only the Host names it is
// told, a token from the URL it printed (kept in a cookie), same-origin
// POSTs, and bounded request bodies; files are read and written only in its
// working folder, and only the file being edited is ever replaced.
package webui
