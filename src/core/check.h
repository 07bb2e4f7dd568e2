#pragma once
// DYAD_CHECK: always-on invariant checks whose failure would corrupt output. They abort
// with file:line; they are for bugs, never for bad input (bad input gets a DocStatus).
// DYAD_DCHECK: the same in debug builds only, for checks too costly for hot loops.

namespace dyad::internal {
[[noreturn]] void check_failed(const char* expr, const char* file, int line);
}  // namespace dyad::internal

#define DYAD_CHECK(cond) \
  ((cond) ? static_cast<void>(0) : ::dyad::internal::check_failed(#cond, __FILE__, __LINE__))

#ifdef NDEBUG
#define DYAD_DCHECK(cond) static_cast<void>(0)
#else
#define DYAD_DCHECK(cond) DYAD_CHECK(cond)
#endif
