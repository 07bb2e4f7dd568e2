#pragma once
// The command line's heap on transparent huge pages.
//
// dyad's models, dictionaries and gazetteer are about a hundred MB built at start-up, most
// of it small allocations, then read at random for every word. With 4 KB pages the
// start-up pays a page fault per 4 KB (on a virtual machine, most of its system time) and
// coding a TLB miss on most of those reads. glibc puts its heap on huge pages when started
// with the tunable glibc.malloc.hugetlb=1, but tunables are read from the environment
// only. This does the same from inside the process, through documented calls: the heap's
// first extension is made large (address space only) and advised as huge pages before any
// of it is touched, so that each 2 MB of it is faulted in at once.
//
// Only the dyad executable calls it (bindings leave their host's allocator alone). Where
// the kernel has THP off, or the heap cannot grow in place, the advice is ignored and
// nothing else changes: no result depends on it.

namespace dyad::cli {

void place_heap_on_huge_pages();

}  // namespace dyad::cli
