/*
 * progress.c: the progress line on standard error (see progress.h).
 */
#include <sys/ioctl.h>

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "emp.h"
#include "progress.h"
#include "termsafe.h"

static struct {
	pthread_mutex_t	 mu;
	int		 on;		/* the line is drawn in this run */
	int		 tty;		/* in place; else whole lines */
	double		 start;		/* monotonic seconds */
	double		 next;		/* when to draw next */
	double		 every;		/* then every so many seconds */
	char		*path;		/* the current file */
	const char	*name;		/* what the line calls it */
	int		 armed;		/* path is current */
	uint64_t	 done_bytes, done_rows;	/* of the files done */
	uint64_t	 bytes, rows, size;	/* of the current file */
	size_t		 shown;		/* width of the line on the tty */
	size_t		 cols;		/* the terminal's width */
} pg = { .mu = PTHREAD_MUTEX_INITIALIZER };

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Wipes the line on the terminal; under the mutex. */
static void
wipe(void)
{
	char buf[512];
	size_t n;

	if (pg.shown == 0)
		return;
	n = pg.shown + 2 < sizeof(buf) ? pg.shown : sizeof(buf) - 2;
	buf[0] = '\r';
	memset(buf + 1, ' ', n);
	buf[n + 1] = '\r';
	(void)!write(2, buf, n + 2);
	pg.shown = 0;
}

/* Writes the line (final: the last, plain one); under the mutex. */
static void
draw(int final)
{
	char line[512], safe[300], pad[512];
	uint64_t bytes = pg.done_bytes + pg.bytes;
	uint64_t rows = pg.done_rows + pg.rows;
	double t = now() - pg.start, rate;
	int n;
	size_t len, w;

	rate = (double)bytes / 1e6 / (t > 1e-3 ? t : 1e-3);
	n = snprintf(line, sizeof(line), "%s: %llu rows, %.1f MB/s", progname,
	    (unsigned long long)rows, rate);
	if (n < 0 || (size_t)n >= sizeof(line))
		return;
	len = (size_t)n;
	if (final)
		n = snprintf(line + len, sizeof(line) - len, ", done");
	else if (pg.armed && pg.size > 0) {
		termsafe_buf(safe, sizeof(safe), pg.name, strlen(pg.name));
		n = snprintf(line + len, sizeof(line) - len, ", %d%% of %s",
		    (int)(pg.bytes >= pg.size ? 100 :
		    100 * (double)pg.bytes / (double)pg.size), safe);
	} else
		n = 0;
	if (n > 0 && (size_t)n < sizeof(line) - len)
		len += (size_t)n;
	if (!pg.tty) {
		line[len++] = '\n';
		(void)!write(2, line, len);
		return;
	}
	/* in place, within one row of the terminal (a wrapped line could
	 * not be redrawn): cut at a character's start */
	if (len > pg.cols - 1) {
		len = pg.cols - 1;
		while (len > 0 && ((unsigned char)line[len] & 0xc0) == 0x80)
			len--;
	}
	/* \r, the line, spaces over what is left of the last */
	pad[0] = '\r';
	memcpy(pad + 1, line, len);
	w = len;
	while (w < pg.shown && w + 2 < sizeof(pad))
		pad[1 + w++] = ' ';
	(void)!write(2, pad, w + 1);
	pg.shown = len;
}

/* emp_diag_hook: the line out of the way of a diagnostic. */
static void
diag_hook(int after)
{
	if (after) {
		pthread_mutex_unlock(&pg.mu);
		return;
	}
	pthread_mutex_lock(&pg.mu);
	wipe();
}

void
progress_init(int forced)
{
	const char *env = getenv("EMP_PROGRESS_INTERVAL");
	struct winsize ws;
	double iv = -1;
	char *end;

	if (env != NULL && *env != '\0') {
		iv = strtod(env, &end);
		if (end == env || *end != '\0' || !(iv >= 0 && iv <= 3600))
			usage_error("invalid EMP_PROGRESS_INTERVAL '%s': use a "
			    "number of seconds from 0 to 3600", env);
	}
	pg.tty = isatty(2);
	if (!forced && !pg.tty)
		return;
	pg.cols = 80;
	if (pg.tty && ioctl(2, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 20)
		pg.cols = ws.ws_col;
	if (pg.cols > 300)
		pg.cols = 300;
	pg.on = 1;
	pg.start = now();
	if (pg.tty) {
		pg.every = iv >= 0 ? iv : PROGRESS_TICK;
		pg.next = pg.start + (iv >= 0 ? iv : forced ? PROGRESS_TICK :
		    PROGRESS_DELAY);
	} else {
		pg.every = iv >= 0 ? iv : PROGRESS_EVERY;
		pg.next = pg.start + pg.every;
	}
	emp_diag_hook = diag_hook;
}

void
progress_file(const char *path)
{
	char *copy;

	if (!pg.on)
		return;
	copy = xstrdup(path);	/* not under the mutex: emp_oom() warns */
	pthread_mutex_lock(&pg.mu);
	free(pg.path);
	pg.path = copy;
	pg.name = strcmp(path, "-") == 0 ? "stdin" : pg.path;
	pg.armed = 1;
	pg.bytes = pg.rows = pg.size = 0;
	pthread_mutex_unlock(&pg.mu);
}

void
progress_file_done(void)
{
	if (!pg.on)
		return;
	pthread_mutex_lock(&pg.mu);
	pg.done_bytes += pg.bytes;
	pg.done_rows += pg.rows;
	pg.bytes = pg.rows = pg.size = 0;
	pg.armed = 0;
	pthread_mutex_unlock(&pg.mu);
}

void
progress_end(void)
{
	if (!pg.on)
		return;
	pthread_mutex_lock(&pg.mu);
	if (pg.tty)
		wipe();
	else
		draw(1);
	pg.on = 0;
	free(pg.path);
	pg.path = NULL;
	pthread_mutex_unlock(&pg.mu);
	emp_diag_hook = NULL;
}

int
progress_claims(const char *path)
{
	int yes;

	if (!pg.on)
		return 0;
	pthread_mutex_lock(&pg.mu);
	yes = pg.armed && strcmp(path, pg.path) == 0;
	pthread_mutex_unlock(&pg.mu);
	return yes;
}

void
progress_count(uint64_t bytes, uint64_t rows, uint64_t size)
{
	double t;

	pthread_mutex_lock(&pg.mu);
	if (pg.on && pg.armed) {
		pg.bytes = bytes;
		pg.rows = rows;
		pg.size = size;
		if ((t = now()) >= pg.next) {
			draw(0);
			pg.next = t + pg.every;
		}
	}
	pthread_mutex_unlock(&pg.mu);
}
