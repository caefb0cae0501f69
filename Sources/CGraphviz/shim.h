#ifndef ACTORNET_CGRAPHVIZ_SHIM_H
#define ACTORNET_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#endif
