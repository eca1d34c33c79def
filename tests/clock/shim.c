/*
 * shim.c: an LD_PRELOAD library that stops the wall clock, for the tests
 * (tests/lib.sh's clock_at, tests/clock/).  Built as build/clock-shim.so,
 * never installed: the commands read only the system clock, and a test
 * sets that clock from outside.
 *
 *	EMP_TEST_NOW=YYYY-MM-DDTHH:MM:SS[.FRACTION]Z
 *
 * With EMP_TEST_NOW in the environment, clock_gettime() of CLOCK_REALTIME
 * and CLOCK_REALTIME_COARSE, timespec_get(TIME_UTC), time() and
 * gettimeofday() return that instant, always the same (the clock does not
 * advance); the other clocks (CLOCK_MONOTONIC, the CPU clocks, ...) are the
 * real ones (dlsym(RTLD_NEXT)).  Without it every call goes to the real
 * clock.  The time is UTC ('Z' required), seconds 00-59, a FRACTION of 1
 * to 9 digits; anything else makes the first call print one line
 * "clock shim: invalid EMP_TEST_NOW 'TEXT'" on stderr and _exit(2).
 *
 * Under AddressSanitizer the ASan runtime must come first in LD_PRELOAD;
 * its interceptors of these functions then call through to this shim
 * (which is built without sanitizers for that reason).  Self-contained:
 * no emp code, so that it does not depend on what it helps to test.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

static int	(*real_clock_gettime)(clockid_t, struct timespec *);
static int	(*real_gettimeofday)(struct timeval *, void *);
static time_t	(*real_time)(time_t *);
static int	(*real_timespec_get)(struct timespec *, int);

static pthread_once_t once = PTHREAD_ONCE_INIT;
static int fixed;		/* EMP_TEST_NOW is set (and valid) */
static struct timespec now;

/* POSIX's way to a function pointer from dlsym() (ISO C has none) */
#define SYM(var, name)	(*(void **)&(var) = dlsym(RTLD_NEXT, (name)))

/* The digits s[0..n-1] as a number, or -1 if one is not a digit. */
static long
digits(const char *s, int n)
{
	long v = 0;
	int i;

	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

/* Days from 1970-01-01 to y-m-d of the proleptic Gregorian calendar. */
static long
days_from_civil(long y, long m, long d)
{
	long era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

/* Parses s into *ts; returns 0, or -1 if s is not a time this shim takes. */
static int
parse(const char *s, struct timespec *ts)
{
	static const int mdays[12] = {
		31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
	};
	long y, mo, d, h, mi, sec, ns = 0, mlen;
	int n;

	if (strlen(s) < 20 || s[4] != '-' || s[7] != '-' || s[10] != 'T' ||
	    s[13] != ':' || s[16] != ':')
		return -1;
	y = digits(s, 4);
	mo = digits(s + 5, 2);
	d = digits(s + 8, 2);
	h = digits(s + 11, 2);
	mi = digits(s + 14, 2);
	sec = digits(s + 17, 2);
	if (y < 1 || mo < 1 || mo > 12 || d < 1 || h < 0 || h > 23 ||
	    mi < 0 || mi > 59 || sec < 0 || sec > 59)
		return -1;
	mlen = mdays[mo - 1] + (mo == 2 && y % 4 == 0 &&
	    (y % 100 != 0 || y % 400 == 0));
	if (d > mlen)
		return -1;
	s += 19;
	if (*s == '.') {
		for (n = 0, s++; s[n] >= '0' && s[n] <= '9'; n++)
			if (n < 9)
				ns = ns * 10 + (s[n] - '0');
		if (n < 1 || n > 9)
			return -1;
		for (s += n; n < 9; n++)
			ns *= 10;
	}
	if (strcmp(s, "Z") != 0)
		return -1;
	ts->tv_sec = (time_t)(days_from_civil(y, mo, d) * 86400 +
	    h * 3600 + mi * 60 + sec);
	ts->tv_nsec = ns;
	return 0;
}

static void
invalid(const char *env)
{
	static const char p[] = "clock shim: invalid EMP_TEST_NOW '";

	(void)!write(2, p, sizeof(p) - 1);
	(void)!write(2, env, strlen(env));
	(void)!write(2, "'\n", 2);
	_exit(2);
}

static void
init(void)
{
	const char *env;

	SYM(real_clock_gettime, "clock_gettime");
	SYM(real_gettimeofday, "gettimeofday");
	SYM(real_time, "time");
	SYM(real_timespec_get, "timespec_get");
	if ((env = getenv("EMP_TEST_NOW")) == NULL)
		return;
	if (parse(env, &now) == -1)
		invalid(env);
	fixed = 1;
}

int
clock_gettime(clockid_t clk, struct timespec *ts)
{
	pthread_once(&once, init);
	if (fixed && (clk == CLOCK_REALTIME || clk == CLOCK_REALTIME_COARSE)) {
		*ts = now;
		return 0;
	}
	return real_clock_gettime(clk, ts);
}

int
timespec_get(struct timespec *ts, int base)
{
	pthread_once(&once, init);
	if (fixed && base == TIME_UTC) {
		*ts = now;
		return base;
	}
	return real_timespec_get(ts, base);
}

/*
 * glibc declares tv nonnull and tz void * (the obsolete struct timezone,
 * filled by the real call when asked for)
 */
int
gettimeofday(struct timeval *restrict tv, void *restrict tz)
{
	int rv;

	pthread_once(&once, init);
	if (!fixed)
		return real_gettimeofday(tv, tz);
	rv = tz != NULL ? real_gettimeofday(tv, tz) : 0;
	tv->tv_sec = now.tv_sec;
	tv->tv_usec = (suseconds_t)(now.tv_nsec / 1000);
	return rv;
}

time_t
time(time_t *t)
{
	pthread_once(&once, init);
	if (!fixed)
		return real_time(t);
	if (t != NULL)
		*t = now.tv_sec;
	return now.tv_sec;
}
