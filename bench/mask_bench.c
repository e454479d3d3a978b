/*
 * The secret matcher (ext/mask.c) on a 1 MB body built to be as costly as
 * we know how, with 8 secrets, each aimed at by one 128 KB part:
 *
 *   run      'a' x 15, the longest secret the matcher follows every
 *            spelling of at once (WO_MASK_THREADS - 1 threads), against
 *            'a' and "%61" and "&#97;": each byte starts one more;
 *   spaces   " hunter2" (a leading space) against a run of whitespace
 *            spelt every way (' ', '+', %20, \t, &Tab;, &#32;, \u0020);
 *   long     'b' x 32768 against runs of 32,767 'b' (never a match, always
 *            nearly one: the old matcher's worst case);
 *   key      a 64-character key against its first 63 characters and a
 *            wrong last one, over and over (near misses);
 *   escapes  "p%2+&amp;\u00e9 q;" (a secret full of escape characters),
 *            against itself spelt raw and escaped in turn, one byte short;
 *   dontcare 'a' and, between them, '+' or ' ' (64 of each, at random),
 *            against "a+a+a+...": every alignment stays possible ('+' is
 *            also a space), which no linear algorithm decides exactly;
 *   html     "Pässwörd€😀!" against its htmlentities() spellings, cut short;
 *   zeros    "A12345678" against "&#000...00065;" with thousands of zeros.
 *
 * Prints MB/s (CPU time) for each part alone (all 8 secrets) and for the
 * whole body (the median of RUNS scans), and how much of it is masked;
 * then the same for 1 MB of prose that holds no secret. With PART, scans
 * only that part, RUNS times (for callgrind).
 *
 *   cc -O2 -Iext bench/mask_bench.c ext/mask.c -o mask_bench
 *   ./mask_bench [RUNS [PART]]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "mask.h"

#define PART (128 * 1024)
#define PARTS 8

typedef struct {
	char *p;
	size_t len;
	size_t cap;
} buf;

static void add(buf *b, const char *s, size_t n)
{
	if (b->len + n > b->cap) {
		b->cap = (b->len + n) * 2;
		b->p = realloc(b->p, b->cap);
		if (!b->p) {
			abort();
		}
	}
	memcpy(b->p + b->len, s, n);
	b->len += n;
}

static void adds(buf *b, const char *s)
{
	add(b, s, strlen(s));
}

static unsigned long rng = 12345;

static unsigned next_random(void)
{
	rng = rng * 6364136223846793005UL + 1442695040888963407UL;
	return (unsigned) (rng >> 33);
}

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *) a, y = *(const double *) b;
	return x < y ? -1 : x > y;
}

/* The median time of runs scans of text[0..len), and the bytes masked. */
static double time_scan(wo_mask_matcher *m, const char *text, size_t len, int runs, size_t *masked)
{
	double *t = malloc(runs * sizeof(double));
	wo_mask_regions r = {0};
	double median;

	for (int i = 0; i < runs; i++) {
		double start = now_s();
		if (wo_mask_find_regions(m, text, len, &r) != 0) {
			abort();
		}
		t[i] = now_s() - start;
	}
	*masked = 0;
	for (size_t i = 0; i < r.count; i++) {
		*masked += r.items[i].end - r.items[i].start;
	}
	wo_mask_regions_free(m, &r);
	qsort(t, runs, sizeof(double), cmp_double);
	median = t[runs / 2];
	free(t);
	return median;
}

