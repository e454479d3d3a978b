/* The release, in one place for the module, the User-Agent and package.xml. */
#ifndef WO_VERSION_H
#define WO_VERSION_H

#define WO_VERSION "0.2.0"

#endif
