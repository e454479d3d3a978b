/*
 * OPS decoder: one libxml2 SAX2 pass, no tree. Elements are checked against
 * the OPS grammar as they open, and values go straight to the builder.
 *
 *   OPS_envelope > header (skipped) , body > data_block > value
 *   value := dt_assoc | dt_array | dt_scalar | dt_scalarref
 *   dt_assoc, dt_array := item*       item := text | value
 *
 * Safety does not rest on libxml2's global defaults, which other extensions
 * change: the handler below has no externalSubset callback (ops.dtd is never
 * read), every entity and markup declaration stops the parse, and the
 * parser options are set on our own context.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdarg.h>
#include <limits.h>

#include <libxml/parser.h>

#include "ops_codec.h"

typedef enum {
	F_ENVELOPE,
	F_SKIP,        /* header, or anything OPS does not define outside data */
	F_BODY,
	F_DATA_BLOCK,
	F_ASSOC,
	F_ARRAY,
	F_ITEM,
	F_SCALAR
} frame_kind;

/* Two elements per nesting level (container, item) plus the fixed frame
 * around them: envelope, body, data_block, and a dt_scalar leaf. This only
 * sizes the stack: the nesting bound itself is decoder.nesting, since an
 * element count cannot tell a 65th container from an item and its dt_scalar. */
#define MAX_ELEMENT_DEPTH (2 * WO_OPS_MAX_NESTING + 5)

/* Elements open inside the header, or anything else skipped. */
#define MAX_SKIP_DEPTH WO_OPS_MAX_NESTING

typedef struct {
	frame_kind kind;
	int has_value;     /* data_block, item: a value element was seen */
} frame;

typedef struct {
	xmlParserCtxtPtr ctxt;
	const wo_ops_builder *b;
	void *ud;
	wo_ops_error *err;
	int failed;
	int seen_root;
	int seen_data;
	int skip_depth;    /* elements open inside an F_SKIP frame */
	int nesting;       /* dt_assoc/dt_array open, bounded by WO_OPS_MAX_NESTING */
	int depth;
	frame stack[MAX_ELEMENT_DEPTH];
	/* Text of the innermost item or dt_scalar. */
	char *text;
	size_t text_len;
	size_t text_cap;
} decoder;

static void decode_fail(decoder *d, const char *fmt, ...)
{
	va_list ap;

	if (d->failed) {
		return;
	}
	d->failed = 1;
	va_start(ap, fmt);
	vsnprintf(d->err->message, sizeof(d->err->message), fmt, ap);
	va_end(ap);
	xmlStopParser(d->ctxt);
}

/* A builder's refusal ends the decode with its message. */
static int builder_ok(decoder *d, const char *msg)
{
	if (msg) {
		decode_fail(d, "%s", msg);
		return 0;
	}
	return 1;
}

static int is_blank(const char *s, size_t n)
{
	size_t i = 0;

	/* Between elements of a pretty-printed reply stand a line break and
	 * indentation: take the break, then the spaces eight at a time. */
	while (i < n && (s[i] == '\n' || s[i] == '\r')) {
		i++;
	}
	for (; i + 8 <= n; i += 8) {
		uint64_t word;
		memcpy(&word, s + i, 8);
		if (word != UINT64_C(0x2020202020202020)) {
			break;
		}
	}
	for (; i < n; i++) {
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r') {
			return 0;
		}
	}
	return 1;
}

static int text_append(decoder *d, const char *s, size_t n)
{
	if (n > WO_OPS_MAX_TEXT - d->text_len) {
		decode_fail(d, "a value is longer than %d bytes", WO_OPS_MAX_TEXT);
		return 0;
	}
	if (d->text_len + n > d->text_cap) {
		size_t cap = d->text_cap ? d->text_cap : 64;
		while (cap < d->text_len + n) {
			cap *= 2;
		}
		char *p = realloc(d->text, cap);
		if (!p) {
			decode_fail(d, "out of memory");
			return 0;
		}
		d->text = p;
		d->text_cap = cap;
	}
	memcpy(d->text + d->text_len, s, n);
	d->text_len += n;
	return 1;
}

