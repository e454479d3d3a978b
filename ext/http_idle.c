/*
 * Idle time of kept connections (see http_idle.h). libcurl retires a
 * connection by its own idle limit (CURLOPT_MAXAGE_CONN) only in whole
 * seconds, and newer versions read the same setting differently (idle
 * "more than N s" against "N s or more", 0 meaning "any" against "none"),
 * so the pool keeps the time itself: it sees every connection socket open
 * and close through libcurl's socket callbacks, marks one in use from the
 * moment a transfer is about to send on it (the pre-request callback) to
 * the end of that transfer, and shuts down, before a call starts, those
 * idle for too long. libcurl then finds them dead and connects anew.
 *
 * Only sockets libcurl handed over are ever shut down: a socket number
 * PHP reuses for a file or a database connection after libcurl closed its
 * socket is never in the registry.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include "http_idle.h"

double wo_http_idle_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double) ts.tv_sec + (double) ts.tv_nsec / 1e9;
}

void wo_http_idle_check_generation(wo_http_idle *idle, unsigned long generation)
{
	if (idle->generation != generation) {
		idle->count = 0;
		idle->generation = generation;
	}
}

void wo_http_idle_free(wo_http_idle *idle)
{
	free(idle->sockets);
	memset(idle, 0, sizeof(*idle));
}

int wo_http_idle_on_open(void *data, curl_socket_t sock, curlsocktype purpose)
{
	wo_http_idle *idle = data;
	wo_http_idle_socket *s;

	if (purpose != CURLSOCKTYPE_IPCXN) {
		return CURL_SOCKOPT_OK;
	}
	if (idle->count == idle->size) {
		size_t size = idle->size ? idle->size * 2 : 8;
		wo_http_idle_socket *sockets = realloc(idle->sockets, size * sizeof(*sockets));
		if (!sockets) {
			/* Not in the registry: never retired by age, only by libcurl's
			 * own limit. The transfer goes on. */
			return CURL_SOCKOPT_OK;
		}
		idle->sockets = sockets;
		idle->size = size;
	}
	s = &idle->sockets[idle->count++];
	memset(s, 0, sizeof(*s));
	s->sock = sock;
	s->serial = ++idle->serial;
	return CURL_SOCKOPT_OK;
}

int wo_http_idle_on_close(void *data, curl_socket_t sock)
{
	wo_http_idle *idle = data;

	for (size_t i = 0; i < idle->count; i++) {
		if (idle->sockets[i].sock == sock) {
			idle->sockets[i] = idle->sockets[--idle->count];
			break;
		}
	}
	return close(sock);
}

/* addr as text and port, for comparing with what libcurl reports. */
static int address_of(const struct sockaddr_storage *addr, char *ip, size_t size, long *port)
{
	if (addr->ss_family == AF_INET) {
		const struct sockaddr_in *in = (const struct sockaddr_in *) addr;
		*port = ntohs(in->sin_port);
		return inet_ntop(AF_INET, &in->sin_addr, ip, (socklen_t) size) != NULL;
	}
	if (addr->ss_family == AF_INET6) {
		const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *) addr;
		*port = ntohs(in6->sin6_port);
		return inet_ntop(AF_INET6, &in6->sin6_addr, ip, (socklen_t) size) != NULL;
	}
	return 0;
}

/* Reads the socket's two ends once it is connected; they do not change
 * while the socket lives. */
static int learn_addresses(wo_http_idle_socket *s)
{
	struct sockaddr_storage local, remote;
	socklen_t local_len = sizeof(local), remote_len = sizeof(remote);

	if (!s->addressed && getsockname(s->sock, (struct sockaddr *) &local, &local_len) == 0
	    && getpeername(s->sock, (struct sockaddr *) &remote, &remote_len) == 0
	    && address_of(&local, s->local_ip, sizeof(s->local_ip), &s->local_port)
	    && address_of(&remote, s->remote_ip, sizeof(s->remote_ip), &s->remote_port)) {
		s->addressed = 1;
	}
	return s->addressed;
}

/* Whether two spellings of an address are the same address: libcurl
 * writes them with its own inet_ntop(). One that does not parse (an IPv6
 * zone) counts as the same, the ports deciding. */
static int same_ip(const char *a, const char *b)
{
	unsigned char x[16], y[16];

	if (strcmp(a, b) == 0) {
		return 1;
	}
	if (inet_pton(AF_INET, a, x) == 1 && inet_pton(AF_INET, b, y) == 1) {
		return memcmp(x, y, 4) == 0;
	}
	if (inet_pton(AF_INET6, a, x) == 1 && inet_pton(AF_INET6, b, y) == 1) {
		return memcmp(x, y, 16) == 0;
	}
	return 1;
}

unsigned long wo_http_idle_claim(wo_http_idle *idle, const char *remote_ip, long remote_port,
                                 const char *local_ip, long local_port)
{
	for (size_t i = 0; i < idle->count; i++) {
		wo_http_idle_socket *s = &idle->sockets[i];
		if (learn_addresses(s) && s->local_port == local_port && s->remote_port == remote_port
		    && same_ip(s->local_ip, local_ip ? local_ip : "") && same_ip(s->remote_ip, remote_ip ? remote_ip : "")) {
			s->users++;
			s->idle_since = 0;
			return s->serial;
		}
	}
	return 0;
}

curl_socket_t wo_http_idle_socket_of(const wo_http_idle *idle, unsigned long serial)
{
	for (size_t i = 0; serial && i < idle->count; i++) {
		if (idle->sockets[i].serial == serial) {
			return idle->sockets[i].sock;
		}
	}
	return CURL_SOCKET_BAD;
}

void wo_http_idle_release(wo_http_idle *idle, unsigned long serial, const void *cache)
{
	for (size_t i = 0; serial && i < idle->count; i++) {
		wo_http_idle_socket *s = &idle->sockets[i];
		if (s->serial == serial) {
			if (s->users && --s->users == 0) {
				s->idle_since = wo_http_idle_now();
				s->cache = cache;
			}
			return;
		}
	}
}

void wo_http_idle_retire(wo_http_idle *idle, const void *cache, double max_idle)
{
	double now = wo_http_idle_now();

	for (size_t i = 0; i < idle->count; i++) {
		wo_http_idle_socket *s = &idle->sockets[i];
		if (!s->retired && !s->users && s->idle_since > 0 && s->cache == cache
		    && now - s->idle_since > max_idle) {
			shutdown(s->sock, SHUT_RDWR);
			s->retired = 1;
		}
	}
}
