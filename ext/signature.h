/* OpenSRS X-Signature. No PHP types. */
#ifndef WO_SIGNATURE_H
#define WO_SIGNATURE_H

#include <stddef.h>

#define WO_SIGNATURE_LEN 32

/* out receives md5_hex(md5_hex(body . key) . key) in lower case, NUL-terminated. */
void wo_opensrs_signature(const char *body, size_t body_len,
                          const char *key, size_t key_len,
                          char out[WO_SIGNATURE_LEN + 1]);

#endif
