/*
 * One HTTP POST through libcurl, shared by the WHMCS and OpenSRS calls.
 * No PHP types: the binding (transport.c) turns failures into exceptions.
 */
#ifndef WO_HTTP_H
#define WO_HTTP_H

#include <stddef.h>

/* Which address family a call connects over: allow lists name one. */
typedef enum {
	WO_HTTP_IP_ANY = 0,
	WO_HTTP_IP_V4,
	WO_HTTP_IP_V6
} wo_http_ip_resolve;

typedef struct {
	const char *url;
	const char *body;
	size_t body_len;
	const char *content_type;       /* e.g. "text/xml"; NULL: libcurl's
	                                   for a POST body,
	                                   application/x-www-form-urlencoded */
	const char *const *headers;     /* further "Name: value" lines */
	size_t header_count;
	double timeout;                 /* seconds, whole transfer; > 0 */
	double connect_timeout;         /* seconds; > 0 */
	int verify_tls;                 /* peer and host name */
	const char *ca_file;            /* NULL or "": the system's store */
	const char *ca_path;
	const char *proxy;              /* a proxy URL; NULL or "": none, and the
	                                   environment's *_proxy are ignored */
	wo_http_ip_resolve ip_resolve;
	size_t max_response_size;       /* bytes of body */
	int allow_insecure_http;        /* plain http:// to a non-loopback host */
	unsigned long max_requests_per_connection;  /* 0: no limit (pooled calls) */
	int fresh_connect;              /* do not reuse a kept connection */
	double keepalive_idle;          /* seconds a kept connection may sit idle
	                                   and still be reused; > 0 */
} wo_http_request;

typedef enum {
	WO_HTTP_OK = 0,
	WO_HTTP_ERR_URL,          /* malformed, not http(s), or insecure http refused */
	WO_HTTP_ERR_RESOLVE,
	WO_HTTP_ERR_CONNECT,
	WO_HTTP_ERR_TLS,
	WO_HTTP_ERR_TIMEOUT,
	WO_HTTP_ERR_TOO_LARGE,
	WO_HTTP_ERR_IO,           /* reset, truncated, bad framing */
	WO_HTTP_ERR_OTHER
} wo_http_error;

typedef struct {
	wo_http_error error;
	char message[256];        /* what failed; never holds the body or a header */
	long status;              /* 0 when the server sent no status line */
	char *body;               /* malloc'ed, NUL-terminated; NULL when empty */
	size_t body_len;
	char *location;           /* Location header of a 3xx, malloc'ed, or NULL */
	int reused_connection;    /* answered on a connection an earlier call opened */
	int request_sent;         /* some of the request may have reached the
	                             server ("possibly sent"): it may have been
	                             acted on, and is never sent again. 0: none of
	                             it was handed to the connection */
	char local_ip[64];        /* address the answer's connection left from
	                             (the proxy's when there is one), or "" */
	int origin_fault;         /* the failure is the route's, not the caller's:
	                             no name, no connection, a TLS handshake that
	                             failed, a timeout, a connection that broke
	                             before the whole answer (circuit breaker) */
} wo_http_response;

/* Returns 0 when an answer arrived (any status), -1 otherwise (res->error,
 * res->message). Always release res with wo_http_response_free(). */
int wo_http_post(const wo_http_request *req, wo_http_response *res);
void wo_http_response_free(wo_http_response *res);

/* Kept connections: one libcurl handle per origin, for the life of the
 * process (or thread). Not shared across fork(): a child opens its own. */
typedef struct wo_http_pool wo_http_pool;

wo_http_pool *wo_http_pool_new(void);
void wo_http_pool_free(wo_http_pool *pool);
/* As wo_http_post(), on the pool's handle for the URL's origin. */
int wo_http_pool_post(wo_http_pool *pool, const wo_http_request *req, wo_http_response *res);

