/*
 * One HTTP POST through libcurl. Every call has both timeouts, verifies TLS
 * unless told not to, speaks only http/https, never follows a redirect and
 * stops reading at the size bound. Failures are classified here, in words
 * that name what failed and never carry the request or the answer.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
#include <pthread.h>
#include <arpa/inet.h>
#include <sys/socket.h>
#include <curl/curl.h>

#include "http.h"
#include "http_internal.h"
#include "version.h"

static size_t on_body(char *data, size_t size, size_t nmemb, void *ud)
{
	body_sink *sink = ud;
	wo_http_response *res = sink->res;
	size_t n = size * nmemb;

	if (n > sink->max - res->body_len) {
		sink->too_large = 1;
		return 0;   /* libcurl aborts the transfer with CURLE_WRITE_ERROR */
	}
	if (res->body_len + n + 1 > sink->cap) {
		size_t cap = sink->cap ? sink->cap : 4096;
		while (cap < res->body_len + n + 1) {
			cap *= 2;
		}
		if (cap > sink->max + 1) {
			cap = sink->max + 1;
		}
		char *p = realloc(res->body, cap);
		if (!p) {
			sink->no_memory = 1;
			return 0;
		}
		res->body = p;
		sink->cap = cap;
	}
	memcpy(res->body + res->body_len, data, n);
	res->body_len += n;
	res->body[res->body_len] = '\0';
	return n;
}

static int host_is_loopback(const char *host)
{
	if (strcasecmp(host, "localhost") == 0 || strcmp(host, "[::1]") == 0 || strcmp(host, "::1") == 0) {
		return 1;
	}
	/* 127.0.0.0/8, written as a dotted quad. */
	struct in_addr ip;
	return inet_pton(AF_INET, host, &ip) == 1 && ((const unsigned char *) &ip)[0] == 127;
}

/* Splits url into scheme and host with libcurl's own parser, so the check
 * below sees the URL exactly as the transfer will. */
static int url_parts(const char *url, char **scheme, char **host)
{
	CURLU *u = curl_url();
	int ok;

	*scheme = *host = NULL;
	if (!u) {
		return 0;
	}
	ok = curl_url_set(u, CURLUPART_URL, url, 0) == CURLUE_OK
		&& curl_url_get(u, CURLUPART_SCHEME, scheme, 0) == CURLUE_OK
		&& curl_url_get(u, CURLUPART_HOST, host, 0) == CURLUE_OK;
	curl_url_cleanup(u);
	if (!ok) {
		curl_free(*scheme);
		curl_free(*host);
		*scheme = *host = NULL;
	}
	return ok;
}

int wo_http_url_is_loopback(const char *url)
{
	char *scheme, *host;
	int loopback;

	if (!url_parts(url, &scheme, &host)) {
		return 0;
	}
	loopback = host_is_loopback(host);
	curl_free(scheme);
	curl_free(host);
	return loopback;
}

