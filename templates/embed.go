// Package templates embeds the default template pack (the 长沙县 forms of
// 2022), so that `jixiao build` works from any folder with no files.
package templates

import "embed"

// FS holds the default pack under the folder named Default.
//
//go:embed changsha-2022
var FS embed.FS

// Default is the folder of the default pack inside FS.
const Default = "changsha-2022"