/* OPS: dt_array items carry their index in key, a decimal integer. */
static int parse_index(const char *s, size_t n, uint64_t *out)
{
	uint64_t v = 0;

	/* 19 digits: up to WO_OPS_MAX_INDEX, no overflow. */
	if (n == 0 || n > 19) {
		return 0;
	}
	for (size_t i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9') {
			return 0;
		}
		v = v * 10 + (uint64_t) (s[i] - '0');
	}
	*out = v;
	return 1;
}

/*
 * With entity substitution off, libxml2 hands SAX2 an attribute whose
 * source held "&amp;" or "&#38;" with that character still written as
 * "&#38;" (a literal '&' cannot occur there). Turn it back into '&'.
 */
static const char *key_unescape(const char *s, size_t n, size_t *out_len, char **owned)
{
	*owned = NULL;
	*out_len = n;
	if (!memchr(s, '&', n)) {
		return s;
	}
	char *buf = malloc(n);
	if (!buf) {
		return NULL;
	}
	size_t j = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '&' && n - i >= 5 && memcmp(s + i, "&#38;", 5) == 0) {
			buf[j++] = '&';
			i += 4;
		} else {
			buf[j++] = s[i];
		}
	}
	*owned = buf;
	*out_len = j;
	return buf;
}

static int item_key(decoder *d, frame_kind container, int nb_attributes, const xmlChar **attrs)
{
	for (int i = 0; i < nb_attributes; i++) {
		const xmlChar **a = attrs + 5 * i;   /* localname, prefix, URI, value, end */
		if (a[1] != NULL || strcmp((const char *) a[0], "key") != 0) {
			continue;
		}
		const char *v = (const char *) a[3];
		size_t raw_len = (size_t) (a[4] - a[3]), len;
		char *owned;
		const char *key = key_unescape(v, raw_len, &len, &owned);
		int ok;

		if (!key) {
			decode_fail(d, "out of memory");
			return 0;
		}
		if (container == F_ARRAY) {
			uint64_t index;
			if (!parse_index(key, len, &index)) {
				free(owned);
				decode_fail(d, "dt_array item key is not an index (line %d)",
					xmlSAX2GetLineNumber(d->ctxt));
				return 0;
			}
			ok = builder_ok(d, d->b->index(d->ud, index));
		} else {
			ok = builder_ok(d, d->b->key(d->ud, key, len));
		}
		free(owned);
		return ok;
	}
	decode_fail(d, "item without a key attribute (line %d)", xmlSAX2GetLineNumber(d->ctxt));
	return 0;
}

static int push(decoder *d, frame_kind kind)
{
	if (d->depth == MAX_ELEMENT_DEPTH) {
		decode_fail(d, "values nested deeper than %d levels", WO_OPS_MAX_NESTING);
		return 0;
	}
	d->stack[d->depth].kind = kind;
	d->stack[d->depth].has_value = 0;
	d->depth++;
	return 1;
}

/* A value element (dt_*) opening where a value may stand. */
static void open_value(decoder *d, const char *name, frame *parent)
{
	if (parent->has_value) {
		decode_fail(d, "<%s> holds more than one value (line %d)",
			parent->kind == F_ITEM ? "item" : "data_block", xmlSAX2GetLineNumber(d->ctxt));
		return;
	}
	if (parent->kind == F_ITEM && !is_blank(d->text, d->text_len)) {
		decode_fail(d, "item mixes text and <%s> (line %d)", name, xmlSAX2GetLineNumber(d->ctxt));
		return;
	}
	parent->has_value = 1;
	d->text_len = 0;

	if (strcmp(name, "dt_assoc") == 0 || strcmp(name, "dt_array") == 0) {
		int is_assoc = strcmp(name, "dt_assoc") == 0;
		/* The element-depth bound alone lets one container too many through
		 * (the innermost one need not hold an item), and builders size their
		 * stacks by WO_OPS_MAX_NESTING: count containers themselves. */
		if (d->nesting == WO_OPS_MAX_NESTING) {
			decode_fail(d, "values nested deeper than %d levels", WO_OPS_MAX_NESTING);
			return;
		}
		if (push(d, is_assoc ? F_ASSOC : F_ARRAY)) {
			d->nesting++;
			builder_ok(d, d->b->begin(d->ud, is_assoc ? WO_OPS_ASSOC : WO_OPS_ARRAY));
		}
	} else if (strcmp(name, "dt_scalar") == 0 || strcmp(name, "dt_scalarref") == 0) {
		push(d, F_SCALAR);
	} else {
		decode_fail(d, "unknown element <%s> in data_block (line %d)", name,
			xmlSAX2GetLineNumber(d->ctxt));
	}
}

