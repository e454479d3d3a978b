/* MD5 (RFC 1321): OpenSRS signs requests with it, WHMCS's legacy login
 * sends the password's. No PHP types. */
#ifndef WO_MD5_H
#define WO_MD5_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
	uint32_t state[4];
	uint64_t length;        /* bytes hashed so far */
	unsigned char block[64];
} wo_md5_ctx;

void wo_md5_init(wo_md5_ctx *ctx);
void wo_md5_update(wo_md5_ctx *ctx, const void *data, size_t len);

/* Finishes ctx into 32 lower-case hex digits and a NUL, then wipes ctx:
 * callers hash passwords and signing keys. */
void wo_md5_final_hex(wo_md5_ctx *ctx, char hex[33]);

/* wo_md5_final_hex() of data alone. */
void wo_md5_hex(const void *data, size_t len, char hex[33]);

#endif
