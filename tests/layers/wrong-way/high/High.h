#pragma once

#include "low/Low.h"

struct High
{
    Low low;
};
