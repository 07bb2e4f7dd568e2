#include "cli/huge_page_heap.h"

#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>

namespace dyad::cli {

void place_heap_on_huge_pages() {
  constexpr uintptr_t kHugePage = uintptr_t{2} << 20;
  // Address space, not memory: pages are only backed once written. Enough for every
  // model and table dyad loads, so that the heap need not grow again while loading.
  constexpr int kReserve = 512 << 20;
  // Blocks up to 32 MB (a model file's sections while they are decoded) come from the
  // heap too, instead of mappings of their own on 4 KB pages, and freed space is kept for
  // the next allocation rather than handed back to the kernel and faulted in again.
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  mallopt(M_TRIM_THRESHOLD, kReserve);
  mallopt(M_TOP_PAD, kReserve);
  // A block larger than what is left at the heap's top makes it grow, by the block and
  // kReserve; the new space is advised before anything is written to it.
  const uintptr_t old_end = reinterpret_cast<uintptr_t>(sbrk(0));
  void* block = std::malloc(24 << 20);
  asm volatile("" : : "r"(block) : "memory");  // kept: an unused block may be elided
  const uintptr_t new_end = reinterpret_cast<uintptr_t>(sbrk(0));
  std::free(block);
  const uintptr_t begin = (old_end + kHugePage - 1) & ~(kHugePage - 1);
  const uintptr_t end = new_end & ~(kHugePage - 1);
  if (end > begin) madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
}

}  // namespace dyad::cli