static int fail(wo_http_response *res, wo_http_error error, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static int fail(wo_http_response *res, wo_http_error error, const char *fmt, ...)
{
	va_list ap;

	res->error = error;
	va_start(ap, fmt);
	vsnprintf(res->message, sizeof(res->message), fmt, ap);
	va_end(ap);
	return -1;
}

/* Only http and https, with plain http kept to loopback unless allowed:
 * API credentials must not cross a network in the clear by accident. */
int wo_http_check_url(const wo_http_request *req, wo_http_response *res, int *needs_insecure)
{
	char *scheme, *host;
	int rc = 0;

	if (!req->url || !url_parts(req->url, &scheme, &host)) {
		return fail(res, WO_HTTP_ERR_URL, "the URL is not a valid http(s) URL");
	}
	if (strcasecmp(scheme, "https") != 0 && strcasecmp(scheme, "http") != 0) {
		rc = fail(res, WO_HTTP_ERR_URL, "the URL scheme must be http or https, not %s", scheme);
	} else {
		*needs_insecure = strcasecmp(scheme, "http") == 0 && !host_is_loopback(host);
		if (*needs_insecure && !req->allow_insecure_http) {
			rc = fail(res, WO_HTTP_ERR_URL,
				"plain http:// to %s is refused: use https://, or set allow_insecure_http", host);
		}
	}
	curl_free(scheme);
	curl_free(host);
	return rc;
}

static long to_ms(double seconds)
{
	double ms = seconds * 1000.0;
	/* A positive timeout below 1 ms must not become 0, which means none. */
	return ms < 1.0 ? 1 : ms > 2147483647.0 ? 2147483647L : (long) ms;
}

static int classify(CURL *curl, CURLcode rc, const body_sink *sink,
                    const wo_http_request *req, const char *detail, wo_http_response *res)
{
	const char *why = detail[0] ? detail : curl_easy_strerror(rc);

	if (sink->too_large || rc == CURLE_FILESIZE_EXCEEDED) {
		return fail(res, WO_HTTP_ERR_TOO_LARGE,
			"the answer is larger than max_response_size (%zu bytes)", req->max_response_size);
	}
	if (sink->no_memory) {
		return fail(res, WO_HTTP_ERR_OTHER, "out of memory reading the answer");
	}
	switch (rc) {
	case CURLE_COULDNT_RESOLVE_HOST:
	case CURLE_COULDNT_RESOLVE_PROXY:
		return fail(res, WO_HTTP_ERR_RESOLVE, "could not resolve the host: %s", why);
	case CURLE_COULDNT_CONNECT:
		return fail(res, WO_HTTP_ERR_CONNECT, "could not connect: %s", why);
	case CURLE_OPERATION_TIMEDOUT: {
		/* No pre-transfer time means the TCP or TLS set-up never finished. */
		curl_off_t pretransfer = 0;
		curl_easy_getinfo(curl, CURLINFO_PRETRANSFER_TIME_T, &pretransfer);
		if (pretransfer <= 0) {
			/* timeout runs during the set-up too: when it is the shorter
			 * one, it is the one that fired. */
			if (req->timeout < req->connect_timeout) {
				return fail(res, WO_HTTP_ERR_TIMEOUT,
					"timed out after %g s setting up the connection (timeout)", req->timeout);
			}
			return fail(res, WO_HTTP_ERR_TIMEOUT,
				"timed out after %g s setting up the connection (connect_timeout)", req->connect_timeout);
		}
		return fail(res, WO_HTTP_ERR_TIMEOUT, "timed out after %g s waiting for the answer", req->timeout);
	}
	case CURLE_SSL_CONNECT_ERROR:
	case CURLE_PEER_FAILED_VERIFICATION:
	case CURLE_SSL_CERTPROBLEM:
	case CURLE_SSL_CIPHER:
	case CURLE_SSL_CACERT_BADFILE:
	case CURLE_SSL_ISSUER_ERROR:
	case CURLE_SSL_CRL_BADFILE:
	case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
	case CURLE_SSL_INVALIDCERTSTATUS:
	case CURLE_USE_SSL_FAILED:
	case CURLE_SSL_ENGINE_INITFAILED:
		return fail(res, WO_HTTP_ERR_TLS, "TLS failed: %s", why);
	case CURLE_SEND_ERROR:
	case CURLE_RECV_ERROR:
	case CURLE_PARTIAL_FILE:
	case CURLE_GOT_NOTHING:
	case CURLE_WEIRD_SERVER_REPLY:
	case CURLE_BAD_CONTENT_ENCODING:
	case CURLE_HTTP2:
	case CURLE_HTTP2_STREAM:
		return fail(res, WO_HTTP_ERR_IO, "the connection failed mid-answer: %s", why);
	case CURLE_URL_MALFORMAT:
	case CURLE_UNSUPPORTED_PROTOCOL:
		return fail(res, WO_HTTP_ERR_URL, "the URL cannot be used: %s", why);
	default:
		return fail(res, WO_HTTP_ERR_OTHER, "the request failed: %s", why);
	}
}

static struct curl_slist *build_headers(const wo_http_request *req)
{
	struct curl_slist *list = NULL, *next;
	char content_type[128];

	snprintf(content_type, sizeof(content_type), "Content-Type: %s",
		req->content_type ? req->content_type : "application/octet-stream");
	/* "Expect:" stops libcurl waiting for a 100-continue on larger bodies,
	 * a round trip neither API needs. */
	const char *fixed[] = { content_type, "Expect:" };
	for (size_t i = 0; i < 2 + req->header_count; i++) {
		next = curl_slist_append(list, i < 2 ? fixed[i] : req->headers[i - 2]);
		if (!next) {
			curl_slist_free_all(list);
			return NULL;
		}
		list = next;
	}
	return list;
}

static void set_options(CURL *curl, const wo_http_request *req, struct curl_slist *headers,
                        body_sink *sink, char *detail)
{
	curl_easy_setopt(curl, CURLOPT_URL, req->url);
	curl_easy_setopt(curl, CURLOPT_POST, 1L);
	curl_easy_setopt(curl, CURLOPT_POSTFIELDS, req->body ? req->body : "");
	curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t) req->body_len);
	curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
	curl_easy_setopt(curl, CURLOPT_USERAGENT, "whmcs_opensrs/" WO_VERSION);
	/* PHP owns the process's signals; libcurl must not use SIGALRM. */
	curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, to_ms(req->timeout));
	curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, to_ms(req->connect_timeout));
	curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
