// place_heap_on_huge_pages (cli/huge_page_heap.h): what the executable allocates after it
// must lie in heap the kernel has been advised to back with huge pages -- "hg" among the
// region's VmFlags in /proc/self/smaps. (A first version advised nothing: the compiler
// dropped the unused block meant to grow the heap.)
#include "cli/huge_page_heap.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

namespace dyad::cli {
namespace {

// The VmFlags line of the mapping that holds `address`; empty when none does.
std::string flags_of_mapping_at(uintptr_t address) {
  std::ifstream smaps("/proc/self/smaps");
  std::string line;
  bool inside = false;
  while (std::getline(smaps, line)) {
    uintptr_t begin = 0, end = 0;
    char dash = 0;
    std::istringstream range(line);
    if (range >> std::hex >> begin >> dash >> end && dash == '-') {
      inside = begin <= address && address < end;
    } else if (inside && line.starts_with("VmFlags:")) {
      return line;
    }
  }
  return "";
}

TEST(HugePageHeap, LaterAllocationsLieInHeapAdvisedForHugePages) {
  std::ifstream thp("/sys/kernel/mm/transparent_hugepage/enabled");
  std::string modes;
  if (!std::getline(thp, modes) || modes.find("[never]") != std::string::npos) {
    GTEST_SKIP() << "this kernel offers no transparent huge pages";
  }
  place_heap_on_huge_pages();
  // 8 MB: a model table's size, below the mmap threshold the call sets, so it comes from
  // the heap it grew.
  auto block = std::make_unique<char[]>(size_t{8} << 20);
  block[0] = 1;
  const uintptr_t middle = reinterpret_cast<uintptr_t>(block.get()) + (size_t{4} << 20);
  const std::string flags = flags_of_mapping_at(middle);
  ASSERT_FALSE(flags.empty()) << "no mapping holds the block";
  EXPECT_NE(flags.find(" hg"), std::string::npos) << flags;
}

}  // namespace
}  // namespace dyad::cli
