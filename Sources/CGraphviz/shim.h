#ifndef ACTORNET_CGRAPHVIZ_SHIM_H
#define ACTORNET_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/* cgraph's default memory and I/O disciplines, by address (Swift 6 does not let Swift read mutable C globals). */
static inline Agmemdisc_t *actornet_default_mem_disc(void) { return &AgMemDisc; }
static inline Agiodisc_t *actornet_default_io_disc(void) { return &AgIoDisc; }
#endif