static void sax_start_element(void *ctx, const xmlChar *localname, const xmlChar *prefix,
                              const xmlChar *URI, int nb_namespaces, const xmlChar **namespaces,
                              int nb_attributes, int nb_defaulted, const xmlChar **attributes)
{
	decoder *d = ctx;
	const char *name = (const char *) localname;
	(void) URI; (void) nb_namespaces; (void) namespaces; (void) nb_defaulted;

	if (d->failed) {
		return;
	}
	if (d->depth == 0) {
		if (d->seen_root || strcmp(name, "OPS_envelope") != 0 || prefix) {
			/* Name the prefix too: "<OPS_envelope>, not <OPS_envelope>" helps nobody. */
			decode_fail(d, "the root element is <%s%s%s>, not <OPS_envelope>",
				prefix ? (const char *) prefix : "", prefix ? ":" : "", name);
			return;
		}
		d->seen_root = 1;
		push(d, F_ENVELOPE);
		return;
	}

	frame *top = &d->stack[d->depth - 1];
	if (top->kind >= F_DATA_BLOCK && prefix) {
		decode_fail(d, "unknown element <%s:%s> in data_block (line %d)",
			(const char *) prefix, name, xmlSAX2GetLineNumber(d->ctxt));
		return;
	}
	switch (top->kind) {
	case F_SKIP:
		/* Our bound, not libxml2's: a pushed document has none in 2.9. */
		if (d->skip_depth == MAX_SKIP_DEPTH) {
			decode_fail(d, "elements nested deeper than %d levels outside data_block", MAX_SKIP_DEPTH);
			return;
		}
		d->skip_depth++;
		break;
	case F_ENVELOPE:
		push(d, strcmp(name, "body") == 0 ? F_BODY : F_SKIP);
		break;
	case F_BODY:
		if (strcmp(name, "data_block") == 0 && !d->seen_data) {
			d->seen_data = 1;
			push(d, F_DATA_BLOCK);
		} else {
			push(d, F_SKIP);
		}
		break;
	case F_DATA_BLOCK:
	case F_ITEM:
		open_value(d, name, top);
		break;
	case F_ASSOC:
	case F_ARRAY:
		if (strcmp(name, "item") != 0) {
			decode_fail(d, "unknown element <%s> in <%s> (line %d)", name,
				top->kind == F_ASSOC ? "dt_assoc" : "dt_array", xmlSAX2GetLineNumber(d->ctxt));
			return;
		}
		if (item_key(d, top->kind, nb_attributes, attributes) && push(d, F_ITEM)) {
			d->text_len = 0;
		}
		break;
	case F_SCALAR:
		decode_fail(d, "element <%s> inside a scalar (line %d)", name,
			xmlSAX2GetLineNumber(d->ctxt));
		break;
	}
}