#if LIBCURL_VERSION_NUM >= 0x075500
	curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(curl, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
#else
	curl_easy_setopt(curl, CURLOPT_PROTOCOLS, (long) (CURLPROTO_HTTP | CURLPROTO_HTTPS));
	curl_easy_setopt(curl, CURLOPT_REDIR_PROTOCOLS, (long) (CURLPROTO_HTTP | CURLPROTO_HTTPS));
#endif
	curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, req->verify_tls ? 1L : 0L);
	curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, req->verify_tls ? 2L : 0L);
	if (req->ca_file && req->ca_file[0]) {
		curl_easy_setopt(curl, CURLOPT_CAINFO, req->ca_file);
	}
	if (req->ca_path && req->ca_path[0]) {
		curl_easy_setopt(curl, CURLOPT_CAPATH, req->ca_path);
	}
	/* OpenSRS answers an address it has not whitelisted without a status
	 * line: accept such an answer so the caller can say what it means. */
	curl_easy_setopt(curl, CURLOPT_HTTP09_ALLOWED, 1L);
	curl_easy_setopt(curl, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t) req->max_response_size);
	curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, on_body);
	curl_easy_setopt(curl, CURLOPT_WRITEDATA, sink);
	curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, detail);
	curl_easy_setopt(curl, CURLOPT_FRESH_CONNECT, req->fresh_connect ? 1L : 0L);
}

int wo_http_transfer_begin(CURL *curl, wo_http_transfer *t, int close_after)
{
	memset(&t->sink, 0, sizeof(t->sink));
	t->sink.res = t->res;
	t->sink.max = t->req->max_response_size;
	t->detail[0] = '\0';
	t->headers = build_headers(t->req);
	if (!t->headers) {
		return fail(t->res, WO_HTTP_ERR_OTHER, "cannot set up libcurl (out of memory)");
	}
	set_options(curl, t->req, t->headers, &t->sink, t->detail);
	curl_easy_setopt(curl, CURLOPT_FORBID_REUSE, close_after ? 1L : 0L);
	return 0;
}

