/*
 * MD5 as specified in RFC 1321, for OpenSRS's request signature: two MD5s
 * over each request body, on the request path of every call.
 */
#include <string.h>
#include "md5.h"

/* The four auxiliary functions of RFC 1321 section 3.4, in forms that
 * need one operation fewer than the RFC's (same truth tables). */
#define MD5_F(x, y, z) ((z) ^ ((x) & ((y) ^ (z))))
#define MD5_G(x, y, z) ((y) ^ ((z) & ((x) ^ (y))))
#define MD5_H(x, y, z) ((x) ^ (y) ^ (z))
#define MD5_I(x, y, z) ((y) ^ ((x) | ~(z)))

/* One step: a = b + ((a + f(b, c, d) + x + t) <<< s). The constants t are
 * floor(abs(sin(i + 1)) * 2^32), the shifts and word order RFC 1321's. */
#define MD5_STEP(f, a, b, c, d, x, t, s) do { \
		(a) += MD5_##f((b), (c), (d)) + (x) + (uint32_t) (t); \
		(a) = ((a) << (s)) | ((a) >> (32 - (s))); \
		(a) += (b); \
	} while (0)

/* Written out step by step: the signature runs two MD5s over every
 * request body, and the unrolled form takes a third of the instructions
 * of a loop that picks function, word and shift per step. */
static void md5_compress(uint32_t state[4], const unsigned char block[64])
{
	uint32_t m[16];
	uint32_t a = state[0], b = state[1], c = state[2], d = state[3];

	/* MD5 reads the block as little-endian words whatever the host: a
	 * little-endian one has them as they lie (GCC turns the loop below
	 * into 80 instructions of byte shuffling). */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	memcpy(m, block, sizeof(m));
#else
	for (int i = 0; i < 16; i++) {
		m[i] = (uint32_t) block[i * 4] | (uint32_t) block[i * 4 + 1] << 8
			| (uint32_t) block[i * 4 + 2] << 16 | (uint32_t) block[i * 4 + 3] << 24;
	}
#endif
	/* Round 1. */
	MD5_STEP(F, a, b, c, d, m[0], 0xd76aa478, 7);
	MD5_STEP(F, d, a, b, c, m[1], 0xe8c7b756, 12);
	MD5_STEP(F, c, d, a, b, m[2], 0x242070db, 17);
	MD5_STEP(F, b, c, d, a, m[3], 0xc1bdceee, 22);
	MD5_STEP(F, a, b, c, d, m[4], 0xf57c0faf, 7);
	MD5_STEP(F, d, a, b, c, m[5], 0x4787c62a, 12);
	MD5_STEP(F, c, d, a, b, m[6], 0xa8304613, 17);
	MD5_STEP(F, b, c, d, a, m[7], 0xfd469501, 22);
	MD5_STEP(F, a, b, c, d, m[8], 0x698098d8, 7);
	MD5_STEP(F, d, a, b, c, m[9], 0x8b44f7af, 12);
	MD5_STEP(F, c, d, a, b, m[10], 0xffff5bb1, 17);
	MD5_STEP(F, b, c, d, a, m[11], 0x895cd7be, 22);
	MD5_STEP(F, a, b, c, d, m[12], 0x6b901122, 7);
	MD5_STEP(F, d, a, b, c, m[13], 0xfd987193, 12);
	MD5_STEP(F, c, d, a, b, m[14], 0xa679438e, 17);
	MD5_STEP(F, b, c, d, a, m[15], 0x49b40821, 22);
	/* Round 2. */
	MD5_STEP(G, a, b, c, d, m[1], 0xf61e2562, 5);
	MD5_STEP(G, d, a, b, c, m[6], 0xc040b340, 9);
	MD5_STEP(G, c, d, a, b, m[11], 0x265e5a51, 14);
	MD5_STEP(G, b, c, d, a, m[0], 0xe9b6c7aa, 20);
	MD5_STEP(G, a, b, c, d, m[5], 0xd62f105d, 5);
	MD5_STEP(G, d, a, b, c, m[10], 0x02441453, 9);
	MD5_STEP(G, c, d, a, b, m[15], 0xd8a1e681, 14);
	MD5_STEP(G, b, c, d, a, m[4], 0xe7d3fbc8, 20);
	MD5_STEP(G, a, b, c, d, m[9], 0x21e1cde6, 5);
	MD5_STEP(G, d, a, b, c, m[14], 0xc33707d6, 9);
	MD5_STEP(G, c, d, a, b, m[3], 0xf4d50d87, 14);
	MD5_STEP(G, b, c, d, a, m[8], 0x455a14ed, 20);
	MD5_STEP(G, a, b, c, d, m[13], 0xa9e3e905, 5);
	MD5_STEP(G, d, a, b, c, m[2], 0xfcefa3f8, 9);
	MD5_STEP(G, c, d, a, b, m[7], 0x676f02d9, 14);
	MD5_STEP(G, b, c, d, a, m[12], 0x8d2a4c8a, 20);
	/* Round 3. */
	MD5_STEP(H, a, b, c, d, m[5], 0xfffa3942, 4);
	MD5_STEP(H, d, a, b, c, m[8], 0x8771f681, 11);
	MD5_STEP(H, c, d, a, b, m[11], 0x6d9d6122, 16);
	MD5_STEP(H, b, c, d, a, m[14], 0xfde5380c, 23);
	MD5_STEP(H, a, b, c, d, m[1], 0xa4beea44, 4);
	MD5_STEP(H, d, a, b, c, m[4], 0x4bdecfa9, 11);
	MD5_STEP(H, c, d, a, b, m[7], 0xf6bb4b60, 16);
	MD5_STEP(H, b, c, d, a, m[10], 0xbebfbc70, 23);
	MD5_STEP(H, a, b, c, d, m[13], 0x289b7ec6, 4);
	MD5_STEP(H, d, a, b, c, m[0], 0xeaa127fa, 11);
	MD5_STEP(H, c, d, a, b, m[3], 0xd4ef3085, 16);
	MD5_STEP(H, b, c, d, a, m[6], 0x04881d05, 23);
	MD5_STEP(H, a, b, c, d, m[9], 0xd9d4d039, 4);
	MD5_STEP(H, d, a, b, c, m[12], 0xe6db99e5, 11);
	MD5_STEP(H, c, d, a, b, m[15], 0x1fa27cf8, 16);
	MD5_STEP(H, b, c, d, a, m[2], 0xc4ac5665, 23);
	/* Round 4. */
	MD5_STEP(I, a, b, c, d, m[0], 0xf4292244, 6);
	MD5_STEP(I, d, a, b, c, m[7], 0x432aff97, 10);
	MD5_STEP(I, c, d, a, b, m[14], 0xab9423a7, 15);
	MD5_STEP(I, b, c, d, a, m[5], 0xfc93a039, 21);
	MD5_STEP(I, a, b, c, d, m[12], 0x655b59c3, 6);
	MD5_STEP(I, d, a, b, c, m[3], 0x8f0ccc92, 10);
	MD5_STEP(I, c, d, a, b, m[10], 0xffeff47d, 15);
	MD5_STEP(I, b, c, d, a, m[1], 0x85845dd1, 21);
	MD5_STEP(I, a, b, c, d, m[8], 0x6fa87e4f, 6);
	MD5_STEP(I, d, a, b, c, m[15], 0xfe2ce6e0, 10);
	MD5_STEP(I, c, d, a, b, m[6], 0xa3014314, 15);
	MD5_STEP(I, b, c, d, a, m[13], 0x4e0811a1, 21);
	MD5_STEP(I, a, b, c, d, m[4], 0xf7537e82, 6);
	MD5_STEP(I, d, a, b, c, m[11], 0xbd3af235, 10);
	MD5_STEP(I, c, d, a, b, m[2], 0x2ad7d2bb, 15);
	MD5_STEP(I, b, c, d, a, m[9], 0xeb86d391, 21);
	state[0] += a;
	state[1] += b;
	state[2] += c;
	state[3] += d;
}