static void sax_end_element(void *ctx, const xmlChar *localname, const xmlChar *prefix,
                            const xmlChar *URI)
{
	decoder *d = ctx;
	(void) localname; (void) prefix; (void) URI;

	if (d->failed || d->depth == 0) {
		return;
	}
	frame *top = &d->stack[d->depth - 1];
	if (top->kind == F_SKIP && d->skip_depth > 0) {
		d->skip_depth--;
		return;
	}
	switch (top->kind) {
	case F_ASSOC:
	case F_ARRAY:
		if (!builder_ok(d, d->b->end(d->ud))) {
			return;
		}
		d->nesting--;
		break;
	case F_ITEM:
		/* An item with no element child is its text, exactly as sent. */
		if (!top->has_value && !builder_ok(d, d->b->scalar(d->ud, d->text ? d->text : "", d->text_len))) {
			return;
		}
		break;
	case F_SCALAR:
		if (!builder_ok(d, d->b->scalar(d->ud, d->text ? d->text : "", d->text_len))) {
			return;
		}
		break;
	case F_DATA_BLOCK:
		if (!top->has_value) {
			decode_fail(d, "data_block holds no value");
			return;
		}
		break;
	default:
		break;
	}
	d->depth--;
	d->text_len = 0;
}

static void sax_characters(void *ctx, const xmlChar *ch, int len)
{
	decoder *d = ctx;
	const char *s = (const char *) ch;

	if (d->failed || d->depth == 0) {
		return;
	}
	frame *top = &d->stack[d->depth - 1];
	switch (top->kind) {
	case F_SCALAR:
		text_append(d, s, (size_t) len);
		break;
	case F_ITEM:
		if (!top->has_value) {
			text_append(d, s, (size_t) len);
		} else if (!is_blank(s, (size_t) len)) {
			decode_fail(d, "item mixes text and a value (line %d)", xmlSAX2GetLineNumber(d->ctxt));
		}
		break;
	case F_DATA_BLOCK:
	case F_ASSOC:
	case F_ARRAY:
		if (!is_blank(s, (size_t) len)) {
			decode_fail(d, "text outside an item in data_block (line %d)",
				xmlSAX2GetLineNumber(d->ctxt));
		}
		break;
	default:
		break;
	}
}

static xmlEntityPtr sax_get_entity(void *ctx, const xmlChar *name)
{
	decoder *d = ctx;
	decode_fail(d, "entity &%s; is not allowed (only the five predefined ones)", (const char *) name);
	return NULL;
}

static xmlParserInputPtr sax_resolve_entity(void *ctx, const xmlChar *public_id, const xmlChar *system_id)
{
	(void) public_id; (void) system_id;
	decode_fail(ctx, "external entities are not allowed");
	return NULL;
}

/*
 * SAX2 reports every DOCTYPE here, before an internal subset is read, and
 * the parser then stands on '[' exactly when one follows. The contract
 * refuses any internal subset, even one the declaration callbacks below
 * never see (empty, or only comments and processing instructions).
 */
static void sax_internal_subset(void *ctx, const xmlChar *name, const xmlChar *external_id,
                                const xmlChar *system_id)
{
	decoder *d = ctx;
	(void) name; (void) external_id; (void) system_id;

	if (d->ctxt->input && d->ctxt->input->cur && *d->ctxt->input->cur == '[') {
		decode_fail(d, "a DOCTYPE internal subset is not allowed");
	}
}

static void sax_entity_decl(void *ctx, const xmlChar *name, int type, const xmlChar *public_id,
                            const xmlChar *system_id, xmlChar *content)
{
	(void) name; (void) type; (void) public_id; (void) system_id; (void) content;
	decode_fail(ctx, "a DOCTYPE internal subset is not allowed");
}

static void sax_element_decl(void *ctx, const xmlChar *name, int type, xmlElementContentPtr content)
{
	(void) name; (void) type; (void) content;
	decode_fail(ctx, "a DOCTYPE internal subset is not allowed");
}

static void sax_attribute_decl(void *ctx, const xmlChar *elem, const xmlChar *fullname, int type,
                               int def, const xmlChar *default_value, xmlEnumerationPtr tree)
{
	(void) elem; (void) fullname; (void) type; (void) def; (void) default_value;
	/* The SAX2 contract hands the enumeration to the callback. */
	if (tree) {
		xmlFreeEnumeration(tree);
	}
	decode_fail(ctx, "a DOCTYPE internal subset is not allowed");
}