int wo_http_transfer_end(CURL *curl, wo_http_transfer *t, CURLcode rc, long *new_connections)
{
	wo_http_response *res = t->res;
	curl_off_t pretransfer = 0;
	int result = 0;

	if (rc != CURLE_OK) {
		result = classify(curl, rc, &t->sink, t->req, t->detail, res);
	} else {
		curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &res->status);
		if (res->status >= 300 && res->status < 400) {
			char *location = NULL;
			curl_easy_getinfo(curl, CURLINFO_REDIRECT_URL, &location);
			res->location = location ? strdup(location) : NULL;
		}
	}
	/* Before the pre-transfer point nothing of the request went out: the
	 * server cannot have acted on it. */
	curl_easy_getinfo(curl, CURLINFO_PRETRANSFER_TIME_T, &pretransfer);
	res->request_sent = rc == CURLE_OK || pretransfer > 0;
	*new_connections = 0;
	curl_easy_getinfo(curl, CURLINFO_NUM_CONNECTS, new_connections);
	res->reused_connection = rc == CURLE_OK && *new_connections == 0;
	/* The handle may outlive this call: drop its pointers to the transfer,
	 * the header list and the caller's body. */
	curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, NULL);
	curl_easy_setopt(curl, CURLOPT_WRITEDATA, NULL);
	curl_easy_setopt(curl, CURLOPT_HTTPHEADER, NULL);
	curl_easy_setopt(curl, CURLOPT_POSTFIELDS, NULL);
	curl_slist_free_all(t->headers);
	t->headers = NULL;
	return result;
}

/* Runs one POST on curl; tells how many connections it had to open. Every
 * option is set again for each call, so a kept handle carries nothing over
 * but its connections, except CA locations, which the pool resets. */
static int perform(CURL *curl, const wo_http_request *req, wo_http_response *res,
                   long *new_connections, int close_after)
{
	wo_http_transfer t;

	t.req = req;
	t.res = res;
	*new_connections = 0;
	if (wo_http_transfer_begin(curl, &t, close_after) != 0) {
		return -1;
	}
	return wo_http_transfer_end(curl, &t, curl_easy_perform(curl), new_connections);
}

int wo_http_post(const wo_http_request *req, wo_http_response *res)
{
	int needs_insecure;

	memset(res, 0, sizeof(*res));
	if (wo_http_check_url(req, res, &needs_insecure) != 0) {
		return -1;
	}
	CURL *curl = curl_easy_init();
	if (!curl) {
		return fail(res, WO_HTTP_ERR_OTHER, "cannot set up libcurl (out of memory)");
	}
	long new_connections;
	int result = perform(curl, req, res, &new_connections, 1);
	curl_easy_cleanup(curl);
	return result;
}

/* ---- kept connections ---------------------------------------------------- */

/*
 * One easy handle per origin keeps its connection (and TLS session) alive
 * from call to call and, in a PHP-FPM worker, from request to request. The
 * handles, and those of many-call batches (http_multi.c), share one cache
 * of connections, TLS sessions and DNS answers: a batch starts on the
 * connection a single call left open and leaves its own for the next.
 */
#define POOL_SIZE 8

/* Connections whose commands are counted (OpenSRS allows 100 each). */
#define POOL_COUNTED_CONNECTIONS 32

typedef struct {
	CURL *curl;
	char *origin;              /* scheme://host:port */
	char *url;                 /* the URL last checked and used here */
	int url_needs_insecure;    /* plain http to a host that is not loopback */
	unsigned long generation;  /* fork generation that opened it */
	int custom_ca;             /* its last call set CA locations */
	unsigned long last_used;   /* pool clock, for eviction */
} pool_entry;

/* A kept connection, known by its socket while it is open. */
typedef struct {
	curl_socket_t sock;
	unsigned long commands;
} counted_connection;

/*
 * fork() children must not touch their parent's connections. A counter
 * bumped in the child by pthread_atfork() tells, without a getpid() system
 * call per request, whether a handle was opened in this process.
 */
static unsigned long fork_generation;
static pthread_once_t atfork_once = PTHREAD_ONCE_INIT;

static void on_fork_child(void)
{
	fork_generation++;
}

static void register_atfork(void)
{
	pthread_atfork(NULL, NULL, on_fork_child);
}

struct wo_http_pool {
	pool_entry entries[POOL_SIZE];
	unsigned long clock;
	CURLSH *share;
	unsigned long share_generation;
	counted_connection counted[POOL_COUNTED_CONNECTIONS];
	unsigned counted_next;
};