void wo_md5_init(wo_md5_ctx *ctx)
{
	ctx->state[0] = 0x67452301;
	ctx->state[1] = 0xefcdab89;
	ctx->state[2] = 0x98badcfe;
	ctx->state[3] = 0x10325476;
	ctx->length = 0;
}

void wo_md5_update(wo_md5_ctx *ctx, const void *data, size_t len)
{
	const unsigned char *p = data;
	size_t used = (size_t) (ctx->length & 63);

	ctx->length += len;
	if (used) {
		size_t take = 64 - used < len ? 64 - used : len;
		memcpy(ctx->block + used, p, take);
		p += take;
		len -= take;
		if (used + take < 64) {
			return;
		}
		md5_compress(ctx->state, ctx->block);
	}
	for (; len >= 64; p += 64, len -= 64) {
		md5_compress(ctx->state, p);
	}
	memcpy(ctx->block, p, len);
}

/* memset() through a volatile pointer, so that the compiler cannot drop
 * the wipe of memory that is not read again (a volatile byte loop cost
 * 400 instructions a digest). */
static void *(*const volatile md5_memset)(void *, int, size_t) = memset;

static void md5_wipe(void *p, size_t len)
{
	md5_memset(p, 0, len);
}

static void md5_final(wo_md5_ctx *ctx, unsigned char digest[16])
{
	static const unsigned char pad[64] = { 0x80 };
	unsigned char bits[8];
	uint64_t nbits = ctx->length * 8;
	size_t used = (size_t) (ctx->length & 63);

	for (int i = 0; i < 8; i++) {
		bits[i] = (unsigned char) (nbits >> (8 * i));
	}
	/* Pad to 56 mod 64, then the bit length: RFC 1321 sections 3.1, 3.2. */
	wo_md5_update(ctx, pad, used < 56 ? 56 - used : 120 - used);
	wo_md5_update(ctx, bits, 8);
	for (int i = 0; i < 4; i++) {
		for (int j = 0; j < 4; j++) {
			digest[i * 4 + j] = (unsigned char) (ctx->state[i] >> (8 * j));
		}
	}
}

void wo_md5_final_hex(wo_md5_ctx *ctx, char hex[33])
{
	static const char digits[] = "0123456789abcdef";
	unsigned char digest[16];

	md5_final(ctx, digest);
	for (int i = 0; i < 16; i++) {
		hex[2 * i] = digits[digest[i] >> 4];
		hex[2 * i + 1] = digits[digest[i] & 15];
	}
	hex[32] = '\0';
	md5_wipe(ctx, sizeof(*ctx));
	md5_wipe(digest, sizeof(digest));
}

void wo_md5_hex(const void *data, size_t len, char hex[33])
{
	wo_md5_ctx ctx;

	wo_md5_init(&ctx);
	wo_md5_update(&ctx, data, len);
	wo_md5_final_hex(&ctx, hex);
}
