#ifndef ROLLKARTA_CMALLOC_SHIM_H
#define ROLLKARTA_CMALLOC_SHIM_H

// Swift's Glibc module does not include malloc.h.
#include <malloc.h>

/// Loading a large workshop allocates and frees big buffers; by default glibc hands them back
/// to the system and faults them in again page by page (about a fifth of the load time of a
/// 10 MB file, measured). Keep freed memory for reuse instead: it is not resident until used.
static inline void rk_keep_freed_memory(void) {
    mallopt(M_MMAP_THRESHOLD, 256 << 20);
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
    mallopt(M_TOP_PAD, 64 << 20);
}

#endif