wo_http_pool *wo_http_pool_new(void)
{
	wo_http_pool *pool;

	pthread_once(&atfork_once, register_atfork);
	pool = calloc(1, sizeof(wo_http_pool));
	if (pool) {
		for (int i = 0; i < POOL_COUNTED_CONNECTIONS; i++) {
			pool->counted[i].sock = CURL_SOCKET_BAD;
		}
	}
	return pool;
}

CURLSH *wo_http_pool_share(wo_http_pool *pool)
{
	/* The parent's cache holds the parent's connections: abandoned, as
	 * entry_drop() abandons its handles. */
	if (pool->share && pool->share_generation != fork_generation) {
		pool->share = NULL;
		for (int i = 0; i < POOL_COUNTED_CONNECTIONS; i++) {
			pool->counted[i].sock = CURL_SOCKET_BAD;
		}
	}
	if (!pool->share) {
		CURLSH *share = curl_share_init();
		if (!share) {
			return NULL;
		}
		curl_share_setopt(share, CURLSHOPT_SHARE, CURL_LOCK_DATA_SSL_SESSION);
		curl_share_setopt(share, CURLSHOPT_SHARE, CURL_LOCK_DATA_DNS);
#if LIBCURL_VERSION_NUM >= 0x073900
		curl_share_setopt(share, CURLSHOPT_SHARE, CURL_LOCK_DATA_CONNECT);
#endif
		pool->share = share;
		pool->share_generation = fork_generation;
	}
	return pool->share;
}

/*
 * Counts a command on the connection the transfer on curl used. Once it has
 * carried max (0: no limit), the connection is shut down where it lies in
 * the cache: libcurl finds it dead before it would reuse it, and opens a new
 * one, so the next command never meets the server's refusal.
 */
void wo_http_pool_count_command(wo_http_pool *pool, CURL *curl, long new_connections, unsigned long max)
{
	curl_socket_t sock = CURL_SOCKET_BAD;
	counted_connection *c = NULL;

	if (!max || curl_easy_getinfo(curl, CURLINFO_ACTIVESOCKET, &sock) != CURLE_OK || sock == CURL_SOCKET_BAD) {
		return;   /* no limit, or the connection is closed already */
	}
	for (int i = 0; i < POOL_COUNTED_CONNECTIONS && !c; i++) {
		if (pool->counted[i].sock == sock) {
			c = &pool->counted[i];
		}
	}
	if (!c || new_connections > 0) {
		/* A socket number is reused once its connection closed: a new
		 * connection starts at its first command, wherever it is kept. */
		if (!c) {
			c = &pool->counted[pool->counted_next++ % POOL_COUNTED_CONNECTIONS];
		}
		c->sock = sock;
		c->commands = 0;
	}
	if (++c->commands >= max) {
		shutdown(sock, SHUT_RDWR);
		c->sock = CURL_SOCKET_BAD;
	}
}

static void entry_drop(pool_entry *e)
{
	/* A child of fork() shares its parent's sockets and TLS state: closing
	 * them here would send a TLS close_notify on the parent's connection.
	 * Abandon the handle instead; the child only loses a little memory. */
	if (e->curl && e->generation == fork_generation) {
		curl_easy_cleanup(e->curl);
	}
	free(e->origin);
	free(e->url);
	memset(e, 0, sizeof(*e));
}

void wo_http_pool_free(wo_http_pool *pool)
{
	if (!pool) {
		return;
	}
	for (int i = 0; i < POOL_SIZE; i++) {
		entry_drop(&pool->entries[i]);
	}
	/* After the handles that use it; it closes the connections it keeps. */
	if (pool->share && pool->share_generation == fork_generation) {
		curl_share_cleanup(pool->share);
	}
	free(pool);
}

char *wo_http_origin_of(const char *url)
{
	CURLU *u = curl_url();
	char *scheme = NULL, *host = NULL, *port = NULL, *origin = NULL;

	if (u && curl_url_set(u, CURLUPART_URL, url, 0) == CURLUE_OK
			&& curl_url_get(u, CURLUPART_SCHEME, &scheme, 0) == CURLUE_OK
			&& curl_url_get(u, CURLUPART_HOST, &host, 0) == CURLUE_OK
			&& curl_url_get(u, CURLUPART_PORT, &port, CURLU_DEFAULT_PORT) == CURLUE_OK) {
		size_t n = strlen(scheme) + strlen(host) + strlen(port) + 5;
		origin = malloc(n);
		if (origin) {
			snprintf(origin, n, "%s://%s:%s", scheme, host, port);
		}
	}
	curl_free(scheme);
	curl_free(host);
	curl_free(port);
	curl_url_cleanup(u);
	return origin;
}

