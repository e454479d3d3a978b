/*
 * The breaker's shared table on its own (tests/breaker_table.phpt): what
 * PHP cannot reach or time from a script. A process that dies holding the
 * lock, or making the trial; routes kept apart per user; a full table; a
 * route too long to keep; a trial's lease; a report about a slot another
 * route has taken since. Prints one line per check.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

/* The table's statics (the lock) are part of what is tested. */
#include "../../ext/breaker.c"

static const wo_breaker_rules rules = { 3, 600.0, 600.0, 1 };

static void fail_n(const char *route, uint32_t uid, int n)
{
	for (int i = 0; i < n; i++) {
		wo_breaker_ticket t;
		if (wo_breaker_admit(route, uid, &rules, &t, NULL)) {
			wo_breaker_report(&t, &rules, WO_BREAKER_FAULT, "TransportException", "could not connect");
		}
	}
}

static int admitted(const char *route, uint32_t uid, const wo_breaker_rules *r)
{
	wo_breaker_ticket t;
	int ok = wo_breaker_admit(route, uid, r, &t, NULL);

	if (ok) {
		wo_breaker_report(&t, r, WO_BREAKER_NEITHER, NULL, NULL);
	}
	return ok;
}

static void in_child(void (*what)(void))
{
	pid_t pid = fork();
	int status;

	if (pid == 0) {
		what();
		_exit(0);
	}
	waitpid(pid, &status, 0);
}

static void die_holding_lock(void)
{
	lock_table();
}

static void die_making_trial(void)
{
	wo_breaker_rules quick = rules;
	wo_breaker_ticket t;

	quick.cooldown = 0.001;
	wo_breaker_admit("https://trial.example:443", 1000, &quick, &t, NULL);
	printf("child: trial taken: %s\n", t.trial ? "yes" : "no");
}

static size_t routes_of(uint32_t uid)
{
	static wo_breaker_view views[WO_BREAKER_SLOTS];

	return wo_breaker_list(uid, &rules, views, WO_BREAKER_SLOTS);
}

int main(void)
{
	char route[WO_BREAKER_ROUTE_MAX + 16];
	wo_breaker_ticket t;
	wo_breaker_view why;

	/* Children print too: nothing may be left in a buffer at fork(). */
	setvbuf(stdout, NULL, _IONBF, 0);
	if (wo_breaker_startup() != 0) {
		puts("no shared memory");
		return 1;
	}

	/* A process killed while it held the lock (for a few instructions). */
	in_child(die_holding_lock);
	fail_n("https://a.example:443", 1000, 3);
	printf("lock holder died: table usable %s, route open %s\n", wo_breaker_available() ? "yes" : "no",
		admitted("https://a.example:443", 1000, &rules) ? "no" : "yes");

	/* Another user's processes do not share it. */
	printf("same route, other user: %s", admitted("https://a.example:443", 1001, &rules) ? "admitted" : "refused");
	printf(", routes listed for it: %zu\n", routes_of(1001));

	/* Refused: why says so. */
	wo_breaker_admit("https://a.example:443", 1000, &rules, &t, &why);
	printf("refusal: %s, %u failures, last %s: %s\n", why.route, why.failures, why.last_failure_class,
		why.last_failure_message);

	/* A trial whose process died: the next caller takes it over at once. */
	fail_n("https://trial.example:443", 1000, 3);
	usleep(2000);
	in_child(die_making_trial);
	{
		wo_breaker_rules quick = rules;
		quick.cooldown = 0.001;
		wo_breaker_admit("https://trial.example:443", 1000, &quick, &t, NULL);
		printf("trial of a dead process taken over: %s\n", t.trial ? "yes" : "no");
		/* One at a time: a second caller is refused while it runs. */
		printf("second caller meanwhile: %s\n", admitted("https://trial.example:443", 1000, &quick) ? "admitted" : "refused");
		wo_breaker_report(&t, &quick, WO_BREAKER_ANSWERED, NULL, NULL);
		printf("after its answer: %s\n", admitted("https://trial.example:443", 1000, &rules) ? "closed" : "open");
	}

	/* A trial that outlives its lease (a hung process): another may go. */
	{
		wo_breaker_rules quick = rules;
		wo_breaker_ticket first, second;
		quick.cooldown = 0.001;
		quick.trial_lease = 0.05;
		fail_n("https://lease.example:443", 1000, 3);
		usleep(2000);
		wo_breaker_admit("https://lease.example:443", 1000, &quick, &first, NULL);
		usleep(100000);
		wo_breaker_admit("https://lease.example:443", 1000, &quick, &second, NULL);
		printf("lease over: second trial %s\n", second.trial && second.trial != first.trial ? "taken" : "not taken");
	}

	/* A route too long to keep goes through untracked. */
	memset(route, 'x', sizeof(route) - 1);
	route[sizeof(route) - 1] = '\0';
	memcpy(route, "https://", 8);
	wo_breaker_admit(route, 1000, &rules, &t, NULL);
	printf("route of %zu bytes: %s\n", strlen(route), t.slot < 0 ? "untracked" : "tracked");

	/* A full table: a new route takes the slot of the healthy route used
	 * least recently, never that of a failing one; when every route is
	 * failing it goes through untracked. 4 slots are in use: 2 failing
	 * (a, lease), 2 healthy. */
	for (int i = 0; i < WO_BREAKER_SLOTS; i++) {
		snprintf(route, sizeof(route), "https://h%d.example:443", i);
		if (wo_breaker_admit(route, 2000, &rules, &t, NULL)) {
			wo_breaker_report(&t, &rules, WO_BREAKER_ANSWERED, NULL, NULL);
		}
	}
	printf("64 healthy routes more: %zu of them kept, and the %zu failing ones\n", routes_of(2000), routes_of(1000));

	/* A ticket whose slot goes to another route before its report: the
	 * report is dropped, not put on the new route. */
	{
		wo_breaker_ticket stale;
		wo_breaker_admit("https://h2.example:443", 2000, &rules, &stale, NULL);
		for (int i = 0; i < 62; i++) {
			snprintf(route, sizeof(route), "https://n%d.example:443", i);
			admitted(route, 2000, &rules);
		}
		wo_breaker_report(&stale, &rules, WO_BREAKER_FAULT, "TransportException", "stale");
		static wo_breaker_view views[WO_BREAKER_SLOTS];
		size_t n = wo_breaker_list(2000, &rules, views, WO_BREAKER_SLOTS), failures = 0, h2 = 0;
		for (size_t i = 0; i < n; i++) {
			failures += views[i].failures;
			h2 += strcmp(views[i].route, "https://h2.example:443") == 0;
		}
		printf("stale report: h2 kept %zu, failures recorded %zu\n", h2, failures);
	}

	for (int i = 0; i < 62; i++) {
		snprintf(route, sizeof(route), "https://f%d.example:443", i);
		fail_n(route, 3000, 1);
	}
	printf("62 failing routes more: %zu healthy left\n", routes_of(2000));
	wo_breaker_admit("https://one-more.example:443", 3000, &rules, &t, NULL);
	printf("every slot failing: a new route %s\n", t.slot < 0 ? "goes through untracked" : "took a slot");
	wo_breaker_shutdown();
	return 0;
}
