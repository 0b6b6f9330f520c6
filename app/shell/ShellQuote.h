#pragma once

// Every value the plan puts into a command (names, paths, addresses, messages, file content)
// goes through ShellQuote::quote(), the product's one quoting function (ssh/ShellWords.h).
#include "ShellWords.h"
