// shared-retains: counts the reference-count operations that a Swift program makes
// on objects that more than one thread has touched, by call site.
//
// When several cores parse at once, a retain or release of an object that another
// core also retains (a table built once and read for every report) moves that
// object's cache line between the cores, and each core waits. This library,
// preloaded into a run, intercepts swift_retain, swift_release and the bridge-object
// variants, keeps for each object the set of threads that touched it, and counts an
// operation as shared when another thread touched the object before. Freeing
// memory forgets the threads that touched it, so that memory used again by another
// thread is not taken for a shared object. Objects in a loaded image (immortal literals and singletons, whose counts never change) are
// left out. At exit it prints the total and the 40 busiest call sites as
// image+offset; resolve those in the binary with addr2line (see Performance.md,
// "Finding shared reference counts").
//
//   gcc -O2 -shared -fPIC -o /tmp/shared-retains.so Benchmarks/Profiling/shared-retains.c -ldl
//   SHARED_RETAINS=1 LD_PRELOAD=/tmp/shared-retains.so .build/release/disclosure-bench
//     --megabytes 2 --rounds 1 --only endToEndParallel      (one command line)
//
// A diagnostic tool, not part of any target; Linux and glibc only.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define OBJECTS (1 << 22)
#define SITES (1 << 16)

static _Atomic uintptr_t objectKeys[OBJECTS];
static _Atomic uint32_t objectThreads[OBJECTS];
static _Atomic uintptr_t siteKeys[SITES];
static _Atomic uint64_t siteCounts[SITES];
static _Atomic uint64_t allOperations;
static _Atomic int enabled;
static _Atomic int threadCount;
static __thread int thread = -1;

static void *(*realRetain)(void *);
static void (*realFree)(void *);
static void (*realRelease)(void *);
static void *(*realBridgeRetain)(void *);
static void (*realBridgeRelease)(void *);

static void countSite(uintptr_t site) {
  for (uint64_t slot = ((site >> 2) * 0x9E3779B97F4A7C15ull) >> 48;; slot = (slot + 1) & (SITES - 1)) {
    uintptr_t key = atomic_load(&siteKeys[slot]);
    if (key == 0) {
      uintptr_t expected = 0;
      if (!atomic_compare_exchange_strong(&siteKeys[slot], &expected, site) && expected != site) continue;
      key = site;
    }
    if (key == site) {
      atomic_fetch_add(&siteCounts[slot], 1);
      return;
    }
  }
}

// The slot of `key` in the object table: found, or claimed when `claim` is set;
// -1 when absent and not claimed.
static long objectSlot(uintptr_t key, int claim) {
  for (uint64_t slot = ((key >> 4) * 0x9E3779B97F4A7C15ull) >> 42;; slot = (slot + 1) & (OBJECTS - 1)) {
    uintptr_t current = atomic_load(&objectKeys[slot]);
    if (current == 0) {
      if (!claim) return -1;
      uintptr_t expected = 0;
      if (!atomic_compare_exchange_strong(&objectKeys[slot], &expected, key) && expected != key) continue;
      current = key;
    }
    if (current == key) return (long)slot;
  }
}

static void record(void *object, uintptr_t site) {
  if (object == NULL || !atomic_load_explicit(&enabled, memory_order_relaxed)) return;
  atomic_fetch_add_explicit(&allOperations, 1, memory_order_relaxed);
  if (thread < 0) thread = atomic_fetch_add(&threadCount, 1);
  uint32_t bit = 1u << (thread & 31);
  long slot = objectSlot((uintptr_t)object, 1);
  uint32_t before = atomic_fetch_or(&objectThreads[slot], bit);
  Dl_info info;
  if ((before & ~bit) != 0 && !dladdr(object, &info)) countSite(site);
}

// Forgets the threads that touched an object whose memory is freed.
void free(void *memory) {
  if (!realFree) realFree = dlsym(RTLD_NEXT, "free");
  if (memory != NULL && atomic_load_explicit(&enabled, memory_order_relaxed)) {
    long slot = objectSlot((uintptr_t)memory, 0);
    if (slot >= 0) atomic_store(&objectThreads[slot], 0);
  }
  realFree(memory);
}

void *swift_retain(void *object) {
  if (!realRetain) realRetain = dlsym(RTLD_NEXT, "swift_retain");
  record(object, (uintptr_t)__builtin_return_address(0));
  return realRetain(object);
}

void swift_release(void *object) {
  if (!realRelease) realRelease = dlsym(RTLD_NEXT, "swift_release");
  record(object, (uintptr_t)__builtin_return_address(0));
  realRelease(object);
}

// A bridge object is a tagged pointer; the top bit marks one that is not a
// native object (an immortal string, say).
static void *bridgeObject(void *value) {
  uintptr_t bits = (uintptr_t)value;
  return (bits >> 63) ? NULL : (void *)(bits & 0x0FFFFFFFFFFFFFF8ull);
}

void *swift_bridgeObjectRetain(void *value) {
  if (!realBridgeRetain) realBridgeRetain = dlsym(RTLD_NEXT, "swift_bridgeObjectRetain");
  record(bridgeObject(value), (uintptr_t)__builtin_return_address(0));
  return realBridgeRetain(value);
}

void swift_bridgeObjectRelease(void *value) {
  if (!realBridgeRelease) realBridgeRelease = dlsym(RTLD_NEXT, "swift_bridgeObjectRelease");
  record(bridgeObject(value), (uintptr_t)__builtin_return_address(0));
  realBridgeRelease(value);
}

__attribute__((constructor)) static void start(void) {
  if (getenv("SHARED_RETAINS")) enabled = 1;
}

typedef struct {
  uintptr_t site;
  uint64_t count;
} Site;

static int busiestFirst(const void *a, const void *b) {
  const Site *x = a, *y = b;
  return x->count < y->count ? 1 : x->count > y->count ? -1 : 0;
}

__attribute__((destructor)) static void report(void) {
  if (!enabled) return;
  enabled = 0;
  size_t count = 0;
  for (size_t slot = 0; slot < SITES; slot++) count += siteKeys[slot] != 0;
  Site *sites = malloc((count ? count : 1) * sizeof(Site));
  if (!sites) return;
  size_t filled = 0;
  uint64_t shared = 0;
  for (size_t slot = 0; slot < SITES; slot++) {
    if (!siteKeys[slot]) continue;
    sites[filled++] = (Site){siteKeys[slot], siteCounts[slot]};
    shared += siteCounts[slot];
  }
  qsort(sites, filled, sizeof(Site), busiestFirst);
  fprintf(stderr, "shared-retains: %lu operations, %lu on objects another thread touched first\n",
          (unsigned long)allOperations, (unsigned long)shared);
  for (size_t index = 0; index < filled && index < 40; index++) {
    Dl_info info;
    if (dladdr((void *)sites[index].site, &info) && info.dli_fname)
      fprintf(stderr, "shared-retains: %10lu %s+%#lx\n", (unsigned long)sites[index].count, info.dli_fname,
              (unsigned long)(sites[index].site - (uintptr_t)info.dli_fbase));
  }
  free(sites);
}