static void sax_notation_decl(void *ctx, const xmlChar *name, const xmlChar *public_id,
                              const xmlChar *system_id)
{
	(void) name; (void) public_id; (void) system_id;
	decode_fail(ctx, "a DOCTYPE internal subset is not allowed");
}

static void sax_unparsed_entity_decl(void *ctx, const xmlChar *name, const xmlChar *public_id,
                                     const xmlChar *system_id, const xmlChar *notation)
{
	(void) name; (void) public_id; (void) system_id; (void) notation;
	decode_fail(ctx, "a DOCTYPE internal subset is not allowed");
}

/* libxml2 2.12 made the error handed to a structured handler const. */
#if LIBXML_VERSION >= 21200
typedef const xmlError *sax_error_ptr;
#else
typedef xmlError *sax_error_ptr;
#endif

static void sax_structured_error(void *ctx, sax_error_ptr error)
{
	decoder *d = ctx;
	size_t n;

	if (d->failed || !error || error->level < XML_ERR_ERROR) {
		return;
	}
	d->failed = 1;
	snprintf(d->err->message, sizeof(d->err->message), "malformed XML at line %d: %s",
		error->line, error->message ? error->message : "parse error");
	/* libxml2 messages end with a newline. */
	n = strlen(d->err->message);
	while (n > 0 && (d->err->message[n - 1] == '\n' || d->err->message[n - 1] == ' ')) {
		d->err->message[--n] = '\0';
	}
}

static void init_handler(xmlSAXHandler *sax)
{
	memset(sax, 0, sizeof(*sax));
	sax->initialized = XML_SAX2_MAGIC;
	sax->startElementNs = sax_start_element;
	sax->endElementNs = sax_end_element;
	sax->characters = sax_characters;
	/* Whitespace-only values are values: keep blanks however they arrive. */
	sax->ignorableWhitespace = sax_characters;
	sax->cdataBlock = sax_characters;
	sax->getEntity = sax_get_entity;
	sax->getParameterEntity = sax_get_entity;
	sax->resolveEntity = sax_resolve_entity;
	sax->internalSubset = sax_internal_subset;
	sax->entityDecl = sax_entity_decl;
	sax->elementDecl = sax_element_decl;
	sax->attributeDecl = sax_attribute_decl;
	sax->notationDecl = sax_notation_decl;
	sax->unparsedEntityDecl = sax_unparsed_entity_decl;
	sax->serror = sax_structured_error;
}

#define PARSE_OPTIONS (XML_PARSE_NONET | XML_PARSE_NOCDATA)

/* Replies up to this size are pushed to the parser, larger ones read from
 * memory: with libxml2 2.9, pushing costs less at 2 KB and more at 9 KB. */
#define PUSH_MAX 4096

/*
 * Parses xml with ctxt, reset for it. Returns -1 when out of memory; *doc is
 * the tree libxml2 may have made despite SAX, for the caller to free.
 *
 * Before 2.12, libxml2 asks a memory input for more at every element within
 * 250 bytes of its end: a third of a small reply's decode. A push parser
 * given the whole document never asks, but costs more per byte, and 2.9
 * refuses 10 MB pushed at once.
 */
static int ctxt_parse(xmlParserCtxtPtr ctxt, const char *xml, int len, xmlDocPtr *doc)
{
	if (len <= PUSH_MAX) {
		if (xmlCtxtResetPush(ctxt, xml, len, NULL, NULL) != 0) {
			return -1;
		}
		xmlCtxtUseOptions(ctxt, PARSE_OPTIONS);
		xmlParseChunk(ctxt, NULL, 0, 1);
		*doc = ctxt->myDoc;
		ctxt->myDoc = NULL;
		return 0;
	}
	*doc = xmlCtxtReadMemory(ctxt, xml, len, NULL, NULL, PARSE_OPTIONS);
	return 0;
}

/*
 * One parser context per thread, kept between documents: creating and
 * freeing one, with its dictionary, was a sixth of a small reply's decode
 * with libxml2 2.9. xmlCtxtResetPush or xmlCtxtReadMemory resets it for
 * each document.
 */
