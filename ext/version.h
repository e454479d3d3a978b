/* The release, in one place for the module, the User-Agent and package.xml. */
#ifndef WO_VERSION_H
#define WO_VERSION_H

#define WO_VERSION "0.1.0"

#endif
