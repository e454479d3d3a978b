/*
 * How long each kept connection has sat idle, so that one idle longer than
 * keepalive_idle is retired before a call would reuse it: a server closes
 * a connection once its own keep-alive timeout runs out (Apache after 5 s,
 * nginx after 75 s), and a request sent on it just then may have been
 * read, or not, with no way to tell. No PHP types: part of the HTTP core.
 */
#ifndef WO_HTTP_IDLE_H
#define WO_HTTP_IDLE_H

#include <stddef.h>
#include <curl/curl.h>

/* One socket libcurl opened to a server. */
typedef struct {
	curl_socket_t sock;
	unsigned long serial;       /* tells it from a later socket with the same number */
	int addressed;              /* the addresses below are known */
	char local_ip[64];
	char remote_ip[64];
	long local_port;
	long remote_port;
	unsigned users;             /* transfers sending or reading on it now */
	double idle_since;          /* monotonic seconds; 0: never idle yet */
	const void *cache;          /* the connection cache it was last left in */
	int retired;                /* shut down: libcurl drops it when it looks */
} wo_http_idle_socket;

/* The sockets of one pool's handles, for one process. */
typedef struct {
	wo_http_idle_socket *sockets;
	size_t count;
	size_t size;
	unsigned long serial;
	unsigned long generation;   /* fork generation the sockets belong to */
} wo_http_idle;

/* Monotonic seconds. */
double wo_http_idle_now(void);

/* Forgets the sockets of another fork generation (a parent's): they are
 * not this process's to shut down. */
void wo_http_idle_check_generation(wo_http_idle *idle, unsigned long generation);

void wo_http_idle_free(wo_http_idle *idle);

/* For CURLOPT_SOCKOPTFUNCTION and CURLOPT_CLOSESOCKETFUNCTION, with the
 * registry as their data: every connection socket libcurl opens and
 * closes on the pool's handles passes through them. */
int wo_http_idle_on_open(void *idle, curl_socket_t sock, curlsocktype purpose);
int wo_http_idle_on_close(void *idle, curl_socket_t sock);

/* A transfer is about to send on the connection with these addresses
 * (libcurl's pre-request callback): it is in use from now. Returns the
 * serial to release it with, or 0 when it is not known. */
unsigned long wo_http_idle_claim(wo_http_idle *idle, const char *remote_ip, long remote_port,
                                 const char *local_ip, long local_port);

/* The socket of serial while libcurl keeps it open, or CURL_SOCKET_BAD
 * (0, or closed since). */
curl_socket_t wo_http_idle_socket_of(const wo_http_idle *idle, unsigned long serial);

/* The transfer that claimed serial is over: the connection is idle from
 * now, in cache, unless another transfer is on it. */
void wo_http_idle_release(wo_http_idle *idle, unsigned long serial, const void *cache);

/* Shuts down the connections of cache idle for longer than max_idle
 * seconds, so that libcurl finds them dead instead of reusing them, and
 * opens new ones. A connection in use is never touched. */
void wo_http_idle_retire(wo_http_idle *idle, const void *cache, double max_idle);

#endif
