/*
 * OpenSRS authenticates a request by X-Signature =
 * md5_hex(md5_hex(body . key) . key), over the exact body bytes sent.
 */
#include "md5.h"
#include "signature.h"

static void md5_hex_of_concat(const char *a, size_t a_len, const char *b, size_t b_len,
                              char out[WO_SIGNATURE_LEN + 1])
{
	wo_md5_ctx ctx;

	wo_md5_init(&ctx);
	wo_md5_update(&ctx, a, a_len);
	wo_md5_update(&ctx, b, b_len);
	wo_md5_final_hex(&ctx, out);
}

void wo_opensrs_signature(const char *body, size_t body_len,
                          const char *key, size_t key_len,
                          char out[WO_SIGNATURE_LEN + 1])
{
	char inner[WO_SIGNATURE_LEN + 1];

	md5_hex_of_concat(body, body_len, key, key_len, inner);
	md5_hex_of_concat(inner, WO_SIGNATURE_LEN, key, key_len, out);
}
