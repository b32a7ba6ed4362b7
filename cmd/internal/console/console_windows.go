//go:build windows

package console

import (
	"unsafe"

	"golang.org/x/sys/windows"
)

// utf8CodePage is CP_UTF8.
const utf8CodePage = 65001

var getConsoleProcessList = windows.NewLazySystemDLL("kernel32.dll").NewProc("GetConsoleProcessList")

func setup() bool {
	// Errors are ignored: without a console (output redirected to a file)
	// there is nothing to switch.
	_ = windows.SetConsoleOutputCP(utf8CodePage)
	_ = windows.SetConsoleCP(utf8CodePage)
	return processesOnConsole() == 1
}

// processesOnConsole counts the processes attached to jixiao's console:
// 1 when Windows created the console for jixiao alone (Explorer), more
// when it runs in cmd.exe or PowerShell; 0 when there is no console.
func processesOnConsole() int {
	if getConsoleProcessList.Find() != nil {
		return 0
	}
	var ids [4]uint32
	n, _, _ := getConsoleProcessList.Call(uintptr(unsafe.Pointer(&ids[0])), uintptr(len(ids)))
	return int(n)
}