/* Whether proxy is a URL libcurl takes for a proxy: http, https, socks4,
 * socks4a, socks5 or socks5h, and a host. */
int wo_http_proxy_is_valid(const char *proxy);

/* The proxy as a message or phpinfo() may show it: scheme://host:port,
 * without the user name and password it may carry. */
void wo_http_proxy_display(const char *proxy, char *out, size_t size);

/* Whether url reads the same to libcurl and to a person: libcurl takes it
 * (any scheme when any_scheme, else those it speaks), and no '@' follows
 * its authority, as one would where a user name or password holds a raw
 * '/', '?' or '#'. */
int wo_http_url_parses(const char *url, int any_scheme);

/* url without user, password and login options, malloc'ed (free() it), as
 * a log or phpinfo() may show it: as libcurl writes it back, or, when it
 * does not parse (wo_http_url_parses()), less everything from "//" to its
 * last '@'. NULL when out of memory. */
char *wo_http_url_without_userinfo(const char *url);

/*
 * The route of req, as the circuit breaker and health() name it: the URL's
 * scheme://host:port, then " via " and the proxy's scheme://host:port when
 * there is one (never a user name or password). 0, or -1 when the URL
 * cannot be read or the route does not fit in size.
 */
int wo_http_route(const wo_http_request *req, char *out, size_t size);

/* How many of pool's kept handles (NULL: none) for route hold an open
 * connection now. */
unsigned wo_http_pool_open_connections(wo_http_pool *pool, const char *route);

/* ---- many requests at once (http_multi.c) -------------------------------- */

/* What the caller decides once an attempt of a batch's request has ended. */
typedef struct {
	int again;             /* send the request once more */
	double delay;          /* seconds to wait before that */
	double timeout;        /* seconds the next attempt may take (> 0) */
	int fresh_connect;     /* on a new connection */
	int fewer_at_once;     /* the server has too many of our connections at
	                          once: lower the concurrency for its origin */
} wo_http_verdict;

/*
 * Called at the end of each attempt, in the order they end. rc and res are
 * what wo_http_post() gives; res belongs to the batch, but the callback may
 * take res->body (and set it to NULL). attempt counts from 1; elapsed is
 * the seconds since the request's first attempt started. The verdict comes
 * zeroed: a request is finished unless the callback asks again.
 */
typedef void (*wo_http_batch_callback)(void *ud, size_t index, int rc, wo_http_response *res,
                                      unsigned attempt, double elapsed, wo_http_verdict *verdict);

/*
 * Sends reqs[0..n) (each may differ) with libcurl's multi interface: at most
 * concurrency transfers in flight per origin, each timed by its own timeout
 * from when it starts (waiting for a turn is not timed).
 * max_requests_per_connection and fresh_connect work as for single calls.
 * pool: the kept connections to start from and leave to; NULL: none kept
 * after the batch. Returns 0 once every request is finished, or -1 when the
 * batch could not be set up (out of memory; then no callback ran).
 */
int wo_http_batch(wo_http_pool *pool, const wo_http_request *reqs, size_t n, unsigned concurrency,
                  wo_http_batch_callback done, void *ud);

/* What a batch's gate says of an attempt about to start. */
typedef enum {
	WO_HTTP_GATE_START,    /* it starts */
	WO_HTTP_GATE_WAIT,     /* it waits its turn again (something else running
	                          decides); the gate is asked again later */
	WO_HTTP_GATE_FINISHED  /* the request is over without it: the gate gave
	                          it its outcome, and the callback is not called */
} wo_http_gate;

typedef wo_http_gate (*wo_http_batch_gate)(void *ud, size_t index);

/* As wo_http_batch(), with gate (may be NULL) asked before each attempt
 * starts, first and again alike. */
int wo_http_batch_gated(wo_http_pool *pool, const wo_http_request *reqs, size_t n, unsigned concurrency,
                        wo_http_batch_gate gate, wo_http_batch_callback done, void *ud);

#endif
