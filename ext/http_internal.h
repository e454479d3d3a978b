/*
 * What http.c shares with http_multi.c: one transfer's set-up and reading,
 * the URL check and the kept connections' cache. Not for the rest of the
 * extension, which sees only http.h.
 */
#ifndef WO_HTTP_INTERNAL_H
#define WO_HTTP_INTERNAL_H

#include <curl/curl.h>

#include "http.h"
#include "http_idle.h"

typedef struct {
	wo_http_response *res;
	size_t max;
	size_t cap;
	int too_large;
	int no_memory;
} body_sink;

/*
 * One POST on an easy handle: what must live from its start to its end.
 * The caller sets req, res, idle and cache, and handle_set or leaves it 0;
 * wo_http_transfer_begin() the rest.
 */
typedef struct {
	const wo_http_request *req;
	wo_http_response *res;       /* zeroed by the caller */
	wo_http_idle *idle;          /* the pool's sockets, or NULL: none kept */
	const void *cache;           /* the connection cache the handle uses */
	int handle_set;              /* the handle has the options every call it
	                              * serves shares (a kept handle's second
	                              * call); 0: all are set */
	CURL *curl;
	body_sink sink;
	struct curl_slist *headers;
	char detail[CURL_ERROR_SIZE];
	size_t body_offset;          /* bytes of the body handed to libcurl */
	int has_prereq;              /* libcurl calls the pre-request callback */
	unsigned requests;           /* times libcurl was about to send it */
	long sent_base;              /* CURLINFO_REQUEST_SIZE when it last was */
	int sent;                    /* some of it may have reached the server */
	int resend_refused;          /* libcurl was about to send it again */
	int headers_ended;           /* the last header line was the blank one */
	unsigned long claim;         /* its connection in idle, 0: none */
	curl_socket_t sock;          /* after it: the socket it was sent on
	                              * while libcurl keeps it open (from
	                              * idle), else CURL_SOCKET_BAD */
	/* A kept transfer lives as long as its handle (a pool entry's): the
	 * callbacks' data point at it from the handle's first call on, and a
	 * call sets only the options whose value differs from those the
	 * handle was given last (given). The caller sets kept, and zeroes
	 * given with the rest before the handle's first call. */
	int kept;
	struct {
		int valid;               /* the values below are the handle's */
		char *url;               /* malloc'ed; free it with the handle */
		long timeout_ms;
		long connect_timeout_ms;
		curl_off_t max_size;
		long fresh_connect;
		long forbid_reuse;
		long max_age;
	} given;
} wo_http_transfer;

/* Sets the options of t->req on curl (close_after: the connection is not
 * kept): all of them, but for a kept transfer whose handle has them.
 * -1 with t->res set when that fails. */
/* NULL and "" alike: both mean "not set". */
int wo_http_same_setting(const char *a, const char *b);

/* Whether a handle whose options were set for request a serves b as it is
 * (the options set once per handle: TLS, CA, proxy, address family). */
int wo_http_handle_options_alike(const wo_http_request *a, const wo_http_request *b);

int wo_http_transfer_begin(CURL *curl, wo_http_transfer *t, int close_after);

/* Reads the outcome rc of the transfer into t->res (status, Location,
 * whether the request went out, whether its connection was reused) and
 * drops the handle's pointers into t. 0 when an answer arrived. */
int wo_http_transfer_end(CURL *curl, wo_http_transfer *t, CURLcode rc, long *new_connections);

/* Only http and https, plain http kept to loopback unless allowed. */
int wo_http_check_url(const wo_http_request *req, wo_http_response *res, int *needs_insecure);

/* CA locations that exist and can be read, before anything is sent. */
int wo_http_check_ca(const wo_http_request *req, wo_http_response *res);

/* scheme://host:port of url, malloc'ed; NULL when it cannot be read.
 * flags: 0, or CURLU_NON_SUPPORT_SCHEME for a proxy URL. */
char *wo_http_origin_of(const char *url, unsigned int flags);

/* The cache of connections, TLS sessions and DNS answers of the kept
 * handle for req's origin and settings, for a batch's handles; NULL when
 * there is none. Give it back once the batch is over: until then it stays. */
CURLSH *wo_http_pool_share_take(wo_http_pool *pool, const wo_http_request *req);
void wo_http_pool_share_give_back(wo_http_pool *pool, CURLSH *share);

/* After a transfer on curl: counts its command on its connection (sock,
 * or CURL_SOCKET_BAD to ask libcurl which), and retires the connection
 * once it carried max (0: no limit): at once, or after the transfer taker
 * (not NULL) that is on it already. */
void wo_http_pool_count_command(wo_http_pool *pool, CURL *curl, curl_socket_t sock, long new_connections,
                                unsigned long max, CURL *taker);

/* The pool's record of its sockets' idle time, for this process. */
wo_http_idle *wo_http_pool_idle(wo_http_pool *pool);

#endif
