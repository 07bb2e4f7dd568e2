#include "core/check.h"

#include <cstdio>
#include <cstdlib>

namespace dyad::internal {

void check_failed(const char* expr, const char* file, int line) {
  // The one place library code writes to stderr: the process is about to abort.
  std::fprintf(stderr, "dyad: check failed: %s at %s:%d\n", expr, file, line);
  std::abort();
}

}  // namespace dyad::internal
