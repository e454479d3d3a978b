/*
 * A libxml2 SAX2 handler whose callbacks do nothing: what a parse costs
 * before anything is made of it. For the floors (floor.c, sax_floor.c).
 */
#ifndef BENCH_SAX_NOOP_H
#define BENCH_SAX_NOOP_H

#include <string.h>
#include <libxml/parser.h>

static void noop_start(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri,
                       int nb_namespaces, const xmlChar **namespaces, int nb_attributes,
                       int nb_defaulted, const xmlChar **attributes)
{
	(void) ctx; (void) localname; (void) prefix; (void) uri; (void) nb_namespaces;
	(void) namespaces; (void) nb_attributes; (void) nb_defaulted; (void) attributes;
}

static void noop_end(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri)
{
	(void) ctx; (void) localname; (void) prefix; (void) uri;
}

static void noop_text(void *ctx, const xmlChar *ch, int len)
{
	(void) ctx; (void) ch; (void) len;
}

static void sax_noop_handler(xmlSAXHandler *sax)
{
	memset(sax, 0, sizeof(*sax));
	sax->initialized = XML_SAX2_MAGIC;
	sax->startElementNs = noop_start;
	sax->endElementNs = noop_end;
	sax->characters = noop_text;
	sax->ignorableWhitespace = noop_text;
}

#endif
