#pragma once
// Internal to the parser: an allocator for the weight tables that asks the kernel for
// transparent huge pages (2 MB). The tables are tens of MB probed at random, so with 4 KB
// pages nearly every probe also misses the TLB; with huge pages most do not. Small
// allocations (cache-line aligned) and systems without THP fall back to ordinary memory,
// with identical results.

#include <sys/mman.h>

#include <cstddef>
#include <cstdlib>
#include <new>

namespace dyad::syntax::internal {

template <typename T>
struct HugePageAllocator {
  using value_type = T;
  static constexpr size_t kHugePage = size_t{2} << 20;
  static constexpr size_t kLine = 64;

  HugePageAllocator() = default;
  template <typename U>
  HugePageAllocator(const HugePageAllocator<U>&) {}

  T* allocate(size_t n) {
    const size_t bytes = n * sizeof(T);
    if (bytes < 2 * kHugePage) {
      // Cache-line aligned, so a table slot never straddles two lines.
      const size_t rounded = (bytes + kLine - 1) / kLine * kLine;
      if (void* p = std::aligned_alloc(kLine, rounded ? rounded : kLine)) return static_cast<T*>(p);
      throw std::bad_alloc();
    }
    const size_t rounded = (bytes + kHugePage - 1) / kHugePage * kHugePage;
    void* p = std::aligned_alloc(kHugePage, rounded);
    if (!p) throw std::bad_alloc();
    madvise(p, rounded, MADV_HUGEPAGE);  // advice only: failure just means small pages
    return static_cast<T*>(p);
  }
  void deallocate(T* p, size_t) { std::free(p); }

  template <typename U>
  bool operator==(const HugePageAllocator<U>&) const {
    return true;
  }
};

}  // namespace dyad::syntax::internal
