/*
 * The floor for decoding: a bare libxml2 SAX2 pass with callbacks that do
 * nothing, over the same bytes opensrs_ops_decode() reads.
 *
 *   sax_floor FILE ITERATIONS      prints: <µs per pass>
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include "sax_noop.h"

static double now_us(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
}

int main(int argc, char **argv)
{
	if (argc < 3) {
		fprintf(stderr, "usage: sax_floor FILE ITERATIONS\n");
		return 2;
	}
	FILE *f = fopen(argv[1], "rb");
	if (!f) {
		perror(argv[1]);
		return 2;
	}
	fseek(f, 0, SEEK_END);
	long len = ftell(f);
	fseek(f, 0, SEEK_SET);
	char *xml = malloc(len);
	if (!xml || fread(xml, 1, len, f) != (size_t) len) {
		return 2;
	}
	fclose(f);
	long iterations = atol(argv[2]);

	xmlSAXHandler sax;
	sax_noop_handler(&sax);

	double t0 = now_us();
	for (long i = 0; i < iterations; i++) {
		xmlParserCtxtPtr ctxt = xmlCreateMemoryParserCtxt(xml, (int) len);
		xmlSAXHandlerPtr own = xmlMalloc(sizeof(sax));
		memcpy(own, &sax, sizeof(sax));
		xmlFree(ctxt->sax);
		ctxt->sax = own;
		xmlCtxtUseOptions(ctxt, XML_PARSE_NONET);
		if (xmlParseDocument(ctxt) != 0) {
			fprintf(stderr, "sax_floor: parse failed\n");
			return 1;
		}
		xmlFreeParserCtxt(ctxt);
	}
	printf("%.2f\n", (now_us() - t0) / iterations);
	free(xml);
	return 0;
}