static _Thread_local xmlParserCtxtPtr cached_ctxt;

/* Names a kept context may hold in its dictionary: past this it is freed,
 * so that replies full of odd element names cannot make it grow. */
#define CACHED_DICT_MAX 512

static xmlParserCtxtPtr ctxt_new(void)
{
	xmlSAXHandler sax;

	init_handler(&sax);
#if LIBXML_VERSION >= 21100
	return xmlNewSAXParserCtxt(&sax, NULL);   /* copies the handler */
#else
	xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
	xmlSAXHandlerPtr copy = ctxt ? xmlMalloc(sizeof(sax)) : NULL;

	if (!copy) {
		xmlFreeParserCtxt(ctxt);
		return NULL;
	}
	/* Ours replaces the default handler; xmlFreeParserCtxt frees it. */
	memcpy(copy, &sax, sizeof(sax));
	xmlFree(ctxt->sax);
	ctxt->sax = copy;
	return ctxt;
#endif
}

/* A context for a document: the kept one, or a new one. */
static xmlParserCtxtPtr ctxt_acquire(void)
{
	xmlParserCtxtPtr ctxt = cached_ctxt;

	cached_ctxt = NULL;
	return ctxt ? ctxt : ctxt_new();
}

/*
 * Keeps ctxt for the next document, or frees it. Only a context whose
 * document parsed to its end is kept: one stopped midway still has the
 * namespaces of its open elements, which the reset of libxml2 2.9 keeps.
 * Resetting here frees this document's copy now, not at the next call.
 */
static void ctxt_release(xmlParserCtxtPtr ctxt, int completed)
{
	if (!completed || cached_ctxt || xmlDictSize(ctxt->dict) > CACHED_DICT_MAX) {
		xmlFreeParserCtxt(ctxt);
		return;
	}
	xmlCtxtReset(ctxt);
	cached_ctxt = ctxt;
}

void wo_ops_decode_cleanup(void)
{
	if (cached_ctxt) {
		xmlFreeParserCtxt(cached_ctxt);
		cached_ctxt = NULL;
	}
}

int wo_ops_decode(const char *xml, size_t len,
                  const wo_ops_builder *builder, void *ud, wo_ops_error *err)
{
	decoder d;
	xmlParserCtxtPtr ctxt;

	err->message[0] = '\0';
	if (len > INT_MAX) {
		snprintf(err->message, sizeof(err->message), "document larger than %d bytes", INT_MAX);
		return -1;
	}
	if (len == 0) {
		snprintf(err->message, sizeof(err->message), "empty document");
		return -1;
	}
	ctxt = ctxt_acquire();
	if (!ctxt) {
		snprintf(err->message, sizeof(err->message), "out of memory");
		return -1;
	}

	memset(&d, 0, sizeof(d));
	d.ctxt = ctxt;
	d.b = builder;
	d.ud = ud;
	d.err = err;
	ctxt->userData = &d;
	/* Every option is set explicitly: no NOENT, DTDLOAD, DTDATTR or HUGE.
	 * We build no tree, yet libxml2 makes one on an internal general entity
	 * declaration ("for expat compatibility in SAX mode"), even after our
	 * entityDecl stopped the parser: every reply carrying <!ENTITY ...>
	 * leaked it before this was freed. */
	xmlDocPtr doc = NULL;
	if (ctxt_parse(ctxt, xml, (int) len, &doc) < 0 && !d.failed) {
		d.failed = 1;
		snprintf(err->message, sizeof(err->message), "out of memory");
	}
	if (doc) {
		xmlFreeDoc(doc);
	}
	if (!d.failed && !ctxt->wellFormed) {
		d.failed = 1;
		snprintf(err->message, sizeof(err->message), "malformed XML");
	}
	if (!d.failed && !d.seen_data) {
		d.failed = 1;
		snprintf(err->message, sizeof(err->message), "no <body><data_block> in the envelope");
	}
	ctxt_release(ctxt, !d.failed);
	free(d.text);
	return d.failed ? -1 : 0;
}
