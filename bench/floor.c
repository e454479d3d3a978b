/*
 * The floor for one API call: libcurl with one kept-alive handle POSTing the
 * same body as the extension does, reading the answer into memory. What the
 * extension adds on top of this is its own cost.
 *
 *   floor URL BODY_FILE CONTENT_TYPE CALLS [CA_FILE [COMMANDS_PER_CONNECTION [OPENSRS_KEY]]]
 * prints: <wall µs per call> <cpu µs per call>
 *
 * COMMANDS_PER_CONNECTION (0: no limit) closes the connection after that
 * many requests, as any client OpenSRS accepts must (it refuses the 101st
 * command on one connection).
 *
 * With OPENSRS_KEY, each call also does the rest of what an OpenSRS call
 * cannot do without: it signs the body (X-Signature, md5_hex(md5_hex(body .
 * key) . key), with OpenSSL's MD5), sends X-Username and X-Signature, and
 * parses the reply with libxml2's SAX2 parser (callbacks that do nothing,
 * one push parser context reset for each reply, the cheapest way libxml2
 * offers). Encoding the request and building PHP values are not in it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/resource.h>
#include <curl/curl.h>
#include <libxml/parser.h>
/* MD5() is deprecated in OpenSSL 3 in favour of EVP, which costs more per
 * call; a floor takes the cheapest. */
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/md5.h>

#include "sax_noop.h"

typedef struct { char *data; size_t len, cap; } buffer;

static size_t on_body(char *p, size_t size, size_t n, void *ud)
{
	buffer *b = ud;
	size_t len = size * n;
	if (b->len + len > b->cap) {
		b->cap = (b->len + len) * 2;
		b->data = realloc(b->data, b->cap);
		if (!b->data) {
			return 0;
		}
	}
	memcpy(b->data + b->len, p, len);
	b->len += len;
	return len;
}

static double now_us(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
}

