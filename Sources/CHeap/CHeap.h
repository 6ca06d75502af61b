// glibc's malloc.h for mallopt, which Swift's Glibc module does not import (see module.modulemap).
#ifndef REPAY_CHEAP_H
#define REPAY_CHEAP_H

#include <malloc.h>

#endif