static pool_entry *pool_entry_for(wo_http_pool *pool, const char *origin)
{
	pool_entry *free_slot = NULL, *oldest = NULL;

	for (int i = 0; i < POOL_SIZE; i++) {
		pool_entry *e = &pool->entries[i];
		if (e->curl && e->generation != fork_generation) {
			entry_drop(e);
		}
		if (!e->curl) {
			free_slot = free_slot ? free_slot : e;
			continue;
		}
		if (strcmp(e->origin, origin) == 0) {
			return e;
		}
		if (!oldest || e->last_used < oldest->last_used) {
			oldest = e;
		}
	}
	pool_entry *e = free_slot ? free_slot : oldest;
	if (!free_slot) {
		entry_drop(e);
	}
	CURLSH *share = wo_http_pool_share(pool);
	e->curl = curl_easy_init();
	e->origin = strdup(origin);
	if (!e->curl || !e->origin) {
		entry_drop(e);
		return NULL;
	}
	if (share) {
		curl_easy_setopt(e->curl, CURLOPT_SHARE, share);
	}
	e->generation = fork_generation;
	return e;
}

/* The entry that last served exactly this URL, in this process. */
static pool_entry *pool_entry_by_url(wo_http_pool *pool, const char *url)
{
	for (int i = 0; i < POOL_SIZE; i++) {
		pool_entry *e = &pool->entries[i];
		if (e->curl && e->url && e->generation == fork_generation && strcmp(e->url, url) == 0) {
			return e;
		}
	}
	return NULL;
}

int wo_http_pool_post(wo_http_pool *pool, const wo_http_request *req, wo_http_response *res)
{
	memset(res, 0, sizeof(*res));

	/* A hook calls the same URL again and again: parse and check it once. */
	pool_entry *e = req->url ? pool_entry_by_url(pool, req->url) : NULL;
	if (!e || (e->url_needs_insecure && !req->allow_insecure_http)) {
		int needs_insecure;
		if (wo_http_check_url(req, res, &needs_insecure) != 0) {
			return -1;
		}
		char *origin = wo_http_origin_of(req->url);
		e = origin ? pool_entry_for(pool, origin) : NULL;
		free(origin);
		char *url = e ? strdup(req->url) : NULL;
		if (!url) {
			return fail(res, WO_HTTP_ERR_OTHER, "cannot set up libcurl (out of memory)");
		}
		free(e->url);
		e->url = url;
		e->url_needs_insecure = needs_insecure;
	}

	e->last_used = ++pool->clock;
	/* CA locations have no "unset" value: back to libcurl's defaults by a
	 * reset, which keeps live connections and TLS sessions (and forgets the
	 * share, set again). */
	int custom_ca = (req->ca_file && req->ca_file[0]) || (req->ca_path && req->ca_path[0]);
	if (e->custom_ca && !custom_ca) {
		curl_easy_reset(e->curl);
		if (pool->share) {
			curl_easy_setopt(e->curl, CURLOPT_SHARE, pool->share);
		}
	}
	e->custom_ca = custom_ca;
	long new_connections;
	int result = perform(e->curl, req, res, &new_connections, 0);
	/* OpenSRS closes a connection after a fixed number of commands: it is
	 * closed here after the last one it allows, so that the next call opens
	 * a new connection instead of being refused. */
	wo_http_pool_count_command(pool, e->curl, new_connections, req->max_requests_per_connection);
	return result;
}

void wo_http_response_free(wo_http_response *res)
{
	free(res->body);
	free(res->location);
	res->body = res->location = NULL;
	res->body_len = 0;
}
