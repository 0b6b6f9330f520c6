#pragma once

// The lower layer reaching up: the include the check refuses.
#include "high/High.h"

struct Low
{
    int value = 0;
};
