/*
 * The floor for one API call: libcurl with one kept-alive handle POSTing the
 * same body as the extension does, reading the answer into memory. What the
 * extension adds on top of this is its own cost.
 *
 *   floor URL BODY_FILE CONTENT_TYPE CALLS [CA_FILE [COMMANDS_PER_CONNECTION]]
 * prints: <wall µs per call> <cpu µs per call>
 *
 * COMMANDS_PER_CONNECTION (0: no limit) closes the connection after that
 * many requests, as any client OpenSRS accepts must (it refuses the 101st
 * command on one connection).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/resource.h>
#include <curl/curl.h>

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

int main(int argc, char **argv)
{
	if (argc < 5) {
		fprintf(stderr, "usage: floor URL BODY_FILE CONTENT_TYPE CALLS [CA_FILE [COMMANDS_PER_CONNECTION]]\n");
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

	char content_type[256];
	snprintf(content_type, sizeof(content_type), "Content-Type: %s", argv[3]);
	curl_global_init(CURL_GLOBAL_DEFAULT);
	CURL *curl = curl_easy_init();
	struct curl_slist *headers = curl_slist_append(NULL, content_type);
	headers = curl_slist_append(headers, "Expect:");
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
	if (curl_easy_perform(curl) != CURLE_OK) {
		fprintf(stderr, "floor: first request failed\n");
		return 1;
	}
	double t0 = now_us(), c0 = cpu_us();
	long on_connection = 1;   /* the warm-up request */
	for (long i = 0; i < calls; i++) {
		b.len = 0;
		int last = per_connection && ++on_connection >= per_connection;
		curl_easy_setopt(curl, CURLOPT_FORBID_REUSE, last ? 1L : 0L);
		if (last) {
			on_connection = 0;
		}
		CURLcode rc = curl_easy_perform(curl);
		if (rc != CURLE_OK) {
			fprintf(stderr, "floor: %s\n", curl_easy_strerror(rc));
			return 1;
		}
	}
	double t1 = now_us(), c1 = cpu_us();
	printf("%.2f %.2f\n", (t1 - t0) / calls, (c1 - c0) / calls);

	curl_slist_free_all(headers);
	curl_easy_cleanup(curl);
	curl_global_cleanup();
	free(b.data);
	return 0;
}