int main(int argc, char **argv)
{
	static const char *names[PARTS] = { "run", "spaces", "long", "key", "escapes", "dontcare", "html", "zeros" };
	static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	int runs = argc > 1 ? atoi(argv[1]) : 9;
	char key[65], dontcare[128], *longsecret = malloc(32768);
	wo_mask_secret secrets[PARTS];
	size_t part_start[PARTS + 1];
	buf body = {0};
	wo_mask_matcher *m;
	size_t masked;
	double t;

	if (runs < 1 || !longsecret) {
		return 2;
	}
	for (int i = 0; i < 64; i++) {
		key[i] = b64[next_random() % 64];
	}
	key[64] = 0;
	memset(longsecret, 'b', 32768);
	for (int i = 0; i < 64; i++) {
		dontcare[2 * i] = 'a';
		dontcare[2 * i + 1] = next_random() % 2 ? '+' : ' ';
	}
	secrets[0] = (wo_mask_secret) { "aaaaaaaaaaaaaaa", 15 };
	secrets[1] = (wo_mask_secret) { " hunter2", 8 };
	secrets[2] = (wo_mask_secret) { longsecret, 32768 };
	secrets[3] = (wo_mask_secret) { key, 64 };
	secrets[4] = (wo_mask_secret) { "p%2+&amp;\\u00e9 q;", 18 };
	secrets[5] = (wo_mask_secret) { dontcare, 127 };
	secrets[6] = (wo_mask_secret) { "P\xC3\xA4ssw\xC3\xB6rd\xE2\x82\xAC\xF0\x9F\x98\x80!", 19 };
	secrets[7] = (wo_mask_secret) { "A12345678", 9 };

	for (int part = 0; part < PARTS; part++) {
		static const char *const spaces[] = { " ", "+", "%20", "\t", "&Tab;", "&#32;", "\\u0020", "%09" };
		static const char *const escapes[] = {
			"p%2+&amp;\\u00e9 q", "%70%252%2B%26amp%3B%5Cu00e9+q", "p&#37;2&plus;&amp;amp;\\\\u00e9&#32;q",
			"\\u0070%2\\u002b&\\u0061mp;\\u005cu00e9\\u0020q", "p%2+&amp&#59;&#92;u00&#x65;9\\tq",
		};
		static const char *const html[] = {
			"P&auml;ssw&ouml;rd&euro;&#x1F600;", "P&#228;ssw&#246;rd&#8364;\\ud83d\\ude00", "P&auml;ssw&ouml;rd&euro",
		};

		part_start[part] = body.len;
		while (body.len - part_start[part] < PART) {
			switch (part) {
			case 0:
				adds(&body, next_random() % 3 == 0 ? "%61" : next_random() % 2 ? "&#97;" : "a");
				break;
			case 1:
				adds(&body, spaces[next_random() % 8]);
				break;
			case 2:
				add(&body, longsecret, 32767);
				adds(&body, "c");
				break;
			case 3:
				add(&body, key, 63);
				adds(&body, "!");
				break;
			case 4:
				adds(&body, escapes[next_random() % 5]);
				break;
			case 5:
				adds(&body, "a+");
				break;
			case 6:
				adds(&body, html[next_random() % 3]);
				break;
			case 7:
				adds(&body, "&#");
				for (int z = 0; z < 4000; z++) {
					adds(&body, "0");
				}
				adds(&body, "65;1234567");
				break;
			}
		}
		body.len = part_start[part] + PART;
	}
	part_start[PARTS] = body.len;

	m = wo_mask_compile(secrets, PARTS, realloc, free);
	if (!m) {
		return 1;
	}
	for (int part = 0; argc > 2 && part < PARTS; part++) {
		if (strcmp(argv[2], names[part]) == 0) {
			t = time_scan(m, body.p + part_start[part], part_start[part + 1] - part_start[part], runs, &masked);
			printf("%s: %.1f MB/s\n", names[part], (part_start[part + 1] - part_start[part]) / t / 1e6);
			return 0;
		}
	}
	printf("%-9s %10s %12s %10s\n", "part", "bytes", "MB/s", "masked");
	for (int part = 0; part < PARTS; part++) {
		size_t n = part_start[part + 1] - part_start[part];
		t = time_scan(m, body.p + part_start[part], n, runs, &masked);
		printf("%-9s %10zu %12.1f %9.1f%%\n", names[part], n, n / t / 1e6, 100.0 * masked / n);
	}
	t = time_scan(m, body.p, body.len, runs, &masked);
	printf("%-9s %10zu %12.1f %9.1f%%\n", "all", body.len, body.len / t / 1e6, 100.0 * masked / body.len);
	printf("whole body: %.2f ms (median of %d)\n", t * 1e3, runs);

	/* The common case for comparison: text that holds no secret. */
	for (size_t i = 0; i < body.len; i++) {
		body.p[i] = "the quick brown fox jumps over the lazy dog, 0123456789.\n"[i % 58];
	}
	t = time_scan(m, body.p, body.len, runs, &masked);
	printf("%-9s %10zu %12.1f %9.1f%%\n", "prose", body.len, body.len / t / 1e6, 100.0 * masked / body.len);

	wo_mask_free(m);
	free(body.p);
	free(longsecret);
	return 0;
}