static double cpu_us(void)
{
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	return (ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1e6 + ru.ru_utime.tv_usec + ru.ru_stime.tv_usec;
}

/* What an OpenSRS call adds: the signature's headers and the reply's parse. */
typedef struct {
	const char *key;
	size_t key_len;
	char username[64];
	xmlParserCtxtPtr parser;
} opensrs_work;

static void md5_hex_of(const char *a, size_t a_len, const char *b, size_t b_len, char out[33])
{
	static const char hex[] = "0123456789abcdef";
	unsigned char digest[MD5_DIGEST_LENGTH];
	MD5_CTX ctx;

	MD5_Init(&ctx);
	MD5_Update(&ctx, a, a_len);
	MD5_Update(&ctx, b, b_len);
	MD5_Final(digest, &ctx);
	for (int i = 0; i < MD5_DIGEST_LENGTH; i++) {
		out[2 * i] = hex[digest[i] >> 4];
		out[2 * i + 1] = hex[digest[i] & 15];
	}
	out[32] = '\0';
}

/* The call's header list: the fixed ones, then X-Username and X-Signature. */
static struct curl_slist *opensrs_headers(const opensrs_work *w, struct curl_slist *fixed,
                                          const char *body, size_t body_len)
{
	char inner[33], line[64];
	struct curl_slist *list = NULL;

	for (struct curl_slist *h = fixed; h; h = h->next) {
		list = curl_slist_append(list, h->data);
	}
	md5_hex_of(body, body_len, w->key, w->key_len, inner);
	snprintf(line, sizeof(line), "X-Signature: ");
	md5_hex_of(inner, 32, w->key, w->key_len, line + strlen(line));
	list = curl_slist_append(list, w->username);
	return curl_slist_append(list, line);
}

static xmlParserCtxtPtr sax_parser(void)
{
	xmlSAXHandler sax;

	sax_noop_handler(&sax);
	return xmlCreatePushParserCtxt(&sax, NULL, NULL, 0, NULL);
}

static int parse_reply(xmlParserCtxtPtr parser, const buffer *b)
{
	if (xmlCtxtResetPush(parser, b->data, (int) b->len, NULL, NULL) != 0) {
		return -1;
	}
	xmlCtxtUseOptions(parser, XML_PARSE_NONET);
	xmlParseChunk(parser, NULL, 0, 1);
	return parser->wellFormed ? 0 : -1;
}

/* One request on the kept handle, and for OpenSRS its signing and parse. */
static int call_once(CURL *curl, buffer *b, opensrs_work *w, struct curl_slist *fixed,
                     const char *body, size_t body_len)
{
	struct curl_slist *headers = NULL;
	CURLcode rc;

	b->len = 0;
	if (w) {
		headers = opensrs_headers(w, fixed, body, body_len);
		curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
	}
	rc = curl_easy_perform(curl);
	curl_slist_free_all(headers);
	if (rc != CURLE_OK) {
		fprintf(stderr, "floor: %s\n", curl_easy_strerror(rc));
		return -1;
	}
	if (w && parse_reply(w->parser, b) != 0) {
		fprintf(stderr, "floor: the reply is not well-formed XML\n");
		return -1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	if (argc < 5) {
		fprintf(stderr, "usage: floor URL BODY_FILE CONTENT_TYPE CALLS [CA_FILE [COMMANDS_PER_CONNECTION [OPENSRS_KEY]]]\n");
		return 2;
	}
	FILE *f = fopen(argv[2], "rb");
	if (!f) {
		perror(argv[2]);
		return 2;
	}
	static char body[1 << 20];
	size_t body_len = fread(body, 1, sizeof(body), f);
	fclose(f);
	long calls = atol(argv[4]);
	long per_connection = argc > 6 ? atol(argv[6]) : 0;
	opensrs_work ops, *w = NULL;

	if (argc > 7) {
		w = &ops;
		ops.key = argv[7];
		ops.key_len = strlen(argv[7]);
		snprintf(ops.username, sizeof(ops.username), "X-Username: benchreseller");
		ops.parser = sax_parser();
	}
	char content_type[256];
	snprintf(content_type, sizeof(content_type), "Content-Type: %s", argv[3]);
	curl_global_init(CURL_GLOBAL_DEFAULT);
	CURL *curl = curl_easy_init();
	/* The cheapest request libcurl sends with these headers: its own
	 * Content-Type for a POST is application/x-www-form-urlencoded, and it
	 * asks for no 100-continue below 1 KB (each line of ours costs libcurl
	 * about 150 instructions a byte). */
	struct curl_slist *headers = NULL;
	if (strcmp(argv[3], "application/x-www-form-urlencoded") != 0) {
		headers = curl_slist_append(headers, content_type);
	}
	if (body_len >= 1024) {
		headers = curl_slist_append(headers, "Expect:");
	}
	buffer b = { 0 };

	curl_easy_setopt(curl, CURLOPT_URL, argv[1]);
	curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body);
	curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t) body_len);
	curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
	curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, on_body);
	curl_easy_setopt(curl, CURLOPT_WRITEDATA, &b);
	curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
	if (argc > 5 && argv[5][0]) {
		curl_easy_setopt(curl, CURLOPT_CAINFO, argv[5]);
	}

	/* Warm up: connect and handshake once, outside the measurement. */
	if (call_once(curl, &b, w, headers, body, body_len) != 0) {
		return 1;
	}
	double t0 = now_us(), c0 = cpu_us();
	long on_connection = 1;   /* the warm-up request */
	for (long i = 0; i < calls; i++) {
		int last = per_connection && ++on_connection >= per_connection;
		curl_easy_setopt(curl, CURLOPT_FORBID_REUSE, last ? 1L : 0L);
		if (last) {
			on_connection = 0;
		}
		if (call_once(curl, &b, w, headers, body, body_len) != 0) {
			return 1;
		}
	}
	double t1 = now_us(), c1 = cpu_us();
	printf("%.2f %.2f\n", calls ? (t1 - t0) / calls : 0, calls ? (c1 - c0) / calls : 0);

	if (w) {
		xmlFreeParserCtxt(ops.parser);
	}
	curl_slist_free_all(headers);
	curl_easy_cleanup(curl);
	curl_global_cleanup();
	free(b.data);
	return 0;
}
